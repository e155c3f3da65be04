// The cause a sentence gives for an event: the content words after a cause marker ("بسبب", "جراء",
// "نجم عن"; lexicons/check-cues.json). A claim and an article that give different causes of the
// same event disagree (a muscle injury against mumps, a fault against an attack): the checker
// cannot otherwise tell them apart, since both share every other word of the claim.
import { cueRanges } from './cues.js';
import { lookAlike, stemWeight, type TermToken } from './terms.js';

/** Content words after a marker that name the cause ("إصابة عضلية في القدم"). */
const CAUSE_WORDS = 4;

export interface Cause {
  /** the cause's content terms, in order */
  terms: string[];
  /** its rarest term: what tells this cause from another ("عضلي", not the common "إصابة") */
  key: string;
  /** token index of the marker */
  at: number;
}

/**
 * The content words right after a marker, up to the first function word or number ("إصابة عضلية"
 * of "إصابة عضلية في القدم"; "ماس كهربائي" of "ماس كهربائي وليس هجوم"): the cause's noun and its
 * adjectives, not what the sentence goes on to say.
 */
function causeWords(tokens: readonly TermToken[], from: number): TermToken[] {
  const out: TermToken[] = [];
  for (const t of tokens.slice(from)) {
    if (!t.term || /^\d/.test(t.term) || out.length === CAUSE_WORDS) break;
    out.push(t);
  }
  return out;
}

/** The causes named among tokens: each marker with the content words after it. */
export function causesIn(tokens: readonly TermToken[]): Cause[] {
  const out: Cause[] = [];
  for (const r of cueRanges(tokens, 'cause')) {
    const words = causeWords(tokens, r.to);
    if (!words.length) continue;
    const rarest = words.reduce((a, b) => (stemWeight(b.stem) > stemWeight(a.stem) ? b : a));
    out.push({ terms: words.map((t) => t.term), key: rarest.term, at: r.from });
  }
  return out;
}

const has = (terms: readonly string[], term: string) => terms.some((t) => lookAlike(t, term));

/** Share of the shorter cause's words the other must have for the two to be one cause. */
const SAME_CAUSE_SHARE = 0.5;

/** One cause in two wordings: a rarest word of one in the other, or half the words shared. */
function meet(a: Cause, b: Cause): boolean {
  if (has(b.terms, a.key) || has(a.terms, b.key)) return true;
  const [short, long] = a.terms.length <= b.terms.length ? [a, b] : [b, a];
  return short.terms.filter((t) => has(long.terms, t)).length >= SAME_CAUSE_SHARE * short.terms.length;
}

/**
 * The claim's causes against an article's (in the words that address the claim): 'match' when one
 * of each side is the same cause, 'conflict' when the article names a cause and none is the
 * claim's, undefined when either side names none.
 */
export function compareCauses(
  claim: readonly Cause[],
  article: readonly Cause[],
): 'match' | 'conflict' | undefined {
  if (!claim.length || !article.length) return undefined;
  return claim.some((c) => article.some((a) => meet(c, a))) ? 'match' : 'conflict';
}
