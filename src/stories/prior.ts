// What a news word usually weighs, before the input says anything: document frequencies of light
// stems estimated from the shipped word-frequency list (lexicons/wordlist.txt.gz, counts over the
// SaudiNewsNet articles). A handful of articles cannot tell "قال" from "حلب" by themselves; the
// prior stands in as a small number of pseudo-articles, so on a large input the input's own
// statistics decide.
//
// Stemming the 100,000 listed words took most of a cold `sanad analyze` of five articles, so
// `npm run build` writes the stem counts once (scripts/build-stem-prior.mjs, beside the compiled
// module as stem-prior.bytes, sorted by stem, one byte a letter as word-bytes.ts writes the word
// list, so a run decodes no text); a run searches them in place when they were built from
// the same word list (a map of all 28,000 stems cost a cold run more than grouping its articles),
// and computes them as before otherwise (from src/ under tsx or vitest, or after the list changed).
import { readFileSync } from 'node:fs';
import { loadWordList, sortedWordList, type WordList } from '../clean/repair.js';
import { wordListOf } from '../clean/sorted-lines.js';
import { ByteLines, encodeLines } from '../clean/word-bytes.js';
import { lexiconFileHash } from '../lexicon.js';
import { checkedLightStem, searchKey } from '../text/arabic.js';

/** the number of articles the word list was counted over (its header says so) */
const LIST_ARTICLES = 27_644;
/**
 * pseudo-articles the prior counts as: enough to rank common words below names in five articles,
 * few enough that a day of news (1,400 articles) outweighs it
 */
export const PRIOR_ARTICLES = 200;

const WORD_LIST = 'wordlist.txt.gz';

/** stems shorter than this keep a final alef: it is part of a short word (دعا، بنا) */
const MIN_ALEF_STEM = 4;
/**
 * a word whose letters without its leading ف are this many times rarer in the word list than the
 * whole word keeps its ف: فندق 677 times, ندق never; فريق 9,515, ريق 18; فترة 6,148, تره 4. A
 * conjunction's word is far more common than the word with ف (فإن 5,228, إن 117,426; فهو 1,282, هو
 * 10,816). At 5, فيصل (3,458 to يصل 1,114) and فكرة (0.6) still lose their ف, as they did before.
 */
const OWN_LETTERS_RATIO = 5;
/**
 * the leading letter whose stripping the word list checks: ف is a conjunction far rarer than و, so a
 * word that starts with it is often a word of its own (فندق، فريق، فرنسا، فترة، فئة). Checking و, ب,
 * ل and ك too (وزارة، بيان، لجنة، كبير) changed the grouping of the dev days by chains of look-alike
 * fires (dev P 0.942 -> 0.935, dev2 R 0.844 -> 0.828); it waits for a rule that keeps two towns apart.
 */
const CHECKED_LETTER = 'ف';
/** a whole word seen fewer times than this says nothing: its letters come off as before */
const MIN_OWN_COUNT = 20;

/** Word-list count of a search key and of the same key with the article (the list counts raw spellings). */
function family(key: string): number {
  const count = keyCounts();
  return count(key) + count('ال' + key);
}

/** Whether `rest` is `whole` with a clitic off, not `whole` short of its own first or last letters. */
function cliticOff(whole: string, rest: string): boolean {
  if (!whole.startsWith(CHECKED_LETTER)) return true;
  const w = family(whole);
  return w < MIN_OWN_COUNT || w < OWN_LETTERS_RATIO * family(rest);
}

const stems = new Map<string, string>();

/**
 * The light stem story grouping counts: the clitics off, a leading ف only when the word list confirms
 * it is a conjunction (see checkedLightStem: "فندق" and "الفندق" one stem, a hotel, where the light
 * stemmer read ف + ندق), one plural/dual/nisba ending off, then a
 * final alef off a stem of four letters or more, the accusative ending (نقصاً، اتصالاً، معترفاً)
 * the light stemmer keeps, so "نقصاً" and "نقص" are one feature.
 */
export function storyStem(word: string): string {
  let stem = stems.get(word);
  if (stem !== undefined) return stem;
  stem = checkedLightStem(word, cliticOff);
  if (stem.length >= MIN_ALEF_STEM && stem.endsWith('ا')) stem = stem.slice(0, -1);
  if (stems.size > 500_000) stems.clear(); // bounded on huge corpora
  stems.set(word, stem);
  return stem;
}

/** the word list's counts by search key, built by `npm run build` next to the compiled module */
export const BUILT_KEYS = new URL('./word-keys.bytes', import.meta.url);
export const KEYS_HEADER = '# search-key counts of lexicons/wordlist.txt.gz, sha1 ';
let keyCounter: ((key: string) => number) | undefined;

/** Word-list counts summed by search key, sorted by key, as the text `npm run build` writes. */
export function keyCountsText(): string {
  const byKey = new Map<string, number>();
  for (const [word, count] of loadWordList().entries()) {
    const key = searchKey(word);
    byKey.set(key, (byKey.get(key) ?? 0) + count);
  }
  const lines = [...byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, c]) => `${k}\t${c}`);
  return `${KEYS_HEADER}${lexiconFileHash(WORD_LIST)}\n${lines.join('\n')}\n`;
}

/** Count of a search key in the word list: the built file searched in place, else summed once. */
function keyCounts(): (key: string) => number {
  if (keyCounter) return keyCounter;
  const built = builtList(BUILT_KEYS, KEYS_HEADER);
  if (built) keyCounter = (key) => built.count(key);
  else {
    const text = keyCountsText();
    const list = sortedWordList(text.slice(text.indexOf('\n') + 1).replace(/\n+$/, ''));
    keyCounter = (key) => list.count(key);
  }
  return keyCounter;
}

/** the counts built by `npm run build`, next to the compiled module */
export const BUILT_PRIOR = new URL('./stem-prior.bytes', import.meta.url);
/** names the stemmer too: counts built by an earlier stemmer are not read */
const HEADER =
  '# story-stem (checked light stem, accusative alef off) counts of lexicons/wordlist.txt.gz, sha1 ';

/** A feature's prior share of articles (0..1), undefined for a feature the word list does not give. */
export interface StemPrior {
  get(feature: string): number | undefined;
}

let cached: StemPrior | undefined;

/** Summed word-list counts of each light stem. */
export function stemCounts(): Map<string, number> {
  const byStem = new Map<string, number>();
  for (const [word, count] of loadWordList().entries()) {
    const stem = storyStem(word);
    byStem.set(stem, (byStem.get(stem) ?? 0) + count);
  }
  return byStem;
}

/**
 * The stem counts as the text `npm run build` writes: a header naming the list's hash, then
 * stem TAB count, in code-unit order of the stems (so a run can search them in place).
 */
export function stemCountsText(): string {
  const byStem = [...stemCounts()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = byStem.map(([stem, count]) => `${stem}\t${count}`);
  return `${HEADER}${lexiconFileHash(WORD_LIST)}\n${lines.join('\n')}\n`;
}

/**
 * The text keyCountsText or stemCountsText gives, as the file `npm run build` writes: its header
 * line, then the sorted lines as bytes (word-bytes.ts); undefined when a character cannot be
 * written so (a run then computes the counts itself).
 */
export function builtBytes(text: string): Buffer | undefined {
  const nl = text.indexOf('\n');
  const body = text.slice(nl + 1).replace(/\n+$/, '');
  const list = sortedWordList(body);
  const lines = encodeLines(body, list.size, list.total);
  return lines && Buffer.concat([Buffer.from(text.slice(0, nl + 1), 'latin1'), lines]);
}

/**
 * A built sorted list, if present and built from the word list shipped now, searched in place;
 * undefined (the caller computes the counts) for a missing file or one of another list or format.
 */
export function builtList(file: URL, header: string): WordList | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const nl = bytes.indexOf(NEWLINE);
  if (nl < 0 || bytes.toString('latin1', 0, nl) !== header + lexiconFileHash(WORD_LIST)) return undefined;
  return wordListOf(new ByteLines(bytes.subarray(nl + 1)));
}

const NEWLINE = 10;
const STEM = 's:';

/** Share of news articles (0..1) estimated to contain each feature (`s:` stems only). */
export function stemPrior(): StemPrior {
  if (cached) return cached;
  // a word counted c times over N articles is in about min(1, c/N) of them (news rarely repeats a
  // rare word many times in one article; common words saturate at 1)
  const share = (c: number) => Math.min(1, c / LIST_ARTICLES);
  const built = builtList(BUILT_PRIOR, HEADER);
  if (built) {
    cached = {
      get: (feature) => {
        if (!feature.startsWith(STEM)) return undefined;
        const c = built.count(feature.slice(STEM.length));
        return c > 0 ? share(c) : undefined;
      },
    };
  } else {
    const byStem = stemCounts();
    cached = {
      get: (feature) => {
        const c = feature.startsWith(STEM) ? byStem.get(feature.slice(STEM.length)) : undefined;
        return c === undefined ? undefined : share(c);
      },
    };
  }
  return cached;
}
