// `sanad watch FEED…`: poll feeds on an interval. Conditional requests (ETag, Last-Modified) make an
// unchanged feed cost a 304; a failure (network, HTTP error, broken feed) is a warning and the feed
// is tried again later, waiting twice as long after each failure in a row; an item seen once (its
// guid or link, remembered per feed) is never fetched again.
import type { InputProblem, RawDoc } from '../ingest/types.js';
import { problem } from '../ingest/types.js';
import type { Db, Sql } from '../store/db.js';
import { fetchUrl } from './fetch.js';
import { ingestDocuments, type IngestOptions, type IngestReport } from './ingest.js';
import { documentsOfFetched } from './sources.js';

// the longest wait after failures in a row: a feed that is down is still tried every hour
export const MAX_BACKOFF_SECONDS = 3600;

export interface WatchOptions extends Omit<IngestOptions, 'onBatch'> {
  db: Db;
  intervalSeconds: number;
  /** stop after this many rounds (tests, cron); default: run until stopped */
  rounds?: number;
  warn: (p: InputProblem) => void;
  log?: (line: string) => void;
  signal?: AbortSignal;
}

interface FeedRow {
  url: string;
  etag: string | null;
  last_modified: string | null;
  failures: number;
}

export function backoffSeconds(interval: number, failures: number): number {
  return Math.min(MAX_BACKOFF_SECONDS, interval * 2 ** Math.min(failures, 16));
}

export async function watchFeeds(feeds: string[], opts: WatchOptions): Promise<void> {
  const { db } = opts;
  for (const url of feeds)
    await db.query('insert into feeds (url) values ($1) on conflict do nothing', [url]);
  for (let round = 0; opts.rounds === undefined || round < opts.rounds; round++) {
    if (opts.signal?.aborted) return;
    const due = await db.query<FeedRow>(
      `select url, etag, last_modified, failures from feeds
       where url = any($1::text[]) and (next_check is null or next_check <= now()) order by url`,
      [feeds],
    );
    for (const feed of due) await pollFeed(feed, opts);
    if (opts.rounds !== undefined && round + 1 >= opts.rounds) return;
    await sleep(opts.intervalSeconds * 1000, opts.signal);
  }
}

async function pollFeed(feed: FeedRow, opts: WatchOptions): Promise<IngestReport | undefined> {
  const { db } = opts;
  const got = await fetchUrl(feed.url, { etag: feed.etag, lastModified: feed.last_modified });
  if (got.notModified) {
    await schedule(db, feed.url, 0, '304 not modified', opts.intervalSeconds);
    return undefined;
  }
  if (!got.ok || !got.bytes) return failed(feed, got.error ?? `HTTP ${got.status}`, opts);
  const problems: InputProblem[] = [];
  const seenItem = async (doc: RawDoc) =>
    (await db.query('select 1 from feed_items where feed_url = $1 and item_key = $2', [feed.url, doc.id]))
      .length > 0;
  async function* items() {
    for await (const item of documentsOfFetched(feed.url, got, { db, warn: opts.warn, seenItem })) {
      if ('body' in item) yield item;
      else problems.push(item);
    }
  }
  const remember = async (tx: Sql, docs: RawDoc[]) => {
    for (const d of docs)
      await tx.query('insert into feed_items (feed_url, item_key) values ($1, $2) on conflict do nothing', [
        feed.url,
        d.id,
      ]);
  };
  const report = await ingestDocuments(items(), { ...opts, onBatch: remember });
  const broken = problems.find((p) => p.code === 'BAD_FEED');
  if (broken) return (failed(feed, broken.message, opts), report);
  for (const p of problems) opts.warn(p);
  await db.query('update feeds set etag = $2, last_modified = $3 where url = $1', [
    feed.url,
    got.etag ?? null,
    got.lastModified ?? null,
  ]);
  await schedule(db, feed.url, 0, `${report.stored} new`, opts.intervalSeconds);
  opts.log?.(`${feed.url}: ${report.read} new items, ${report.stored} stored`);
  return report;
}

async function failed(feed: FeedRow, reason: string, opts: WatchOptions): Promise<undefined> {
  const failures = feed.failures + 1;
  const wait = backoffSeconds(opts.intervalSeconds, failures);
  opts.warn(problem(feed.url, 'FEED_FAILED', `${reason}; trying again in ${wait} s`));
  await schedule(opts.db, feed.url, failures, reason, wait);
  return undefined;
}

async function schedule(
  db: Sql,
  url: string,
  failures: number,
  status: string,
  seconds: number,
): Promise<void> {
  await db.query(
    `update feeds set failures = $2, last_status = $3, checked_at = now(),
       next_check = now() + make_interval(secs => $4) where url = $1`,
    [url, failures, status, seconds],
  );
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
  });
}
