// Scores extraction on a gold file in the format of ../shared/tools/score.mjs whose docMatch names
// SaudiNewsNet records by url: builds the input from ../shared, analyses it, prints the scorer's report.
// usage: npx tsx scripts/score-extract.ts test/gold/extract-dev.gold.json [--keep DIR]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { analyze } from '../src/pipeline.js';
import { recordsByUrl, sharedDir } from '../test/support/saudinewsnet.js';

const [goldFile, ...rest] = process.argv.slice(2);
const keepAt = rest.indexOf('--keep');
const dir = keepAt >= 0 ? rest[keepAt + 1] : mkdtempSync(join(tmpdir(), 'sanad-extract-'));
mkdirSync(dir, { recursive: true });
const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as { docMatch: Record<string, string> };
const name = basename(goldFile).replace(/\.gold\.json$/, '');
const input = join(dir, `${name}.jsonl`);
writeFileSync(
  input,
  recordsByUrl(Object.values(gold.docMatch))
    .map((r) => JSON.stringify(r))
    .join('\n') + '\n',
);
const { analysis } = await analyze([input], { threads: 1 });
const out = join(dir, `${name}.analysis.json`);
writeFileSync(out, JSON.stringify(analysis));
console.log(
  execFileSync(process.execPath, [join(sharedDir, 'tools/score.mjs'), goldFile, out, '--json'], {
    encoding: 'utf8',
  }).trim(),
);
