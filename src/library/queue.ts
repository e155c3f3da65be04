// `sanad worker`: any number of processes, on any number of machines, share the library's work
// through a PostgreSQL job queue (pg-boss): annotation per article, grouping, comparison per story.
// A job is applied at most once because its effect is (an annotation is keyed by article, a story's
// analysis only moves forward); a worker that dies leaves its jobs active until they expire, and
// pg-boss then hands them to another worker, with backoff between attempts. A sweep puts back any
// work the database shows undone, so nothing is lost even if a job is. A job that fails every
// attempt (it throws, or its worker dies each time) goes to the dead-letter queue; a worker records
// it in the library's failures table, and neither the sweep nor `--until-idle` waits for it again.
import type PgBoss from 'pg-boss';
import type { Db, Sql } from '../store/db.js';
import { annotatedInStory, recordFailure, ungroupedToDo, type Failure } from '../store/failures.js';
import { staleStories } from '../store/stories.js';
import { analyzeStory } from './analyze-story.js';
import { storyGrouperAssigner, type StoryAssigner } from './assign.js';
import { groupPending } from './group.js';
import { annotateStored, workerName } from './ingest.js';

export const QUEUES = {
  annotate: 'sanad-annotate',
  group: 'sanad-group',
  compare: 'sanad-compare',
  // dead letters: jobs of the three queues above that failed every attempt
  failed: 'sanad-failed',
} as const;

// an annotation takes milliseconds and a story's comparison seconds; a job active for longer than
// this belongs to a dead worker and is handed to another (SANAD_JOB_EXPIRE_SECONDS overrides)
const JOB_EXPIRE_SECONDS = 300;
// attempts after the first, waiting RETRY_DELAY_SECONDS, then twice as long each time
const RETRY_LIMIT = 6;
const RETRY_DELAY_SECONDS = 2;
// how often pg-boss looks for expired jobs (its default, two minutes, is long for a dead worker)
const MAINTENANCE_SECONDS = 10;
// jobs fetched at once: fewer round trips, and few enough to lose little when a worker dies
const JOB_BATCH = 8;
const POLL_MS = 500;
// how often an idle worker checks the database for work no job covers (stale stories)
const SWEEP_MS = 3000;
// a database that went away (a restart) is tried again this often, for this long before giving up
const DB_RETRY_MS = 2000;
const DB_DOWN_LIMIT_MS = 5 * 60_000;

export interface QueueOptions {
  /** attempts after the first before a job fails for good */
  retryLimit?: number;
  retryDelaySeconds?: number;
}

export async function startQueue(url: string, opts: QueueOptions = {}): Promise<PgBoss> {
  const { default: Boss } = await import('pg-boss');
  const expire = Number(process.env.SANAD_JOB_EXPIRE_SECONDS) || JOB_EXPIRE_SECONDS;
  const boss = new Boss({
    connectionString: url,
    max: 3,
    maintenanceIntervalSeconds: MAINTENANCE_SECONDS,
    monitorStateIntervalSeconds: 60,
  });
  boss.on('error', (e: Error) => process.stderr.write(`sanad: warning: job queue: ${e.message} [QUEUE]\n`));
  await boss.start();
  const common = {
    retryLimit: opts.retryLimit ?? RETRY_LIMIT,
    retryDelay: opts.retryDelaySeconds ?? RETRY_DELAY_SECONDS,
    retryBackoff: true,
    expireInSeconds: expire,
    deadLetter: QUEUES.failed,
  };
  // the dead-letter queue first (the others refer to it); recording a failure is retried as any job
  const { deadLetter: _none, ...dead } = common;
  await ensureQueue(boss, { name: QUEUES.failed, policy: 'standard', ...dead });
  // stately: at most one waiting and one running job per key (a story, the grouping)
  await ensureQueue(boss, { name: QUEUES.annotate, policy: 'standard', ...common });
  await ensureQueue(boss, { name: QUEUES.group, policy: 'stately', ...common });
  await ensureQueue(boss, { name: QUEUES.compare, policy: 'stately', ...common });
  return boss;
}

async function ensureQueue(boss: PgBoss, queue: PgBoss.Queue): Promise<void> {
  try {
    if (!(await boss.getQueue(queue.name))) await boss.createQueue(queue.name, queue);
  } catch (e) {
    // two workers starting at once both try to create it; the second one's failure is harmless
    if (!(await boss.getQueue(queue.name))) throw e;
  }
}

/** Queue the work for articles just stored, in the storing transaction: stored and queued, or neither. */
export function queueInTransaction(boss: PgBoss): (tx: Sql, ids: string[]) => Promise<void> {
  return async (tx, ids) => {
    const db = {
      executeSql: async (text: string, values: unknown[]) => ({ rows: await tx.query(text, values) }),
    };
    await boss.insert(
      ids.map((id) => ({ name: QUEUES.annotate, data: { id } })),
      { db } as never,
    );
    await boss.send(QUEUES.group, {}, { singletonKey: 'all', db } as never);
  };
}

export interface WorkerOptions {
  assigner?: StoryAssigner;
  by?: string;
  /** exit once the queue and the database show nothing left to do */
  untilIdle?: boolean;
  log?: (line: string) => void;
  signal?: AbortSignal;
}

export interface WorkerReport {
  annotated: number;
  groupings: number;
  analysed: number;
  /** attempts that threw (a job is tried again up to its retry limit) */
  failed: number;
  /** jobs that failed every attempt, recorded in the library's failures table */
  gaveUp: number;
}

/** Run jobs until stopped (or, with untilIdle, until nothing is left): annotation first, then grouping, then comparison. */
export async function runWorker(db: Db, boss: PgBoss, opts: WorkerOptions = {}): Promise<WorkerReport> {
  const by = opts.by ?? workerName();
  const report: WorkerReport = { annotated: 0, groupings: 0, analysed: 0, failed: 0, gaveUp: 0 };
  const handlers: Handlers = {
    [QUEUES.annotate]: async ({ id }) => void ((await annotateStored(db, id, by)) && report.annotated++),
    [QUEUES.group]: async () => {
      const changed = await groupPending(db, opts.assigner ?? storyGrouperAssigner);
      report.groupings++;
      await queueComparisons(boss, changed);
    },
    [QUEUES.compare]: async ({ story }) => void ((await analyzeStory(db, story, by)) && report.analysed++),
    [QUEUES.failed]: async (data, output) => {
      const failure = await describeFailure(db, data, output);
      await recordFailure(db, failure, by);
      report.gaveUp++;
      opts.log?.(`gave up on ${failure.stage} ${failure.subject}: ${failure.message}`);
    },
  };
  let lastSweep = 0;
  let idleRounds = 0;
  let downSince = 0;
  while (!opts.signal?.aborted) {
    try {
      if (await runRound(boss, handlers, report, opts.log)) {
        idleRounds = 0;
        downSince = 0;
        continue;
      }
      if (Date.now() - lastSweep > SWEEP_MS) {
        lastSweep = Date.now();
        const queued = await sweep(db, boss);
        if (queued === 0 && opts.untilIdle && ++idleRounds >= 2 && (await nothingLeft(db, boss))) break;
      }
      downSince = 0;
    } catch (e) {
      // the server restarting (or the network dropping) is waited out; the job that was running stays
      // active until it expires and is then handed out again, so nothing is lost
      if (!isConnectionLoss(e)) throw e;
      downSince ||= Date.now();
      if (Date.now() - downSince > DB_DOWN_LIMIT_MS) throw e;
      opts.log?.(`database unreachable (${(e as Error).message}); trying again`);
      await new Promise((r) => setTimeout(r, DB_RETRY_MS));
      continue;
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  return report;
}

type Handlers = Record<string, (data: Record<string, string>, output?: unknown) => Promise<void>>;

/** Fetch and run one batch, from the first queue that has jobs; false when every queue was empty. */
async function runRound(
  boss: PgBoss,
  handlers: Handlers,
  report: WorkerReport,
  log?: (line: string) => void,
): Promise<boolean> {
  for (const name of [QUEUES.annotate, QUEUES.group, QUEUES.compare, QUEUES.failed]) {
    const jobs = await boss.fetch<Record<string, string>>(name, {
      batchSize: name === QUEUES.group ? 1 : JOB_BATCH,
      // a dead letter's output holds the last attempt's error
      includeMetadata: name === QUEUES.failed,
    });
    if (!jobs?.length) continue;
    for (const job of jobs) {
      try {
        await handlers[name](job.data, (job as { output?: unknown }).output);
        await boss.complete(name, job.id);
      } catch (e) {
        if (isConnectionLoss(e)) throw e; // not the job's fault: it is handed out again once it expires
        report.failed++;
        log?.(`job ${name} ${JSON.stringify(job.data)} failed: ${(e as Error).message}`);
        await boss.fail(name, job.id, { message: (e as Error).message });
      }
    }
    return true; // back to the first queue: annotation goes first
  }
  return false;
}

// PostgreSQL's codes for a server shutting down or starting (57P01-03) and connection failures (08…)
const LOST_CODES = /^(57P0[123]|08\w{3}|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EAI_AGAIN)$/;

/** The database went away (restart, network), as opposed to a job's own error. */
export function isConnectionLoss(e: unknown): boolean {
  const err = e as { code?: string; message?: string };
  return (
    LOST_CODES.test(err?.code ?? '') ||
    /Connection terminated|connection (is )?(closed|ended)|terminating connection|ECONNREFUSED|Client has encountered a connection error/i.test(
      err?.message ?? '',
    )
  );
}

/** What a dead letter was: its data tells the stage ({ id } an article, { story } a story, {} the grouping). */
async function describeFailure(db: Db, data: Record<string, string>, output: unknown): Promise<Failure> {
  const out = (output ?? {}) as { message?: string; value?: { message?: string } };
  const message = out.message ?? out.value?.message ?? 'failed';
  if (data.id) return { stage: 'annotate', subject: data.id, message };
  if (data.story)
    return {
      stage: 'compare',
      subject: data.story,
      message,
      articleCount: await annotatedInStory(db, data.story),
    };
  const [{ n }] = await db.query<{ n: number }>('select count(*)::int as n from articles where not grouped');
  return { stage: 'group', subject: 'all', message, articleCount: n };
}

async function queueComparisons(boss: PgBoss, stories: string[]): Promise<void> {
  for (const story of stories) await boss.send(QUEUES.compare, { story }, { singletonKey: story });
}

/** Put back work the database shows undone: ungrouped articles, stale stories. Returns jobs queued. */
async function sweep(db: Db, boss: PgBoss): Promise<number> {
  let queued = 0;
  const ungrouped = await ungroupedToDo(db);
  if (ungrouped && (await boss.send(QUEUES.group, {}, { singletonKey: 'all' }))) queued++;
  // stories are compared once their articles are annotated: wait while annotation jobs remain
  if ((await boss.getQueueSize(QUEUES.annotate)) > 0) return queued + 1;
  for (const story of await staleStories(db)) {
    if (await boss.send(QUEUES.compare, { story }, { singletonKey: story })) queued++;
  }
  return queued;
}

async function nothingLeft(db: Db, boss: PgBoss): Promise<boolean> {
  for (const q of Object.values(QUEUES))
    if ((await boss.getQueueSize(q, { before: 'completed' } as never)) > 0) return false;
  // an article whose annotation failed for good is not waited for (it is in the failures table)
  const [r] = await db.query<{ n: number }>(
    `select count(*)::int as n from articles a where not exists (select 1 from annotations n where n.article_id = a.id)
       and not exists (select 1 from failures f where f.stage = 'annotate' and f.subject = a.id)`,
  );
  return r.n === 0 && (await ungroupedToDo(db)) === 0 && (await staleStories(db, 1)).length === 0;
}
