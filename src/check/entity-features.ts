// Names as evidence: the share of the claim's names the article holds, and another name of the
// same kind in the words that address the claim where the claim's own is missing (a swapped actor
// or place).
import { lookAlike, termTokens } from './terms.js';
import { mentionPresent, type ArticleView, type ClaimView, type TermMatches } from './views.js';
import { focusTokens, type ScoredSentence } from './sentences.js';

/** Mentions of the article inside the focus windows of the sentences that address the claim. */
function focusMentions(article: ArticleView, top: ScoredSentence[]) {
  return article.annotated.mentions.filter((m) =>
    top.some((t) => {
      if (t.sentence.index < 0 || !t.sentence.tokens.length) return false;
      const toks = focusTokens(t);
      return toks.length > 0 && m.start >= toks[0].start && m.end <= toks[toks.length - 1].end;
    }),
  );
}

export function entityFeatures(
  claim: ClaimView,
  article: ArticleView,
  matches: TermMatches,
  top: ScoredSentence[],
) {
  const present = claim.mentions.map((m) => mentionPresent(m.text, matches, article.vocabulary));
  const missing = claim.mentions.filter((_, i) => present[i] < 0.5);
  const claimTerms = new Set(claim.terms.map((t) => t.term));
  // another name where the claim's is missing, in the words that address the claim: a swapped actor
  const others = focusMentions(article, top).filter(
    (m) => !termTokens(m.text).some((t) => t.term && [...claimTerms].some((c) => lookAlike(c, t.term))),
  );
  const isActor = (type: string) => type !== 'LOC';
  // in the best sentence's focus: a name of the claim absent there, another name of its type present
  const best = top[0] ? focusMentions(article, [top[0]]) : [];
  const focusTerms = new Set(top[0] ? focusTokens(top[0]).map((t) => t.term) : []);
  const absentHere = claim.mentions.filter((m) => mentionPresent(m.text, matches, focusTerms) < 0.5);
  const focusSwapped = absentHere.some((m) => best.some((o) => o.type === m.type && others.includes(o)));
  return {
    focusSwapped: focusSwapped ? 1 : 0,
    entityShare: present.length ? present.reduce((a, b) => a + b, 0) / present.length : 1,
    actorMissing: missing.some((m) => isActor(m.type)) ? 1 : 0,
    placeMissing: missing.some((m) => !isActor(m.type)) ? 1 : 0,
    actorSwapped: missing.some((m) => isActor(m.type)) && others.some((m) => isActor(m.type)) ? 1 : 0,
    placeSwapped: missing.some((m) => !isActor(m.type)) && others.some((m) => !isActor(m.type)) ? 1 : 0,
  };
}
