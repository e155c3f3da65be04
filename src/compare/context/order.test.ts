import { describe, expect, it } from 'vitest';
import { isoOrder } from './context.js';

// isoOrder stands in for localeCompare on days and clock times (no ICU collator at start): for the
// shapes the contract allows it must order exactly as localeCompare does.
describe('isoOrder', () => {
  it('orders days, year-less days, clock times and the "no day" mark as localeCompare', () => {
    const values = [
      '2016-12-06',
      '2016-12-07',
      '2016-02-28',
      '2015-12-31',
      '2022-01-01',
      '--12-06',
      '--01-15',
      '9999',
      '',
      '00:00',
      '09:30',
      '10:05',
      '23:59',
      '2016-12-06',
    ];
    for (const a of values)
      for (const b of values) expect(Math.sign(isoOrder(a, b))).toBe(Math.sign(a.localeCompare(b)));
  });
});
