// Poison jobs: work that throws on every attempt must end in a terminal failed state, be recorded
// in the library (the failures table) and let `--until-idle` return. Three poisons, one per
// queue: an article whose stored document is corrupt (annotation throws), a story whose stored
// annotation is corrupt (analysis throws) and a story assigner that throws (grouping). Without the
// dead-letter queue and the failures table the worker retried (or swept back) the work forever.
// The articles are invented for this test.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { titleAssigner } from '../src/library/assign.js';
import { ingestDocuments } from '../src/library/ingest.js';
import { openLibrary } from '../src/library/library.js';
import { queueInTransaction, runWorker, startQueue, type WorkerReport } from '../src/library/queue.js';
import { readSources } from '../src/library/sources.js';
import type { Db } from '../src/store/db.js';
import { counts } from '../src/store/articles.js';
import { listFailures } from '../src/store/failures.js';
import { freshDatabase } from './pg.js';

// a poison is given up after one retry; a worker that still waits after this never would stop
const IDLE_BOUND_MS = 60_000;

const ARTICLES = [
  [
    'افتتاح مكتبة عامة جديدة في المدينة',
    'افتتحت البلدية اليوم مكتبة عامة جديدة في وسط المدينة تضم عشرين ألف كتاب. وقال مدير المكتبة إن أبوابها ستفتح يوميا من الصباح حتى المساء.',
  ],
  [
    'المكتبة العامة الجديدة تستقبل زوارها',
    'استقبلت المكتبة العامة الجديدة في المدينة مئات الزوار في يومها الأول. وأضاف مديرها أن المكتبة ستنظم ورشا للأطفال كل أسبوع.',
  ],
  [
    'أمطار غزيرة تغلق طرقا رئيسية',
    'هطلت أمطار غزيرة على المدينة صباح اليوم وأغلقت عدة طرق رئيسية. ودعت البلدية السكان إلى تجنب التنقل إلا للضرورة.',
  ],
  [
    'نادي المدينة يتعاقد مع مدرب جديد',
    'أعلن نادي المدينة لكرة القدم تعاقده مع مدرب جديد لمدة موسمين. وقال رئيس النادي إن المدرب يملك خبرة طويلة.',
  ],
];

const dir = mkdtempSync(join(tmpdir(), 'sanad-poison-'));
let db: Db;
let boss: PgBoss;
beforeAll(async () => {
  const url = await freshDatabase('sanad_poison');
  db = await openLibrary({ url });
  boss = await startQueue(url, { retryLimit: 1, retryDelaySeconds: 1 });
}, 900_000);
afterAll(async () => {
  await boss?.stop({ graceful: false, wait: true });
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function ingest(name: string, rows: string[][], day: string): Promise<void> {
  const file = join(dir, name);
  const lines = rows.map(([title, content], i) =>
    JSON.stringify({
      url: `https://example.org/${name}/${i}`,
      title,
      source: 'صحيفة المثال',
      date: day,
      content,
    }),
  );
  writeFileSync(file, lines.join('\n') + '\n');
  await ingestDocuments(readSources([file], { db }), { db, threads: 1, queue: queueInTransaction(boss) });
}

/** Run a worker until idle, stopped by force after the bound: returns its report and whether it stopped by itself. */
async function workUntilIdle(assigner = titleAssigner): Promise<{ report: WorkerReport; idle: boolean }> {
  const signal = AbortSignal.timeout(IDLE_BOUND_MS);
  const report = await runWorker(db, boss, { untilIdle: true, assigner, signal, by: 'test' });
  return { report, idle: !signal.aborted };
}

const one = async (sql: string, values: unknown[] = []) => (await db.query<{ n: number }>(sql, values))[0].n;

it('a poison article, a poison story and a poison grouping each end recorded as failed, and --until-idle returns', async () => {
  await ingest('first', ARTICLES, '2026-01-05');
  const [poisonArticle] = await db.query<{ id: string }>('select id from articles order by seq limit 1');
  // a corrupt stored document: annotating it throws, on every attempt
  await db.query(`update articles set doc = '{"doc": null}'::jsonb where id = $1`, [poisonArticle.id]);
  const first = await workUntilIdle();
  expect(first.idle).toBe(true);
  expect(first.report.gaveUp).toBe(1);
  expect(await one('select count(*)::int as n from annotations')).toBe(ARTICLES.length - 1);
  expect(
    await one(`select count(*)::int as n from pgboss.job where name = 'sanad-annotate' and state = 'failed'`),
  ).toBe(1);

  // a corrupt annotation in an analysed story: its analysis is stale again and throws
  const [victim] = await db.query<{ id: string; story: string }>(
    `select a.id, a.story_id as story from articles a join annotations n on n.article_id = a.id order by a.seq desc limit 1`,
  );
  await db.query(
    `update annotations set data = '{"article": null, "quotes": 7}'::jsonb where article_id = $1`,
    [victim.id],
  );
  await db.query('delete from story_analyses where story_id = $1', [victim.story]);
  const second = await workUntilIdle();
  expect(second.idle).toBe(true);
  expect(second.report.gaveUp).toBe(1);

  // a grouping that throws: the new article stays ungrouped, recorded, and the worker still returns
  await ingest(
    'second',
    [
      [
        'زيارة وزير الصحة إلى مستشفى المدينة',
        'زار وزير الصحة مستشفى المدينة اليوم واطلع على أقسامه الجديدة.',
      ],
    ],
    '2026-01-06',
  );
  const poisonGrouper = {
    windowDays: 1,
    assign: () => {
      throw new Error('grouper broke');
    },
  };
  const third = await workUntilIdle(poisonGrouper);
  expect(third.idle).toBe(true);
  // the ingest's grouping job and one the sweep queued while it waited for its retry may both fail
  expect(third.report.gaveUp).toBeGreaterThanOrEqual(1);

  const failures = await listFailures(db);
  expect(failures.map((f) => [f.stage, f.subject])).toEqual([
    ['annotate', poisonArticle.id],
    ['compare', victim.story],
    ['group', 'all'],
  ]);
  // visible where the library's counts are shown (GET /api/library)
  expect((await counts(db)).failed).toBe(3);
  expect(failures[2]).toMatchObject({ message: 'grouper broke', articleCount: 1 });
  // the healthy work is all done, nothing waits in the queues
  expect(await one('select count(*)::int as n from articles where not grouped')).toBe(1);
  expect(
    await one(`select count(*)::int as n from pgboss.job where state in ('created', 'retry', 'active')`),
  ).toBe(0);

  // a failure is not forever: once new articles come, the grouping is tried again (and now works)
  await ingest(
    'third',
    [['افتتاح جسر جديد فوق النهر', 'افتتحت البلدية جسرا جديدا فوق النهر يربط الحيين الشرقي والغربي.']],
    '2026-01-07',
  );
  const fourth = await workUntilIdle();
  expect(fourth.idle).toBe(true);
  expect(await one('select count(*)::int as n from articles where not grouped')).toBe(0);
}, 300_000);
