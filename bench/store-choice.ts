// Which embedded database: PGlite (PostgreSQL in WebAssembly) or SQLite (better-sqlite3 12 + Kysely)?
// The same work on both, each in a fresh process: store N SaudiNewsNet articles with their search
// keys and a full-text index (tsvector + GIN / FTS5), in transactions of BATCH articles, checking
// URL and content hash first as `sanad ingest` does; then run the 50 fixed queries of
// bench/search-queries.json (every word required, top 10 by the engine's own rank); then reopen.
//
//   npx tsx bench/store-choice.ts --n 5000 [--sqlite-modules DIR]
//
// better-sqlite3 and Kysely are not dependencies of sanad (the choice fell on PGlite, docs/library.md):
// install them beside the project first, e.g. `npm i --prefix /tmp/sq better-sqlite3@12 kysely@0.28`,
// and pass --sqlite-modules /tmp/sq.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readInputs } from '../src/ingest/read.js';
import { keysOf } from '../src/text/search-keys.js';
import { parseQuery, toTsquery, type ParsedQuery } from '../src/store/query.js';

const BATCH = 50;
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = new URL('..', import.meta.url).pathname;
const dataDir = join(root, '../shared/data/saudinewsnet');

interface Doc {
  id: string;
  url?: string;
  title?: string;
  outlet?: string;
  published?: string;
  text: string;
}

async function loadDocs(n: number): Promise<Doc[]> {
  const days = readdirSync(dataDir)
    .filter((f) => f.endsWith('.zip'))
    .sort();
  const docs: Doc[] = [];
  for await (const d of readInputs(days.map((f) => join(dataDir, f)))) {
    if (!('body' in d)) continue;
    docs.push({
      id: d.id,
      url: d.source.url,
      title: d.title,
      outlet: d.outlet,
      published: d.published,
      text: d.body,
    });
    if (docs.length >= n) break;
  }
  return docs;
}

interface Engine {
  insertBatch(docs: Doc[]): Promise<number>;
  search(q: ParsedQuery): Promise<string[]>;
  close(): Promise<void>;
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex');

async function openPglite(dir: string): Promise<Engine> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create({ dataDir: dir });
  await db.exec(`create table if not exists articles (id text primary key, url text unique, hash text unique not null,
    title text, outlet text, published text, text text not null, keys text not null,
    search tsvector generated always as (to_tsvector('simple', keys)) stored);
    create index if not exists articles_search on articles using gin (search);`);
  return {
    async insertBatch(docs) {
      let stored = 0;
      await db.transaction(async (tx) => {
        for (const d of docs) {
          const h = hash(d.text);
          const seen = await tx.query('select 1 from articles where url = $1 or hash = $2', [
            d.url ?? null,
            h,
          ]);
          if (seen.rows.length) continue;
          await tx.query('insert into articles values ($1,$2,$3,$4,$5,$6,$7,$8)', [
            d.id,
            d.url ?? null,
            h,
            d.title ?? null,
            d.outlet ?? null,
            d.published ?? null,
            d.text,
            keysOf(d.text),
          ]);
          stored++;
        }
      });
      return stored;
    },
    async search(q) {
      const r = await db.query<{ id: string }>(
        `select id from articles, to_tsquery('simple', $1) q where search @@ q order by ts_rank_cd(search, q) desc, id limit 10`,
        [toTsquery(q)],
      );
      return r.rows.map((x) => x.id);
    },
    close: () => db.close(),
  };
}

async function openSqlite(dir: string, modules: string): Promise<Engine> {
  const req = createRequire(join(modules, 'package.json'));
  const Database = req('better-sqlite3');
  const { Kysely, SqliteDialect, sql } = req('kysely');
  const file = new Database(join(dir, 'library.db'));
  file.pragma('journal_mode = WAL');
  file.pragma('synchronous = NORMAL');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const db: any = new Kysely({ dialect: new SqliteDialect({ database: file }) });
  await sql`create table if not exists articles (rowid integer primary key, id text unique, url text unique, hash text unique not null,
    title text, outlet text, published text, text text not null, keys text not null)`.execute(db);
  await sql`create virtual table if not exists articles_search using fts5(keys, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 0')`.execute(
    db,
  );
  return {
    async insertBatch(docs) {
      let stored = 0;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      await db.transaction().execute(async (tx: any) => {
        for (const d of docs) {
          const h = hash(d.text);
          const seen = await tx
            .selectFrom('articles')
            .select('rowid')
            // eslint-disable-next-line @typescript-eslint/no-explicit-any
            .where((eb: any) => eb.or([eb('url', '=', d.url ?? null), eb('hash', '=', h)]))
            .executeTakeFirst();
          if (seen) continue;
          const keys = keysOf(d.text);
          const row = await tx
            .insertInto('articles')
            .values({
              id: d.id,
              url: d.url ?? null,
              hash: h,
              title: d.title ?? null,
              outlet: d.outlet ?? null,
              published: d.published ?? null,
              text: d.text,
              keys,
            })
            .returning('rowid')
            .executeTakeFirstOrThrow();
          await sql`insert into articles_search (rowid, keys) values (${row.rowid}, ${keys})`.execute(tx);
          stored++;
        }
      });
      return stored;
    },
    async search(q) {
      const match = q.phrases.map((p) => `"${p.join(' ')}"`).join(' AND ');
      const r =
        await sql`select a.id from articles_search s join articles a on a.rowid = s.rowid where articles_search match ${match} order by bm25(articles_search), a.id limit 10`.execute(
          db,
        );
      return r.rows.map((x: { id: string }) => x.id);
    },
    close: () => db.destroy(),
  };
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}

function dirSize(p: string): number {
  const st = statSync(p);
  if (!st.isDirectory()) return st.size;
  return readdirSync(p).reduce((n, f) => n + dirSize(join(p, f)), 0);
}

async function runOne(engine: string, n: number, modules: string | undefined): Promise<void> {
  const docs = await loadDocs(n);
  const dir = mkdtempSync(join(tmpdir(), `sanad-choice-${engine}-`));
  const open = () => (engine === 'pglite' ? openPglite(dir) : openSqlite(dir, modules!));
  let peak = process.memoryUsage().rss;
  const t0 = performance.now();
  let db = await open();
  const tOpen = performance.now() - t0;
  const t1 = performance.now();
  let stored = 0;
  for (let i = 0; i < docs.length; i += BATCH) {
    stored += await db.insertBatch(docs.slice(i, i + BATCH));
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const tIngest = performance.now() - t1;
  const t2 = performance.now();
  const again = await db.insertBatch(docs.slice(0, 500)); // idempotent re-ingest: nothing stored
  const tReingest = performance.now() - t2;
  const queries = (
    JSON.parse(readFileSync(join(root, 'bench/search-queries.json'), 'utf8')).queries as string[]
  ).map(parseQuery);
  for (const q of queries) await db.search(q); // warm the caches once
  const lat: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    await db.search(q);
    lat.push(performance.now() - t);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  await db.close();
  const t3 = performance.now();
  db = await open();
  const tReopen = performance.now() - t3;
  await db.close();
  console.log(
    JSON.stringify({
      engine,
      articles: docs.length,
      stored,
      reingestStored: again,
      openMs: Math.round(tOpen),
      reopenMs: Math.round(tReopen),
      ingestPerSec: Math.round((stored / tIngest) * 1000),
      reingest500Ms: Math.round(tReingest),
      searchMedianMs: +percentile(lat, 0.5).toFixed(2),
      searchP95Ms: +percentile(lat, 0.95).toFixed(2),
      peakRssMB: Math.round(peak / 1e6),
      diskMB: Math.round(dirSize(dir) / 1e6),
    }),
  );
  rmSync(dir, { recursive: true, force: true });
}

const engine = opt('--engine');
const n = Number(opt('--n') ?? 5000);
const modules = opt('--sqlite-modules');
if (engine) await runOne(engine, n, modules);
else {
  const engines = modules ? ['sqlite', 'pglite'] : ['pglite'];
  for (const e of engines) {
    const out = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        new URL(import.meta.url).pathname,
        '--engine',
        e,
        '--n',
        String(n),
        ...(modules ? ['--sqlite-modules', modules] : []),
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    process.stdout.write(out);
  }
}
