// Actor slots: a person, or a body (organisation, group, outlet: the entity finder mixes them).
import type { EntityMention } from '../../extract/entities/entities.js';
import { holdsPlace } from '../place-names.js';
import type { Slot } from './slot.js';

/** The party an actor mention names. */
export function partyOf(m: EntityMention): NonNullable<Slot['party']> {
  return m.type === 'PER' ? 'person' : 'body';
}

/** A person is no rival of a body: a minister at a ministry's event. */
export function actorsRival(c: Slot, s: Slot): boolean {
  return c.party === s.party;
}

/**
 * Two persons cannot be one party under two names; a body can ("داعش" / "الدولة الإسلامية"), and a
 * "person" holding a place word is no person.
 */
export function distinctPersons(c: Slot, s: Slot): boolean {
  return c.party === 'person' && s.party === 'person' && !holdsPlace(c.text) && !holdsPlace(s.text);
}
