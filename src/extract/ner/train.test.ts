// Retraining reproduces the shipped model byte for byte (same corpus, code and lexicons).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildNerModel, DEFAULT_BUILD, defaultExtra } from './build.js';
import { readShared } from '../../../test/shared-data.js';

const sha = (s: Uint8Array) => createHash('sha256').update(s).digest('hex');

describe('NER model training (NewsFANE in ../shared)', () => {
  it('retraining on NewsFANE gives models/ner.bin exactly', () => {
    const shipped = readFileSync(new URL('../../../models/ner.bin', import.meta.url));
    const rebuilt = buildNerModel(readShared('data/newsfane/NewsFANE_Gold_2014_170K.txt'), {
      ...DEFAULT_BUILD,
      extra: defaultExtra(new URL('../../../', import.meta.url)),
    });
    // the features read src/text/arabic.ts and lexicons/*.json: after a change there, retrain with
    // `npx tsx scripts/train-ner.ts` and commit models/ner.bin
    expect(sha(rebuilt), 'models/ner.bin is stale: run npx tsx scripts/train-ner.ts').toBe(sha(shipped));
  }, 900_000); // beam-4 training on four in-domain files: 2-3 min alone, 6-13 min on the loaded shared machine
});
