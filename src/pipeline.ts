// The whole sanad pipeline, top to bottom. Each stage takes plain data and returns plain data;
// an article's clean `text` is fixed after `cleanDocument`, and every later finding is a span into it.
//
//   ingest   -> readInputs: decode files/records/stdin into RawDoc (or a one-line InputProblem)
//   clean    -> cleanDocument: normalise Unicode, repair glued words, drop boilerplate
//   annotate -> annotateArticle: sentences, dates, quantities, entity mentions, quotes, accusations
//               (in a worker pool past a few dozen articles: annotateAll)
//   link     -> linkEntities: one entity per referent across articles; attach ids to spans;
//               nameEntities: English name, transliteration, coordinates of places
//   compare  -> compareArticles: claims, contradictions, framing, leaning, summary, timeline
//   assemble -> the Analysis object of src/contract.ts (ids numbered once, here)
import type { Analysis } from './contract.js';
import { readInputs, type InputProblem, type RawDoc } from './ingest/read.js';
import { linkEntities } from './link/entities.js';
import { nameEntities } from './link/names.js';
import { compareArticles } from './compare/compare.js';
import { glossFraming } from './compare/framing/gloss.js';
import { attachEntities, numberFindings } from './assemble.js';
import { annotateAll } from './annotate/pool.js';
import { annotateArticle, type AnnotatedArticle } from './annotate/annotate.js';

export { annotateArticle, type AnnotatedArticle };

export interface AnalyzeOptions {
  /** YYYY-MM-DD for plain files without a date */
  published?: string;
  /** maximum number of summary sentences */
  summaryLength?: number;
  stdin?: NodeJS.ReadableStream;
  /** worker threads for per-article work (default: one per core; 1 keeps everything on this thread) */
  threads?: number;
}

/** link + compare + assemble: the cross-article work over already annotated articles. */
export function combineArticles(annotated: AnnotatedArticle[], options: AnalyzeOptions = {}): Analysis {
  const entities = nameEntities(linkEntities(annotated.flatMap((a) => a.mentions)));
  const findings = numberFindings(annotated);
  attachEntities(findings, entities);
  const comparison = compareArticles({
    articles: annotated.map((a) => a.article),
    sentences: Object.fromEntries(annotated.map((a) => [a.article.id, a.sentences])),
    entities,
    ...findings,
    summaryLength: options.summaryLength,
  });
  const articles = annotated.map((a) => {
    const leaning = comparison.leaning[a.article.id];
    return leaning ? { ...a.article, leaning } : a.article;
  });
  return {
    schemaVersion: 1,
    articles,
    entities,
    ...findings,
    claims: comparison.claims,
    contradictions: comparison.contradictions,
    framing: glossFraming(comparison.framing),
    summary: comparison.summary,
    timeline: comparison.timeline,
    outlets: Object.entries(comparison.outletLeaning).map(([name, leaning]) => ({
      name,
      articles: articles.filter((a) => a.outlet?.name === name).map((a) => a.id),
      leaning,
    })),
    duplicates: comparison.duplicates,
    updates: comparison.updates,
    warnings: [...annotated.flatMap((a) => a.warnings), ...comparison.warnings],
  };
}

export interface AnalyzeResult {
  analysis: Analysis;
  problems: InputProblem[];
}

/** The `sanad analyze` job: inputs (files, directories, "-") to one Analysis. */
export async function analyze(inputs: string[], options: AnalyzeOptions = {}): Promise<AnalyzeResult> {
  const problems: InputProblem[] = [];
  async function* documents(): AsyncGenerator<RawDoc> {
    for await (const item of readInputs(inputs, { published: options.published, stdin: options.stdin })) {
      if ('body' in item) yield item;
      else problems.push(item);
    }
  }
  const annotated = await annotateAll(documents(), annotateArticle, options.threads);
  return { analysis: combineArticles(annotated, options), problems };
}
