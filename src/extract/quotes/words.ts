// Word views and closed word classes shared by the quotation and accusation rules.
// Every look-up is a Map/Set hit on a search key (hamza, alef maqsura, ta marbuta folded).
import { searchKey } from '../../text/arabic.js';
import type { Range } from '../../text/segment.js';
import type { WordInfo } from '../ner/features.js';
import type { CueForm } from './cues.js';
import { articleWords, type SentenceWords } from '../ner/article-words.js';
import { readLexicon } from '../../lexicon.js';
import { attributionSchema, outletsSchema, speakerNounsSchema } from '../../lexicon-schemas.js';

export type SpeakerKind = 'named' | 'official' | 'anonymous' | 'organization' | 'media' | 'document';

export { readLexicon };

/** Search key without a leading conjunction, preposition and article (never a suffix: سورية stays whole). */
function noArticle(key: string): string {
  const k = key.replace(/^[وف]?(?:[بك]?ال|لل)/, '');
  return k.length >= 2 ? k : key;
}

const spk = readLexicon('speaker-nouns', speakerNounsSchema);
export const attr = readLexicon('attribution', attributionSchema);

export interface HeadInfo {
  kind: SpeakerKind;
  role: boolean;
  /** a proper name (a state): never heads a construct phrase */
  proper: boolean;
}
const heads = new Map<string, HeadInfo>();
for (const h of spk.heads) {
  for (const w of h.words) {
    const info = { kind: h.kind, role: Boolean(h.role), proper: Boolean(h.proper) };
    for (const k of [searchKey(w), noArticle(searchKey(w))]) if (!heads.has(k)) heads.set(k, info);
  }
}
const keySet = (ws: string[]) => new Set(ws.flatMap((w) => [searchKey(w), noArticle(searchKey(w))]));
const channelHeads = keySet(spk.mediaChannelHeads.words);
const nameParticles = new Set(spk.nameParticles.words.map(searchKey));
const adjectives = keySet(spk.adjectives.words);
const compBase = attr.complementisers.words.map(searchKey);
const complementisers = new Set(
  compBase.flatMap((c) => [c, ...attr.complementisers.suffixed.map((s) => c + s)]),
);
export const channelIntros = keySet(attr.channelIntros.words);
/** The names of news outlets and agencies and their other spellings, as phrase keys (فرانس برس). */
export const outletNames = new Set(
  readLexicon('outlets', outletsSchema).entries.flatMap((e) =>
    [e.name, ...e.aliases].map((n) => n.split(/\s+/).map(searchKey).join(' ')),
  ),
);
const dateWords = keySet(attr.dateWords.words);
/** date words read only with their article (الأحد Sunday; أحد "one of"), as keys without it */
const dateWordsWithArticle = new Set(attr.dateWordsWithArticle.words.map((w) => noArticle(searchKey(w))));
/** "طالبا عدم كشف هويته": openers and last words of an aside asking for anonymity */
export const anonymityOpeners = new Set(attr.anonymityAsides.openers.map(searchKey));
export const anonymityEnds = new Set(attr.anonymityAsides.ends.map(searchKey));
const npStops = new Set(attr.npStops.words.map(searchKey));
export const clauseOpeners = new Set(attr.clauseOpeners.words.map(searchKey));
/** Transitions to another party or topic, as phrase keys (على صعيد متصل، من جهتها). */
export const topicShifts = new Set(
  attr.topicShifts.words.map((w) => w.split(/\s+/).map(searchKey).join(' ')),
);
/** Links between two parties' statements in one sentence (فيما، في حين), as phrase keys. */
export const statementLinks = new Set(
  attr.statementLinks.words.map((w) => w.split(/\s+/).map(searchKey).join(' ')),
);
/** Longest transition, in words. */
export const TOPIC_SHIFT_MAX_WORDS = Math.max(...attr.topicShifts.words.map((w) => w.split(/\s+/).length));
export const creditWords = keySet(attr.creditLines.words);
/** figures named after an attribution phrase: a source with an owner after them (بيانات البنك) */
export const figureSources = keySet(attr.figureSources.words);
export const quantifiers = new Set(attr.quantifiers.words.map(searchKey));
export const namedQuoteIntros = new Set(attr.namedQuotes.words.map(searchKey));
const masdarWords = new Set(attr.masdars.words.map(searchKey));
const masdarPatterns = new RegExp(attr.masdars.patterns.map((p) => `(?:${p.pattern})`).join('|'));
const notMasdars = new Set(attr.masdars.notMasdars.map(searchKey));
export const backRefs = new Map(attr.backReferences.items.map((b) => [phraseKeyOf(b.phrase), b.target]));
/** verbless attribution heads (بحسب، وفقا لـ، نقلا عن) -> what must follow before the source */
export const accordingTo = new Map(attr.accordingTo.items.map((i) => [searchKey(i.word), i]));
export const accordingToPrepositions = new Set(attr.accordingTo.prepositions.map(searchKey));
/** an agency's short credit (الفرنسية): a media source only closing a sentence after a phrase */
export const closingAgencyCredits = new Set(attr.closingAgencyCredits.items.map((i) => searchKey(i.word)));
export const relayWords = new Set(attr.relayWords.words.map(searchKey));
export const relayWordsBeforeAn = new Set(attr.relayWordsBeforeAn.words.map(searchKey));
export const outletRelatives = new Set(attr.outletRelays.relatives.map(searchKey));
export const outletPrepositions = new Set(attr.outletRelays.prepositions.map(searchKey));
export const reporterNouns = new Set(attr.reporterNouns.words.map(searchKey));
export { notSpeakers } from '../not-speakers.js';
export const citedSpeakers = new Set(attr.citedSpeakers.words.map(searchKey));
export const continuers = new Set(attr.continuers.words.map(searchKey));
export const monthOrdinals = new Set(attr.monthOrdinals.words.map(searchKey));
export const nounPhraseLinks = new Set(attr.nounPhraseLinks.words.map(searchKey));
export const fixedBWords = new Set(attr.fixedBWords.words.map(searchKey));
export const participleNegators = new Set(attr.participleNegators.words.map(searchKey));

function phraseKeyOf(p: string): string {
  return p.split(/\s+/).map(searchKey).join(' ');
}

/** A word token with the keys the rules compare. */
export interface Tok {
  start: number;
  end: number;
  raw: string;
  /** search key */
  key: string;
  /** search key without a leading و/ف conjunction (when at least two letters stay) */
  bare: string;
  /** search key without clitics (article, prepositions, pronoun suffix) */
  base: string;
  /** search key without conjunction, preposition and article */
  noAl: string;
  /** carries the article ال (possibly after و/ب/ل/ك) */
  al: boolean;
  /** text between the previous token (or the sentence start) and this one */
  gap: string;
  /** the word's shared record (its keys and memoised look-ups); absent on tokens made elsewhere */
  word?: WordRecord;
}

/** What every token of one written word shares, made once per distinct word. */
interface WordRecord extends Omit<Tok, 'start' | 'end' | 'gap' | 'word'> {
  /** headInfo of the word's own keys: undefined until looked up, null for none */
  head: HeadInfo | null | undefined;
  /** whether the word can start an act (owned by accusations/accusations.ts); undefined until asked */
  act: boolean | undefined;
  /** whether the word may be a cue verb or a phrase head (owned by quotes.ts); undefined until asked */
  cue: boolean | undefined;
  /** the cue verb the word misspells (owned by cues.ts): undefined until asked, null for none */
  typo: CueForm | null | undefined;
}

/**
 * The token's word record, when the token still has the record's keys (a rule may copy a token
 * with some keys changed): what is remembered on the record holds for the token.
 */
export function recordOf(t: Tok): WordRecord | undefined {
  const w = t.word;
  return w !== undefined &&
    w.key === t.key &&
    w.bare === t.bare &&
    w.noAl === t.noAl &&
    w.base === t.base &&
    w.raw === t.raw &&
    w.al === t.al
    ? w
    : undefined;
}

// the article, possibly after و/ف and ب/ك, or لل (segmentClitics keeps it on short words: الحر)
const AL = /^[وف]?[بك]?ال|^[وف]?لل/;

/** The quotation stage's record of a word, kept on the word's shared record (made on first use). */
function wordRecord(raw: string, info: WordInfo): WordRecord {
  const hit = info.quote as WordRecord | undefined;
  if (hit !== undefined) return hit;
  // the shared record's key and base are this word's search key and clitic-free base
  const key = info.key;
  const bare = (key[0] === 'و' || key[0] === 'ف') && key.length > 2 ? key.slice(1) : key;
  const record: WordRecord = {
    raw,
    key,
    bare,
    base: info.base,
    noAl: noArticle(key),
    al: AL.test(key),
    head: undefined,
    act: undefined,
    cue: undefined,
    typo: undefined,
  };
  info.quote = record;
  return record;
}

/** Tokens of one sentence with their keys and the punctuation before each. */
function sentenceTokens(text: string, s: Range, words: SentenceWords): Tok[] {
  const { tokens, infos } = words;
  const out: Tok[] = new Array(tokens.length);
  let prev = s.start;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const w = wordRecord(t.text, infos[k]);
    const gap = t.start === prev ? '' : text.slice(prev, t.start);
    out[k] = {
      start: t.start,
      end: t.end,
      gap,
      raw: w.raw,
      key: w.key,
      bare: w.bare,
      base: w.base,
      noAl: w.noAl,
      al: w.al,
      word: w,
    };
    prev = t.end;
  }
  return out;
}

// The quotation and accusation stages read the same sentences one after the other: keep the last
// article's tokens so they are built once.
let lastText = '';
let lastSentences: Range[] | null = null;
let lastTokens: Tok[][] = [];

/** Tokens of every sentence of an article (memoised for the last article seen). */
export function articleTokens(text: string, sentences: Range[]): Tok[][] {
  if (text === lastText && sentences === lastSentences) return lastTokens;
  const words = articleWords(text, sentences);
  lastTokens = sentences.map((s, k) => sentenceTokens(text, s, words[k]));
  lastText = text;
  lastSentences = sentences;
  return lastTokens;
}

export const PUNCT = /[،,:;؛«»"“”()\-–—.!?؟]/;
/** PUNCT without quotation marks: a name may go on inside quotes (صحيفة «المدينة») */
export const PUNCT_NO_QUOTES = /[،,:;؛()\-–—.!?؟]/;
export const OPEN_QUOTE = /[«"“]/;

export function isComplementiser(t: Tok): boolean {
  return complementisers.has(t.key) || complementisers.has(t.bare);
}
export function isDateWord(t: Tok): boolean {
  if (!t.al && dateWordsWithArticle.has(t.base)) return false;
  return dateWords.has(t.bare) || dateWords.has(t.base) || /^\d/.test(t.key);
}
export function isStop(t: Tok): boolean {
  return npStops.has(t.key) || npStops.has(t.bare);
}
export function isNameParticle(t: Tok): boolean {
  return nameParticles.has(t.bare);
}
/** Accusative tanween alef dropped (مصدرا -> مصدر) for head look-ups. */
function stripTanween(k: string): string {
  return k.length > 3 && k.endsWith('ا') ? k.slice(0, -1) : k;
}
export function headInfo(t: Tok): HeadInfo | undefined {
  // rules ask this of the same tokens many times: remember it on the word, unless the token's
  // keys were changed after it was made (a rule may look at a word without some of its keys)
  const w = recordOf(t);
  if (w === undefined) return lookUpHead(t);
  if (w.head === undefined) w.head = lookUpHead(t) ?? null;
  return w.head ?? undefined;
}
function lookUpHead(t: Omit<Tok, 'start' | 'end' | 'gap' | 'raw' | 'al'>): HeadInfo | undefined {
  return (
    heads.get(t.key) ??
    heads.get(t.bare) ??
    heads.get(t.noAl) ??
    heads.get(stripTanween(t.noAl)) ??
    heads.get(t.base)
  );
}
/**
 * A verbal noun that can open a cue verb's nominal object (سقوط، مقتل، التوصل، استئناف). Only the
 * bare word or the word with ال: a conjunction or preposition (وإصابة، بالإفراج) is never the object's start.
 */
export function isMasdar(t: Tok): 'word' | 'pattern' | false {
  const k = t.key;
  if (notMasdars.has(k) || headInfo(t)) return false;
  if (k.startsWith('ال')) return k.length > 4 && masdarWords.has(k.slice(2)) ? 'word' : false;
  if (masdarWords.has(k)) return 'word';
  if (k !== t.bare) return false; // وإصابة (but وصول, وقف, وفاة are words)
  if (masdarPatterns.test(k)) return 'pattern';
  // with a pronoun: استقالته (ة written ت), رفضها، تأكيدهم
  const m = POSSESSED.exec(k);
  if (!m || m[1].length < 3) return false;
  const stem = m[2] ? m[1] + 'ه' : m[1];
  if (notMasdars.has(stem)) return false;
  return masdarWords.has(stem) ? 'word' : masdarPatterns.test(stem) ? 'pattern' : false;
}
const POSSESSED = /^(.+?)(ت)?(?:ه|ها|هم|هما)$/;
/** A relational adjective or quantifier that cannot be part of a name (عسكري، رفيع، أميركي). */
export function isAdjective(t: Tok): boolean {
  if (headInfo(t)) return false;
  const b = stripTanween(t.base);
  if (adjectives.has(b)) return true;
  // a nisba needs a stem of two letters or more before its ي (عسكري، روسي; not حي)
  const core = b.startsWith('ال') ? b.slice(2) : b;
  // (an alef maqsura is a verb or a name, not a nisba: تسعى، مصطفى)
  return /(ي|يه|يين|يون)$/.test(b) && core.length >= 3 && !t.raw.endsWith('ى');
}
/**
 * "في بيان"، "في اتصال"، "في تصريح": the occasion of a statement opens at token i. It ends the
 * speaker's phrase, and an outlet named in it is the statement's channel.
 */
export function statementContextAt(toks: Tok[], i: number): boolean {
  const next = toks[i + 1];
  return (
    toks[i].key === 'في' &&
    next !== undefined &&
    (channelIntros.has(next.base) || channelIntros.has(next.key))
  );
}
/** ل/لل + an outlet word: the channel a statement went through ("لوكالة", "للجزيرة"). */
export function channelAt(toks: Tok[], i: number): number {
  const t = toks[i];
  // "ل" written apart, before an outlet word or a quoted or bracketed name (لـ «الشرق الأوسط»، ل(الوطن))
  if (
    t.key === 'ل' &&
    i + 1 < toks.length &&
    (isChannelHead(toks[i + 1].key) || OPEN_QUOTE.test(toks[i + 1].gap) || toks[i + 1].gap.trim() === '(')
  )
    return i;
  if (t.key[0] !== 'ل' || t.key.length < 3) return -1;
  const rest = t.key.startsWith('لل') ? 'ال' + t.key.slice(2) : t.key.slice(1);
  return isChannelHead(rest) ? i : -1;
}
export function isChannelHead(k: string): boolean {
  return channelHeads.has(k) || channelHeads.has(noArticle(k));
}
