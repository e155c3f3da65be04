// `npm run bench:library`: the library, measured over the 16 shared SaudiNewsNet days.
//
//   1. ingest      `sanad ingest` of every day into the embedded library and into PostgreSQL:
//                  wall time, articles/s, peak memory of the process (its worker threads included)
//   2. search      the 50 fixed queries of bench/search-queries.json on each full library:
//                  median and p95 latency (warm: each query run once before timing)
//   3. workers     `sanad ingest --queue` of DAYS_FOR_WORKERS days, then 1 and then 2 `sanad worker`
//                  processes until idle: wall time and speed-up
//   4. quality     precision at 10 of the 20 queries of test/gold/search-queries.json
//
// Needs a PostgreSQL server: `eval "$(bash scripts/start-postgres.sh)"` first (DATABASE_URL).
// Options: --days N (default 16), --worker-days N (default 3), --skip-embedded, --skip-pg,
// --skip-pg-ingest, --skip-workers, --json FILE.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openLibrary } from '../src/library/library.js';
import type { Db } from '../src/store/db.js';
import { searchLibrary } from '../src/store/search.js';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist/cli/main.js');
const dataDir = join(root, '../shared/data/saudinewsnet');
const days = readdirSync(dataDir)
  .filter((f) => f.endsWith('.zip'))
  .sort()
  .slice(0, Number(opt('--days') ?? 16))
  .map((f) => join(dataDir, f));
// enough articles for the workers to have something to share, few enough to run twice
const DAYS_FOR_WORKERS = Number(opt('--worker-days') ?? 3);
const work = join(root, '.bench');
const pgUrl = process.env.DATABASE_URL;

interface Timed {
  seconds: number;
  // user + system CPU seconds: on a shared, loaded machine the one figure that load does not inflate
  cpuSeconds: number;
  peakMB: number;
  stdout: string;
}

function parseTime(stderrOrOut: string): { seconds: number; cpuSeconds: number; peakMB: number } {
  const m = /TIME ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(stderrOrOut);
  return m
    ? {
        seconds: Number(m[1]),
        cpuSeconds: +(Number(m[3]) + Number(m[4])).toFixed(1),
        peakMB: Math.round(Number(m[2]) / 1024),
      }
    : { seconds: NaN, cpuSeconds: NaN, peakMB: NaN };
}

function timedWithStderr(cmd: string[], env: NodeJS.ProcessEnv = {}): Timed & { report: string } {
  try {
    const r = execFileSync(
      'bash',
      ['-c', `/usr/bin/time -f "TIME %e %M %U %S" "$@" 2>&1 1>/tmp/sanad-bench-out`, 'x', ...cmd],
      {
        env: { ...process.env, ...env },
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      },
    );
    return { ...parseTime(r), stdout: r, report: readFileSync('/tmp/sanad-bench-out', 'utf8') };
  } catch (e) {
    throw new Error(`${cmd.join(' ')} failed: ${(e as { stdout?: string }).stdout?.slice(-2000)}`);
  }
}

async function freshDb(name: string): Promise<string> {
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  await c.query(`drop database if exists ${name} with (force)`);
  await c.query(`create database ${name}`);
  await c.end();
  return pgUrl!.replace(/\/[^/]*$/, `/${name}`);
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}

async function searchLatency(db: Db): Promise<{ median: number; p95: number }> {
  const queries = JSON.parse(readFileSync(join(root, 'bench/search-queries.json'), 'utf8'))
    .queries as string[];
  for (const q of queries) await searchLibrary(db, q);
  const ms: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    await searchLibrary(db, q);
    ms.push(performance.now() - t);
  }
  return { median: +percentile(ms, 0.5).toFixed(1), p95: +percentile(ms, 0.95).toFixed(1) };
}

interface GoldQuery {
  query: string;
  relevant: string[];
}

/** Precision at 10 per query and on average (a query with fewer than 10 relevant articles counts them all). */
export async function precisionAt10(
  db: Db,
): Promise<{ mean: number; perQuery: { query: string; p10: number }[] }> {
  const gold = JSON.parse(readFileSync(join(root, 'test/gold/search-queries.json'), 'utf8'))
    .queries as GoldQuery[];
  const perQuery = [];
  for (const g of gold) {
    const hits = await searchLibrary(db, g.query, { limit: 10 });
    const relevant = new Set(g.relevant);
    const found = hits.filter((h) => relevant.has(h.url ?? h.article)).length;
    perQuery.push({ query: g.query, p10: found / Math.min(10, g.relevant.length) });
  }
  return { mean: +(perQuery.reduce((n, q) => n + q.p10, 0) / perQuery.length).toFixed(3), perQuery };
}

async function ingestInto(target: { path?: string; url?: string }) {
  const env = target.url ? { SANAD_DATABASE_URL: target.url } : {};
  const dbArgs = target.path ? ['--db', target.path] : [];
  const run = timedWithStderr(
    [process.execPath, cli, 'ingest', '--quiet', '--format', 'json', ...dbArgs, ...days],
    env,
  );
  const report = JSON.parse(run.report);
  const db = await openLibrary(target);
  const latency = await searchLatency(db);
  const quality = await precisionAt10(db).catch(() => undefined);
  const [c] = await db.query<{ stories: number }>('select count(*)::int as stories from stories');
  await db.close();
  return {
    articles: report.stored,
    stories: c.stories,
    seconds: run.seconds,
    cpuSeconds: run.cpuSeconds,
    perSecond: Math.round(report.stored / run.seconds),
    peakMB: run.peakMB,
    search: latency,
    quality,
  };
}

function runWorkers(n: number, url: string): Promise<number> {
  const t = performance.now();
  const env = { ...process.env, SANAD_DATABASE_URL: url };
  const procs = Array.from({ length: n }, () =>
    spawn(process.execPath, [cli, 'worker', '--until-idle'], { env, stdio: ['ignore', 'ignore', 'inherit'] }),
  );
  return Promise.all(procs.map((p) => new Promise((r) => p.on('exit', r)))).then(
    () => (performance.now() - t) / 1000,
  );
}

async function workerSpeedup() {
  const out: Record<string, number> = {};
  for (const n of [1, 2]) {
    const url = await freshDb(`sanad_bench_workers_${n}`);
    execFileSync(
      process.execPath,
      [cli, 'ingest', '--queue', '--quiet', '--db', url, ...days.slice(0, DAYS_FOR_WORKERS)],
      {
        stdio: 'inherit',
      },
    );
    out[`workers${n}`] = +(await runWorkers(n, url)).toFixed(1);
  }
  return { ...out, speedup: +(out.workers1 / out.workers2).toFixed(2) };
}

mkdirSync(work, { recursive: true });
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  days: days.length,
  loadBefore: load(),
};
const embeddedPath = join(work, 'library-embedded');
if (!args.includes('--skip-embedded')) {
  rmSync(embeddedPath, { recursive: true, force: true });
  results.embedded = await ingestInto({ path: embeddedPath });
  console.log(JSON.stringify(results.embedded));
}
if (pgUrl && !args.includes('--skip-pg')) {
  if (!args.includes('--skip-pg-ingest')) {
    results.postgres = await ingestInto({ url: await freshDb('sanad_bench_library') });
    console.log(JSON.stringify(results.postgres));
  }
  if (!args.includes('--skip-workers')) results.workers = await workerSpeedup();
}
results.loadAfter = load();
const json = JSON.stringify(results, null, 2);
console.log(json);
writeFileSync(opt('--json') ?? join(work, 'library.json'), json);
