// Slots of a claim against the article's sentences that state the same fact: a false claim is often
// a real report with ONE slot changed (another actor or place, another number, date, weekday,
// ordinal or year). Each slot of the claim (a name, a count, a date, a weekday, an ordinal, a year:
// found by the project's extractors and date / ordinal words) is aligned with the sentence by the
// claim words next to it. A clash is a slot of the same kind in the same place of a sentence that
// states the rest of the claim (its frame), with another value, while the claim's own value is not
// given to the claim's event in the article. A sentence that names a second party or place besides
// the claim's is no clash.
//   slots/find.ts      the slots among tokens          slots/compare.ts  claim slots against sentences
//   slots/align.ts     where a slot stands, its frame  slots/counts.ts   numbers
//   slots/actors.ts    persons and bodies              slots/places.ts   places and nisbas
//   slots/names.ts     what names of both kinds share  slots/dates.ts    dates, weekdays, ordinals, years
export type { Slot, SlotFinding, SlotKind } from './slots/slot.js';
export { slotsOf } from './slots/find.js';
export { compareSlots } from './slots/compare.js';
