// Workers beyond one machine, on one: two `sanad worker` processes share the work of a queued
// ingest of three SaudiNewsNet days (over 5,000 articles) through PostgreSQL; one is killed with -9
// mid-run. Every article must end annotated exactly once and every story analysed.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openLibrary } from '../src/library/library.js';
import type { Db } from '../src/store/db.js';
import { root, sanadAsync, shared } from './helpers.js';
import { freshDatabase } from './pg.js';
import { expectLibraryDone } from './support/library-done.js';

const DAYS = ['2015-07-21', '2015-07-22', '2015-07-23'].map((d) =>
  join(shared, `data/saudinewsnet/${d}.zip`),
);
// a killed worker's jobs are handed on after this; short, so the test does not wait long
const EXPIRE_SECONDS = '15';

let url: string;
let db: Db;
const workers: ChildProcess[] = [];
beforeAll(async () => {
  url = await freshDatabase('sanad_workers');
  db = await openLibrary({ url });
}, 900_000);
afterAll(async () => {
  for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL');
  await db?.close();
});

function startWorker(): { child: ChildProcess; done: Promise<number | null> } {
  const child = spawn(process.execPath, [`${root}dist/cli/main.js`, 'worker', '--until-idle'], {
    env: { ...process.env, SANAD_DATABASE_URL: url, SANAD_JOB_EXPIRE_SECONDS: EXPIRE_SECONDS },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  workers.push(child);
  return { child, done: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
}

const count = async (sql: string) => (await db.query<{ n: number }>(sql))[0].n;

it('two workers share the work; one killed mid-run; every article annotated exactly once, every story analysed', async () => {
  // the ingest stores the articles and queues their jobs; the workers start on a full queue
  // (with --until-idle they would otherwise stop at once, seeing nothing to do)
  const ingest = await sanadAsync(['ingest', '--queue', '--quiet', '--db', url, ...DAYS]);
  expect(ingest.status, ingest.stderr).toBe(0);
  const a = startWorker();
  const b = startWorker();
  const articles = await count('select count(*)::int as n from articles');
  expect(articles).toBeGreaterThanOrEqual(5000);
  // kill the first worker once the work is well under way
  for (let t = 0; t < 600 && (await count('select count(*)::int as n from annotations')) < articles / 4; t++)
    await new Promise((r) => setTimeout(r, 1000));
  a.child.kill('SIGKILL');
  expect(await b.done).toBe(0);

  // every article annotated exactly once and grouped, every story analysed, nothing failed
  await expectLibraryDone(db, articles);
  // both did part of the annotation: the killed one before it died, the other the rest
  expect(await count('select count(distinct annotated_by)::int as n from annotations')).toBe(2);
  expect(await count('select count(*)::int as n from stories')).toBeGreaterThan(100);
}, 1_200_000);
