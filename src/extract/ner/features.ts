// Tagger features. Most depend on one word alone (its own features and the ones it gives its
// neighbours), so the tagger caches their weight sums per distinct word; only gazetteer phrases,
// titles and the previous tags are computed per sentence.
import { searchKey, segmentKey, stemOfBase } from '../../text/arabic.js';
import { keyCandidates, type Candidate } from './clitics.js';
import { clusterValues } from './clusters.js';
import { lexicons, nisbaKey } from './lexicon.js';

export const BOS = '<s>';
export const PAIR_PREV = 'pb=';
export const PAIR_NEXT = 'bn=';
export const EOS = '</s>';

export interface WordInfo {
  key: string;
  base: string;
  stem: string;
  /** proclitic chain, e.g. "و+ال" */
  pre: string;
  enc: string;
  shape: string;
  /** gazetteer and trigger classes of the word (LOC, PER, GIVEN, TITLE, HLOC, HMEDIA, NISBA ...) */
  cls: string[];
  /** clitic readings of the word (cliticCandidates), least stripped first */
  readings: Candidate[];
  /** readings that start a lexicon phrase / a title (mostly empty, which skips the look-ups) */
  lexReadings: Candidate[];
  titleReadings: Candidate[];
  /** readings that are organisation heads, institution nouns or place heads (the finder's patterns) */
  headReadings: Candidate[];
  /** the key is Arabic letters only / Latin letters only */
  arabic: boolean;
  latin: boolean;
  /** the quotation stage's record of this word, owned by quotes/words.ts (made on first use there) */
  quote?: object;
  /** the tagger's memos this word is numbered in, and its number there (owned by tagger.ts) */
  tagMemos: object | undefined;
  tagId: number;
  /** whether a reading is a past cue verb (owned by entities/speaker-names.ts): undefined until asked */
  pastCue: boolean | undefined;
}

const ARABIC = /^[\u0600-\u06FF]+$/;
const DIGITS = /^[\d\u0660-\u0669]+$/;
const LATIN = /^[A-Za-z]+$/;
const infoCache = new Map<string, WordInfo>();

function shapeOf(w: string): string {
  if (ARABIC.test(w)) return `A${Math.min(w.length, 7)}`;
  if (DIGITS.test(w)) return 'D';
  if (LATIN.test(w)) return 'L';
  if (w.length === 1) return `P${w}`;
  return 'X';
}

const ARABIC_KEY = /^[\u0621-\u064A\u0671-\u06D3]+$/;
const NONE: Candidate[] = [];
/** The readings that pass (one shared empty array when none does: most words). */
const only = (readings: Candidate[], keep: (c: Candidate) => boolean): Candidate[] =>
  readings.some(keep) ? readings.filter(keep) : NONE;

/** Everything the features need about one word, memoised. */
export function wordInfo(w: string): WordInfo {
  const hit = infoCache.get(w);
  if (hit) return hit;
  // the key once: the segmentation, the stem and the readings all start from it
  const key = searchKey(w);
  const seg = segmentKey(w, key);
  const lex = lexicons();
  let cls: string[] = [];
  const readings = keyCandidates(key);
  for (const c of readings) {
    const found = lex.wordClass.get(c.key) ?? lex.wordClass.get(nisbaKey(c.key));
    if (found) {
      cls = found;
      break;
    }
  }
  const info: WordInfo = {
    readings,
    lexReadings: only(readings, (c) => lex.phrases.has(c.key)),
    titleReadings: only(readings, (c) => lex.titles.has(c.key)),
    headReadings: only(
      readings,
      (c) => lex.orgHeads.has(c.key) || lex.stateNouns.has(c.key) || lex.placeHeads.has(c.key),
    ),
    arabic: ARABIC_KEY.test(key),
    latin: LATIN.test(key),
    key,
    base: seg.base,
    stem: stemOfBase(seg.base),
    pre: seg.proclitics.join('+'),
    enc: seg.enclitic,
    shape: shapeOf(w),
    cls,
    quote: undefined, // set by the quotation stage; declared here so every WordInfo keeps one shape
    tagMemos: undefined, // set by the tagger; declared here so every WordInfo keeps one shape
    tagId: -1,
    pastCue: undefined, // set by the speaker-name rule; declared here for the same reason
  };
  if (infoCache.size > 200_000) infoCache.clear();
  infoCache.set(w, info);
  return info;
}

/**
 * Values of a word the training corpus never met (at run time: no row of the model reads its base;
 * in training: a base seen once, the nearest thing a corpus has to an unknown word): news outside
 * the corpus is full of names it never met (transliterated foreign names above all), and the
 * tagger learns what such a word is by its shape and clitics and by its context.
 */
export function unknownValues(i: WordInfo): string[] {
  return ['any', i.pre ? `${i.shape}+p` : i.shape];
}

/** Features of the word itself (`unknown`: the training corpus never met it, see unknownValues). */
export function localFeatures(w: string, unknown = false): string[] {
  const i = wordInfo(w);
  const b = i.base;
  const f = ['bias', `w=${i.key}`, `b=${b}`, `s=${i.stem}`, `sh=${i.shape}`];
  if (i.pre) f.push(`p=${i.pre}`);
  if (i.enc) f.push(`e=${i.enc}`);
  if (b.length > 2) {
    f.push(`x1=${b.slice(-1)}`, `x2=${b.slice(-2)}`);
    if (b.length > 3) f.push(`x3=${b.slice(-3)}`);
    f.push(`f2=${b.slice(0, 2)}`);
  }
  for (const c of i.cls) f.push(`g=${c}`);
  for (const c of clusterValues(b)) f.push(`c=${c}`);
  if (unknown) for (const v of unknownValues(i)) f.push(`u=${v}`);
  return f;
}

/** Features a word gives the token at distance `pos` from it (pos = its offset: -2, -1, 1, 2). */
export function neighborFeatures(w: string, pos: number): string[] {
  if (w === BOS || w === EOS) return [`${pos}w=${w}`];
  const i = wordInfo(w);
  const f = [`${pos}b=${i.base}`];
  if (pos === -1 || pos === 1) {
    f.push(`${pos}w=${i.key}`, `${pos}s=${i.stem}`, `${pos}sh=${i.shape}`);
    if (i.pre) f.push(`${pos}p=${i.pre}`);
    for (const c of i.cls) f.push(`${pos}g=${c}`);
    for (const c of clusterValues(i.base)) f.push(`${pos}c=${c}`);
  } else {
    for (const c of i.cls) if (c === 'TITLE' || c.startsWith('H')) f.push(`${pos}g=${c}`);
  }
  return f;
}

/** Per-sentence features: position in a gazetteer phrase, and "follows a title". */
export function sentenceFeatures(
  words: string[],
  infos: WordInfo[] = words.map(wordInfo),
  pairs = true,
): string[][] {
  const out: string[][] = words.map(() => []);
  visitSentenceFeatures(words, infos, pairs, (i, f) => out[i].push(f));
  return out;
}

/** The per-sentence features, one call per (word index, feature), in the order training sees them. */
export function visitSentenceFeatures(
  words: string[],
  infos: WordInfo[],
  pairs: boolean,
  emit: (i: number, feature: string) => void,
): void {
  const lex = lexicons();
  // the keys only for a sentence that has a phrase or title reading (most words have none)
  let keys: string[] | undefined;
  for (let i = 0; i < words.length; i++) {
    // word pairs: "عبد الله", "وزير الخارجية" read better together than apart
    // (the tagger looks these up in nested maps instead: pairs = false)
    if (pairs && i > 0) emit(i, `${PAIR_PREV}${infos[i - 1].base}|${infos[i].base}`);
    if (pairs && i + 1 < words.length) emit(i, `${PAIR_NEXT}${infos[i].base}|${infos[i + 1].base}`);
    // gazetteer phrases of two or more words (one-word hits are already in the word classes)
    for (const c of infos[i].lexReadings) {
      const list = lex.phrases.get(c.key);
      if (!list) continue;
      keys ??= infos.map((x) => x.key);
      const p = featurePhraseAt(list, keys, i + 1);
      if (p) {
        emit(i, `G=B${p.type}`);
        for (let j = 1; j < p.keys.length; j++) emit(i + j, `G=I${p.type}`);
        break;
      }
    }
    // a title (with nisba adjectives after it) right before this word
    const end = infos[i].titleReadings.length
      ? titleEnd((keys ??= infos.map((x) => x.key)), words, i, infos)
      : i;
    if (end > i && end < words.length) emit(end, 'T=after');
  }
}

/**
 * The first phrase of two or more words, used as a feature, whose other words follow at `from`
 * (a function of its own: a closure over the loop's word index would cost a context per word).
 */
function featurePhraseAt<P extends { feature?: boolean; keys: string[] }>(
  list: P[],
  keys: string[],
  from: number,
): P | undefined {
  for (const ph of list)
    if (ph.feature !== false && ph.keys.length > 1 && matchesAt(keys, from, ph.keys)) return ph;
  return undefined;
}

function matchesAt(keys: string[], from: number, phrase: string[]): boolean {
  if (from + phrase.length - 1 > keys.length) return false;
  for (let j = 1; j < phrase.length; j++) if (keys[from + j - 1] !== phrase[j]) return false;
  return true;
}

/** Index just past a title phrase starting at i and the nisbas that follow it, or i if none. */
export function titleEnd(keys: string[], words: string[], i: number, infos?: WordInfo[]): number {
  const lex = lexicons();
  for (const c of (infos ? infos[i] : wordInfo(words[i])).titleReadings) {
    const list = lex.titles.get(c.key);
    if (!list) continue;
    const t = list.find((ph) => matchesAt(keys, i + 1, ph));
    if (!t) continue;
    let e = i + t.length;
    while (e < keys.length && lex.nisbas.has(nisbaKey(keys[e]))) e++;
    return e;
  }
  return i;
}
