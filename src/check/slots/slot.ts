// A slot of a claim or a sentence: one name, count, date, weekday, ordinal or year, with its token
// range, and what a comparison found.
import type { QuantityDraft } from '../../contract.js';
import type { TermToken } from '../terms.js';
import type { SentenceView } from '../views.js';

export type SlotKind = 'actor' | 'place' | 'number' | 'date' | 'weekday' | 'ordinal' | 'year';

export interface Slot {
  kind: SlotKind;
  start: number;
  end: number;
  /** token range [from, to) in its side's tokens */
  from: number;
  to: number;
  text: string;
  /** the name's rarest content word, the day (MM-DD), the weekday or the ordinal's value */
  key: string;
  quantity?: QuantityDraft;
  /** numbers: the event class governing it, the nearest before it ("@killed") */
  event?: string;
  /** actors: a person, or a body (organisation, group, outlet: the entity finder mixes them) */
  party?: 'person' | 'body';
  /** places named by a country's adjective: the country's ISO code (nisbas.ts) */
  country?: string;
}

export interface SlotFinding {
  /** clash: the claim's value is nowhere in the article; extra: it is, and the sentence adds another */
  status: 'clash' | 'extra';
  kind: SlotKind;
  /** the claim's slot, as [start, end) of the claim text */
  claim: { start: number; end: number };
  /** the article's rival slot and the sentence that states it */
  article: { start: number; end: number };
  sentence: SentenceView;
  /** weighted share of the claim's other words (its frame) that the sentence states */
  frame: number;
}

/** Token range [from, to) of the tokens overlapping [start, end). */
export function tokenRange(tokens: readonly TermToken[], start: number, end: number) {
  let from = -1;
  let to = -1;
  tokens.forEach((t, i) => {
    if (t.end > start && t.start < end) {
      if (from < 0) from = i;
      to = i + 1;
    }
  });
  return from < 0 ? undefined : { from, to };
}

/** A token lies inside one of some ranges. */
export const within = (t: TermToken, xs: readonly { start: number; end: number }[]) =>
  xs.some((d) => t.start >= d.start && t.end <= d.end);
