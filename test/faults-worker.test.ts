// kill -9 during a worker's job, small enough for CI (test/library-workers.test.ts is the same
// fault over three days with two workers, 5-9 minutes). A `sanad worker` process is killed while it
// annotates real SaudiNewsNet articles (read from /work/shared at test time); another worker then
// runs until idle. The jobs the killed one held come back when they expire: every article must end
// annotated exactly once, grouped, every story analysed, and no job failed.
import { spawn } from 'node:child_process';
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ingestDocuments } from '../src/library/ingest.js';
import { openLibrary } from '../src/library/library.js';
import { queueInTransaction, runWorker, startQueue } from '../src/library/queue.js';
import { firstArticles } from './support/saudinewsnet.js';
import { expectLibraryDone } from './support/library-done.js';
import type { Db } from '../src/store/db.js';
import { root } from './helpers.js';
import { freshDatabase } from './pg.js';

const ARTICLES = 80;
// the killed worker's jobs are handed on after this: short, so the test does not wait long
const EXPIRE_SECONDS = '5';

let url: string;
let db: Db;
let boss: PgBoss;
beforeAll(async () => {
  url = await freshDatabase('sanad_worker_kill');
  process.env.SANAD_JOB_EXPIRE_SECONDS = EXPIRE_SECONDS;
  db = await openLibrary({ url });
  boss = await startQueue(url);
}, 900_000);
afterAll(async () => {
  await boss?.stop({ graceful: false, wait: true });
  await db?.close();
});

const count = async (sql: string) => (await db.query<{ n: number }>(sql))[0].n;

it('a worker killed with -9 mid-job: another finishes, every article annotated exactly once', async () => {
  await ingestDocuments(firstArticles('2015-07-22', ARTICLES), {
    db,
    threads: 1,
    queue: queueInTransaction(boss),
  });
  const articles = await count('select count(*)::int as n from articles');
  const child = spawn(process.execPath, [`${root}dist/cli/main.js`, 'worker'], {
    env: { ...process.env, SANAD_DATABASE_URL: url, SANAD_JOB_EXPIRE_SECONDS: EXPIRE_SECONDS },
    stdio: 'ignore',
  });
  const exited = new Promise((r) => child.once('exit', r));
  for (let t = 0; t < 1500 && (await count('select count(*)::int as n from annotations')) < 1; t++)
    await new Promise((r) => setTimeout(r, 100));
  child.kill('SIGKILL');
  await exited;
  const byKilled = await count('select count(*)::int as n from annotations');
  expect(byKilled).toBeGreaterThan(0);
  expect(byKilled).toBeLessThan(articles);
  // it held a batch of jobs when it died: they are active in the queue until they expire
  const signal = AbortSignal.timeout(300_000);
  const report = await runWorker(db, boss, { untilIdle: true, signal, by: 'survivor' });
  expect(signal.aborted).toBe(false);
  expect(report.annotated).toBe(articles - byKilled);

  await expectLibraryDone(db, articles);
}, 600_000);
