// `npm run load`: the web app under a bounded load on loopback. Starts `sanad serve` over a library
// (LOAD_DB, a folder or postgres:// URL; an embedded folder is copied first, so the run never
// changes it), then autocannon drives search, story pages (their report views) and the API at a
// fixed concurrency for a fixed time, in slices of LOAD_SLICE_SECONDS. Each slice reports
// requests per second, latency p50/p95/p99 and errors, with the server's resident memory (sampled
// from /proc) and the machine's load average; the last line compares the first and last slices.
//   LOAD_DB=/path/to/library LOAD_SECONDS=600 nice -n 10 npm run load
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

// A concurrency a newsroom's shared instance could see: a few people, each page firing a few
// requests. The embedded library (PGlite) runs one statement at a time, so connections queue: the
// latency is about CONNECTIONS times a request's own time (8 x ~40 ms with the views cached), and
// more connections only lengthen the queue, never the throughput.
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS) || 8;
// a request not answered in this long counts as an error: autocannon's default, and about what a
// reader waits for a page before giving up; at 8 connections the p99 stays a tenth of it
const TIMEOUT_SECONDS = Number(process.env.LOAD_TIMEOUT_SECONDS) || 10;
const SECONDS = Number(process.env.LOAD_SECONDS) || 60;
// first and last minute are compared: a leak shows as growth between them
const SLICE_SECONDS = Number(process.env.LOAD_SLICE_SECONDS) || 60;
const RSS_SAMPLE_MS = 2000;
// general news words, so the searches hit many articles, a few rare, and one phrase
const SEARCHES = ['وزير', 'الرياض', 'الأمطار', 'الصحة', 'مجلس الوزراء', 'النفط', 'المدارس', '"ولي العهد"'];

interface Slice {
  slice: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  rssMb: number;
  load1: number;
  /** per kind of request: how many, and their p50/p95/p99 in ms */
  routes: Record<string, { n: number; p50: number; p95: number; p99: number }>;
}

/** The kind of a request, for the per-route breakdown: its path with ids and queries left out. */
function routeOf(path: string): string {
  const [p, q] = path.split('?');
  if (p === '/api/articles' && q?.startsWith('story=')) return '/api/articles?story';
  return p.replace(/^\/api\/(stories|articles)\/[^/]+/, '/api/$1/:id');
}

const percentile = (sorted: number[], q: number) =>
  Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN);

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

function startServer(db: string): Promise<{ url: string; pid: number; stop: () => void }> {
  const child = spawn(process.execPath, ['dist/cli/main.js', 'serve', '--db', db, '--port', '0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString();
      const m = /at (http:\/\/\S+)/.exec(err);
      if (m) resolve({ url: m[1], pid: child.pid!, stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`sanad serve exited (${code}): ${err}`)));
  });
}

async function ids(url: string): Promise<{ stories: string[]; articles: string[] }> {
  const s = (await (await fetch(`${url}/api/stories?limit=300`)).json()) as { stories: { id: string }[] };
  const a = (await (await fetch(`${url}/api/articles?limit=300`)).json()) as { articles: { id: string }[] };
  return { stories: s.stories.map((x) => x.id), articles: a.articles.map((x) => x.id) };
}

/** One request of the mix: a third search, a third story pages, a third the rest of the API. */
function pick(n: number, stories: string[], articles: string[]): string {
  const any = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)];
  switch (n % 6) {
    case 0:
    case 1:
      return `/api/search?q=${encodeURIComponent(any(SEARCHES))}&limit=20`;
    case 2:
    case 3:
      return `/api/stories/${encodeURIComponent(any(stories))}/view`;
    case 4:
      return `/api/articles/${encodeURIComponent(any(articles))}`;
    default:
      return any(['/api/stories?limit=50', '/api/library', `/api/articles?story=${any(stories)}&limit=20`]);
  }
}

async function slice(i: number, url: string, pid: number, all: { stories: string[]; articles: string[] }) {
  let n = 0;
  const rss: number[] = [];
  const timer = setInterval(() => rss.push(rssMb(pid)), RSS_SAMPLE_MS);
  // autocannon's histogram has p97.5 but no p95: every response time is kept and ranked here
  const times: number[] = [];
  // Which request each connection has in flight: autocannon calls setupRequest for a
  // connection's next request synchronously right after emitting that connection's response, so
  // the connection last answered is the one asking. A connection's first request (set up before it
  // exists) and a request after a timeout are counted as "unknown".
  const inFlight = new Map<unknown, string>();
  const byRoute = new Map<string, number[]>();
  let answered: unknown;
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: SLICE_SECONDS,
        timeout: TIMEOUT_SECONDS,
        requests: [
          {
            setupRequest: (req) => {
              const path = pick(n++, all.stories, all.articles);
              if (answered !== undefined) inFlight.set(answered, routeOf(path));
              answered = undefined;
              return { ...req, path };
            },
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    run.on('response', (client, _status, _bytes, ms) => {
      times.push(ms);
      const route = inFlight.get(client) ?? 'unknown';
      byRoute.set(route, byRoute.get(route) ?? []);
      byRoute.get(route)!.push(ms);
      answered = client;
    });
  });
  clearInterval(timer);
  times.sort((x, y) => x - y);
  const at = (q: number) => percentile(times, q);
  const routes: Slice['routes'] = {};
  for (const [route, ms] of [...byRoute].sort()) {
    ms.sort((x, y) => x - y);
    routes[route] = {
      n: ms.length,
      p50: percentile(ms, 0.5),
      p95: percentile(ms, 0.95),
      p99: percentile(ms, 0.99),
    };
  }
  const out: Slice = {
    slice: i,
    requests: r.requests.total,
    rps: Math.round(r.requests.average),
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    rssMb: Math.round(Math.max(...rss)),
    load1: Math.round(loadavg()[0] * 10) / 10,
    routes,
  };
  return out;
}

async function main(): Promise<void> {
  const source = process.env.LOAD_DB;
  if (!source) throw new Error('LOAD_DB: the library to serve (folder or postgres:// URL)');
  const copy = source.startsWith('postgres') ? undefined : mkdtempSync(join(tmpdir(), 'sanad-load-'));
  if (copy) cpSync(source, copy, { recursive: true });
  const server = await startServer(copy ?? source);
  try {
    const all = await ids(server.url);
    // warm up (first requests compile the routes and fill PGlite's cache), not measured
    await autocannon({ url: server.url + pick(0, all.stories, all.articles), connections: 2, duration: 5 });
    const slices: Slice[] = [];
    for (let i = 0; i < Math.max(1, Math.round(SECONDS / SLICE_SECONDS)); i++) {
      slices.push(await slice(i + 1, server.url, server.pid, all));
      console.log(JSON.stringify(slices[i]));
    }
    const first = slices[0];
    const last = slices[slices.length - 1];
    console.log(
      JSON.stringify({
        connections: CONNECTIONS,
        seconds: SECONDS,
        requests: slices.reduce((s, x) => s + x.requests, 0),
        errors: slices.reduce((s, x) => s + x.errors + x.non2xx, 0),
        rssFirstMb: first.rssMb,
        rssLastMb: last.rssMb,
        rssGrowth: Math.round((last.rssMb / first.rssMb - 1) * 1000) / 10 + '%',
      }),
    );
  } finally {
    server.stop();
    if (copy) rmSync(copy, { recursive: true, force: true });
  }
}

await main();
