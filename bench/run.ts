// `npm run bench`: speed and memory of sanad on real news, one core, printed as a Markdown table.
//
//   1. text core      normalise + sentences + tokens + search keys + light stems, over SaudiNewsNet
//   2. PostgreSQL     to_tsvector('arabic', …) over the same texts, when a server answers
//                     (DATABASE_URL, or PGHOST/PGUSER…; `bash scripts/start-postgres.sh` starts one)
//   3. extractors     clean + annotate every article (dates, quantities, entities, quotes, accusations)
//   4. compare        link + compare for stories of 5, 50 and 500 articles
//   5. cold start     `sanad analyze` on the seeds, wall time of a fresh process
//   6. stories        `sanad stories` on all days (fresh process: wall time, peak RSS), the grouping
//                     in process (fingerprint vs group, N vs 2N articles), and the per-story
//                     comparison of every story told by at least two outlets
//
// Options: --days N (default all 16), --limit N articles, --skip-pg, --skip-stories, --stories-only
// (stage 6 alone, without the per-story comparison, which needs stage 3), --cold-only (stage 5
// alone, no corpus read), --extract-only (stage 3 alone, with its CPU time beside the wall time),
// --runs N (fresh processes per cold-start figure, best kept; default 3), --ratio-runs N (pairs of
// N and 2N grouping runs in process, least CPU of each kept; default 2),
// --json FILE to save the figures.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { unzipSync, strFromU8 } from 'fflate';
import { normalizeText } from '../src/text/normalize.js';
import { splitSentences, tokenize } from '../src/text/segment.js';
import { lightStem, searchKey } from '../src/text/arabic.js';
import { annotateArticle, combineArticles, type AnnotatedArticle } from '../src/pipeline.js';
import type { RawDoc } from '../src/ingest/read.js';
import { fingerprint } from '../src/stories/fingerprint.js';
import { groupFingerprints, type StoriesResult } from '../src/stories/stories.js';
import { recordDoc, type NewsRecord } from './records.js';
import { dataDir, flag, opt, root, seedsDir } from './options.js';

function loadCorpus(): { docs: RawDoc[]; chars: number; bytes: number } {
  const days = readdirSync(dataDir)
    .filter((f) => f.endsWith('.zip'))
    .sort()
    .slice(0, Number(opt('--days') ?? 99));
  const docs: RawDoc[] = [];
  let chars = 0;
  let bytes = 0;
  const limit = Number(opt('--limit') ?? Infinity);
  for (const day of days) {
    const files = unzipSync(readFileSync(join(dataDir, day)));
    for (const [name, data] of Object.entries(files)) {
      if (!name.endsWith('.json')) continue;
      const records = JSON.parse(strFromU8(data)) as NewsRecord[];
      for (const r of records) {
        if (!r.content?.trim() || docs.length >= limit) continue;
        chars += r.content.length;
        bytes += Buffer.byteLength(r.content);
        docs.push(recordDoc(r, r.url ?? `${day}#${docs.length}`));
      }
    }
  }
  return { docs, chars, bytes };
}

let peakRss = 0;
const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const sampler = setInterval(sampleRss, 50);

/** CPU seconds of this process (user + system), every thread */
const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

const rows: string[][] = [];
const figures: { [k: string]: number | string } = {};

// --cold-only: stage 5 alone (cold start beside bare node), without reading the corpus
const coldOnly = flag('--cold-only');
// --extract-only: stage 3 alone (per-article extraction), without stories, text core, compare or cold start
const extractOnly = flag('--extract-only');
const { docs, chars, bytes } = coldOnly ? { docs: [], chars: 0, bytes: 0 } : loadCorpus();
sampleRss();
console.error(
  `corpus: ${docs.length} articles, ${(chars / 1e6).toFixed(1)} M chars, ${(bytes / 1e6).toFixed(1)} MB`,
);

// 0. stories in process, first, while the heap holds only the corpus (the annotations of stage 3
// would make every collection slower): fingerprint vs group, and 2N against N articles
const storiesInProcess = extractOnly ? { rows: [], result: undefined } : measureStoriesInProcess();

function measureStoriesInProcess(): { rows: string[][]; result: StoriesResult } {
  const out: string[][] = [];
  // in process: fingerprint vs group, and the cost of 2N against N
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
  const pairs = Math.max(1, Number(opt('--ratio-runs') ?? 2));
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

// --stories-only: the stories figures alone (stages 1-5 skipped, no per-story comparison)
const storiesOnly = flag('--stories-only');

// 1. text core
if (!storiesOnly && !coldOnly && !extractOnly) {
  global.gc?.();
  const { ms } = time(() => {
    let tokens = 0;
    for (const d of docs) {
      const { text } = normalizeText(d.body);
      splitSentences(text);
      for (const t of tokenize(text)) {
        searchKey(t.text);
        lightStem(t.text);
        tokens++;
      }
    }
    return tokens;
  });
  sampleRss();
  const s = ms / 1000;
  figures.textCoreSeconds = s;
  rows.push([
    'sanad text core (normalise, sentences, tokens, keys, stems)',
    `${s.toFixed(2)} s`,
    `${(docs.length / s).toFixed(0)} articles/s`,
    `${(bytes / 1e6 / s).toFixed(1)} MB/s`,
    `${(chars / 1e6 / s).toFixed(1)} M chars/s`,
  ]);
}

// 2. PostgreSQL's Arabic Snowball stemmer, same texts
if (!flag('--skip-pg') && !storiesOnly && !coldOnly && !extractOnly) {
  const pg = await import('pg').catch(() => null);
  const connectionString = process.env.DATABASE_URL;
  if (pg && (connectionString || process.env.PGHOST)) {
    const client = new pg.default.Client(connectionString ? { connectionString } : {});
    try {
      await client.connect();
      await client.query('CREATE TEMP TABLE bench_docs (content text)');
      for (let i = 0; i < docs.length; i += 500) {
        const chunk = docs.slice(i, i + 500).map((d) => d.body);
        await client.query('INSERT INTO bench_docs SELECT unnest($1::text[])', [chunk]);
      }
      await client.query("SELECT count(to_tsvector('arabic', content)) FROM bench_docs"); // warm the cache
      const t0 = performance.now();
      await client.query('SET max_parallel_workers_per_gather = 0');
      await client.query("SELECT sum(length(to_tsvector('arabic', content))) FROM bench_docs");
      const s = (performance.now() - t0) / 1000;
      figures.postgresSeconds = s;
      rows.push([
        `PostgreSQL ${(await client.query('SHOW server_version')).rows[0].server_version} to_tsvector('arabic', …)`,
        `${s.toFixed(2)} s`,
        `${(docs.length / s).toFixed(0)} articles/s`,
        `${(bytes / 1e6 / s).toFixed(1)} MB/s`,
        `${(chars / 1e6 / s).toFixed(1)} M chars/s`,
      ]);
    } catch (e) {
      console.error(`PostgreSQL skipped: ${(e as Error).message}`);
    } finally {
      await client.end().catch(() => undefined);
    }
  } else {
    console.error(
      'PostgreSQL skipped: set DATABASE_URL or PGHOST (bash scripts/start-postgres.sh starts a local server)',
    );
  }
}

// 3. every per-article extractor
let annotated: AnnotatedArticle[] = [];
if (!storiesOnly && !coldOnly) {
  const c0 = cpuSeconds();
  const { ms, value } = time(() => docs.map((d) => annotateArticle(d)));
  // CPU seconds too: on a machine shared with other work the wall clock also counts the waiting
  const cpu = cpuSeconds() - c0;
  annotated = value;
  sampleRss();
  const s = ms / 1000;
  figures.extractorsArticlesPerSecond = docs.length / s;
  figures.extractorsCpuArticlesPerSecond = docs.length / cpu;
  figures.extractorsLoadAverage1m = loadavg()[0];
  rows.push([
    `sanad clean + all extractors (per article); ${(docs.length / cpu).toFixed(0)} articles/s CPU (${cpu.toFixed(2)} s, every thread); load average ${loadavg()[0].toFixed(1)}`,
    `${s.toFixed(2)} s`,
    `${(docs.length / s).toFixed(0)} articles/s`,
    `${(bytes / 1e6 / s).toFixed(1)} MB/s`,
    `${(chars / 1e6 / s).toFixed(1)} M chars/s`,
  ]);
}

// 4. cross-article comparison: stories of 5, 50 and 500 articles from one day
for (const n of [5, 50, 500]) {
  if (storiesOnly || extractOnly || annotated.length < n) break;
  const story = annotated.slice(0, n);
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  const { ms } = time(() => combineArticles(story));
  const heap = Math.max(0, process.memoryUsage().heapUsed - before);
  sampleRss();
  figures[`compare${n}Ms`] = ms;
  rows.push([
    `sanad link + compare, ${n} articles`,
    `${(ms / 1000).toFixed(3)} s`,
    `${(n / (ms / 1000)).toFixed(0)} articles/s`,
    `heap +${(heap / 1e6).toFixed(0)} MB`,
    '',
  ]);
}

// 5. cold start of the CLI on the seeds
const cli = join(root, 'dist/cli/main.js');
if (existsSync(cli) && existsSync(seedsDir) && !storiesOnly && !extractOnly) {
  const runs: number[] = [];
  const coldRuns = Number(opt('--runs') ?? 3);
  // bare node in the same run, each right after an analyze: the floor a loaded machine sets, to
  // read the figure against while the load drifts
  const bare: number[] = [];
  // CPU seconds (user + system) of each process, when /usr/bin/time can tell: on a machine shared
  // with other work the wall clock also counts the time spent waiting for a core
  const runsCpu: number[] = [];
  const bareCpu: number[] = [];
  const timed = existsSync('/usr/bin/time');
  const fresh = (args: string[], cpu: number[]): number => {
    const t0 = performance.now();
    const r = timed
      ? spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, ...args], {
          stdio: ['ignore', 'ignore', 'pipe'],
          encoding: 'utf8',
        })
      : spawnSync(process.execPath, args, { stdio: 'ignore', encoding: 'utf8' });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${String(r.stderr ?? '')}`);
    if (timed) {
      const [user, system] = String(r.stderr).trim().split('\n').pop()!.split(' ').map(Number);
      cpu.push(user + system);
    }
    return ms;
  };
  for (let i = 0; i < coldRuns; i++) {
    runs.push(fresh([cli, 'analyze', seedsDir, '--output', '/dev/null'], runsCpu));
    bare.push(fresh(['-e', '0'], bareCpu));
  }
  const best = Math.min(...runs);
  figures.coldStartSeedsMs = best;
  figures.coldStartBareNodeMs = Math.min(...bare);
  figures.coldStartLoadAverage1m = loadavg()[0];
  const cpuNote = (cpu: number[]) => (cpu.length ? `${Math.min(...cpu).toFixed(2)} s CPU` : '');
  if (runsCpu.length) {
    figures.coldStartSeedsCpuSeconds = Math.min(...runsCpu);
    figures.coldStartBareNodeCpuSeconds = Math.min(...bareCpu);
  }
  rows.push([
    `bare \`node -e 0\`, same run (best of ${coldRuns}); load average ${loadavg()[0].toFixed(1)}`,
    `${(Math.min(...bare) / 1000).toFixed(2)} s`,
    cpuNote(bareCpu),
    '',
    '',
  ]);
  rows.push([
    `\`sanad analyze\` on the 5 seeds, fresh process (best of ${coldRuns})`,
    `${(best / 1000).toFixed(2)} s`,
    `${(best / Math.min(...bare)).toFixed(1)} x bare node`,
    cpuNote(runsCpu),
    runsCpu.length ? `${(Math.min(...runsCpu) / Math.min(...bareCpu)).toFixed(1)} x bare node's CPU` : '',
  ]);
}

// 6. stories
if (!flag('--skip-stories') && !coldOnly && !extractOnly) {
  const storyRows = benchStories();
  rows.push(...storyRows);
}

function benchStories(): string[][] {
  const out: string[][] = [];
  // a fresh `sanad stories` over the day zips: read + fingerprint + group, as a user runs it
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
  out.push(...storiesInProcess.rows);
  if (!storiesOnly && storiesInProcess.result) out.push(perStoryCompare(storiesInProcess.result));
  return out;
}

/** link + compare each story told by at least two outlets, on the articles annotated in stage 3 */
function perStoryCompare(grouping: StoriesResult): string[] {
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

clearInterval(sampler);
sampleRss();
figures.peakRssMB = Math.round(peakRss / 1e6);
figures.articles = docs.length;
console.log(
  `\n${docs.length} articles, ${(chars / 1e6).toFixed(1)} M chars, ${(bytes / 1e6).toFixed(1)} MB, one core, Node ${process.version}\n`,
);
console.log('| what | time | articles/s | MB/s | chars/s |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log(
  `\npeak RSS of the benchmark process: ${figures.peakRssMB} MB (all ${docs.length} articles and their annotations held in memory)`,
);
const jsonOut = opt('--json');
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(figures, null, 2));
