import { afterEach, describe, expect, it } from 'vitest';
import { clusterPath, clusterValues, encodeClusters, setClusterTable } from './clusters.js';

describe('word clusters', () => {
  afterEach(() => setClusterTable(undefined));

  it('reads a base back with its path, and its prefixes coarse to fine', () => {
    setClusterTable(
      encodeClusters([
        ['كتاب', 0b1_0110_1100_1011],
        ['قلم', 0b1_011],
        ['كتاب', 0b1_1111], // one hash, one entry: the first (most frequent) is kept
      ]),
    );
    expect(clusterPath('كتاب')).toBe(0b1_0110_1100_1011);
    expect(clusterValues('كتاب')).toEqual(['0110', '01101100', '011011001011']);
    // a path shorter than a prefix is read whole, once
    expect(clusterValues('قلم')).toEqual(['011']);
    expect(clusterValues('دفتر')).toEqual([]);
  });

  it('gives no cluster without a table', () => {
    setClusterTable(null);
    expect(clusterValues('كتاب')).toEqual([]);
  });
});
