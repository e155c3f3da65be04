import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../contract.js';
import { buildContext } from '../context/context.js';
import { article, at } from '../../../test/fixtures/compare.js';
import { readIncident } from './incident.js';

/** The incident of the count `count` followed by its noun `noun`, in a one-sentence article. */
function incidentOf(text: string, count: string, noun: string, cls: string) {
  const a = article('a', text, 'أ');
  const ctx = buildContext(a, undefined, [], []);
  const q = at(a, count);
  const quantity = { start: q.start, end: q.end, text: q.text } as Quantity;
  return readIncident(ctx, 0, quantity, at(a, noun).end, cls);
}

describe('incident of a count', () => {
  it('a coordinated count with a thousands separator does not cut off the group named after it', () => {
    // the comma of "1,200" is the number's own: "من المسلحين" still names whose dead both counts are
    const plain = incidentOf('وسقط عشرة قتلى و60 جريحا من المسلحين في الاشتباكات.', 'عشرة', 'قتلى', 'dead');
    const grouped = incidentOf(
      'وسقط عشرة قتلى و1,200 جريح من المسلحين في الاشتباكات.',
      'عشرة',
      'قتلى',
      'dead',
    );
    expect(plain.group).toBeDefined();
    expect(grouped.group).toBe(plain.group);
  });

  it('a comma between words still ends the reach of the group', () => {
    const cut = incidentOf('وسقط عشرة قتلى، وأصيب آخرون من المسلحين في الاشتباكات.', 'عشرة', 'قتلى', 'dead');
    expect(cut.group).toBeUndefined();
  });
});
