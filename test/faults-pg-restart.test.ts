// A PostgreSQL restart while a worker runs. The test starts a server of its own (another port and
// data folder than the shared test server, which other test files use at the same time), queues an
// ingest of real SaudiNewsNet articles (read from /work/shared at test time), starts a worker and
// restarts the server under it once the annotation is under way. The worker must wait the restart
// out and finish with `--until-idle`: every article annotated exactly once, every article grouped,
// every story analysed, no job failed and nothing recorded as failed.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ingestDocuments } from '../src/library/ingest.js';
import { openLibrary } from '../src/library/library.js';
import { queueInTransaction, runWorker, startQueue } from '../src/library/queue.js';
import { firstArticles } from './support/saudinewsnet.js';
import { expectLibraryDone } from './support/library-done.js';
import type { Db } from '../src/store/db.js';
import { root } from './helpers.js';

const ARTICLES = 150;
const PORT = String(54_400 + (process.pid % 500));
const DATA = `/tmp/sanad-pg-restart-${process.pid}`;
const BIN = () =>
  execFileSync('bash', ['-c', 'ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1']).toString().trim();
const asPostgres = (args: string[]) =>
  execFileSync(
    process.getuid?.() === 0 ? 'runuser' : args[0],
    process.getuid?.() === 0 ? ['-u', 'postgres', '--', ...args] : args.slice(1),
    {
      // the postgres user may not enter the clone's folder (a private temporary one in CI)
      cwd: '/tmp',
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 120_000,
    },
  );

let db: Db;
let boss: PgBoss;
beforeAll(async () => {
  const out = execFileSync('bash', [`${root}scripts/start-postgres.sh`], {
    env: { ...process.env, PGPORT: PORT, PGDATA_DIR: DATA },
    encoding: 'utf8',
    timeout: 900_000,
  });
  const url = /DATABASE_URL=(\S+)/.exec(out)![1];
  // a killed or stalled job comes back quickly
  process.env.SANAD_JOB_EXPIRE_SECONDS = '10';
  db = await openLibrary({ url });
  boss = await startQueue(url);
}, 900_000);
afterAll(async () => {
  await boss?.stop({ graceful: false, wait: true }).catch(() => {});
  await db?.close().catch(() => {});
  try {
    asPostgres([`${BIN()}/pg_ctl`, '-D', DATA, 'stop', '-m', 'immediate']);
  } catch {
    // already stopped
  }
  rmSync(DATA, { recursive: true, force: true });
});

const count = async (sql: string) => (await db.query<{ n: number }>(sql))[0].n;

it('a worker waits out a PostgreSQL restart and finishes the work: nothing lost, nothing twice', async () => {
  await ingestDocuments(firstArticles('2015-07-21', ARTICLES), {
    db,
    threads: 1,
    queue: queueInTransaction(boss),
  });
  const articles = await count('select count(*)::int as n from articles');
  expect(articles).toBeGreaterThan(ARTICLES * 0.9);
  const lines: string[] = [];
  const signal = AbortSignal.timeout(400_000);
  const worker = runWorker(db, boss, { untilIdle: true, signal, log: (l) => lines.push(l) });
  for (let t = 0; t < 600 && (await count('select count(*)::int as n from annotations')) < 5; t++)
    await new Promise((r) => setTimeout(r, 200));
  const before = await count('select count(*)::int as n from annotations');
  expect(before).toBeLessThan(articles);
  const startedAt = async () =>
    (await db.query<{ t: string }>('select pg_postmaster_start_time()::text as t'))[0].t;
  const firstStart = await startedAt();
  // -m fast: the server ends every session now (the worker's connections included) and starts again
  // (-l: the restarted server must not inherit this call's output pipe, or the call never returns)
  asPostgres([`${BIN()}/pg_ctl`, '-D', DATA, '-l', `${DATA}/server.log`, 'restart', '-m', 'fast', '-w']);
  const report = await worker;
  expect(signal.aborted, lines.join('\n')).toBe(false);
  // the server did restart under the worker (whether the worker met the gap depends on timing:
  // a restart between two of its queries is bridged by the pool without an error)
  expect(await startedAt()).not.toBe(firstStart);

  await expectLibraryDone(db, articles);
  expect(report.gaveUp).toBe(0);
}, 600_000);
