#!/usr/bin/env node
// The `sanad` command. User errors are one line on stderr, naming the file and the reason; the exit
// code is non-zero only when nothing could be done. Stages are imported lazily so that each command
// loads only what it uses (cold start matters for `sanad analyze` on a handful of files).
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { emit, isoDate, positiveInt } from './options.js';
import { SanadError } from '../errors.js';
import { MAX_FILES_OPTION, registerLibraryCommands } from './library-commands.js';
import { registerServeCommand } from './serve-command.js';
import type { Warning } from '../contract.js';

const program = new Command();
program
  .name('sanad')
  .description(
    'Who said what in Arabic news: quotations and their sources, numbers, dates, agreements, contradictions, framing.',
  )
  .version(readVersion());

function readVersion(): string {
  try {
    return JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
  } catch (e) {
    // a broken install: --version says so rather than inventing a number
    return `unknown (package.json: ${(e as Error).message})`;
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

interface AnalyzeFlags {
  format: string;
  output?: string;
  published?: string;
  summaryLength: number;
  threads?: number;
  story?: string;
  quiet?: boolean;
  db?: string | boolean;
  maxFiles?: number;
}

function printWarnings(warnings: Warning[]): Promise<void> {
  return import('./warnings.js').then(({ warningLines }) => {
    for (const l of warningLines(warnings)) process.stderr.write(l + '\n');
  });
}

async function printProblems(problems: { path: string; code: string; message: string }[]): Promise<void> {
  const { warningLines } = await import('./warnings.js');
  for (const l of warningLines(problems, 'input problem')) process.stderr.write(l + '\n');
}

async function analyzeJsonl(inputs: string[], opts: AnalyzeFlags): Promise<void> {
  const { analyzeStream } = await import('../pipeline.js');
  const { Progress } = await import('./progress.js');
  const { createWriteStream } = await import('node:fs');
  const out = opts.output ? createWriteStream(opts.output) : process.stdout;
  const progress = new Progress({ label: 'analysing', quiet: opts.quiet });
  const warnings: Warning[] = [];
  let lines = 0;
  const { problems } = await analyzeStream(
    inputs,
    {
      published: opts.published,
      summaryLength: opts.summaryLength,
      threads: opts.threads,
      story: opts.story,
      maxFiles: opts.maxFiles,
      onArticle: () => progress.tick(),
    },
    (analysis) => {
      lines++;
      warnings.push(...analysis.warnings);
      out.write(JSON.stringify(analysis) + '\n');
    },
  );
  progress.done();
  if (opts.output) await new Promise<void>((done) => (out as NodeJS.WritableStream).end(() => done()));
  await printProblems(problems);
  await printWarnings(warnings);
  if (lines === 0)
    throw new SanadError(
      'E_NOTHING',
      'nothing could be analysed' + (problems.length ? '' : ': no input files found'),
    );
}

program
  .command('analyze')
  .description(
    'analyse articles (.txt, .html, .json, .jsonl, .zip of JSON, directories, "-" for stdin), or a story of the library (--db --story ID)',
  )
  .argument('[inputs...]', 'files, directories or - for stdin')
  .option(
    '--db [path]',
    'read the story from the library (folder or postgres:// URL; default as for sanad ingest)',
  )
  .option(
    '-f, --format <format>',
    'json, jsonl (one line per story), md or html (one self-contained page)',
    'json',
  )
  .option('-o, --output <file>', 'write to a file instead of stdout')
  .option('--published <date>', 'publication date (YYYY-MM-DD) for plain files without one', isoDate)
  .option('--summary-length <n>', 'maximum number of summary sentences', positiveInt, 8)
  .option('--threads <n>', 'worker threads for per-article work (default: one per core)', positiveInt)
  .option('--story <id>', 'analyse one story (an id printed by sanad stories on the same inputs)')
  .option(...MAX_FILES_OPTION)
  .option('-q, --quiet', 'no progress on stderr')
  .action(async (inputs: string[], opts: AnalyzeFlags) => {
    if (!['json', 'jsonl', 'md', 'html'].includes(opts.format))
      throw new SanadError('E_FORMAT', `unknown format "${opts.format}" (json, jsonl, md or html)`);
    if (opts.db !== undefined) return analyzeFromLibrary(opts);
    if (!inputs.length) throw new SanadError('E_USAGE', 'give files to analyse, or --db --story ID');
    if (opts.format === 'jsonl') return analyzeJsonl(inputs, opts);
    const { analyze } = await import('../pipeline.js');
    const { Progress } = await import('./progress.js');
    const progress = new Progress({ label: 'annotating', quiet: opts.quiet });
    const { analysis, problems } = await analyze(inputs, {
      published: opts.published,
      summaryLength: opts.summaryLength,
      threads: opts.threads,
      story: opts.story,
      maxFiles: opts.maxFiles,
      onArticle: () => progress.tick(),
    });
    progress.done();
    await printProblems(problems);
    await printWarnings(analysis.warnings);
    if (analysis.articles.length === 0) {
      throw new SanadError(
        'E_NOTHING',
        'nothing could be analysed' + (problems.length ? '' : ': no input files found'),
      );
    }
    if (opts.format === 'md') {
      const { renderMarkdown } = await import('../report/markdown.js');
      emit(renderMarkdown(analysis), opts.output);
    } else if (opts.format === 'html') {
      const { renderHtmlReport } = await import('../report/html/page.js');
      emit(renderHtmlReport(analysis), opts.output);
    } else {
      emit(JSON.stringify(analysis, null, 2), opts.output);
    }
  });

async function analyzeFromLibrary(opts: AnalyzeFlags): Promise<void> {
  if (!opts.story)
    throw new SanadError('E_USAGE', 'with --db, name the story: --story ID (see sanad stories --db)');
  if (opts.format !== 'json' && opts.format !== 'md')
    throw new SanadError('E_FORMAT', 'a stored story is shown as json or md');
  const { withLibrary, storyAnalysis } = await import('./library-commands.js');
  await withLibrary(opts.db, async (db) => {
    const analysis = await storyAnalysis(db, opts.story!);
    if (opts.format === 'md') {
      const { renderMarkdown } = await import('../report/markdown.js');
      emit(renderMarkdown(analysis), opts.output);
    } else emit(JSON.stringify(analysis, null, 2), opts.output);
  });
}

program
  .command('stories')
  .description(
    "group a mixed corpus into stories (one event and its follow-ups) and near-duplicates, or list the library's stories (--db)",
  )
  .argument('[inputs...]', 'files, directories or - for stdin')
  .option(
    '--db [path]',
    "list the library's stories (folder or postgres:// URL; default as for sanad ingest)",
  )
  .option('--limit <n>', 'with --db: at most this many stories, largest first', positiveInt)
  .option('-f, --format <format>', 'json or md', 'json')
  .option('-o, --output <file>', 'write to a file instead of stdout')
  .option('--published <date>', 'publication date (YYYY-MM-DD) for plain files without one', isoDate)
  .option(...MAX_FILES_OPTION)
  .option('-q, --quiet', 'no progress on stderr')
  .action(
    async (
      inputs: string[],
      opts: {
        format: string;
        output?: string;
        published?: string;
        quiet?: boolean;
        db?: string | boolean;
        limit?: number;
        maxFiles?: number;
      },
    ) => {
      if (opts.format !== 'json' && opts.format !== 'md')
        throw new SanadError('E_FORMAT', `unknown format "${opts.format}" (json or md)`);
      if (opts.db !== undefined) {
        const { withLibrary, printLibraryStories } = await import('./library-commands.js');
        return withLibrary(opts.db, (db) => printLibraryStories(db, opts));
      }
      if (!inputs.length) throw new SanadError('E_USAGE', 'give files to group, or --db to list the library');
      const { readInputs } = await import('../ingest/read.js');
      const { groupStories } = await import('../stories/stories.js');
      const { Progress } = await import('./progress.js');
      const progress = new Progress({ label: 'grouping', quiet: opts.quiet });
      const problems: { path: string; code: string; message: string }[] = [];
      const warnings: Warning[] = [];
      async function* docs() {
        for await (const item of readInputs(inputs, { published: opts.published, maxFiles: opts.maxFiles })) {
          if ('body' in item) {
            warnings.push(...item.warnings);
            yield item;
          } else problems.push(item);
        }
      }
      const result = await groupStories(docs(), () => progress.tick());
      progress.done();
      await printProblems(problems);
      await printWarnings(warnings);
      if (result.stories.length === 0 && result.apart.length === 0) {
        throw new SanadError(
          'E_NOTHING',
          'nothing could be grouped' + (problems.length ? '' : ': no input files found'),
        );
      }
      if (opts.format === 'md') {
        const { renderStoriesMarkdown } = await import('../report/stories.js');
        emit(renderStoriesMarkdown(result), opts.output);
      } else emit(JSON.stringify(result, null, 2), opts.output);
    },
  );

registerLibraryCommands(program);
registerServeCommand(program, readVersion());

program
  .command('ner')
  .description('tag tokens read from stdin (one per line, blank line between sentences)')
  .option('-f, --format <format>', 'conll (token<TAB>tag with BIO tags PERS, LOC, ORG, MISC)', 'conll')
  .option('-o, --output <file>', 'write to a file instead of stdout')
  .action(async (opts: { format: string; output?: string }) => {
    if (opts.format !== 'conll') throw new SanadError('E_FORMAT', `unknown format "${opts.format}" (conll)`);
    const input = await readStdin();
    const { tagConll } = await import('../extract/entities/conll.js');
    emit(tagConll(input), opts.output);
  });

program
  .command('stance')
  .description('predict agree / disagree / other for each pair of a CSV with header s1,s2[,stance]')
  .requiredOption('--pairs <file>', 'CSV file with header s1,s2[,stance]')
  .option('-o, --output <file>', 'write to a file instead of stdout')
  .action(async (opts: { pairs: string; output?: string }) => {
    let input: string;
    try {
      input = readFileSync(opts.pairs, 'utf8');
    } catch (e) {
      throw new SanadError(
        'E_READ',
        `${opts.pairs}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`,
      );
    }
    const { stanceCsv } = await import('../stance/stance.js');
    emit(stanceCsv(input), opts.output);
  });

interface CheckCliOptions {
  pairs?: string;
  output?: string;
  format: string;
  from?: string;
  to?: string;
  story?: string;
  db?: string;
  limit: number;
  published?: string;
}

program
  .command('check')
  .description(
    'check a claim against articles: which support it, which contradict it, and why; or --pairs for a JSONL batch',
  )
  .argument('[claim]', 'the claim, in Arabic (quote it)')
  .argument(
    '[inputs...]',
    'articles to search: files, directories, .jsonl, .zip, or - for stdin (none: the library)',
  )
  .option('--pairs <file>', 'JSONL of { "id", "claim", "article" } records: one stance line out per record')
  .option('-f, --format <format>', 'json or md', 'json')
  .option('-o, --output <file>', 'write to a file instead of stdout')
  .option('--from <date>', 'only articles published on or after YYYY-MM-DD', isoDate)
  .option('--to <date>', 'only articles published on or before YYYY-MM-DD', isoDate)
  .option('--story <id>', 'only the articles of one story (needs a library with stories)')
  .option(
    '--db <path>',
    'library to search (folder or postgres:// URL); the default library when no inputs are given',
  )
  .option('--limit <n>', 'most articles to retrieve and read', positiveInt, 50)
  .option('--published <date>', 'publication date (YYYY-MM-DD) for plain files without one', isoDate)
  .action(async (claim: string | undefined, inputs: string[], opts: CheckCliOptions) => {
    if (opts.format !== 'json' && opts.format !== 'md')
      throw new SanadError('E_FORMAT', `unknown format "${opts.format}" (json or md)`);
    if (opts.pairs) {
      if (claim !== undefined)
        throw new SanadError('E_USAGE', '--pairs reads claims from the file; give no claim or inputs');
      await checkPairs(opts.pairs, opts.output);
      return;
    }
    if (!claim?.trim()) throw new SanadError('E_USAGE', 'give a claim to check (or --pairs FILE.jsonl)');
    if (opts.db && inputs.length)
      throw new SanadError(
        'E_USAGE',
        'give either input files or --db, not both: a check searches one coverage',
      );
    const { checkClaim } = await import('../check/claim.js');
    const checkOpts = { limit: opts.limit, from: opts.from, to: opts.to, story: opts.story };
    const result = inputs.length
      ? await checkClaim(claim, await inputCoverage(inputs, opts.published), checkOpts)
      : await checkLibrary(claim, opts.db, checkOpts);
    if (opts.format === 'md') {
      const { renderCheckMarkdown } = await import('../report/check-markdown.js');
      emit(renderCheckMarkdown(result), opts.output);
    } else emit(JSON.stringify(result, null, 2), opts.output);
  });

/** The inputs on the command line as a coverage; unreadable ones are reported on stderr. */
async function inputCoverage(inputs: string[], published?: string) {
  const { InputCoverage } = await import('../check/coverage.js');
  const { coverage, problems } = await InputCoverage.read(inputs, { published });
  reportProblems(problems);
  if (coverage.size === 0) throw new SanadError('E_NOTHING', 'no article could be read from the inputs');
  return coverage;
}

/** A check over the library (--db, else SANAD_DATABASE_URL, SANAD_DB or the data folder). */
async function checkLibrary(
  claim: string,
  db: string | undefined,
  checkOpts: { limit: number; from?: string; to?: string; story?: string },
) {
  const { defaultLibraryPath } = await import('../store/db.js');
  const { existsSync } = await import('node:fs');
  // without inputs, a library must be named or exist: opening the default one would create it empty
  if (!db && !process.env.SANAD_DATABASE_URL && !existsSync(defaultLibraryPath()))
    throw new SanadError(
      'E_USAGE',
      'give the articles to search (files, directories, -) or a library (--db)',
    );
  const { withLibrary } = await import('./library-commands.js');
  const { LibraryCoverage } = await import('../check/library-coverage.js');
  const { checkClaim } = await import('../check/claim.js');
  return withLibrary(db, async (lib) => {
    const coverage = await LibraryCoverage.open(lib);
    if (coverage.size === 0)
      throw new SanadError('E_NOTHING', `the library at ${lib.location} holds no article (see sanad ingest)`);
    return checkClaim(claim, coverage, checkOpts);
  });
}

/** Input problems, the first few in full and the rest counted by code (a day zip has dozens of empty records). */
function reportProblems(problems: { path: string; message: string; code: string }[], shown = 3): void {
  for (const p of problems.slice(0, shown))
    process.stderr.write(`sanad: ${p.path}: ${p.message} [${p.code}]\n`);
  if (problems.length > shown) {
    const byCode = new Map<string, number>();
    for (const p of problems.slice(shown)) byCode.set(p.code, (byCode.get(p.code) ?? 0) + 1);
    const counts = [...byCode].map(([c, n]) => `${n} ${c}`).join(', ');
    process.stderr.write(`sanad: … and ${problems.length - shown} more input problems (${counts})\n`);
  }
}

async function checkPairs(file: string, output?: string): Promise<void> {
  const { checkPairsFile } = await import('../check/pairs.js');
  const { openSync, writeSync, closeSync } = await import('node:fs');
  const fd = output ? openSync(output, 'w') : 1;
  try {
    const { checked, errors } = await checkPairsFile(file, (line) => writeSync(fd, line + '\n'));
    for (const e of errors) process.stderr.write(`sanad: ${file}: ${e.error.message} [${e.error.code}]\n`);
    if (checked === 0) {
      throw new SanadError('E_NOTHING', `${file}: no valid { id, claim, article } record`);
    }
  } finally {
    if (output) closeSync(fd);
  }
}

program.parseAsync(process.argv).catch((e: unknown) => {
  if (e instanceof SanadError) {
    process.stderr.write(`sanad: ${e.message} [${e.code}]\n`);
  } else if (/No space left on device|ENOSPC/.test(String((e as Error)?.message))) {
    // PGlite and the file system say it in their own words; the user needs what to do next
    process.stderr.write(
      `sanad: the disk is full (${(e as Error).message.split('\n')[0]}); free space and run the same command again: what was stored is kept and the rest resumes [E_DISK_FULL]\n`,
    );
  } else {
    process.stderr.write(`sanad: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
  }
  process.exitCode = 1;
});
