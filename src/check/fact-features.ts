// Facts as evidence: the claim's numbers (numbers.ts), dates and blame (facts.ts) found again, or
// given otherwise, in the sentences that address the claim.
import { compareNumbers, numbersInContext } from './numbers.js';
import { compareBlame, compareDates } from './facts.js';
import { findCues } from './cues.js';
import { comparedFigures } from './slots/counts.js';
import type { ArticleView, ClaimView } from './views.js';
import { focusTokens, type ScoredSentence } from './sentences.js';

export function numberFeatures(claim: ClaimView, article: ArticleView, top: ScoredSentence[]) {
  const relevant = (offset: number) =>
    top.some((t) => t.sentence.index >= 0 && offset >= t.sentence.start && offset < t.sentence.end);
  const sentenceAt = (offset: number) =>
    article.sentences.find((s) => offset >= s.start && offset < s.end)?.tokens ?? [];
  // a figure the article negates ("وليس 480") is not its figure: it neither matches nor hides a rival
  const negated = (q: { start: number }) => {
    const prev = sentenceAt(q.start)
      .filter((t) => t.end <= q.start)
      .slice(-1);
    return prev.length > 0 && findCues(prev).has('negate');
  };
  // nor is a figure it compares with ("مقارنة بـ 4.7%"): another time's value (compared.ts)
  const compared = comparedFigures(claim, article);
  const numbers = compareNumbers(
    numbersInContext(claim.quantities, () => claim.tokens),
    numbersInContext(
      article.annotated.quantities.filter((q) => !negated(q) && !compared.has(q)),
      sentenceAt,
    ),
    relevant,
  );
  const n = claim.quantities.length;
  const matched = numbers.filter((x) => x.status === 'match').length;
  const conflicts = numbers.filter((x) => x.status === 'conflict').length;
  return {
    numbers,
    f: {
      claimHasNumber: n ? 1 : 0,
      numberMatch: n ? matched / n : 0,
      numberConflict: conflicts ? 1 : 0,
      numberUnseen: n ? (n - matched - conflicts) / n : 0,
    },
  };
}

export function factFeatures(claim: ClaimView, article: ArticleView, top: ScoredSentence[]) {
  const inTop = (offset: number) =>
    top.some((t) => t.sentence.index >= 0 && offset >= t.sentence.start && offset < t.sentence.end);
  const inFocus = (offset: number) =>
    top.some((t) => {
      const toks = t.sentence.index >= 0 ? focusTokens(t) : [];
      return toks.length > 0 && offset >= toks[0].start && offset < toks[toks.length - 1].end;
    });
  const facts = [
    ...compareDates(claim.dates, article.annotated.dates, inFocus),
    ...compareBlame(claim.accusations, article.annotated.accusations, inTop),
  ];
  const has = (kind: string, status: string) =>
    facts.some((f) => f.kind === kind && f.status === status) ? 1 : 0;
  return {
    facts,
    f: {
      dateMatch: has('date', 'match'),
      dateConflict: has('date', 'conflict'),
      blameMatch: has('blame', 'match'),
      blameConflict: has('blame', 'conflict'),
    },
  };
}
