// Rewrite models/ner.bin from the previous file format (sanad-ner-perceptron/4: dense f32 weights,
// an index of a power of two slots) into the current one, keeping every word list and note and
// every row a retrain keeps (rows whose largest weight is under DEFAULT_BUILD.minRowWeight, none by
// default, are left out as training leaves them out), so the result is what `npx tsx
// scripts/train-ner.ts` gives on the same corpus and code. For a file trained before the change.
// usage: npx tsx scripts/convert-ner-model.ts [models/ner.bin] [--out FILE] [--min-row-weight N]
import { readFileSync, writeFileSync } from 'node:fs';
import { DEFAULT_BUILD } from '../src/extract/ner/build.js';
import { encodeModel } from '../src/extract/ner/model-encode.js';
import { K_NAMED, K_PB, MODEL_FORMAT, TEMPLATES } from '../src/extract/ner/model-layout.js';
import type { NerModel } from '../src/extract/ner/model.js';

const PREVIOUS_FORMAT = 'sanad-ner-perceptron/4';
const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const path = args.find((a, k) => !a.startsWith('--') && !args[k - 1]?.startsWith('--')) ?? 'models/ner.bin';
const out = opt('--out') ?? path;
const buf = readFileSync(path);
if (buf.toString('latin1', 0, 4) !== 'SNER') throw new Error('not a sanad NER model file');
const headLength = buf.readUInt32LE(4);
const head = JSON.parse(buf.toString('utf8', 8, 8 + headLength)) as {
  format: string;
  labels: string[];
  note: string;
  epochs: number;
  features: number;
};
if (head.format === MODEL_FORMAT) {
  console.log(`${path} is already ${MODEL_FORMAT}`);
  process.exit(0);
}
if (head.format !== PREVIOUS_FORMAT) throw new Error(`cannot convert ${head.format}`);
// format 4: 8 sections (u32 length | bytes | pad to 4): vocab, common, persons, kinds, valAt, vals,
// index, f32 weights (labels per row)
let at = Math.ceil((8 + headLength) / 4) * 4;
const sections: Buffer[] = [];
for (let k = 0; k < 8; k++) {
  const n = buf.readUInt32LE(at);
  sections.push(buf.subarray(at + 4, at + 4 + n));
  at += 4 + Math.ceil(n / 4) * 4;
}
const [vocab, common, persons] = sections
  .slice(0, 3)
  .map((b) => (b.length ? b.toString('utf8').split('\n') : []));
const [kinds, valAtBytes, vals, , weightBytes] = sections.slice(3);
const valAt = (r: number) => valAtBytes.readInt32LE(4 * r);
const L = head.labels.length;
const prefix = (k: number) =>
  k < K_PB ? TEMPLATES[k][0] : k === K_NAMED ? '' : ['pb=', 'bn=', 'tb='][k - K_PB];
const minRowWeight = Number(opt('--min-row-weight') ?? DEFAULT_BUILD.minRowWeight ?? 0);
const weights: Record<string, number[]> = {};
for (let r = 0; r < head.features; r++) {
  const row: number[] = [];
  let largest = 0;
  for (let l = 0; l < L; l++) {
    const v = weightBytes.readFloatLE((r * L + l) * 4);
    // the file's float32 of a weight rounded to three decimals: that decimal again
    if (v !== 0) row.push(l, Math.round(v * 1000) / 1000);
    largest = Math.max(largest, Math.abs(v));
  }
  if (!row.length || largest < minRowWeight) continue;
  weights[prefix(kinds[r]) + vals.toString('utf16le', 2 * valAt(r), 2 * valAt(r + 1))] = row;
}
const model: NerModel = {
  format: 'sanad-ner-perceptron/1',
  labels: head.labels,
  note: head.note,
  epochs: head.epochs,
  weights,
  vocab,
  common,
  persons,
};
const bytes = encodeModel(model);
writeFileSync(out, bytes);
console.log(
  `wrote ${out} as ${MODEL_FORMAT}: ${head.features} -> ${Object.keys(weights).length} features, ${(buf.length / 1e6).toFixed(2)} -> ${(bytes.length / 1e6).toFixed(2)} MB`,
);
