// The tagger's model file (models/ner.bin): a small JSON head, word lists and feature names as
// text, and the weights as one dense Float32Array read in place. Parsing the old 5.6 MB JSON and
// regrouping its 122k feature names took most of a cold start; this file is laid out the way the
// tagger reads it (features grouped by the word value they read), so loading is a few splits and
// one pass that fills the maps, with no regex and no per-feature arrays.
//
// Layout, little endian:
//   "SNER" | u32 head length | head JSON | 5 x (u32 length | UTF-8 text, "\n"-joined):
//   vocab, common, persons, feature names, feature kinds (one char code each) | pad to 4 |
//   f32 weights, LABELS.length per feature, in the order of the names
import { BOS, EOS, PAIR_NEXT, PAIR_PREV } from './features.js';
import { LABELS, type NerModel } from './model.js';

const L = LABELS.length;
const MAGIC = 'SNER';
export const MODEL_FORMAT = 'sanad-ner-perceptron/2';

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

export interface LoadedModel {
  /** features looked up by name (tag history, gazetteer phrases, titles, sentence edges, bias) */
  index: Map<string, number>;
  w: Float32Array;
  vocab: Set<string>;
  common: Set<string>;
  /** words mostly inside person names in training */
  persons: Set<string>;
  /** the rows by group and key, searched in place (see RowTable) */
  rows: RowTable;
}

// groups past the word templates' (see the kinds above)
export const GROUP_PB = GROUPS;
export const GROUP_BN = GROUPS + 1;
export const GROUP_TB = GROUPS + 2;
const GROUP_NAMED = GROUPS + 3;

/**
 * The feature rows, sorted by (group, first key, second key, slot) in the model file, searched by
 * binary search over the names text itself: no string or map per feature is made at load, and a
 * run pays only for the words it meets (each word's sums are memoised by the tagger).
 * First key: the word value ("w=<key>"), the first base of a pair ("pb=<a>|<b>"), the previous tag
 * ("tb=<tag>|<base>"); second key: the second base, the base, or empty.
 */
export class RowTable {
  /** [start of group g, end) = groupStart[g], groupStart[g + 1] */
  private readonly groupStart: Int32Array;
  /** per row: start of its first key, the "|" (or end), end of the name, in the names text */
  private readonly keyAt: Int32Array;
  private readonly barAt: Int32Array;
  private readonly endAt: Int32Array;
  /** memo slot of each row (word template rows) */
  readonly slots: Uint8Array;

  constructor(
    private readonly text: string,
    kinds: string,
  ) {
    const n = kinds.length;
    this.keyAt = new Int32Array(n);
    this.barAt = new Int32Array(n);
    this.endAt = new Int32Array(n);
    this.slots = new Uint8Array(n);
    this.groupStart = new Int32Array(GROUP_NAMED + 2).fill(n);
    let at = 0;
    for (let r = 0; r < n; r++) {
      const kind = kinds.charCodeAt(r) - 48;
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const group = groupOfKind(kind);
      if (r === 0 || group !== groupOfKind(kinds.charCodeAt(r - 1) - 48))
        for (let g = group; g >= 0 && this.groupStart[g] === n; g--) this.groupStart[g] = r;
      const key = at + prefixLength(kind);
      this.keyAt[r] = key;
      const bar = kind >= K_PB && kind <= K_TB ? text.indexOf('|', key) : end;
      this.barAt[r] = bar < 0 || bar > end ? end : bar;
      this.endAt[r] = end;
      if (kind < K_PB) this.slots[r] = TEMPLATES[kind][2];
      at = end + 1;
    }
  }

  /** The name of row r. */
  name(r: number, kindPrefix = 0): string {
    const lineStart = this.keyAt[r] - kindPrefix;
    return this.text.slice(lineStart, this.endAt[r]);
  }

  // order of [from, to) of the names text against s
  private cmp(from: number, to: number, s: string): number {
    const len = to - from;
    const m = Math.min(len, s.length);
    for (let k = 0; k < m; k++) {
      const d = this.text.charCodeAt(from + k) - s.charCodeAt(k);
      if (d) return d;
    }
    return len - s.length;
  }

  /** Rows of group g whose first key is key: [lo, hi), empty when none. */
  range(g: number, key: string): [number, number] {
    let lo = this.groupStart[g];
    let hi = this.groupStart[g + 1];
    const end = hi;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cmp(this.keyAt[mid], this.barAt[mid], key) < 0) lo = mid + 1;
      else hi = mid;
    }
    let top = lo;
    while (top < end && this.cmp(this.keyAt[top], this.barAt[top], key) === 0) top++;
    return [lo, top];
  }

  /** The row in [lo, hi) (rows of one first key) whose second key is key, or -1. */
  second(lo: number, hi: number, key: string): number {
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = this.cmp(this.barAt[mid] + 1, this.endAt[mid], key);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }
}

function groupOfKind(kind: number): number {
  return kind < K_PB ? TEMPLATES[kind][1] : GROUPS + kind - K_PB;
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

/** The model as file bytes: deterministic for the same model. */
export function encodeModel(m: NerModel): Uint8Array {
  // rows ordered by (group, value, slot) so each value's rows sit together
  const rows = Object.keys(m.weights).map((name) => {
    const [kind, at] = kindOf(name);
    const group = groupOfKind(kind);
    const slot = kind < K_PB ? TEMPLATES[kind][2] : 0;
    const value = name.slice(at);
    // pairs and tag rows have two keys ("a|b"): sorted by the first, then the second
    const bar = kind >= K_PB && kind <= K_TB ? value.indexOf('|') : -1;
    const first = bar < 0 ? value : value.slice(0, bar);
    const second = bar < 0 ? '' : value.slice(bar + 1);
    return { name, kind, group, first, second, slot };
  });
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  rows.sort(
    (a, b) =>
      a.group - b.group ||
      cmp(a.first, b.first) ||
      cmp(a.second, b.second) ||
      a.slot - b.slot ||
      cmp(a.name, b.name),
  );
  const head = JSON.stringify({
    format: MODEL_FORMAT,
    labels: m.labels,
    note: m.note,
    epochs: m.epochs,
    features: rows.length,
  });
  const texts = [
    head,
    m.vocab.join('\n'),
    m.common.join('\n'),
    m.persons.join('\n'),
    rows.map((r) => r.name).join('\n'),
    rows.map((r) => String.fromCharCode(48 + r.kind)).join(''),
  ].map((t) => Buffer.from(t, 'utf8'));
  let size = 4 + texts.reduce((s, t) => s + 4 + t.length, 0);
  const weightsAt = Math.ceil(size / 4) * 4;
  size = weightsAt + rows.length * L * 4;
  const buf = Buffer.alloc(size);
  buf.write(MAGIC, 0, 'latin1');
  let at = 4;
  for (const t of texts) {
    buf.writeUInt32LE(t.length, at);
    t.copy(buf, at + 4);
    at += 4 + t.length;
  }
  rows.forEach((r, i) => {
    const row = m.weights[r.name];
    for (let k = 0; k < row.length; k += 2) buf.writeFloatLE(row[k + 1], weightsAt + (i * L + row[k]) * 4);
  });
  return buf;
}

/** Read a model file (see encodeModel) into the tagger's look-up tables. */
export function decodeModel(bytes: Uint8Array): LoadedModel {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.toString('latin1', 0, 4) !== MAGIC) throw new Error('not a sanad NER model file');
  let at = 4;
  const text = () => {
    const n = buf.readUInt32LE(at);
    const s = buf.toString('utf8', at + 4, at + 4 + n);
    at += 4 + n;
    return s;
  };
  const head = JSON.parse(text()) as { format: string; features: number };
  if (head.format !== MODEL_FORMAT) throw new Error(`unknown NER model format ${head.format}`);
  const lines = (s: string) => (s ? s.split('\n') : []);
  const vocab = new Set(lines(text()));
  const common = new Set(lines(text()));
  const persons = new Set(lines(text()));
  const names = text();
  const kinds = text();
  at = Math.ceil(at / 4) * 4;
  const n = head.features;
  // read in place when aligned (a fresh file buffer is); copy otherwise
  const w =
    (buf.byteOffset + at) % 4 === 0
      ? new Float32Array(buf.buffer, buf.byteOffset + at, n * L)
      : new Float32Array(buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + at + n * L * 4));
  const rows = new RowTable(names, kinds);
  // the few rows looked up by name
  const index = new Map<string, number>();
  const [lo, hi] = [rows.range(GROUP_NAMED, '')[0], kinds.length];
  for (let r = lo; r < hi; r++) index.set(rows.name(r), r);
  return { w, vocab, common, persons, index, rows };
}
