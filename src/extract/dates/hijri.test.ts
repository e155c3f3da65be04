import { describe, expect, it } from 'vitest';
import { fromHijri, toHijri } from './hijri.js';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('Umm al-Qura conversion', () => {
  it.each([
    [1436, 9, 1, '2015-06-18'], // start of Ramadan 1436
    [1436, 10, 1, '2015-07-17'], // Eid al-Fitr 1436
    [1438, 1, 1, '2016-10-02'], // Hijri new year 1438
    [1438, 3, 15, '2016-12-14'],
  ])('%i-%i-%i is %s', (year, month, d, iso) => {
    expect(fromHijri({ year, month, day: d })).toBe(day(iso));
    expect(toHijri(day(iso))).toEqual({ year, month, day: d });
  });
  it('round-trips every tenth day over a century', () => {
    for (let ms = day('1950-01-01'); ms < day('2050-01-01'); ms += 10 * 86_400_000) {
      expect(fromHijri(toHijri(ms))).toBe(ms);
    }
  });
  it('rejects days that do not exist', () => {
    expect(fromHijri({ year: 1436, month: 9, day: 30 })).toBeUndefined(); // Ramadan 1436 had 29 days
    expect(fromHijri({ year: 1436, month: 13, day: 1 })).toBeUndefined();
  });
});
