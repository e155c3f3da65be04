// Counts how many comparison gold stories the grouping keeps whole: each story's input is built as
// scripts/score-compare.ts builds it (its docMatch records as one JSONL file), fingerprinted and
// grouped as `analyze` does, and a story is whole when all its reports land in one story (articles
// kept apart as columns are left out). A split story's pairs across its parts are never compared.
// usage: npx tsx scripts/compare-whole.ts [--detail] [--pairs] [--model FILE]
//   --pairs prints the pairs the second look weighs; --model groups with a merge model
//   (scripts/fit-story-merge.ts --write FILE). Round 9: 3 of 11 whole with the hand rule, 5 with
//   the model fitted on all three dev sets at threshold 0.5 (suruc and doha-gcc-kerry made whole).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs } from '../src/ingest/read.js';
import { fingerprint } from '../src/stories/fingerprint.js';
import type { MergeModel } from '../src/stories/merge-model.js';
import { groupFingerprints } from '../src/stories/stories.js';
import { writeRecordsJsonl } from '../test/support/saudinewsnet.js';

const GOLD = ['compare-dev', 'compare-heldout', 'compare-fresh'];
const detail = process.argv.includes('--detail');
const modelAt = process.argv.indexOf('--model');
/** --model FILE, else the shipped model (undefined) */
const mergeModel =
  modelAt >= 0 ? (JSON.parse(readFileSync(process.argv[modelAt + 1], 'utf8')) as MergeModel) : undefined;
const dir = mkdtempSync(join(tmpdir(), 'sanad-whole-'));
let whole = 0;
let total = 0;
for (const name of GOLD) {
  const gold = JSON.parse(readFileSync(`test/gold/${name}.gold.json`, 'utf8')) as {
    stories: { id: string; docMatch: Record<string, string> }[];
  };
  for (const story of gold.stories) {
    const input = writeRecordsJsonl(Object.values(story.docMatch), join(dir, `${story.id}.jsonl`));
    const fps = [];
    for await (const item of readInputs([input], {})) if ('body' in item) fps.push(fingerprint(item));
    const title = new Map(fps.map((f) => [f.id, f.title]));
    const result = groupFingerprints(
      fps,
      process.argv.includes('--pairs')
        ? {
            mergeModel,
            onPair: (small, target, x, rule) =>
              console.log(
                `  ${rule ? 'RULE' : 'pair'} ${title.get(small[0])} (${small.length}) -> ${title.get(target[0])} (${target.length}): ${x.map((v) => +v.toFixed(2)).join(' ')}`,
              ),
          }
        : { mergeModel },
    );
    const parts = result.stories.map((s) => s.articles.length);
    total++;
    if (parts.length <= 1) whole++;
    console.log(`${story.id}: ${parts.length} stories [${parts.join(', ')}], ${result.apart.length} apart`);
    if (detail && parts.length > 1) {
      for (const s of result.stories) for (const a of s.articles) console.log(`   ${s.id} ${title.get(a)}`);
    }
  }
}
console.log(`whole: ${whole} of ${total}`);
