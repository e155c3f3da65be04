// Scores the comparison on every story of a gold file in the format of ../shared/tools/score-compare.mjs:
// builds each story's input from the SaudiNewsNet records its docMatch names, analyses it, and prints
// the scorer's report per story and a summary line.
// usage: npx tsx scripts/score-compare.ts test/gold/compare-dev.gold.json [--verbose] [--keep DIR]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.js';
import { recordsByUrl, sharedDir } from '../test/support/saudinewsnet.js';

interface GoldStory {
  id: string;
  docMatch: Record<string, string>;
}

const [goldFile, ...rest] = process.argv.slice(2);
const verbose = rest.includes('--verbose');
const keepAt = rest.indexOf('--keep');
const dir = keepAt >= 0 ? rest[keepAt + 1] : mkdtempSync(join(tmpdir(), 'sanad-compare-'));
mkdirSync(dir, { recursive: true });
const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as { stories: GoldStory[] };
const rows: Record<string, unknown>[] = [];
for (const story of gold.stories) {
  const input = join(dir, `${story.id}.jsonl`);
  const records = recordsByUrl(Object.values(story.docMatch));
  writeFileSync(input, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const { analysis } = await analyze([input], { threads: 1 });
  const out = join(dir, `${story.id}.analysis.json`);
  writeFileSync(out, JSON.stringify(analysis));
  const args = [join(sharedDir, 'tools/score-compare.mjs'), goldFile, story.id, out, '--json'];
  if (verbose) args.push('--verbose');
  const report = execFileSync(process.execPath, args, { encoding: 'utf8' }).trim().split('\n');
  console.log(report.slice(0, -1).join('\n'));
  rows.push(JSON.parse(report[report.length - 1]));
}
console.log(JSON.stringify(rows));
