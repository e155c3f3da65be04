import { describe, expect, it } from 'vitest';
import { parseWordList, sortedWordList } from './sorted-lines.js';

describe('word-list look-ups', () => {
  it('count the same before and after the list is read into a map (past 25,000 searches)', () => {
    // a hand-made list, one word written twice: the first line's count, as the binary search finds it
    const list = parseWordList(['بيت\t7', 'باب\t3', 'كتاب\t12', 'كتاب\t99', 'قلم', 'دار\t5'].join('\n'));
    const fresh = () =>
      sortedWordList(['باب\t3', 'بيت\t7', 'دار\t5', 'قلم', 'كتاب\t12', 'كتاب\t99'].join('\n'));
    const queries = ['بيت', 'باب', 'كتاب', 'قلم', 'دار', 'كتب', 'با', '', 'x'];
    const before = queries.map((q) => fresh().count(q));
    expect(before).toEqual([7, 3, 12, 3, 5, 0, 0, 0, 0]);
    // distinct unknown words: each is a search, past the limit the list is indexed
    for (let i = 0; i < 30_000; i++) list.count(`w${i}`);
    expect(queries.map((q) => list.count(q))).toEqual(before);
    expect(queries.map((q) => list.has(q))).toEqual(before.map((c) => c > 0));
    expect(list.hasPrefix('كت')).toBe(true);
    expect(list.hasPrefix('كس')).toBe(false);
  });
});
