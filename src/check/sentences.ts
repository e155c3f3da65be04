// The sentences of an article that address a claim, shared by every kind of evidence (names, cues,
// numbers, slots): each sentence's weighted coverage of the claim, the best three, and in each a
// claim-sized focus window, the stretch that covers the claim best.
import { coverage, type ArticleView, type ClaimView, type SentenceView, type TermMatches } from './views.js';

/** Sentences scoring at least this share of the best one address the claim too. */
const NEAR_BEST = 0.6;
/** At most this many sentences carry the article's stance. */
const TOP_SENTENCES = 3;
/** A sentence covering less than this share of the claim does not address it. */
export const MIN_RELEVANT = 0.2;

export interface ScoredSentence {
  sentence: SentenceView;
  coverage: number;
  /** the stretch of the sentence's tokens [from, to) that covers the claim best, claim-sized */
  focus: { from: number; to: number; coverage: number };
}

/** Tokens a focus window may have beyond the claim's own length (an inserted title or name). */
const FOCUS_SLACK = 4;

/** The claim-sized stretch of a sentence that covers most of the claim: what the pair model reads. */
function focusOf(claim: ClaimView, matches: TermMatches, s: SentenceView): ScoredSentence['focus'] {
  const size = claim.tokens.length + FOCUS_SLACK;
  const n = s.tokens.length;
  if (n <= size) return { from: 0, to: n, coverage: coverage(claim, matches, s.terms) };
  let best = { from: 0, to: size, coverage: -1 };
  for (let from = 0; from + size <= n; from++) {
    const terms = new Set(s.tokens.slice(from, from + size).map((t) => t.term));
    const c = coverage(claim, matches, terms);
    if (c > best.coverage) best = { from, to: from + size, coverage: c };
  }
  return best;
}

/** Text of a focus window. */
export function focusText(s: ScoredSentence): string {
  const t = s.sentence.tokens;
  if (!t.length) return '';
  return s.sentence.text.slice(t[s.focus.from].start - t[0].start, t[s.focus.to - 1].end - t[0].start);
}

export function topSentences(claim: ClaimView, article: ArticleView, matches: TermMatches): ScoredSentence[] {
  const all = [...article.sentences, ...(article.title ? [article.title] : [])].map((sentence) => ({
    sentence,
    coverage: coverage(claim, matches, sentence.terms),
  }));
  all.sort((a, b) => b.coverage - a.coverage || a.sentence.start - b.sentence.start);
  const best = all[0]?.coverage ?? 0;
  return all
    .slice(0, TOP_SENTENCES)
    .filter((s, i) => i === 0 || (s.coverage >= NEAR_BEST * best && s.coverage >= MIN_RELEVANT))
    .map((s) => ({ ...s, focus: focusOf(claim, matches, s.sentence) }));
}

export function windowCoverage(claim: ClaimView, article: ArticleView, matches: TermMatches): number {
  const s = article.sentences;
  // an article of one sentence is its own best window
  let best = s.length === 1 ? coverage(claim, matches, s[0].terms) : 0;
  for (let i = 0; i + 1 < s.length; i++) {
    best = Math.max(best, coverage(claim, matches, new Set([...s[i].terms, ...s[i + 1].terms])));
  }
  return best;
}

/** Words before a focus window that still govern it ("لم" + verb, "نفى أن" + clause). */
export const GOVERNING = 3;

export function focusTokens(t: ScoredSentence) {
  return t.sentence.tokens.slice(Math.max(0, t.focus.from - GOVERNING), t.focus.to);
}
