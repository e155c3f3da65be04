// Is the article about the claim's event, or another event told with the same words? A report of
// the same event names the claim's actors, place and event together in one passage; a report of
// another airliner, another player's injury or another week of a weekly report shares the words,
// but they lie scattered over the article. So the claim's rarest words (names, places) and its core
// (the event word with the names) are read in the best passage of two adjacent sentences, not in
// the whole article.
import { coverage, termCredit, type ArticleView, type ClaimView, type TermMatches } from './views.js';
import { termTokens } from './terms.js';

/** The rarest third of the claim's terms (names, places), as the article-wide `rareCoverage` reads it. */
const RARE_SHARE = 1 / 3;

/** Term sets of every passage of one or two adjacent sentences, the title (when held apart) alone. */
function passages(article: ArticleView): Set<string>[] {
  const s = article.sentences;
  const out: Set<string>[] = s.map((x) => x.terms);
  for (let i = 0; i + 1 < s.length; i++) out.push(new Set([...s[i].terms, ...s[i + 1].terms]));
  if (article.title) out.push(article.title.terms);
  return out;
}

/**
 * The claim's core: each named actor or place (its heaviest word) and each event word (its class).
 * Each counts once, whatever its rarity: a report of the same event names them all.
 */
function coreTerms(claim: ClaimView): string[] {
  const weight = new Map(claim.terms.map((t) => [t.term, t.weight]));
  const names = claim.mentions.flatMap((m) => {
    const terms = termTokens(m.text)
      .map((t) => t.term)
      .filter((t) => weight.has(t));
    terms.sort((a, b) => weight.get(b)! - weight.get(a)!);
    return terms.slice(0, 1);
  });
  const events = claim.terms.map((t) => t.term).filter((t) => t.startsWith('@'));
  return [...new Set([...names, ...events])];
}

export function eventFeatures(claim: ClaimView, article: ArticleView, matches: TermMatches) {
  const rare = {
    ...claim,
    terms: claim.terms.slice(0, Math.max(1, Math.ceil(claim.terms.length * RARE_SHARE))),
  };
  rare.totalWeight = rare.terms.reduce((s, t) => s + t.weight, 0);
  const core = coreTerms(claim);
  let rareWindow = 0;
  let coreWindow = core.length ? 0 : 1;
  for (const p of passages(article)) {
    rareWindow = Math.max(rareWindow, coverage(rare, matches, p));
    if (core.length)
      coreWindow = Math.max(
        coreWindow,
        core.reduce((n, t) => n + termCredit(matches.get(t), p), 0) / core.length,
      );
  }
  // the title (or the first sentence, which is the title when the text opens with it) names the event
  const lead = article.title ?? article.sentences[0];
  const coreLead = !core.length
    ? 1
    : lead
      ? core.reduce((n, t) => n + termCredit(matches.get(t), lead.terms), 0) / core.length
      : 0;
  return { rareWindow, coreWindow, coreLead };
}
