// Reads the tagger's model file (models/ner.bin; layout: model-layout.ts, writer: model-encode.ts):
// typed arrays over the file's own bytes, so loading decodes no feature name and builds no per-row
// array.
import { K_NAMED, MAGIC, MODEL_FORMAT } from './model-layout.js';
import { RowTable } from './row-table.js';

export interface LoadedModel {
  /** features looked up by name (tag history, gazetteer phrases, titles, sentence edges, bias) */
  index: Map<string, number>;
  /** the weights: row r's weight of label l is values[codes[r * LABELS.length + l]] */
  codes: Uint16Array;
  values: Float32Array;
  vocab: Set<string>;
  common: Set<string>;
  /** words mostly inside person names in training */
  persons: Set<string>;
  /** the rows by group and key, looked up in place (see RowTable) */
  rows: RowTable;
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
  const codes = view(Uint16Array, 2);
  const values = view(Float32Array, 4);
  const rows = new RowTable(kinds, valAt, vals, index);
  // the few rows looked up by name, sorted last
  const named = new Map<string, number>();
  for (let r = head.features - 1; r >= 0 && kinds[r] === K_NAMED; r--) named.set(rows.value(r), r);
  return { codes, values, vocab, common, persons, index: named, rows };
}
