// Document-level consistency: a name found once in an article is found where it comes again in
// words no mention took, and a person's surname after the full name is that person.
import { searchKey } from '../../text/arabic.js';
import { readLexicon } from '../../lexicon.js';
import { nameWordsSchema } from '../../lexicon-schemas.js';
import type { Token } from '../../text/segment.js';
import { surfaceOffset, type Candidate } from '../ner/clitics.js';
import type { WordInfo } from '../ner/features.js';
import { wordKeys, type Lexicons } from '../ner/lexicon.js';
import type { LoadedModel } from '../ner/tagger.js';
import type { EntityMention } from './mention.js';
import { articleNoun, inflectedWord } from './fragments.js';
import { ARABIC_WORD, known } from './sentence.js';

const COMPOUND_ENDS = new Set(readLexicon('name-words', nameWordsSchema).compoundEnds.words.map(searchKey));

/** Free word k + 1 when it follows word k in the text with only spaces between them, else -1. */
function nextFree(free: { tok: Token }[], k: number, text: string): number {
  return k + 1 < free.length && /^\s+$/.test(text.slice(free[k].tok.end, free[k + 1].tok.start)) ? k + 1 : -1;
}

/**
 * The first name of the list whose other words are the free words after word k, each after only
 * spaces (functions of their own: closures over the loop's word index would cost a context per word).
 */
function nameFrom<N extends { keys: string[] }>(
  list: N[],
  free: { tok: Token; info: WordInfo }[],
  k: number,
  text: string,
): N | undefined {
  for (const name of list) {
    const { keys } = name;
    let at = k;
    let w = 1;
    for (; w < keys.length; w++)
      if ((at = nextFree(free, at, text)) < 0 || free[at].info.key !== keys[w]) break;
    if (w === keys.length) return name;
  }
  return undefined;
}

/**
 * Document-level consistency: a person's name of two words or more found once in the article (by a lexicon,
 * a pattern or the tagger) is the same name where it comes again in words no mention took ("جانيت
 * يلين" after a role, later alone). Returns the free words it used.
 */
export function addRepeatedNames(
  out: EntityMention[],
  free: { tok: Token; info: WordInfo }[],
  text: string,
  article: string,
  lex: Lexicons,
  model: LoadedModel,
  oneWord: boolean,
): Set<number> {
  const used = new Set<number>();
  const byFirst = new Map<string, { keys: string[]; m: EntityMention }[]>();
  for (const m of out) {
    // persons of two words or more: a body's or place's words come again as common nouns ("كلية
    // الطب") and a wrong tagger span would spread ("بإذن الله"). One-word persons and places (a
    // later pass, after the surnames have taken theirs) only when rare names ("تسيبراس"، "أبين"),
    // never a given name alone (another person) or a word of the news
    if (m.type !== 'PER' && m.type !== 'LOC') continue;
    if (oneWord === m.text.includes(' ')) continue; // the wrong pass for its length (a cheap test first)
    const keys = wordKeys(m.text);
    if (!keys.every((k) => ARABIC_WORD.test(k))) continue;
    if (
      oneWord
        ? keys.length > 1 || !rareName(keys[0], m.text, lex, model)
        : keys.length < 2 || m.type !== 'PER'
    )
      continue;
    const list = byFirst.get(keys[0]) ?? [];
    const same = list.find((x) => x.keys.join(' ') === keys.join(' '));
    if (!same) list.push({ keys, m });
    else if (same.m.type !== m.type) same.keys = []; // a person here, a place there: neither
    byFirst.set(keys[0], list);
  }
  if (!byFirst.size) return used;
  // every reading of a word ends with the word's last letter: a word whose last letter ends no
  // first word of a name has no reading to look up (most words; by the letter's low byte)
  const lastLetters = new Uint8Array(256);
  for (const first of byFirst.keys()) lastLetters[first.charCodeAt(first.length - 1) & 0xff] = 1;
  for (let k = 0; k < free.length; k++) {
    const key = free[k].info.key;
    if (!lastLetters[key.charCodeAt(key.length - 1) & 0xff]) continue;
    for (const r of free[k].info.readings) {
      const list = byFirst.get(r.key);
      const hit = list && nameFrom(list, free, k, text);
      if (!hit) continue;
      const last = k + hit.keys.length - 1;
      const start = free[k].tok.start + surfaceOffset(free[k].tok.text, r.strip);
      const end = free[last].tok.end;
      out.push({ article, start, end, text: text.slice(start, end), type: hit.m.type, key: hit.m.key });
      for (let u = k; u <= last; u++) used.add(u);
      k = last;
      break;
    }
  }
  return used;
}

/** Letters of a one-word name that comes back: shorter ones are too often other words. */
const RARE_NAME_LETTERS = 4;

/** A one-word name no list gives another reading: unknown to the corpus, or one of its person words. */
function rareName(key: string, text: string, lex: Lexicons, model: LoadedModel): boolean {
  // a definite word is too often a noun or an adjective the finder took once (المفصل، الوزاري)
  if (key.length < RARE_NAME_LETTERS || key.startsWith('ال') || model.common.has(key)) return false;
  if (lex.givenNames.has(key)) return false;
  if (!model.persons.has(key) && known(key, lex, model.vocab)) return false;
  // the word-list look-ups, once per written form (names come back article after article)
  let rare = rareForms.get(text);
  if (rare === undefined) {
    rare = !articleNoun(text) && !inflectedWord(text, true);
    if (rareForms.size > MAX_RARE_FORMS) rareForms.clear();
    rareForms.set(text, rare);
  }
  return rare;
}
const rareForms = new Map<string, boolean>();
const MAX_RARE_FORMS = 50_000;

/** The first reading whose key is in the set (a loop: a closure per word would cost an allocation). */
function readingIn(readings: Candidate[], set: Set<string>): Candidate | undefined {
  for (const c of readings) if (set.has(c.key)) return c;
  return undefined;
}

/**
 * A surname found in a full name elsewhere in the article is the same person when it comes back
 * alone ("... الصمعين" after "عبد الله الصمعين"): the tagger often misses the short form.
 */
export function addSurnames(
  out: EntityMention[],
  free: { tok: Token; info: WordInfo }[],
  text: string,
  article: string,
  lex: Lexicons,
  model: LoadedModel,
): Set<number> {
  const used = new Set<number>();
  const surnames = new Set<string>();
  for (const m of out) {
    if (m.type !== 'PER') continue;
    const ws = m.key.split(' ');
    const last = ws[ws.length - 1];
    // a compound's second word (الله، الدين) is no surname alone; a place's adjective may be one
    // (العسيري), so nisbas are left in
    if (
      ws.length > 1 &&
      last.length >= 3 &&
      !model.common.has(last) &&
      !lex.givenNames.has(last) &&
      !COMPOUND_ENDS.has(last)
    )
      surnames.add(last);
  }
  if (!surnames.size) return used;
  // as in addRepeatedNames: every reading ends with the word's last letter, so a word whose last
  // letter (its low byte) ends no surname has no reading to look up (most words)
  const lastLetters = new Uint8Array(256);
  for (const s of surnames) lastLetters[s.charCodeAt(s.length - 1) & 0xff] = 1;
  for (let k = 0; k < free.length; k++) {
    const { tok, info } = free[k];
    if (!lastLetters[info.key.charCodeAt(info.key.length - 1) & 0xff]) continue;
    const r = readingIn(info.readings, surnames);
    if (!r) continue;
    used.add(k);
    const start = tok.start + surfaceOffset(tok.text, r.strip);
    out.push({ article, start, end: tok.end, text: text.slice(start, tok.end), type: 'PER', key: r.key });
  }
  return used;
}
