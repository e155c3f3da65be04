// What a news word usually weighs, before the input says anything: document frequencies of light
// stems estimated from the shipped word-frequency list (lexicons/wordlist.txt.gz, counts over the
// SaudiNewsNet articles). A handful of articles cannot tell "قال" from "حلب" by themselves; the
// prior stands in as a small number of pseudo-articles, so on a large input the input's own
// statistics decide.
import { loadWordList } from '../clean/repair.js';
import { lightStem } from '../text/arabic.js';

/** the number of articles the word list was counted over (its header says so) */
const LIST_ARTICLES = 27_644;
/**
 * pseudo-articles the prior counts as: enough to rank common words below names in five articles,
 * few enough that a day of news (1,400 articles) outweighs it
 */
export const PRIOR_ARTICLES = 200;

let cached: Map<string, number> | undefined;

/** Share of news articles (0..1) estimated to contain each feature (`s:` stems only). */
export function stemPrior(): Map<string, number> {
  if (cached) return cached;
  const byStem = new Map<string, number>();
  for (const [word, count] of loadWordList().entries()) {
    const key = 's:' + lightStem(word);
    byStem.set(key, (byStem.get(key) ?? 0) + count);
  }
  // a word counted c times over N articles is in about min(1, c/N) of them (news rarely repeats a
  // rare word many times in one article; common words saturate at 1)
  cached = new Map([...byStem].map(([k, c]) => [k, Math.min(1, c / LIST_ARTICLES)]));
  return cached;
}
