// What a news word usually weighs, before the input says anything: document frequencies of light
// stems estimated from the shipped word-frequency list (lexicons/wordlist.txt.gz, counts over the
// SaudiNewsNet articles). A handful of articles cannot tell "قال" from "حلب" by themselves; the
// prior stands in as a small number of pseudo-articles, so on a large input the input's own
// statistics decide.
//
// Stemming the 100,000 listed words took most of a cold `sanad analyze` of five articles, so
// `npm run build` writes the stem counts once (scripts/build-stem-prior.mjs, beside the compiled
// module as stem-prior.tsv, sorted by stem); a run searches them in place when they were built from
// the same word list (a map of all 28,000 stems cost a cold run more than grouping its articles),
// and computes them as before otherwise (from src/ under tsx or vitest, or after the list changed).
import { readFileSync } from 'node:fs';
import { loadWordList, sortedWordList, type WordList } from '../clean/repair.js';
import { lexiconFileHash } from '../lexicon.js';
import { lightStem } from '../text/arabic.js';

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
 * The light stem story grouping counts: lightStem, then a final alef off a stem of four letters or
 * more, the accusative ending (نقصاً، اتصالاً، معترفاً) that lightStem keeps, so "نقصاً" and "نقص"
 * are one feature (on the dev days: recall 0.910 -> 0.919, precision unchanged).
 */
export function storyStem(word: string): string {
  const stem = lightStem(word);
  return stem.length >= MIN_ALEF_STEM && stem.endsWith('ا') ? stem.slice(0, -1) : stem;
}
/** the counts built by `npm run build`, next to the compiled module */
export const BUILT_PRIOR = new URL('./stem-prior.tsv', import.meta.url);
/** names the stemmer too: counts built by an earlier stemmer are not read */
const HEADER = '# story-stem (light stem, accusative alef off) counts of lexicons/wordlist.txt.gz, sha1 ';

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

/** The built counts, if present and built from the word list shipped now, searched in place. */
function builtCounts(): WordList | undefined {
  let text: string;
  try {
    text = readFileSync(BUILT_PRIOR, 'utf8');
  } catch {
    return undefined;
  }
  const firstLine = text.indexOf('\n');
  if (text.slice(0, firstLine) !== HEADER + lexiconFileHash(WORD_LIST)) return undefined;
  return sortedWordList(text.slice(firstLine + 1).replace(/\n+$/, ''));
}

const STEM = 's:';

/** Share of news articles (0..1) estimated to contain each feature (`s:` stems only). */
export function stemPrior(): StemPrior {
  if (cached) return cached;
  // a word counted c times over N articles is in about min(1, c/N) of them (news rarely repeats a
  // rare word many times in one article; common words saturate at 1)
  const share = (c: number) => Math.min(1, c / LIST_ARTICLES);
  const built = builtCounts();
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
