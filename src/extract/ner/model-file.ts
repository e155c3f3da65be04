// The tagger's model file (models/ner.bin), laid out to be used in place: after a small JSON head
// and three word lists, every table is a typed array over the file's own bytes (row kinds, row
// values as UTF-16, a hash index of the values, the weights), so loading decodes no feature name
// and builds no per-row array; a look-up hashes the word once and probes the index instead of a
// binary search over 122k names.
//
// Layout, little endian (the typed arrays are read in place, so a big-endian machine would need a
// copying reader): "SNER" | u32 head length | head JSON | 8 sections, each u32 byte length | bytes |
// pad to 4:
//   vocab, common, persons (UTF-8, "\n"-joined)
//   kinds   u8 per row (which template; see TEMPLATES)
//   valAt   i32 per row + 1: where each row's value starts in vals (the name less its template's
//           prefix: "w=كتب" stores "كتب", "pb=a|b" stores "a|b"; a feature looked up by name whole)
//   vals    u16 code units of the values, end to end
//   index   i32 pairs per slot, open addressing: (first row, end row) of the rows sharing (group,
//           first key), and (row, -1) of each two-key row by (group, first key, second key); a first
//           row of -1 marks an empty slot
//   weights f32, LABELS.length per row
import { BOS, EOS, PAIR_NEXT, PAIR_PREV } from './features.js';
import { LABELS, type NerModel } from './model.js';

const L = LABELS.length;
const MAGIC = 'SNER';
export const MODEL_FORMAT = 'sanad-ner-perceptron/3';

// Word features by the word value they read (key, base, stem ...) and the slot of the memo vector
// they land in (0 own, 1..4 as the word 2 before, 1 before, 1 after, 2 after): one look-up per value
// instead of one string and one look-up per feature. Must list exactly what features.ts emits.
export const G_KEY = 0;
export const G_BASE = 1;
export const G_STEM = 2;
export const G_SHAPE = 3;
export const G_PRE = 4;
export const G_ENC = 5;
export const G_X1 = 6;
export const G_X2 = 7;
export const G_X3 = 8;
export const G_F2 = 9;
export const G_CLS = 10;
const GROUPS = G_CLS + 1;
const TEMPLATES: [prefix: string, group: number, slot: number][] = [
  ['w=', G_KEY, 0],
  ['-1w=', G_KEY, 2],
  ['1w=', G_KEY, 3],
  ['b=', G_BASE, 0],
  ['-2b=', G_BASE, 1],
  ['-1b=', G_BASE, 2],
  ['1b=', G_BASE, 3],
  ['2b=', G_BASE, 4],
  ['s=', G_STEM, 0],
  ['-1s=', G_STEM, 2],
  ['1s=', G_STEM, 3],
  ['sh=', G_SHAPE, 0],
  ['-1sh=', G_SHAPE, 2],
  ['1sh=', G_SHAPE, 3],
  ['p=', G_PRE, 0],
  ['-1p=', G_PRE, 2],
  ['1p=', G_PRE, 3],
  ['e=', G_ENC, 0],
  ['x1=', G_X1, 0],
  ['x2=', G_X2, 0],
  ['x3=', G_X3, 0],
  ['f2=', G_F2, 0],
  ['g=', G_CLS, 0],
  ['-2g=', G_CLS, 1],
  ['-1g=', G_CLS, 2],
  ['1g=', G_CLS, 3],
  ['2g=', G_CLS, 4],
];
// kinds past the templates: word pairs, previous tag + word, and everything looked up by name
const K_PB = TEMPLATES.length;
const K_BN = K_PB + 1;
const K_TB = K_PB + 2;
const K_NAMED = K_PB + 3;
const TEMPLATE = /^(-?[12])?(sh|w|b|s|p|e|x1|x2|x3|f2|g)=/;
const TEMPLATE_OF = new Map(TEMPLATES.map(([p], k) => [p, k]));

// groups past the word templates' (see the kinds above)
export const GROUP_PB = GROUPS;
export const GROUP_BN = GROUPS + 1;
export const GROUP_TB = GROUPS + 2;
const GROUP_NAMED = GROUPS + 3;
const BAR = 0x7c; // "|" between the two keys of a pair or tag row

const GROUP_OF_KIND = Uint8Array.from({ length: K_NAMED + 1 }, (_, k) =>
  k < K_PB ? TEMPLATES[k][1] : GROUPS + k - K_PB,
);
/** memo slot of each kind (word template rows; 0 for the others) */
const SLOT_OF_KIND = Uint8Array.from({ length: K_NAMED + 1 }, (_, k) => (k < K_PB ? TEMPLATES[k][2] : 0));
const hasTwoKeys = (group: number) => group === GROUP_PB || group === GROUP_BN || group === GROUP_TB;

/** 32-bit FNV-1a over UTF-16 code units: the hash the file's index is built with. */
export function hashText(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** Pair look-ups made before the pair filter is built (RowTable.pair): a few hundred articles. */
const PAIR_FILTER_AFTER = 200_000;

/** Group number of the exact two-key entries in the index: past every group of first keys. */
const PAIR_ENTRY = 32;

/** Hash of a two-key value "first|second" from the hashes of its keys (order matters). */
export function pairHash(first: number, second: number): number {
  return Math.imul(first ^ 0x7c, 0x01000193) ^ second;
}

/** Index slot of (group, text hash) before probing: murmur3's finaliser spreads FNV's low bits. */
function slotHash(group: number, h: number): number {
  let x = h ^ Math.imul(group + 1, 0x9e3779b1);
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

export interface LoadedModel {
  /** features looked up by name (tag history, gazetteer phrases, titles, sentence edges, bias) */
  index: Map<string, number>;
  w: Float32Array;
  vocab: Set<string>;
  common: Set<string>;
  /** words mostly inside person names in training */
  persons: Set<string>;
  /** the rows by group and key, looked up in place (see RowTable) */
  rows: RowTable;
}

/**
 * The feature rows, sorted by (group, first key, second key, slot) in the model file, found through
 * the file's hash index of (group, first key): no string or map per feature is made at load, and a
 * run pays only for the words it meets (each word's sums are memoised by the tagger).
 * First key: the word value ("w=<key>"), the first base of a pair ("pb=<a>|<b>"), the previous tag
 * ("tb=<tag>|<base>"); second key: the second base, the base, or empty.
 */
export class RowTable {
  private readonly mask: number;

  constructor(
    /** template of each row (see TEMPLATES and the K_ kinds) */
    readonly kinds: Uint8Array,
    private readonly valAt: Int32Array,
    private readonly vals: Uint16Array,
    private readonly index: Int32Array,
  ) {
    this.mask = (index.length >> 1) - 1;
  }

  /** Memo slot of row r (0 own, 1..4 as a neighbour; see TEMPLATES). */
  slot(r: number): number {
    return SLOT_OF_KIND[this.kinds[r]];
  }

  /** Whether row r's value is key, or starts with key + "|" for rows with two keys. */
  private firstKeyIs(r: number, twoKeys: boolean, key: string): boolean {
    const from = this.valAt[r];
    const end = this.valAt[r + 1];
    const n = key.length;
    if (end - from < n) return false;
    for (let k = 0; k < n; k++) if (this.vals[from + k] !== key.charCodeAt(k)) return false;
    return end - from === n || (twoKeys && this.vals[from + n] === BAR);
  }

  /** Index slot holding the rows of group g whose first key is key, or -1 when none. */
  find(g: number, key: string, h: number = hashText(key)): number {
    const twoKeys = hasTwoKeys(g);
    for (let s = slotHash(g, h) & this.mask; ; s = (s + 1) & this.mask) {
      const lo = this.index[2 * s];
      if (lo < 0) return -1;
      // a run's entry (a two-key row's own entry has no end row)
      if (
        this.index[2 * s + 1] >= 0 &&
        GROUP_OF_KIND[this.kinds[lo]] === g &&
        this.firstKeyIs(lo, twoKeys, key)
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
    const x = slotHash(g + PAIR_ENTRY, pairHash(hFirst, hSecond));
    // most pairs of words have no row (nine look-ups in ten): the filter says so without a probe
    // (built once a run has made enough look-ups to pay for it: a short cold run never does)
    const bits = this.pairBits ?? (++this.pairLookUps > PAIR_FILTER_AFTER ? this.buildPairBits() : undefined);
    const b = x >>> this.pairShift;
    if (bits !== undefined && (bits[b >>> 5] & (1 << (b & 31))) === 0) return -1;
    for (let s = x & this.mask; ; s = (s + 1) & this.mask) {
      const r = this.index[2 * s];
      if (r < 0) return -1;
      if (this.index[2 * s + 1] < 0 && GROUP_OF_KIND[this.kinds[r]] === g && this.keysAre(r, first, second))
        return r;
    }
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
        GROUP_OF_KIND[this.kinds[r]] + PAIR_ENTRY,
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

function prefixLength(kind: number): number {
  if (kind < K_PB) return TEMPLATES[kind][0].length;
  return kind === K_NAMED ? 0 : 3; // "pb=", "bn=", "tb="
}

/** Kind of a feature name and where its value starts. */
function kindOf(name: string): [kind: number, valueAt: number] {
  if (name.startsWith(PAIR_PREV)) return [K_PB, PAIR_PREV.length];
  if (name.startsWith(PAIR_NEXT)) return [K_BN, PAIR_NEXT.length];
  if (name.startsWith('tb=')) return [K_TB, 3];
  const m = TEMPLATE.exec(name);
  const k = m ? TEMPLATE_OF.get(m[0]) : undefined;
  if (!m || k === undefined) return [K_NAMED, 0];
  const value = name.slice(m[0].length);
  // sentence edges keep their own vectors, looked up by name
  if (value === BOS || value === EOS) return [K_NAMED, 0];
  return [k, m[0].length];
}

interface SortedRow {
  name: string;
  kind: number;
  group: number;
  first: string;
  second: string;
  slot: number;
}

/** The model's rows ordered by (group, first key, second key, slot) so each key's rows sit together. */
function sortedRows(m: NerModel): SortedRow[] {
  const rows = Object.keys(m.weights).map((name) => {
    const [kind, at] = kindOf(name);
    const group = GROUP_OF_KIND[kind];
    const value = name.slice(at);
    // pairs and tag rows have two keys ("a|b"): sorted by the first, then the second
    const bar = hasTwoKeys(group) ? value.indexOf('|') : -1;
    const first = bar < 0 ? value : value.slice(0, bar);
    const second = bar < 0 ? '' : value.slice(bar + 1);
    return { name, kind, group, first, second, slot: SLOT_OF_KIND[kind] };
  });
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return rows.sort(
    (a, b) =>
      a.group - b.group ||
      cmp(a.first, b.first) ||
      cmp(a.second, b.second) ||
      a.slot - b.slot ||
      cmp(a.name, b.name),
  );
}

/**
 * The hash index: runs of rows sharing (group, first key), and each two-key row by both keys; at
 * most half full, so a probe for a missing key stops within a few slots.
 */
function buildIndex(rows: SortedRow[]): Int32Array {
  const runs: [lo: number, hi: number][] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row.group === GROUP_NAMED) break; // sorted last; looked up by name
    const prev = rows[r - 1];
    if (r === 0 || prev.group !== row.group || prev.first !== row.first) runs.push([r, r + 1]);
    else runs[runs.length - 1][1] = r + 1;
  }
  const pairs = rows.flatMap((row, r) => (hasTwoKeys(row.group) ? [r] : []));
  let size = 1;
  while (size < 2 * (runs.length + pairs.length)) size *= 2;
  const index = new Int32Array(2 * size).fill(-1);
  const put = (hash: number, lo: number, hi: number) => {
    let s = hash & (size - 1);
    while (index[2 * s] >= 0) s = (s + 1) & (size - 1);
    index[2 * s] = lo;
    index[2 * s + 1] = hi;
  };
  for (const [lo, hi] of runs) put(slotHash(rows[lo].group, hashText(rows[lo].first)), lo, hi);
  for (const r of pairs) {
    const { group, first, second } = rows[r];
    put(slotHash(group + PAIR_ENTRY, pairHash(hashText(first), hashText(second))), r, -1);
  }
  return index;
}

/** The model as file bytes: deterministic for the same model. */
export function encodeModel(m: NerModel): Uint8Array {
  const rows = sortedRows(m);
  const head = JSON.stringify({
    format: MODEL_FORMAT,
    labels: m.labels,
    note: m.note,
    epochs: m.epochs,
    features: rows.length,
  });
  const values = rows.map((r) => r.name.slice(prefixLength(r.kind)));
  const valAt = new Int32Array(rows.length + 1);
  values.forEach((v, i) => (valAt[i + 1] = valAt[i] + v.length));
  const weights = new Float32Array(rows.length * L);
  rows.forEach((r, i) => {
    const row = m.weights[r.name];
    for (let k = 0; k < row.length; k += 2) weights[i * L + row[k]] = row[k + 1];
  });
  const utf8 = (s: string) => Buffer.from(s, 'utf8');
  const bytesOf = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  const sections = [
    utf8(m.vocab.join('\n')),
    utf8(m.common.join('\n')),
    utf8(m.persons.join('\n')),
    Buffer.from(rows.map((r) => r.kind)),
    bytesOf(valAt),
    Buffer.from(values.join(''), 'utf16le'),
    bytesOf(buildIndex(rows)),
    bytesOf(weights),
  ];
  const pad = (n: number) => Math.ceil(n / 4) * 4;
  const headBytes = utf8(head);
  let size = pad(8 + headBytes.length);
  for (const s of sections) size += 4 + pad(s.length);
  const buf = Buffer.alloc(size);
  buf.write(MAGIC, 0, 'latin1');
  buf.writeUInt32LE(headBytes.length, 4);
  headBytes.copy(buf, 8);
  let at = pad(8 + headBytes.length);
  for (const s of sections) {
    buf.writeUInt32LE(s.length, at);
    s.copy(buf, at + 4);
    at += 4 + pad(s.length);
  }
  return buf;
}

/** Read a model file (see encodeModel): typed arrays over its bytes, three word sets, the named rows. */
export function decodeModel(bytes: Uint8Array): LoadedModel {
  // typed arrays need 4-aligned offsets: a fresh file buffer is aligned, anything else is copied once
  const buf =
    bytes.byteOffset % 4 === 0
      ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      : Buffer.from(bytes);
  if (buf.toString('latin1', 0, 4) !== MAGIC) throw new Error('not a sanad NER model file');
  const headLength = buf.readUInt32LE(4);
  const head = JSON.parse(buf.toString('utf8', 8, 8 + headLength)) as { format: string; features: number };
  if (head.format !== MODEL_FORMAT) throw new Error(`unknown NER model format ${head.format}`);
  let at = Math.ceil((8 + headLength) / 4) * 4;
  /** the next section: its byte offset in buf and its length */
  const section = (): [from: number, length: number] => {
    const n = buf.readUInt32LE(at);
    const from = at + 4;
    at = from + Math.ceil(n / 4) * 4;
    return [from, n];
  };
  const words = () => {
    const [from, n] = section();
    return new Set(n ? buf.toString('utf8', from, from + n).split('\n') : []);
  };
  const view = <T>(make: new (b: ArrayBufferLike, offset: number, length: number) => T, width: number): T => {
    const [from, n] = section();
    return new make(buf.buffer, buf.byteOffset + from, n / width);
  };
  const vocab = words();
  const common = words();
  const persons = words();
  const kinds = view(Uint8Array, 1);
  const valAt = view(Int32Array, 4);
  const vals = view(Uint16Array, 2);
  const index = view(Int32Array, 4);
  const w = view(Float32Array, 4);
  const rows = new RowTable(kinds, valAt, vals, index);
  // the few rows looked up by name, sorted last
  const named = new Map<string, number>();
  for (let r = head.features - 1; r >= 0 && kinds[r] === K_NAMED; r--) named.set(rows.value(r), r);
  return { w, vocab, common, persons, index: named, rows };
}
