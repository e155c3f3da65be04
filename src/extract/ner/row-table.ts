// The tagger's feature rows read in place from the model file's tables (layout: model-layout.ts).
import {
  BAR,
  GROUP_BN,
  GROUP_OF_KIND,
  GROUP_PB,
  hasTwoKeys,
  hashText,
  indexSlot,
  pairEntryGroup,
  pairHash,
  SLOT_OF_KIND,
  slotHash,
} from './model-layout.js';

/** Pair look-ups made before the pair filter is built (pair, wordPair): a few hundred articles. */
const PAIR_FILTER_AFTER = 100_000;

/**
 * The feature rows, sorted by (group, first key, second key, slot) in the model file, found through
 * the file's hash index of (group, first key): no string or map per feature is made at load, and a
 * run pays only for the words it meets (each word's sums are memoised by the tagger).
 * First key: the word value ("w=<key>"), the first base of a pair ("pb=<a>|<b>"), the previous tag
 * ("tb=<tag>|<base>"); second key: the second base, the base, or empty.
 */
export class RowTable {
  /** slots of the index */
  private readonly size: number;

  constructor(
    /** template of each row (see TEMPLATES and the K_ kinds) */
    readonly kinds: Uint8Array,
    private readonly valAt: Int32Array,
    private readonly vals: Uint16Array,
    private readonly index: Int32Array,
  ) {
    this.size = index.length >> 1;
  }

  /** Memo slot of row r (0 own, 1..4 as a neighbour; see TEMPLATES). */
  slot(r: number): number {
    return SLOT_OF_KIND[this.kinds[r]];
  }

  /** Whether row r's value is text[a, b), or starts with it + "|" for rows with two keys. */
  private firstKeyIs(r: number, twoKeys: boolean, text: string, a: number, b: number): boolean {
    const from = this.valAt[r];
    const end = this.valAt[r + 1];
    const n = b - a;
    if (end - from < n) return false;
    for (let k = 0; k < n; k++) if (this.vals[from + k] !== text.charCodeAt(a + k)) return false;
    return end - from === n || (twoKeys && this.vals[from + n] === BAR);
  }

  /** Index slot holding the rows of group g whose first key is key, or -1 when none. */
  find(g: number, key: string, h: number = hashText(key)): number {
    return this.findIn(g, key, 0, key.length, h);
  }

  /**
   * find for the key text[a, b) (hash h: hashText of it), read in place: a word's suffixes and
   * prefix are looked up without a string made for each.
   */
  findIn(g: number, text: string, a: number, b: number, h: number): number {
    const twoKeys = hasTwoKeys(g);
    const size = this.size;
    for (let s = indexSlot(slotHash(g, h), size); ; s = s + 1 === size ? 0 : s + 1) {
      const lo = this.index[2 * s];
      if (lo < 0) return -1;
      // a run's entry (a two-key row's own entry has no end row)
      if (
        this.index[2 * s + 1] >= 0 &&
        GROUP_OF_KIND[this.kinds[lo]] === g &&
        this.firstKeyIs(lo, twoKeys, text, a, b)
      )
        return s;
    }
  }

  /** First row and end row of an index slot found by find. */
  lo(slot: number): number {
    return this.index[2 * slot];
  }
  hi(slot: number): number {
    return this.index[2 * slot + 1];
  }

  /**
   * The row of two-key group g whose keys are first and second (hashes hFirst, hSecond; see
   * hashText), or -1 when none.
   */
  pair(g: number, first: string, hFirst: number, second: string, hSecond: number): number {
    const x = slotHash(pairEntryGroup(g), pairHash(hFirst, hSecond));
    if (!this.mayHave(x)) return -1;
    const size = this.size;
    for (let s = indexSlot(x, size); ; s = s + 1 === size ? 0 : s + 1) {
      const r = this.index[2 * s];
      if (r < 0) return -1;
      if (this.index[2 * s + 1] < 0 && GROUP_OF_KIND[this.kinds[r]] === g && this.keysAre(r, first, second))
        return r;
    }
  }

  /** The "bn=" row found by the latest wordPair, -1 when none. */
  nextRow = -1;

  /**
   * The rows of the word pair (first, second): returns the "pb=first|second" row (-1 when none) and
   * leaves the "bn=first|second" row in nextRow. Both share an index entry's hash, so a token's two
   * pair features cost one filter test and one probe (the tagger reads the pair as the second
   * word's "pb=" and the first word's "bn="). pb / bn: whether the first word has rows of the kind
   * at all (the probe stops once it has found those it may).
   */
  wordPair(first: string, hFirst: number, second: string, hSecond: number, pb: boolean, bn: boolean): number {
    this.nextRow = -1;
    const x = slotHash(pairEntryGroup(GROUP_PB), pairHash(hFirst, hSecond));
    if (!this.mayHave(x)) return -1;
    let before = -1;
    let next = -1;
    const size = this.size;
    for (let s = indexSlot(x, size); ; s = s + 1 === size ? 0 : s + 1) {
      const r = this.index[2 * s];
      if (r < 0) break;
      if (this.index[2 * s + 1] >= 0) continue; // a run's entry
      const g = GROUP_OF_KIND[this.kinds[r]];
      if (g === GROUP_PB ? !pb || before >= 0 : g !== GROUP_BN || !bn || next >= 0) continue;
      if (!this.keysAre(r, first, second)) continue;
      if (g === GROUP_PB) before = r;
      else next = r;
      if ((!pb || before >= 0) && (!bn || next >= 0)) break;
    }
    this.nextRow = next;
    return before;
  }

  /**
   * Whether the index may hold a two-key entry of hash x: most pairs of words have no row (nine
   * look-ups in ten), and the filter says so without a probe (built once a run has made enough
   * look-ups to pay for it: a short cold run never does).
   */
  private mayHave(x: number): boolean {
    const bits = this.pairBits ?? (++this.pairLookUps > PAIR_FILTER_AFTER ? this.buildPairBits() : undefined);
    if (bits === undefined) return true;
    const b = x >>> this.pairShift;
    return (bits[b >>> 5] & (1 << (b & 31))) !== 0;
  }

  /**
   * A filter over the two-key rows' index hashes (about 16 bits a row, from the hash's high bits):
   * a clear bit means no row, a set bit means probe the index. Built on the first pair look-up.
   */
  private pairBits: Uint32Array | undefined;
  private pairShift = 32;
  private pairLookUps = 0;

  private buildPairBits(): Uint32Array {
    const index = this.index;
    const entries: number[] = [];
    for (let s = 0; 2 * s < index.length; s++)
      if (index[2 * s] >= 0 && index[2 * s + 1] < 0) entries.push(index[2 * s]);
    let log = 5;
    while (1 << log < 16 * entries.length && log < 30) log++;
    const bits = new Uint32Array(1 << (log - 5));
    this.pairShift = 32 - log;
    for (const r of entries) {
      // the row's value is first + "|" + second: hashText of each part, as buildIndex took them
      const from = this.valAt[r];
      const end = this.valAt[r + 1];
      let bar = from;
      while (bar < end && this.vals[bar] !== BAR) bar++;
      const x = slotHash(
        pairEntryGroup(GROUP_OF_KIND[this.kinds[r]]),
        pairHash(this.hashVals(from, bar), this.hashVals(bar + 1, end)),
      );
      const b = x >>> this.pairShift;
      bits[b >>> 5] |= 1 << (b & 31);
    }
    this.pairBits = bits;
    return bits;
  }

  /** hashText of the row values' code units [from, to). */
  private hashVals(from: number, to: number): number {
    let h = 0x811c9dc5 | 0;
    for (let i = from; i < to; i++) h = Math.imul(h ^ this.vals[i], 0x01000193);
    return h;
  }

  /** Whether row r's value is exactly first + "|" + second. */
  private keysAre(r: number, first: string, second: string): boolean {
    const from = this.valAt[r];
    const n = first.length;
    if (this.valAt[r + 1] - from !== n + 1 + second.length || this.vals[from + n] !== BAR) return false;
    for (let k = 0; k < n; k++) if (this.vals[from + k] !== first.charCodeAt(k)) return false;
    for (let k = 0; k < second.length; k++)
      if (this.vals[from + n + 1 + k] !== second.charCodeAt(k)) return false;
    return true;
  }

  /** Rows of group g whose first key is key: [lo, hi), empty when none. */
  range(g: number, key: string, h: number = hashText(key)): [number, number] {
    const s = this.find(g, key, h);
    return s < 0 ? [0, 0] : [this.index[2 * s], this.index[2 * s + 1]];
  }

  /** The value of row r (the whole name for rows looked up by name). */
  value(r: number): string {
    let s = '';
    for (let k = this.valAt[r]; k < this.valAt[r + 1]; k++) s += String.fromCharCode(this.vals[k]);
    return s;
  }
}
