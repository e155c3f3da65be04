// Scores story grouping in process on the days of a story gold file, with
// ../shared/tools/score-stories.mjs, and with --detail shows what went wrong per gold story: the
// articles another story took (split) and the articles that joined it from elsewhere (merged).
// Use --detail on dev gold only; on an unseen set print the summary line alone.
// usage: npx tsx scripts/score-stories.ts test/gold/stories-dev.gold.json [--detail] [--keep FILE]
//   [--model FILE]   group with this merge model for the second look (scripts/fit-story-merge.ts --write)
//   [--no-model]     group with the hand rule alone (the shipped models/story-merge.json otherwise)
//   [--against FILE] with --detail: each gold story's share of the precision and recall lost, before
//                    (a prediction kept by --keep on another commit) -> now, where it moved: whether
//                    a change helped the stories it was written for and cost none elsewhere
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readInputs } from '../src/ingest/read.js';
import type { RawDoc } from '../src/ingest/types.js';
import { fingerprint } from '../src/stories/fingerprint.js';
import type { MergeModel } from '../src/stories/merge-model.js';
import { groupFingerprints, type StoriesResult } from '../src/stories/stories.js';
import { sharedDir } from '../test/support/saudinewsnet.js';

interface GoldStory {
  id: string;
  urls: string[];
}

const [goldFile, ...rest] = process.argv.slice(2);
const detail = rest.includes('--detail');
const keepAt = rest.indexOf('--keep');
const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as { days: string[]; stories: GoldStory[] };
const days = gold.days.map((d) => join(sharedDir, 'data/saudinewsnet', `${d}.zip`));

const docs: RawDoc[] = [];
for await (const item of readInputs(days, {})) if ('body' in item) docs.push(item);
const t0 = performance.now();
const fps = docs.map(fingerprint);
const t1 = performance.now();
const modelAt = rest.indexOf('--model');
const result = groupFingerprints(fps, {
  mergeModel:
    modelAt >= 0
      ? (JSON.parse(readFileSync(rest[modelAt + 1], 'utf8')) as MergeModel)
      : rest.includes('--no-model')
        ? null
        : undefined,
});
const t2 = performance.now();
console.error(
  `${docs.length} articles: fingerprint ${((t1 - t0) / 1000).toFixed(1)} s, group ${((t2 - t1) / 1000).toFixed(1)} s`,
);
const pred =
  keepAt >= 0 ? rest[keepAt + 1] : join(mkdtempSync(join(tmpdir(), 'sanad-stories-')), 'pred.json');
writeFileSync(pred, JSON.stringify(result));
const report = execFileSync(process.execPath, [join(sharedDir, 'tools/score-stories.mjs'), goldFile, pred], {
  encoding: 'utf8',
});
const lines = report.trim().split('\n');
console.log(detail ? lines.join('\n') : lines[lines.length - 1]);

if (detail) {
  const key = (u: string) =>
    u
      .trim()
      .replace(/^https?:\/\//, '')
      .replace(/\/+$/, '');
  const titleOf = new Map(
    docs.map((d) => [key(d.id), `${d.published ?? ''} ${d.outlet ?? ''} ${d.title ?? ''}`]),
  );
  const storyOf = new Map<string, string>();
  const members = new Map<string, string[]>();
  for (const s of result.stories) {
    members.set(s.id, s.articles.map(key));
    for (const a of s.articles) storyOf.set(key(a), s.id);
  }
  const goldOf = new Map<string, string>();
  for (const g of gold.stories) for (const u of g.urls) goldOf.set(key(u), g.id);
  for (const g of gold.stories) {
    const G = new Set(g.urls.map(key));
    const predicted = new Set([...G].map((a) => storyOf.get(a) ?? '-'));
    if (predicted.size === 1 && [...predicted].every((s) => members.get(s)?.every((m) => G.has(m)))) continue;
    console.log(`\n## ${g.id} (${G.size}) in ${[...predicted].join(', ')}`);
    for (const s of predicted) {
      const ms = members.get(s) ?? [];
      console.log(
        `  ${s}: ${ms.filter((m) => G.has(m)).length} of the story, ${ms.filter((m) => !G.has(m)).length} others`,
      );
      for (const m of ms.filter((x) => G.has(x))) console.log(`     = ${titleOf.get(m)}`);
      for (const m of ms.filter((x) => !G.has(x)))
        console.log(`     + [${goldOf.get(m) ?? 'not gold'}] ${titleOf.get(m)}`);
    }
  }

  const againstAt = rest.indexOf('--against');
  if (againstAt >= 0) {
    const before = losses(JSON.parse(readFileSync(rest[againstAt + 1], 'utf8')) as StoriesResult);
    const now = losses(result);
    console.log('\n## moved since --against (share of P lost, share of R lost: before -> now)');
    for (const g of gold.stories) {
      const [p0, r0] = before.get(g.id)!;
      const [p1, r1] = now.get(g.id)!;
      if (Math.abs(p0 - p1) > 1e-9 || Math.abs(r0 - r1) > 1e-9)
        console.log(
          `  ${g.id}: P ${p0.toFixed(4)} -> ${p1.toFixed(4)}, R ${r0.toFixed(4)} -> ${r1.toFixed(4)}`,
        );
    }
  }

  /** Each gold story's part of the B-cubed precision and recall lost (they sum to 1 - P and 1 - R). */
  function losses(pred: StoriesResult): Map<string, [number, number]> {
    const of = new Map<string, string[]>();
    for (const s of pred.stories) {
      const ids = [...new Set(s.articles.map(key))];
      for (const a of ids) of.set(a, ids);
    }
    const n = gold.stories.reduce((sum, g) => sum + new Set(g.urls.map(key)).size, 0);
    const out = new Map<string, [number, number]>();
    for (const g of gold.stories) {
      const G = new Set(g.urls.map(key));
      let p = 0;
      let r = 0;
      for (const a of G) {
        const ms = of.get(a);
        // an article in no story is a story of its own, as the scorer counts it
        const shared = ms ? ms.filter((m) => G.has(m)).length : 1;
        p += 1 - shared / (ms?.length ?? 1);
        r += 1 - shared / G.size;
      }
      out.set(g.id, [p / n, r / n]);
    }
    return out;
  }
}
