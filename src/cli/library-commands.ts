// The library's commands: ingest, watch, worker, stories, search, export. Each opens the library
// (`--db PATH`, else SANAD_DATABASE_URL for a server, else SANAD_DB, else the user's data folder),
// does one thing and closes it. Modules load lazily, as in main.ts.
import { Command } from 'commander';
import { emit, isoDate, nonNegative, positiveInt } from './options.js';
import type { Db } from '../store/db.js';
import { SanadError } from '../errors.js';

// a progress line on stderr at most this often during a long ingest
const PROGRESS_MS = 2000;

export type DbFlag = string | boolean | undefined;

export async function withLibrary<T>(flag: DbFlag, fn: (db: Db) => Promise<T>): Promise<T> {
  const { openLibrary } = await import('../library/library.js');
  const db = await openLibrary({ path: typeof flag === 'string' ? flag : undefined });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

// a problem names its input (a file, a feed's URL) apart from its message
const warn = (p: { message: string; code: string; path?: string }) =>
  process.stderr.write(`sanad: ${p.path ? `${p.path}: ` : ''}${p.message} [${p.code}]\n`);

function progressPrinter(quiet: boolean | undefined) {
  let last = 0;
  return (p: {
    stage: string;
    read: number;
    stored: number;
    skipped: number;
    done?: number;
    total?: number;
  }) => {
    if (quiet || Date.now() - last < PROGRESS_MS) return;
    last = Date.now();
    const tail = p.total ? `, ${p.stage} ${p.done}/${p.total}` : p.stage === 'store' ? '' : `, ${p.stage}`;
    process.stderr.write(`sanad: read ${p.read}, stored ${p.stored}, skipped ${p.skipped}${tail}\n`);
  };
}

// off by default: a URL from a feed or a user must not reach the server's own network (SSRF)
export const ALLOW_PRIVATE_URLS = [
  '--allow-private-urls',
  'fetch from private, link-local and loopback addresses too (an intranet; or SANAD_ALLOW_PRIVATE_URLS=1)',
] as const;

// a directory input past this many files and folders is refused before it is read (TOO_MANY_FILES)
export const MAX_FILES_OPTION = [
  '--max-files <n>',
  'most files and folders read from one directory input (default 100,000; the names are held to sort them)',
  positiveInt,
] as const;

export async function allowPrivateUrls(flag: boolean | undefined): Promise<void> {
  if (!flag) return;
  const { allowPrivateAddresses } = await import('../library/address-policy.js');
  allowPrivateAddresses(true);
}

export function registerLibraryCommands(program: Command): void {
  program
    .command('ingest')
    .description('store articles, their annotations, stories and per-story analyses in the library')
    .argument('<inputs...>', 'files, directories, zips, feeds and pages (paths or URLs), - for stdin')
    .option(
      '--db <path>',
      'library folder, or a postgres:// URL (default: SANAD_DATABASE_URL, SANAD_DB, data folder)',
    )
    .option('--published <date>', 'publication date (YYYY-MM-DD) for plain files without one', isoDate)
    .option('--threads <n>', 'worker threads for per-article work (default: one per core)', positiveInt)
    .option('--queue', 'server only: store the articles and leave the rest to `sanad worker` processes')
    .option(...ALLOW_PRIVATE_URLS)
    .option(...MAX_FILES_OPTION)
    .option('--quiet', 'no progress lines')
    .option('-f, --format <format>', 'text or json (the report)', 'text')
    .action(
      async (
        inputs: string[],
        opts: {
          db?: string;
          published?: string;
          threads?: number;
          queue?: boolean;
          quiet?: boolean;
          format: string;
          allowPrivateUrls?: boolean;
          maxFiles?: number;
        },
      ) => {
        await allowPrivateUrls(opts.allowPrivateUrls);
        await withLibrary(opts.db, async (db) => {
          const { ingestDocuments } = await import('../library/ingest.js');
          const { readSources } = await import('../library/sources.js');
          let queue;
          let boss;
          if (opts.queue) {
            if (!db.url)
              throw new SanadError('E_QUEUE', '--queue needs a PostgreSQL library (SANAD_DATABASE_URL)');
            const { startQueue, queueInTransaction } = await import('../library/queue.js');
            boss = await startQueue(db.url);
            queue = queueInTransaction(boss);
          }
          try {
            const report = await ingestDocuments(
              readSources(inputs, { db, published: opts.published, warn, maxFiles: opts.maxFiles }),
              {
                db,
                threads: opts.threads,
                queue,
                progress: progressPrinter(opts.quiet),
              },
            );
            for (const p of report.problems) warn(p);
            if (opts.format === 'json') emit(JSON.stringify({ ...report, problems: report.problems.length }));
            else
              emit(
                `stored ${report.stored} of ${report.read} articles (${report.skipped} already in the library), ` +
                  (opts.queue
                    ? 'queued for the workers'
                    : `${report.storiesChanged} stories changed, ${report.analysed} analysed`) +
                  ` [${db.location}]`,
              );
            if (report.read === 0 && report.problems.length) process.exitCode = 1;
          } finally {
            await boss?.stop({ graceful: false, wait: true });
          }
        });
      },
    );

  program
    .command('watch')
    .description('poll feeds and ingest new items (conditional requests, backoff on failure)')
    .argument('<feeds...>', 'feed URLs (RSS, Atom, JSON Feed)')
    .option('--db <path>', 'library folder or postgres:// URL')
    .option('--interval <seconds>', 'seconds between polls of a feed', nonNegative, 300)
    .option('--once', 'poll every feed once and stop')
    .option('--rounds <n>', 'stop after this many rounds', positiveInt)
    .option(...ALLOW_PRIVATE_URLS)
    .action(
      async (
        feeds: string[],
        opts: { db?: string; interval: number; once?: boolean; rounds?: number; allowPrivateUrls?: boolean },
      ) => {
        await allowPrivateUrls(opts.allowPrivateUrls);
        await withLibrary(opts.db, async (db) => {
          const { watchFeeds } = await import('../library/watch.js');
          const stop = new AbortController();
          process.once('SIGINT', () => stop.abort());
          process.once('SIGTERM', () => stop.abort());
          await watchFeeds(feeds, {
            db,
            intervalSeconds: opts.interval,
            rounds: opts.once ? 1 : opts.rounds,
            warn,
            log: (line) => process.stderr.write(`sanad: ${line}\n`),
            signal: stop.signal,
          });
        });
      },
    );

  program
    .command('worker')
    .description('run library jobs (annotation, grouping, comparison) from the PostgreSQL queue')
    .option('--db <url>', 'postgres:// URL (default: SANAD_DATABASE_URL)')
    .option('--until-idle', 'exit once nothing is left to do')
    .action(async (opts: { db?: string; untilIdle?: boolean }) => {
      await withLibrary(opts.db, async (db) => {
        if (!db.url)
          throw new SanadError('E_QUEUE', 'workers need a PostgreSQL library (SANAD_DATABASE_URL)');
        const { startQueue, runWorker } = await import('../library/queue.js');
        const boss = await startQueue(db.url);
        const stop = new AbortController();
        process.once('SIGINT', () => stop.abort());
        process.once('SIGTERM', () => stop.abort());
        try {
          const report = await runWorker(db, boss, {
            untilIdle: opts.untilIdle,
            signal: stop.signal,
            log: (line) => process.stderr.write(`sanad: ${line}\n`),
          });
          emit(JSON.stringify(report));
        } finally {
          await boss.stop({ graceful: false, wait: true });
        }
      });
    });

  program
    .command('search')
    .description('search the library (Arabic-aware; "quoted phrases"; every word required)')
    .argument('<query>', 'words and "quoted phrases"')
    .option('--db <path>', 'library folder or postgres:// URL')
    .option('--outlet <name>', 'only this outlet')
    .option('--from <date>', 'published on or after (YYYY-MM-DD)', isoDate)
    .option('--to <date>', 'published on or before (YYYY-MM-DD)', isoDate)
    .option('--story <id>', 'only this story')
    .option('--limit <n>', 'results', positiveInt, 10)
    .option('-f, --format <format>', 'table or json', 'table')
    .action(
      async (
        query: string,
        opts: {
          db?: string;
          outlet?: string;
          from?: string;
          to?: string;
          story?: string;
          limit: number;
          format: string;
        },
      ) => {
        if (opts.format !== 'table' && opts.format !== 'json')
          throw new SanadError('E_FORMAT', `unknown format "${opts.format}" (table or json)`);
        await withLibrary(opts.db, async (db) => {
          const { searchLibrary } = await import('../store/search.js');
          const hits = await searchLibrary(db, query, opts);
          if (opts.format === 'json') emit(JSON.stringify({ query, hits }, null, 2));
          else {
            const { renderSearchTable } = await import('../report/search-table.js');
            emit(renderSearchTable(query, hits, { color: process.stdout.isTTY === true }));
          }
        });
      },
    );

  program
    .command('export')
    .description("export a story's stored analysis")
    .requiredOption('--story <id>', 'the story id (see sanad stories)')
    .option('--db <path>', 'library folder or postgres:// URL')
    .option('-f, --format <format>', 'json, md or csv (the quotations: who said what)', 'json')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .action(async (opts: { story: string; db?: string; format: string; output?: string }) => {
      if (!['json', 'md', 'csv'].includes(opts.format))
        throw new SanadError('E_FORMAT', `unknown format "${opts.format}" (json, md or csv)`);
      await withLibrary(opts.db, async (db) => {
        const analysis = await storyAnalysis(db, opts.story);
        if (opts.format === 'json') emit(JSON.stringify(analysis, null, 2), opts.output);
        else if (opts.format === 'md') {
          const { renderMarkdown } = await import('../report/markdown.js');
          emit(renderMarkdown(analysis), opts.output);
        } else {
          const { quotesCsv } = await import('../report/quotes-csv.js');
          emit(quotesCsv(analysis), opts.output);
        }
      });
    });
}

/** A story's analysis from the library, or a coded error naming the story. */
export async function storyAnalysis(db: Db, story: string) {
  const { loadAnalysis } = await import('../store/stories.js');
  const analysis = await loadAnalysis(db, story);
  if (!analysis)
    throw new SanadError(
      'E_STORY',
      `no analysis of story "${story}" in the library (see sanad stories --db)`,
    );
  return analysis;
}

export async function printLibraryStories(
  db: Db,
  opts: { format: string; limit?: number; output?: string },
): Promise<void> {
  const { listStories } = await import('../store/stories.js');
  const stories = await listStories(db, { limit: opts.limit });
  if (opts.format === 'json') return emit(JSON.stringify({ stories }, null, 2), opts.output);
  // any other format: a table for reading
  const lines = stories.map(
    (s) =>
      `${s.id.padEnd(7)} ${String(s.articles).padStart(4)} art. ${String(s.outlets.length).padStart(2)} outlets ` +
      `${s.first ?? '          '} ${s.last ?? '          '} ${s.analysed ? ' ' : '*'} ${s.title}`,
  );
  emit(
    ['id      articles   outlets first      last         title (* analysis pending)', ...lines].join('\n'),
    opts.output,
  );
}
