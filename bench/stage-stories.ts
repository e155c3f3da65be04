// Stage 6 of bench/run.ts: stories. A fresh `sanad stories` on all days (wall time, peak RSS), the
// grouping in process (fingerprint vs group, N vs 2N articles), and the per-story comparison of
// every story told by at least two outlets.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { combineArticles, type AnnotatedArticle } from '../src/pipeline.js';
import type { RawDoc } from '../src/ingest/read.js';
import { fingerprint } from '../src/stories/fingerprint.js';
import { groupFingerprints, type StoriesResult } from '../src/stories/stories.js';
import { cpuSeconds, sampleRss, time, type Results } from './measure.js';
import { cli, dataDir } from './options.js';

export interface StoriesInProcess {
  rows: string[][];
  result: StoriesResult | undefined;
}

/**
 * Stories in process, run first, while the heap holds only the corpus (the annotations of stage 3
 * would make every collection slower): fingerprint vs group, and the cost of 2N against N articles.
 */
export function measureStoriesInProcess(
  docs: RawDoc[],
  pairs: number,
  figures: Results['figures'],
): { rows: string[][]; result: StoriesResult } {
  const out: string[][] = [];
  const half = docs.slice(0, Math.floor(docs.length / 2));
  const run = (set: RawDoc[]) => {
    global.gc?.();
    const c0 = cpuSeconds();
    const f = time(() => set.map(fingerprint));
    const c1 = cpuSeconds();
    const g = time(() => groupFingerprints(f.value));
    const c2 = cpuSeconds();
    return {
      fingerprintMs: f.ms,
      groupMs: g.ms,
      fingerprintCpu: c1 - c0,
      groupCpu: c2 - c1,
      result: g.value,
    };
  };
  // One warm-up on a tenth (the JIT compiles the grouping code), then N and 2N alternately, each
  // figure the least CPU of its runs: one pair of runs swung the ratio by a fifth on a quiet machine.
  run(docs.slice(0, Math.floor(docs.length / 10)));
  const cpuOf = (r: ReturnType<typeof run>) => r.fingerprintCpu + r.groupCpu;
  const ratios: number[] = [];
  let n = run(half);
  let all = run(docs);
  ratios.push(cpuOf(all) / cpuOf(n));
  for (let i = 1; i < pairs; i++) {
    const n2 = run(half);
    const all2 = run(docs);
    ratios.push(cpuOf(all2) / cpuOf(n2));
    if (cpuOf(n2) < cpuOf(n)) n = n2;
    if (cpuOf(all2) < cpuOf(all)) all = all2;
  }
  // CPU time, not wall: on a machine shared with other work the wall clock measures the others too
  const ratio = cpuOf(all) / cpuOf(n);
  const articleRatio = docs.length / half.length;
  figures.storiesFingerprintSeconds = all.fingerprintMs / 1000;
  figures.storiesGroupSeconds = all.groupMs / 1000;
  figures.storiesFingerprintCpuSeconds = all.fingerprintCpu;
  figures.storiesGroupCpuSeconds = all.groupCpu;
  figures.storiesCostRatio2N = ratio;
  figures.storiesArticleRatio2N = articleRatio;
  figures.storiesCostRatio2NPerPair = ratios.map((r) => r.toFixed(3)).join(' ');
  figures.loadAverage1m = loadavg()[0];
  out.push([
    `stories in process: fingerprint ${all.fingerprintCpu.toFixed(1)} s CPU (${(all.fingerprintMs / 1000).toFixed(1)} s wall) + group ${all.groupCpu.toFixed(1)} s CPU (${(all.groupMs / 1000).toFixed(1)} s wall); load average ${loadavg()[0].toFixed(1)}`,
    `${(all.fingerprintCpu + all.groupCpu).toFixed(1)} s CPU`,
    `${(docs.length / (all.fingerprintCpu + all.groupCpu)).toFixed(0)} articles/s CPU`,
    `${articleRatio.toFixed(2)}× the articles cost ${ratio.toFixed(2)}× the CPU (least of ${pairs} runs each; pairs ${ratios.map((r) => r.toFixed(2)).join(', ')})`,
    '',
  ]);
  return { rows: out, result: all.result };
}

/**
 * 6. the stories rows: a fresh `sanad stories` over the day zips (read + fingerprint + group, as a
 * user runs it), the in-process rows, and the per-story comparison when `annotated` is given.
 */
export function benchStories(
  docs: RawDoc[],
  inProcess: StoriesInProcess,
  annotated: AnnotatedArticle[] | undefined,
  figures: Results['figures'],
): string[][] {
  const out: string[][] = [];
  if (existsSync(cli) && existsSync('/usr/bin/time')) {
    const t0 = performance.now();
    const r = spawnSync(
      '/usr/bin/time',
      ['-f', '%M %U %S', process.execPath, cli, 'stories', '-q', dataDir, '-o', '/dev/null'],
      {
        encoding: 'utf8',
      },
    );
    const wall = (performance.now() - t0) / 1000;
    const [kb, userOnly, system] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
    const user = userOnly + system; // CPU seconds, user + system
    figures.storiesCliSeconds = wall;
    figures.storiesCliUserSeconds = user;
    figures.storiesCliPeakMB = Math.round(kb / 1000);
    out.push([
      `\`sanad stories\` on all days, fresh process: read + fingerprint + group; load average ${loadavg()[0].toFixed(1)}`,
      `${wall.toFixed(1)} s wall (${user.toFixed(1)} s CPU)`,
      `${(docs.length / wall).toFixed(0)} articles/s`,
      `peak RSS ${Math.round(kb / 1000)} MB`,
      '',
    ]);
  }
  out.push(...inProcess.rows);
  if (annotated && inProcess.result) out.push(perStoryCompare(inProcess.result, annotated, figures));
  return out;
}

/** link + compare each story told by at least two outlets, on the articles annotated in stage 3 */
function perStoryCompare(
  grouping: StoriesResult,
  annotated: AnnotatedArticle[],
  figures: Results['figures'],
): string[] {
  const byId = new Map(annotated.map((a) => [a.article.id, a]));
  const multi = grouping.stories.filter((s) => s.outlets.length >= 2);
  const { ms } = time(() => {
    for (const s of multi) combineArticles(s.articles.map((id) => byId.get(id)!).filter(Boolean));
  });
  sampleRss();
  const articles = multi.reduce((k, s) => k + s.articles.length, 0);
  figures.perStoryCompareSeconds = ms / 1000;
  figures.storiesWithTwoOutlets = multi.length;
  return [
    `link + compare within each of the ${multi.length} stories told by ≥ 2 outlets (${articles} articles)`,
    `${(ms / 1000).toFixed(1)} s`,
    `${(articles / (ms / 1000)).toFixed(0)} articles/s`,
    '',
    '',
  ];
}
