// Where a slot stands: the claim words next to it (its anchors), a sentence slot standing where the
// claim's does, and the share of the claim's other words (its frame) a sentence states.
import { searchKey } from '../../text/arabic.js';
import { sameSkeleton } from '../terms.js';
import { coverage, type ClaimView, type SentenceView, type TermMatches } from '../views.js';
import type { Slot } from './slot.js';

/** Claim words each side of a slot that may anchor it in a sentence (content words only). */
const ANCHOR_WORDS = 3;
/**
 * Words a sentence may add between an anchor and its slot beyond the claim's own gap (a title,
 * "نحو", a town before its province: "في لافايت بولاية").
 */
const ALIGN_SLACK = 4;

/** Claim content words next to a slot (another slot's words too): [token index, distance to the slot]. */
export function anchors(claim: ClaimView, slot: Slot, side: -1 | 1): [number, number][] {
  const out: [number, number][] = [];
  for (let i = side < 0 ? slot.from - 1 : slot.to; i >= 0 && i < claim.tokens.length; i += side) {
    if (!claim.tokens[i].term) continue;
    out.push([i, side < 0 ? slot.from - i : i - slot.to + 1]);
    if (out.length >= ANCHOR_WORDS) break;
  }
  return out;
}

/**
 * A sentence slot stands where the claim's does: near a claim word found next to it on the same
 * side. A full date (day and month) moves freely in the sentence: any of the sentence's stands; a
 * weekday stands anywhere in the sentence's focus (its claim-sized stretch that states the claim).
 */
export function aligned(
  claim: ClaimView,
  matches: TermMatches,
  c: Slot,
  sentence: SentenceView,
  s: Slot,
  focus?: { from: number; to: number },
): boolean {
  if (c.kind === 'date') return true;
  // a weekday moves freely too ("قتلوا اليوم (الأحد) في تحطم ..."), but within the stretch that states
  // the claim: a sentence's other weekday often dates an earlier event ("بعد تفجيرين وقعا الأربعاء")
  if (c.kind === 'weekday' && focus && s.from >= focus.from && s.to <= focus.to) return true;
  const toks = sentence.tokens;
  const matchesAt = (claimToken: number, j: number) => {
    const m = matches.get(claim.tokens[claimToken].term);
    return !!m && m.has(toks[j].term);
  };
  for (const [i, gap] of anchors(claim, c, -1))
    for (let j = s.from - 1; j >= 0 && s.from - j <= gap + ALIGN_SLACK; j--) if (matchesAt(i, j)) return true;
  for (const [i, gap] of anchors(claim, c, 1))
    for (let j = s.to; j < toks.length && j - s.to + 1 <= gap + ALIGN_SLACK; j++)
      if (matchesAt(i, j)) return true;
  return false;
}

/** Weighted share of the claim's words outside one slot that a sentence states. */
export function frameCoverage(
  claim: ClaimView,
  matches: TermMatches,
  slot: Slot,
  sentence: SentenceView,
): number {
  const slotTerms = new Set(claim.tokens.slice(slot.from, slot.to).map((t) => t.term));
  const terms = claim.terms.filter((t) => !slotTerms.has(t.term));
  const frame = { ...claim, terms, totalWeight: terms.reduce((a, t) => a + t.weight, 0) };
  return coverage(frame, matches, sentence.terms);
}

/**
 * How far a sentence slot stands from where the claim's would: the fewest words beyond the claim's
 * own gap between the slot and a claim word found next to it, doubled, less one when the word
 * right before or after it is the claim's (Infinity when no claim word is within the slack). Picks the best placed of several candidates ("المتجهة إلى سيئول" before "من نوع إيرباص").
 */
export function alignGap(
  claim: ClaimView,
  matches: TermMatches,
  c: Slot,
  sentence: SentenceView,
  s: Slot,
): number {
  const toks = sentence.tokens;
  const matchesAt = (claimToken: number, j: number) => {
    const m = matches.get(claim.tokens[claimToken].term);
    return !!m && m.has(toks[j].term);
  };
  // here a claim word in another form anchors too ("متجهة" / "والمتجهة")
  const anchoredAt = (claimToken: number, j: number) =>
    matchesAt(claimToken, j) || (!!toks[j].term && sameSkeleton(claim.tokens[claimToken].text, toks[j].text));
  let best = Infinity;
  for (const [i, gap] of anchors(claim, c, -1))
    for (let j = s.from - 1; j >= 0 && s.from - j <= gap + ALIGN_SLACK; j--)
      if (anchoredAt(i, j)) best = Math.min(best, Math.max(0, s.from - j - gap));
  for (const [i, gap] of anchors(claim, c, 1))
    for (let j = s.to; j < toks.length && j - s.to + 1 <= gap + ALIGN_SLACK; j++)
      if (anchoredAt(i, j)) best = Math.min(best, Math.max(0, j - s.to + 1 - gap));
  // a tie goes to the slot after or before the same word as the claim's ("إلى بكين" / "إلى سيئول")
  const key = (t?: { text: string }) => (t ? searchKey(t.text) : undefined);
  const sameEdge =
    (!!key(toks[s.from - 1]) && key(toks[s.from - 1]) === key(claim.tokens[c.from - 1])) ||
    (!!key(toks[s.to]) && key(toks[s.to]) === key(claim.tokens[c.to]));
  return best * 2 - (sameEdge && best < Infinity ? 1 : 0);
}

/**
 * Share of the frame two adjacent sentences must state together to count as stating it: more than
 * one sentence's SLOT_FRAME (0.6, features.ts), as a stretch twice as long states more by chance.
 * At 0.6, dev gave 26 true and 19 false new clashes; at 0.7, 12 and 2 (chosen on dev, tenth round).
 */
const TWO_SENTENCE_FRAME = 0.7;

/**
 * The frame a sentence states, alone or with a sentence next to it: a report often gives its event
 * in two (the arrest, then what the cell planned), and the slot given otherwise stands in one.
 */
export function eventFrame(
  claim: ClaimView,
  matches: TermMatches,
  slot: Slot,
  sentence: SentenceView,
  sentences: readonly SentenceView[],
): number {
  let best = frameCoverage(claim, matches, slot, sentence);
  if (sentence.index < 0) return best;
  for (const other of [sentences[sentence.index - 1], sentences[sentence.index + 1]]) {
    if (!other) continue;
    const terms = new Set([...sentence.terms, ...other.terms]);
    const two = frameCoverage(claim, matches, slot, { ...sentence, terms });
    if (two >= TWO_SENTENCE_FRAME) best = Math.max(best, two);
  }
  return best;
}
