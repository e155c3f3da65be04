// The slots among a claim's or a sentence's tokens, from the extractors' findings in the same text
// range (names, quantities, dates) and from date, ordinal and nisba words.
import type { DateDraft, QuantityDraft } from '../../contract.js';
import type { EntityMention } from '../../extract/entities/entities.js';
import type { TermToken } from '../terms.js';
import { partyOf } from './actors.js';
import { countEvent, dualCount, singleCount } from './counts.js';
import { bareYear, dateKey, dayWord, isYear } from './dates.js';
import { nameKey, placeKey } from './names.js';
import { nisbaOfWord } from './nisbas.js';
import { tokenRange, within, type Slot, type SlotKind } from './slot.js';

/** Slots among tokens, from the extractors' findings in the same text range. */
export function slotsOf(
  tokens: readonly TermToken[],
  found: {
    mentions: readonly EntityMention[];
    quantities: readonly QuantityDraft[];
    dates: readonly DateDraft[];
  },
): Slot[] {
  if (!tokens.length) return [];
  const lo = tokens[0].start;
  const hi = tokens[tokens.length - 1].end;
  const inside = (x: { start: number; end: number }) => x.start >= lo && x.end <= hi;
  const out: Slot[] = [];
  const add = (
    kind: SlotKind,
    x: { start: number; end: number; text: string },
    key: string,
    quantity?: QuantityDraft,
    party?: Slot['party'],
    country?: string,
  ) => {
    const r = tokenRange(tokens, x.start, x.end);
    if (!r) return;
    const event = quantity ? countEvent(tokens, r.from) : undefined;
    out.push({
      kind,
      start: x.start,
      end: x.end,
      text: x.text,
      ...r,
      key,
      quantity,
      event,
      party,
      ...(country ? { country } : {}),
    });
  };
  const named = found.mentions.filter(inside);
  for (const m of named) {
    const key = m.type === 'LOC' ? placeKey(m.text) : nameKey(m.text);
    if (key && m.type === 'LOC') add('place', m, key);
    else if (key) add('actor', m, key, undefined, partyOf(m));
  }
  const quantities = found.quantities.filter(inside);
  for (const q of quantities) add('number', q, String(q.value), q);
  const dates = found.dates.filter((d) => inside(d) && !d.relative);
  for (const d of dates) add('date', d, dateKey(d));
  tokens.forEach((t, i) => {
    if ((isYear(tokens, i) || bareYear(t, found.quantities)) && !within(t, dates)) add('year', t, t.text);
  });
  tokens.forEach((t, i) => {
    // a weekday inside a full date is a slot of its own ("يوم الخميس 13 أغسطس" against "الأحد
    // القادم 24 / 10 / 1436 ه", a date the date reader does not read; sixteenth round)
    const day = dayWord(t);
    if (day?.kind === 'weekday' && within(t, dates) && !within(t, found.quantities))
      add(day.kind, t, day.key);
    if (within(t, dates) || within(t, found.quantities)) return;
    // a country's adjective outside a name ("جنود مصريين"; not "الداخلية المصرية", a name of its own)
    const nisba = nisbaOfWord(t);
    if (nisba && !within(t, named)) add('place', t, nisba.term, undefined, undefined, nisba.code);
    if (day) add(day.kind, t, day.key);
    const dual = dualCount(t);
    if (dual && !within(t, named)) add('number', t, '2', dual);
    const single = singleCount(tokens, i);
    if (single && !within(t, named)) add('number', t, '1', single);
  });
  return out;
}
