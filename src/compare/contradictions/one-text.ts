// Is a denial and the passage it answers one text? A wire that tells a claim and its denial,
// printed by two outlets (one keeps the claim, the other the denial), is one voice telling both
// sides, not two sources that disagree. This asks the passage-level origins (origins.ts) of the two
// articles alone: the story-wide origins also join every article of an outlet and everything
// copied from any of them, a closure that in a long story reaches two outlets' own reports.
import type { ArticleCtx } from '../context/context.js';
import { findOrigins } from '../origins.js';

/**
 * One text: the passage of `a` at `aAt` stands in `b` too (a copied sentence, or all of `a` when
 * the two articles are one text: an edited copy, one agency's credit, one paper relaying the
 * other), or the passage of `b` at `bAt` stands in `a`. Two articles of one outlet are read as
 * two reports here: a paper's report and its later report of a denial are not one text.
 */
export function oneText(a: ArticleCtx, aAt: number, b: ArticleCtx, bAt: number): boolean {
  if (a === b) return false;
  // the outlet-wide join of one paper's own reporting is not a copied passage
  const pair = a.outlet === b.outlet ? [a, { ...b, outlet: `${b.outlet}\u0000${b.id}` }] : [a, b];
  const origins = findOrigins(pair, new Map());
  const [x, y] = pair;
  const inOther = (from: ArticleCtx, at: number, other: ArticleCtx) => {
    const id = origins.at(from, at).id;
    return other.sentences.some((s) => origins.at(other, s.start).id === id);
  };
  return inOther(x, aAt, y) || inOther(y, bAt, x);
}
