// Is the article about the claim's event, or another event told with the same words? A report of
// the same event names the claim's actors, place and event together in one passage; a report of
// another airliner, another player's injury or another week of a weekly report shares the words,
// but they lie scattered over the article. So the claim's rarest words (names, places) are read in
// the best passage of two adjacent sentences, not in the whole article.
import { coverage, type ArticleView, type ClaimView, type TermMatches } from './views.js';

/** The rarest third of the claim's terms (names, places), as the article-wide `rareCoverage` reads it. */
const RARE_SHARE = 1 / 3;

/** Each article's passages: every claim checked against it reads the same ones (compute once). */
const passagesOf = new WeakMap<ArticleView, Set<string>[]>();

/** Term sets of every passage of one or two adjacent sentences, the title (when held apart) alone. */
function passages(article: ArticleView): Set<string>[] {
  const cached = passagesOf.get(article);
  if (cached) return cached;
  const s = article.sentences;
  const out: Set<string>[] = s.map((x) => x.terms);
  for (let i = 0; i + 1 < s.length; i++) out.push(new Set([...s[i].terms, ...s[i + 1].terms]));
  if (article.title) out.push(article.title.terms);
  passagesOf.set(article, out);
  return out;
}

export function eventFeatures(claim: ClaimView, article: ArticleView, matches: TermMatches) {
  const rare = {
    ...claim,
    terms: claim.terms.slice(0, Math.max(1, Math.ceil(claim.terms.length * RARE_SHARE))),
  };
  rare.totalWeight = rare.terms.reduce((s, t) => s + t.weight, 0);
  let rareWindow = 0;
  for (const p of passages(article)) rareWindow = Math.max(rareWindow, coverage(rare, matches, p));
  return { rareWindow };
}
