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
import { registerCheckCommand } from './check-command.js';
import { registerTextCommands } from './text-commands.js';
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

/**
 * After a run over files: the input problems, then the warnings, on stderr; E_NOTHING when no
 * article came through (`done`: what would have been done to one, "analysed" or "grouped").
 */
async function reportInputs(
  problems: { path: string; code: string; message: string }[],
  warnings: Warning[],
  nothing: boolean,
  done: string,
): Promise<void> {
  const { warningLines } = await import('./warnings.js');
  for (const l of warningLines(problems, 'input problem')) process.stderr.write(l + '\n');
  for (const l of warningLines(warnings)) process.stderr.write(l + '\n');
  if (nothing)
    throw new SanadError(
      'E_NOTHING',
      `nothing could be ${done}` + (problems.length ? '' : ': no input files found'),
    );
}

/** The pipeline's options from the analyze command's flags; `progress` ticks once an article. */
function pipelineOptions(opts: AnalyzeFlags, progress: { tick(): void }) {
  return {
    published: opts.published,
    summaryLength: opts.summaryLength,
    threads: opts.threads,
    story: opts.story,
    maxFiles: opts.maxFiles,
    onArticle: () => progress.tick(),
  };
}

async function analyzeJsonl(inputs: string[], opts: AnalyzeFlags): Promise<void> {
  const { analyzeStream } = await import('../pipeline.js');
  const { Progress } = await import('./progress.js');
  const { createWriteStream } = await import('node:fs');
  const out = opts.output ? createWriteStream(opts.output) : process.stdout;
  const progress = new Progress({ label: 'analysing', quiet: opts.quiet });
  const warnings: Warning[] = [];
  let lines = 0;
  const { problems } = await analyzeStream(inputs, pipelineOptions(opts, progress), (analysis) => {
    lines++;
    warnings.push(...analysis.warnings);
    out.write(JSON.stringify(analysis) + '\n');
  });
  progress.done();
  if (opts.output) await new Promise<void>((done) => (out as NodeJS.WritableStream).end(() => done()));
  await reportInputs(problems, warnings, lines === 0, 'analysed');
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
    const { analysis, problems } = await analyze(inputs, pipelineOptions(opts, progress));
    progress.done();
    await reportInputs(problems, analysis.warnings, analysis.articles.length === 0, 'analysed');
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
      await reportInputs(
        problems,
        warnings,
        result.stories.length === 0 && result.apart.length === 0,
        'grouped',
      );
      if (opts.format === 'md') {
        const { renderStoriesMarkdown } = await import('../report/stories.js');
        emit(renderStoriesMarkdown(result), opts.output);
      } else emit(JSON.stringify(result, null, 2), opts.output);
    },
  );

registerLibraryCommands(program);
registerServeCommand(program, readVersion());
registerTextCommands(program);
registerCheckCommand(program);

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
