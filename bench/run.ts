// `npm run bench`: speed and memory of sanad on real news, one core, printed as a Markdown table.
//
//   1. text core      normalise + sentences + tokens + search keys + light stems, over SaudiNewsNet
//   2. PostgreSQL     to_tsvector('arabic', …) over the same texts, when a server answers
//                     (DATABASE_URL, or PGHOST/PGUSER…; `bash scripts/start-postgres.sh` starts one)
//   3. extractors     clean + annotate every article (dates, quantities, entities, quotes, accusations)
//   4. compare        link + compare for stories of 5, 50 and 500 articles
//   5. cold start     `sanad analyze` on the seeds, wall time of a fresh process
//   6. stories        `sanad stories` on all days (fresh process: wall time, peak RSS), the grouping
//                     in process (fingerprint vs group, N vs 2N articles), and the per-story
//                     comparison of every story told by at least two outlets
//
// Options: --days N (default all 16), --limit N articles, --skip-pg, --skip-stories, --stories-only
// (stage 6 alone, without the per-story comparison, which needs stage 3), --cold-only (stage 5
// alone, no corpus read), --extract-only (stage 3 alone, with its CPU time beside the wall time),
// --runs N (fresh processes per cold-start figure, best kept; default 3), --ratio-runs N (pairs of
// N and 2N grouping runs in process, least CPU of each kept; default 2),
// --json FILE to save the figures.
//
// Each stage is a module beside this one (stage-*.ts); the options are read in run-options.ts.
import type { AnnotatedArticle } from '../src/pipeline.js';
import { loadCorpus } from './corpus.js';
import { sampleRss, startSampler, stopSampler, type Results } from './measure.js';
import { printResults, saveFigures } from './print.js';
import { runOptions } from './run-options.js';
import { benchColdStart } from './stage-cold.js';
import { benchCompare, benchExtractors } from './stage-extract.js';
import { measureStoriesInProcess, benchStories, type StoriesInProcess } from './stage-stories.js';
import { benchPostgres, benchTextCore } from './stage-text.js';

const o = runOptions();
startSampler();
const results: Results = { rows: [], figures: {} };
const { rows, figures } = results;

// --cold-only reads no corpus
const corpus = o.coldOnly ? { docs: [], chars: 0, bytes: 0 } : loadCorpus(o.days, o.limit);
const { docs, chars, bytes } = corpus;
sampleRss();
console.error(
  `corpus: ${docs.length} articles, ${(chars / 1e6).toFixed(1)} M chars, ${(bytes / 1e6).toFixed(1)} MB`,
);

// 0. stories in process, first, while the heap holds only the corpus (stage-stories.ts)
const storiesInProcess: StoriesInProcess = o.extractOnly
  ? { rows: [], result: undefined }
  : measureStoriesInProcess(docs, o.ratioRuns, figures);

const everyStage = !o.storiesOnly && !o.coldOnly && !o.extractOnly;
// 1. text core
if (everyStage) benchTextCore(corpus, results);
// 2. PostgreSQL's Arabic Snowball stemmer, same texts
if (!o.skipPg && everyStage) await benchPostgres(corpus, results);
// 3. every per-article extractor
let annotated: AnnotatedArticle[] = [];
if (!o.storiesOnly && !o.coldOnly) annotated = benchExtractors(corpus, results);
// 4. cross-article comparison: stories of 5, 50 and 500 articles from one day
if (!o.storiesOnly && !o.extractOnly) benchCompare(annotated, results);
// 5. cold start of the CLI on the seeds
if (!o.storiesOnly && !o.extractOnly) benchColdStart(o.coldRuns, results);
// 6. stories
if (!o.skipStories && !o.coldOnly && !o.extractOnly) {
  rows.push(...benchStories(docs, storiesInProcess, o.storiesOnly ? undefined : annotated, figures));
}

figures.peakRssMB = Math.round(stopSampler() / 1e6);
figures.articles = docs.length;
printResults(corpus, results);
saveFigures(o.json, figures);
