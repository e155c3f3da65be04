// Retraining reproduces the shipped model byte for byte (same corpus, code and lexicons).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { needShared } from '../../../test/shared-data.js';

const sha = (s: Uint8Array) => createHash('sha256').update(s).digest('hex');
const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('NER model training (NewsFANE in ../shared)', () => {
  it('retraining on NewsFANE gives models/ner.bin exactly', async () => {
    needShared('data/newsfane');
    const shipped = readFileSync(join(root, 'models/ner.bin'));
    // trained by the script in a child process: minutes of training in this worker would keep it
    // from answering the test runner, which then fails the run with an RPC timeout
    const dir = mkdtempSync(join(tmpdir(), 'sanad-ner-'));
    try {
      const out = join(dir, 'ner.bin');
      await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/train-ner.ts', '--out', out], {
        cwd: root,
        maxBuffer: 16 * 1024 * 1024,
      });
      // the features read src/text/arabic.ts and lexicons/*.json: after a change there, retrain with
      // `npx tsx scripts/train-ner.ts` and commit models/ner.bin
      expect(sha(readFileSync(out)), 'models/ner.bin is stale: run npx tsx scripts/train-ner.ts').toBe(
        sha(shipped),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 900_000); // beam-4 training on four in-domain files: 2-3 min alone, 6-13 min on the loaded shared machine
});
