// Is an article about the claim's incident at all? An article on the same event that neither
// confirms nor denies the claim (discuss) names the same place, actors and kind of event even when
// it words little else of the claim; an article on another event (unrelated) may share many of the
// claim's common words but not its anchors. The anchors are the words of the claim's names (people,
// organisations, places) and its event classes ("@killed"), weighted by rarity like every term.
import { termTokens } from './terms.js';
import { termCredit, type ClaimView, type TermMatches } from './views.js';

/** The claim's anchor terms: words of its names and its event classes. */
export function incidentAnchors(claim: ClaimView): Set<string> {
  const out = new Set<string>();
  for (const m of claim.mentions) for (const t of termTokens(m.text)) if (t.term) out.add(t.term);
  for (const t of claim.terms) if (t.term.startsWith('@')) out.add(t.term);
  return out;
}

/** Weighted share (0..1) of the claim's anchors found in a set of article terms; 0 without anchors. */
export function incidentShare(claim: ClaimView, matches: TermMatches, terms: Set<string>): number {
  const anchors = incidentAnchors(claim);
  let total = 0;
  let got = 0;
  for (const t of claim.terms) {
    if (!anchors.has(t.term)) continue;
    total += t.weight;
    got += t.weight * termCredit(matches.get(t.term), terms);
  }
  return total ? got / total : 0;
}
