import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wholeNumber } from './whole-number.js';

const icu = (n: number) => Math.round(n).toLocaleString('en-US');

describe('wholeNumber', () => {
  it('writes what toLocaleString writes for edge values', () => {
    const values = [
      0,
      -0,
      0.4,
      -0.4,
      0.5,
      -0.5,
      1.5,
      999,
      1000,
      -1000,
      999_999,
      1_000_000,
      12_345.678,
      2 ** 53 + 2,
      2 ** 60,
      1e21,
      -1e21,
      1.2345e25,
      1e300,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
    ];
    for (const v of values) expect(wholeNumber(v), String(v)).toBe(icu(v));
  });

  it('writes what toLocaleString writes for any finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        expect(wholeNumber(v)).toBe(icu(v));
      }),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (v) => {
        expect(wholeNumber(v)).toBe(icu(v));
      }),
      { numRuns: 20_000 },
    );
  });
});
