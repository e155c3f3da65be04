// Writes the tagger's model file (models/ner.bin; layout: model-layout.ts) from a trained model:
// rows sorted by key, their values, the hash index and the weights. Used by training and tests; a
// run only reads the file (model-file.ts).
import { BOS, EOS, PAIR_NEXT, PAIR_PREV } from './features.js';
import type { NerModel } from './model.js';
import {
  GROUP_NAMED,
  GROUP_OF_KIND,
  hasTwoKeys,
  hashText,
  indexSlot,
  K_BN,
  K_NAMED,
  K_PB,
  K_TB,
  L,
  MAGIC,
  MAX_WEIGHT_VALUES,
  MODEL_FORMAT,
  pairHash,
  pairEntryGroup,
  SLOT_OF_KIND,
  slotHash,
  TEMPLATE,
  TEMPLATE_OF,
  TEMPLATES,
} from './model-layout.js';

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
 * The hash index: runs of rows sharing (group, first key), and each two-key row by both keys; half
 * full, so a probe for a missing key stops within a few slots.
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
  const size = 2 * (runs.length + pairs.length) + 1;
  const index = new Int32Array(2 * size).fill(-1);
  const put = (hash: number, lo: number, hi: number) => {
    let s = indexSlot(hash, size);
    while (index[2 * s] >= 0) s = s + 1 === size ? 0 : s + 1;
    index[2 * s] = lo;
    index[2 * s + 1] = hi;
  };
  for (const [lo, hi] of runs) put(slotHash(rows[lo].group, hashText(rows[lo].first)), lo, hi);
  for (const r of pairs) {
    const { group, first, second } = rows[r];
    put(slotHash(pairEntryGroup(group), pairHash(hashText(first), hashText(second))), r, -1);
  }
  return index;
}

/**
 * The weights as codes into the table of their distinct values (ascending), row by row,
 * LABELS.length codes a row: the same float32 weights in half the bytes of a dense table.
 */
function weightCodes(m: NerModel, rows: SortedRow[]): [codes: Uint16Array, values: Float32Array] {
  const dense = new Float32Array(rows.length * L);
  rows.forEach((r, i) => {
    const row = m.weights[r.name];
    for (let k = 0; k < row.length; k += 2) dense[i * L + row[k]] = row[k + 1];
  });
  const values = Float32Array.from(new Set(dense)).sort();
  if (values.length > MAX_WEIGHT_VALUES)
    throw new Error(`${values.length} distinct weights: 16-bit codes hold ${MAX_WEIGHT_VALUES}`);
  const code = new Map<number, number>();
  values.forEach((v, k) => code.set(v, k));
  return [Uint16Array.from(dense, (v) => code.get(v)!), values];
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
  const [codes, weightValues] = weightCodes(m, rows);
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
    bytesOf(codes),
    bytesOf(weightValues),
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
