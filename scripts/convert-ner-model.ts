// Rewrite models/ner.bin from the previous file format (sanad-ner-perceptron/2: feature names as
// text, dense weights) into the current one, keeping every weight, word list and note: the model
// changes layout, not content. New models come from `npx tsx scripts/train-ner.ts`, which writes the
// current format directly; this script is for a file trained before the change.
// usage: npx tsx scripts/convert-ner-model.ts [models/ner.bin]
import { readFileSync, writeFileSync } from 'node:fs';
import { encodeModel } from '../src/extract/ner/model-encode.js';
import { MODEL_FORMAT } from '../src/extract/ner/model-layout.js';
import type { NerModel } from '../src/extract/ner/model.js';

const PREVIOUS_FORMAT = 'sanad-ner-perceptron/2';
const path = process.argv[2] ?? new URL('../models/ner.bin', import.meta.url);
const buf = readFileSync(path);
if (buf.toString('latin1', 0, 4) !== 'SNER') throw new Error('not a sanad NER model file');
let at = 4;
// format 2: "SNER" | 6 x (u32 length | UTF-8 text): head, vocab, common, persons, names, kinds |
// pad to 4 | f32 weights, labels per feature in the order of the names
const text = () => {
  const n = buf.readUInt32LE(at);
  const s = buf.toString('utf8', at + 4, at + 4 + n);
  at += 4 + n;
  return s;
};
const head = JSON.parse(text()) as {
  format: string;
  labels: string[];
  note: string;
  epochs: number;
  features: number;
};
if (head.format === MODEL_FORMAT) {
  console.log(`${String(path)} is already ${MODEL_FORMAT}`);
  process.exit(0);
}
if (head.format !== PREVIOUS_FORMAT) throw new Error(`cannot convert ${head.format}`);
const lines = (s: string) => (s ? s.split('\n') : []);
const vocab = lines(text());
const common = lines(text());
const persons = lines(text());
const names = lines(text());
text(); // kinds: recomputed from the names by encodeModel
at = Math.ceil(at / 4) * 4;
const L = head.labels.length;
const weights: Record<string, number[]> = {};
names.forEach((name, i) => {
  const row: number[] = [];
  for (let l = 0; l < L; l++) {
    const v = buf.readFloatLE(at + (i * L + l) * 4);
    if (v !== 0) row.push(l, v);
  }
  weights[name] = row;
});
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
writeFileSync(path, bytes);
console.log(
  `wrote ${String(path)} as ${MODEL_FORMAT}: ${names.length} features, ${(bytes.length / 1e6).toFixed(2)} MB`,
);
