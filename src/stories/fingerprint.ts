// What story grouping knows of one article: a light fingerprint read straight from the raw
// document (normalised text, tokens, light stems, lexicon names, numbers), not the full extractor
// set, so a day of news groups in seconds. Everything here is per article and independent.
import type { RawDoc } from '../ingest/types.js';
import { asciiDigits } from '../text/digits.js';
import { decodeEntities } from '../text/entities.js';
import { normalizeText } from '../text/normalize.js';
import { tokenize } from '../text/segment.js';
import { searchKey, segmentClitics } from '../text/arabic.js';
import { countryNames, lexicons } from '../extract/ner/lexicon.js';
import { fnv1a, fmix32, signature } from './minhash.js';
import { continuationOf, judgeKind, type ArticleKind } from './kind.js';
import { incidentKinds, namesBorder, namesToll } from './cues.js';
import { storyStem } from './prior.js';

export interface Fingerprint {
  id: string;
  outlet?: string;
  published?: string;
  title?: string;
  /** feature -> weighted count: `s:` light stem, `e:` lexicon name, `n:` number, `t:` headline stem */
  terms: Map<string, number>;
  /** sorted distinct hashes of 3-word shingles, for near-duplicate containment */
  shingles: Uint32Array;
  /** MinHash of 5-word shingles, for near-copies anywhere in the corpus */
  minhash?: Uint32Array;
  words: number;
  kind: ArticleKind;
  kindCues: string[];
  /** search key of the title without its continuation marker, for a wire continuation */
  continues?: string;
  /** search key of the whole title, for a later continuation to find this first part */
  titleKey?: string;
  /** the headline's stems (`t:` features) that may name its event: place names left out */
  headlineAnchors: string[];
  /** the headline's stems (`t:` features) of place names */
  headlinePlaces: string[];
  /** the headline's stems (`t:` features) of country names, a subset of headlinePlaces */
  headlineCountries: string[];
  /** hashes of the figures the title gives (any length: "6 قتلى", "100 من الإخوان") */
  titleNumbers: Uint32Array;
  /** whether the title's figures are a toll of dead or injured, which later reports revise */
  titleToll: boolean;
  /** sorted hashes of every figure of title and body, and of the whole part of each decimal */
  numbers: Uint32Array;
  /** the incident kinds its headline names, one bit each (see cues.ts incidentKinds) */
  incidents: number;
  /** the words naming whom its headline quotes before a colon (see headlineSpeaker) */
  speaker: string[];
}

/** title words count this many times: a headline names the event */
const TITLE_WEIGHT = 2;
/**
 * a headline word's light stem also counts this many times as a feature of its own (`t:`): few
 * headlines share a word, so its IDF is high, and two headlines naming the same player or town link
 * two reports of one event even when their bodies tell it in other words (on the dev days, with
 * incident kinds: P 0.928 R 0.902 without, 0.933 0.910 once, 0.920 0.911 twice)
 */
const HEADLINE_STEM_WEIGHT = 1;
/** lexicon names count this many times on top of their stems: a shared name is strong evidence */
const NAME_WEIGHT = 2;
/** numbers of at most two digits (days, small counts) say little about which event it is */
const MIN_NUMBER_LENGTH = 3;
/** words shorter than this are particles (في، من، عن) */
const MIN_WORD = 3;
const SHINGLE = 3;
/**
 * words at the start of the body that count once more: a report's lead says what happened, where
 * its later paragraphs give background a neighbouring story shares (on the dev days, with the
 * thresholds of group.ts: 40 words P 0.907 R 0.900; 35 P 0.897 R 0.877; 45 P 0.907 R 0.887;
 * 60 P 0.906 R 0.856; none P 0.910 R 0.873: recall depends on whether one 13-article story is
 * grouped whole, so read these as ±0.03)
 */
const LEAD_WORDS = 40;
/** characters read to find the lead's words: news words average 6 with their space, 20 leaves room */
const LEAD_CHARS_PER_WORD = 20;

const NUMBER = /[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*/g;

function add(terms: Map<string, number>, key: string, n: number): void {
  terms.set(key, (terms.get(key) ?? 0) + n);
}

type Phrases = ReturnType<typeof lexicons>['phrases'] extends Map<string, infer P> ? P : never;
/** lexicon phrases starting with a word key (its proclitics tried off), memoised per distinct key */
const phrasesCache = new Map<string, Phrases | null>();

function phrasesAt(key: string): Phrases | null {
  let hit = phrasesCache.get(key);
  if (hit !== undefined) return hit;
  const lex = lexicons();
  hit = lex.phrases.get(key) ?? null;
  if (!hit && /^[وفبلك]/.test(key)) {
    // "والرياض", "بالأنبار": the word without its proclitics, with the article restored
    const seg = segmentClitics(key);
    if (seg.proclitics.length) {
      const base = seg.proclitics.includes('ال') ? 'ال' + seg.base : seg.base;
      hit = lex.phrases.get(base) ?? lex.phrases.get(seg.base) ?? null;
    }
  }
  if (phrasesCache.size > 500_000) phrasesCache.clear(); // bounded on huge corpora
  phrasesCache.set(key, hit);
  return hit;
}

/** Lexicon names (places, people, organisations) starting at each word, by their canonical key. */
function addNames(terms: Map<string, number>, keys: string[], weight: number): void {
  for (let i = 0; i < keys.length; i++) {
    const list = phrasesAt(keys[i]);
    if (!list) continue;
    const hit = list.find((p) => p.keys.every((w, j) => j === 0 || keys[i + j] === w));
    // names kept out of the tagger's features (التحالف، الهلال alone) name a side or a club that
    // runs through many stories, not one event: they tie no two articles
    if (hit && hit.feature !== false) add(terms, 'e:' + hit.canon, weight);
  }
}

/** lexicon word classes of place names */
const PLACE = new Set(['LOC', 'LOCw']);

/** Whether a headline word names a place, its proclitics tried off ("بالخرج", "وصبيا"). */
function isPlace(key: string, classes: ReturnType<typeof lexicons>['wordClass']): boolean {
  const named = (k: string) => (classes.get(k) ?? []).some((c) => PLACE.has(c));
  if (named(key)) return true;
  if (!/^[وفبلك]/.test(key)) return false;
  const seg = segmentClitics(key);
  return (
    seg.proclitics.length > 0 &&
    (named(seg.base) || (seg.proclitics.includes('ال') && named('ال' + seg.base)))
  );
}

let countryStems: Set<string> | undefined;

/** Story stems of the one-word country names ("نيجيريا", "الكاميرون"). */
function countries(): Set<string> {
  countryStems ??= new Set(
    countryNames()
      .map((n) => n.trim().split(/\s+/))
      .filter((w) => w.length === 1)
      .map((w) => storyStem(searchKey(w[0]))),
  );
  return countryStems;
}

/** words before a headline's colon up to which they name a speaker ("الأسد: ...", "بشار الأسد: ...") */
const SPEAKER_WORDS = 4;
/** lexicon word classes that are not a speaker's name: a dateline ("تونس: ...") or a bare title */
const NOT_SPEAKER = new Set(['LOC', 'LOCw', 'TITLE']);

/**
 * The words naming whom a headline quotes before its colon ("الأسد: الجيش متعب" -> الاسد), places
 * and titles left out: the parts of one speech or press conference quote one speaker.
 */
export function headlineSpeaker(titleKeys: string[], title: string): string[] {
  const colon = title.search(/[:：]/);
  if (colon < 0) return [];
  const before = tokenize(title.slice(0, colon)).length;
  if (!before || before > SPEAKER_WORDS) return [];
  const classes = lexicons().wordClass;
  return titleKeys
    .slice(0, before)
    .filter((k) => k.length >= MIN_WORD && !(classes.get(k) ?? []).some((c) => NOT_SPEAKER.has(c)));
}

function addWords(terms: Map<string, number>, text: string, weight: number): string[] {
  const keys: string[] = [];
  // each distinct word is stemmed once per article: news repeats its words
  const counts = new Map<string, number>();
  for (const t of tokenize(text)) {
    keys.push(searchKey(t.text));
    counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
  }
  for (const [word, n] of counts) {
    if (word.length < MIN_WORD || /^\p{N}+$/u.test(word)) continue;
    add(terms, 's:' + storyStem(word), n * weight);
  }
  for (const m of text.matchAll(NUMBER)) {
    const n = asciiDigits(m[0]).replace(/[\u066B\u066C,]/g, '.');
    if (n.replace(/\D/g, '').length >= MIN_NUMBER_LENGTH || n.includes('.')) add(terms, 'n:' + n, weight);
  }
  addNames(terms, keys, weight * NAME_WEIGHT);
  return keys;
}

/** Figures of a text as ASCII digits ("٧١٫٠٨" -> "71.08"), with the whole part of each decimal. */
function figures(text: string, wholeParts: boolean): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const n = asciiDigits(m[0])
      .replace(/[\u066B,]/g, '.')
      .replace(/\u066C/g, '');
    out.push(n);
    if (wholeParts && n.includes('.')) out.push(n.slice(0, n.indexOf('.')));
  }
  return out;
}

const hashSet = (xs: string[]) => Uint32Array.from(new Set(xs.map(fnv1a))).sort();

function shingleHashes(keys: string[]): Uint32Array {
  const h = keys.map(fnv1a);
  const out = new Uint32Array(Math.max(0, keys.length - SHINGLE + 1));
  for (let i = 0; i + SHINGLE <= keys.length; i++) {
    let x = h[i];
    for (let j = 1; j < SHINGLE; j++) x = fmix32(Math.imul(x, 31) ^ h[i + j]);
    out[i] = x;
  }
  out.sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[n++] = out[i];
  return out.slice(0, n);
}

function lastLine(text: string): string[] {
  const lines = text.split('\n').filter((l) => l.trim());
  return tokenize(lines[lines.length - 1] ?? '').map((t) => searchKey(t.text));
}

/** The fingerprint of one raw document. */
export function fingerprint(doc: RawDoc): Fingerprint {
  const { text } = normalizeText(doc.body);
  // scraped headlines keep character references ("&#8220;", "&quot;"): their digits are no figure
  const title = doc.title ? normalizeText(decodeEntities(doc.title)).text : undefined;
  const terms = new Map<string, number>();
  const titleKeys = title ? addWords(terms, title, TITLE_WEIGHT) : [];
  const classes = lexicons().wordClass;
  const anchors = new Set<string>();
  const places = new Set<string>();
  const named = new Set<string>();
  for (const k of titleKeys)
    if (k.length >= MIN_WORD && !/^\p{N}+$/u.test(k)) {
      const stem = 't:' + storyStem(k);
      add(terms, stem, HEADLINE_STEM_WEIGHT);
      // a place hosts many events a day: its name anchors no story (see group.ts headlineAnchor)
      if (!isPlace(k, classes)) anchors.add(stem);
      else {
        places.add(stem);
        if (countries().has(stem.slice(2))) named.add(stem);
      }
    }
  const keys = addWords(terms, text, 1);
  const lead = tokenize(text, 0, Math.min(text.length, LEAD_WORDS * LEAD_CHARS_PER_WORD)).slice(
    0,
    LEAD_WORDS,
  );
  if (lead.length) addWords(terms, text.slice(0, lead[lead.length - 1].end), 1);
  const kind = judgeKind({
    title,
    author: doc.author,
    keys,
    lastLine: lastLine(text),
    questions: (text.match(/[?؟]/g) ?? []).length,
  });
  return {
    id: doc.id,
    ...(doc.outlet ? { outlet: doc.outlet } : {}),
    ...(doc.published ? { published: doc.published } : {}),
    ...(title ? { title } : {}),
    terms,
    shingles: shingleHashes(keys),
    minhash: signature(keys),
    words: keys.length,
    kind: kind.kind,
    kindCues: kind.cues,
    ...(titleKeys.length ? { titleKey: titleKeys.join(' ') } : {}),
    headlineAnchors: [...anchors],
    headlinePlaces: [...places],
    // "on the border of Syria": the country named may be a neighbour of the incident
    headlineCountries: namesBorder(titleKeys) ? [] : [...named],
    titleNumbers: hashSet(title ? figures(title, false) : []),
    titleToll: namesToll(titleKeys),
    numbers: hashSet(figures(title ? title + '\n' + text : text, true)),
    incidents: incidentKinds(titleKeys),
    speaker: title ? headlineSpeaker(titleKeys, title) : [],
    ...(title && continuationOf(title) ? { continues: continuationOf(title) } : {}),
  };
}
