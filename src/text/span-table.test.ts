import { describe, expect, it } from 'vitest';
import { SpanTable, spanHash } from './span-table.js';

describe('SpanTable', () => {
  it('finds a key by a run of another text, and tells a key it does not hold', () => {
    const t = new SpanTable<number>();
    t.add('كتاب', 1);
    t.add('كتب', 2);
    const text = 'قرأ الكتاب ثم الكتب';
    expect(t.get(text, 6, 10)).toBe(1); // "كتاب" inside "الكتاب"
    expect(t.get(text, 16, 19)).toBe(2);
    expect(t.get(text, 4, 10)).toBeUndefined(); // "الكتاب"
    expect(t.get(text, 6, 9)).toBeUndefined(); // "كتا"
  });

  it('keeps a null value apart from no value', () => {
    const t = new SpanTable<string[] | null>();
    t.add('word', null);
    expect(t.get('a word', 2, 6)).toBeNull();
    expect(t.get('a ward', 2, 6)).toBeUndefined();
  });

  it('keeps every key while it grows, and starts again empty past its bound', () => {
    const t = new SpanTable<number>(10_000);
    for (let k = 0; k < 9_000; k++) t.add(`w${k}`, k);
    for (let k = 0; k < 9_000; k += 97) expect(t.get(`w${k}`, 0, `w${k}`.length)).toBe(k);
    for (let k = 9_000; k < 10_001; k++) t.add(`w${k}`, k);
    // the 10,001st key found the table full: it starts again with that key alone
    expect(t.get('w10000', 0, 6)).toBe(10_000);
    expect(t.get('w0', 0, 2)).toBeUndefined();
    t.clear();
    expect(t.get('w10000', 0, 6)).toBeUndefined();
  });

  it('hashes a run as the same text alone', () => {
    expect(spanHash('xxابجxx', 2, 5)).toBe(spanHash('ابج', 0, 3));
    expect(spanHash('ابج', 0, 3)).not.toBe(spanHash('ابد', 0, 3));
  });
});
