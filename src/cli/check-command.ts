// `sanad check`: a claim against the coverage (input files or the library), or a JSONL batch of
// claim-article pairs. Stages are imported lazily, as in main.ts.
import type { Command } from 'commander';
import { emit, isoDate, positiveInt } from './options.js';
import { SanadError } from '../errors.js';

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

export function registerCheckCommand(program: Command): void {
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
}

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
