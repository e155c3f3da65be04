// Train the entity tagger on NewsFANE Gold and write models/ner.bin (see docs/ner.md).
// usage: npx tsx scripts/train-ner.ts [path/to/NewsFANE_Gold_2014_170K.txt]
import { readFileSync, writeFileSync } from 'node:fs';
import { buildNerModel, DEFAULT_BUILD } from '../src/extract/ner/build.js';

const corpus =
  process.argv[2] ?? new URL('../../shared/data/newsfane/NewsFANE_Gold_2014_170K.txt', import.meta.url);
const started = Date.now();
const bytes = buildNerModel(readFileSync(corpus, 'utf8'), { ...DEFAULT_BUILD, log: (m) => console.log(m) });
const out = new URL('../models/ner.bin', import.meta.url);
writeFileSync(out, bytes);
console.log(
  `wrote models/ner.bin: ${(bytes.length / 1e6).toFixed(2)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
