// `npm run bench:check`: how long `sanad check` takes on one claim against the 16 shared
// SaudiNewsNet days (~27,000 articles), one core, printed as a Markdown table.
//
//   1. read       every day zip through the ingest readers into a coverage (InputCoverage)
//   2. retrieve   the claim's stems scanned for in every article, BM25 over the best candidates
//   3. check      annotate the retrieved articles, decide each stance, fold copies, the verdict
//   4. cold CLI   `sanad check "<claim>" <16 zips>` as a fresh process, wall time
//   5. pairs      `sanad check --pairs` throughput on pairs built from the claims below
//
// Options: --days N (default all), --limit N articles read per claim (default 50), --skip-cli.
// With --db PATH (a library built by `sanad ingest`), the same claims are checked against the
// library instead: open, retrieve over its search index, read the stored annotations, and the
// cold `sanad check "<claim>" --db PATH` (fresh process: opening the library included).
import { readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { InputCoverage, type Coverage } from '../src/check/coverage.js';
import { checkClaim } from '../src/check/claim.js';
import { readClaim } from '../src/check/views.js';
import { queryTerms } from '../src/check/retrieve.js';
import { LibraryCoverage } from '../src/check/library-coverage.js';
import { openLibrary } from '../src/library/library.js';
import { dataDir, flag, opt, root } from './options.js';

const limit = Number(opt('--limit') ?? 50);

// claims written for the benchmark (events of those days, worded by us)
const CLAIMS = [
  'قتل 15 شخصا في تفجير انتحاري استهدف مسجدا لقوات الطوارئ في أبها',
  'هبطت بورصة أثينا بأكثر من 16 في المئة عند إعادة فتحها',
  'أعلنت حركة طالبان وفاة زعيمها الملا عمر',
];

const ms = (t: number) => `${(t / 1000).toFixed(2)} s`;
const rows: string[][] = [];
// CPU time of this process (user + system) next to wall time: on a shared machine the wall time
// grows with the load, the CPU time much less
let cpu0 = process.cpuUsage();
const cpu = () => {
  const d = process.cpuUsage(cpu0);
  cpu0 = process.cpuUsage();
  return ms((d.user + d.system) / 1000);
};

/** Per claim: the retrieval alone, then the whole check (retrieval, reading, stances, verdict). */
async function timeClaims(coverage: Coverage, retrieveLabel: (stems: number) => string): Promise<void> {
  for (const [i, claim] of CLAIMS.entries()) {
    const q = { claim: readClaim(claim), limit };
    let t = performance.now();
    cpu();
    const hits = await coverage.search(q);
    rows.push([
      `claim ${i + 1}: ${retrieveLabel(queryTerms(q.claim).length)}`,
      ms(performance.now() - t),
      cpu(),
      `${hits.length} hits`,
    ]);
    t = performance.now();
    const r = await checkClaim(claim, coverage, { limit });
    rows.push([
      `claim ${i + 1}: retrieve + read ${r.retrieved} + stances + verdict`,
      ms(performance.now() - t),
      cpu(),
      `${r.verdict.articles.agree} agree, ${r.verdict.articles.disagree} disagree, ${r.verdict.articles.discuss} discuss`,
    ]);
  }
}

/** The claims against a library: in-process steps, then each claim as a fresh CLI process. */
async function benchLibrary(path: string): Promise<void> {
  let t = performance.now();
  cpu();
  const db = await openLibrary({ path });
  const coverage = await LibraryCoverage.open(db);
  rows.push(['open the library', ms(performance.now() - t), cpu(), `${coverage.size} articles`]);
  await timeClaims(coverage, () => 'retrieve over the index + load annotations');
  await db.close();
  if (flag('--skip-cli')) return;
  for (const [i, claim] of CLAIMS.entries()) {
    t = performance.now();
    execFileSync(process.execPath, [join(root, 'dist/cli/main.js'), 'check', claim, '--db', path], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    rows.push([
      `claim ${i + 1}: cold \`sanad check --db\` (fresh process, open included)`,
      ms(performance.now() - t),
      '–',
      '',
    ]);
  }
}

const libraryPath = opt('--db');
if (libraryPath) {
  await benchLibrary(libraryPath);
  console.log(
    `| what | wall | CPU | |\n|---|---|---|---|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}`,
  );
  process.exit(0);
}

const zips = readdirSync(dataDir)
  .filter((f) => f.endsWith('.zip'))
  .sort()
  .slice(0, Number(opt('--days') ?? 99))
  .map((f) => join(dataDir, f));

let t = performance.now();
cpu();
const { coverage } = await InputCoverage.read(zips);
rows.push([
  'read the day zips into a coverage',
  ms(performance.now() - t),
  cpu(),
  `${coverage.size} articles`,
]);

await timeClaims(coverage, (terms) => `retrieve (scan ${terms} stems in every article, BM25 on the best)`);

if (!flag('--skip-cli')) {
  const cli = join(root, 'dist/cli/main.js');
  t = performance.now();
  execFileSync(process.execPath, [cli, 'check', CLAIMS[0], ...zips, '--limit', String(limit)], {
    stdio: ['ignore', 'ignore', 'ignore'],
    maxBuffer: 1 << 28,
  });
  rows.push([
    `cold \`sanad check\` over ${zips.length} zips (fresh process)`,
    ms(performance.now() - t),
    '–',
    '',
  ]);

  // pairs: each claim against the first articles it retrieves
  const dir = mkdtempSync(join(tmpdir(), 'sanad-bench-'));
  const file = join(dir, 'pairs.jsonl');
  const lines: string[] = [];
  for (const claim of CLAIMS) {
    for (const h of await coverage.search({ claim: readClaim(claim), limit: 40 })) {
      const a = await coverage.article(h.id);
      lines.push(JSON.stringify({ id: lines.length, claim, article: a.article.text }));
    }
  }
  writeFileSync(file, lines.join('\n') + '\n');
  t = performance.now();
  execFileSync(process.execPath, [cli, 'check', '--pairs', file, '--output', join(dir, 'out.jsonl')]);
  const pt = performance.now() - t;
  rows.push([
    `\`sanad check --pairs\`, ${lines.length} pairs (fresh process)`,
    ms(pt),
    '–',
    `${(lines.length / (pt / 1000)).toFixed(1)} pairs/s`,
  ]);
}

console.log(
  `| what | wall | CPU | |\n|---|---|---|---|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}`,
);
console.log(`\npeak RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB (Node ${process.version})`);
