// Sides are data per conflict: a camp is named as its conflict names it, and under a known conflict
// only that conflict's words name a camp.
import { describe, expect, it } from 'vitest';
import { campLabel, campOfText } from './framing.js';

describe('camps per conflict', () => {
  it("names a camp as the story's conflict does, generic without one", () => {
    expect(campLabel('opposition', 'yemen')).toBe('الحوثيون وحلفاؤهم');
    expect(campLabel('government', 'sudan')).toBe('الجيش السوداني');
    expect(campLabel('government')).toBe('طرف الحكومة وحلفائها');
  });

  it('reads a party word under its own conflict only', () => {
    expect(campOfText('قوات الدعم السريع')).toBe('opposition');
    expect(campOfText('قوات الدعم السريع', 'sudan')).toBe('opposition');
    // a Sudan party word in a Syria story names no camp there
    expect(campOfText('قوات الدعم السريع', 'syria')).toBeUndefined();
  });
});
