// The whole sanad pipeline, top to bottom. Each stage takes plain data and returns plain data;
// an article's clean `text` is fixed after `cleanDocument`, and every later finding is a span into it.
//
//   ingest   -> readInputs: decode files/records/stdin into RawDoc (or a one-line InputProblem)
//   clean    -> cleanDocument: normalise Unicode, repair glued words, drop boilerplate
//   annotate -> annotateArticle: sentences, dates, quantities, entity mentions, quotes, accusations
//               (in a worker pool past a few dozen articles: annotateAll)
//   link     -> linkEntities: one entity per referent across articles; attach ids to spans
//   compare  -> compareArticles: claims, contradictions, framing, leaning, summary, timeline
//   assemble -> the Analysis object of src/contract.ts (ids numbered once, here)
import type { Accusation, Analysis, Article, DateMention, Quantity, Quote, Warning } from './contract.js';
import { readInputs, type InputProblem, type RawDoc } from './ingest/read.js';
import { cleanDocument } from './ingest/clean.js';
import { splitSentences, type Range } from './text/segment.js';
import { findDates } from './text/dates.js';
import { findQuantities } from './text/quantities.js';
import { findEntityMentions, type EntityMention } from './extract/entities.js';
import { findQuotes } from './extract/quotes.js';
import { findAccusations } from './extract/accusations.js';
import { sourcingProfile } from './extract/sourcing.js';
import { linkEntities } from './compare/link-entities.js';
import { compareArticles } from './compare/compare.js';
import { attachEntities, numberFindings } from './assemble.js';
import { annotateAll } from './annotate-pool.js';

export interface AnalyzeOptions {
  /** YYYY-MM-DD for plain files without a date */
  published?: string;
  /** maximum number of summary sentences */
  summaryLength?: number;
  stdin?: NodeJS.ReadableStream;
  /** worker threads for per-article work (default: one per core; 1 keeps everything on this thread) */
  threads?: number;
}

/** Everything found in one article, before cross-article linking. */
export interface AnnotatedArticle {
  article: Article;
  sentences: Range[];
  dates: DateMention[];
  quantities: Quantity[];
  mentions: EntityMention[];
  quotes: Quote[];
  accusations: Accusation[];
  warnings: Warning[];
}

/** clean + annotate one document: the per-article work, independent of every other article. */
export function annotateArticle(doc: RawDoc): AnnotatedArticle {
  const cleaned = cleanDocument(doc);
  const { text } = cleaned;
  const id = doc.id;
  const warnings: Warning[] = [...doc.warnings, ...cleaned.warnings];
  const sentences = splitSentences(text);
  // Without a publication date, relative dates ("أمس", a bare weekday) resolve against the
  // latest explicit date the article names; its year only when the text writes one.
  let dates = findDates(text, id, { published: doc.published });
  let published = doc.published;
  const ref = published ? undefined : dates.reference;
  if (ref) {
    dates = findDates(text, id, { published: ref.date, yearKnown: ref.yearKnown });
    if (ref.yearKnown) published = ref.date;
    const shown = ref.yearKnown ? ref.date : `-${ref.date.slice(4)} (year unknown)`;
    warnings.push({
      article: id,
      code: 'PUBLISHED_INFERRED',
      message: `${id}: no publication date given; relative dates resolved against ${shown}, the latest date the text names`,
    });
  }
  warnings.push(...dates.warnings);
  const quantities = findQuantities(text, id, dates.dates);
  const mentions = findEntityMentions(text, id, sentences);
  const quotes = findQuotes(text, id, sentences);
  const accusations = findAccusations(text, id, sentences, quotes);
  const outletName = doc.outlet;
  const article: Article = {
    id,
    source: doc.source,
    ...(doc.title ? { title: doc.title } : {}),
    ...(outletName ? { outlet: { name: outletName, inferred: false } } : {}),
    ...(cleaned.meta.source ? { credit: cleaned.meta.source } : {}),
    ...(published ? { published } : {}),
    ...(doc.author || cleaned.meta.byline ? { author: doc.author ?? cleaned.meta.byline } : {}),
    ...(doc.encoding ? { encoding: doc.encoding } : {}),
    text,
    sourcing: sourcingProfile(quotes),
    cleaning: cleaned.cleaning,
  };
  return { article, sentences, dates: dates.dates, quantities, mentions, quotes, accusations, warnings };
}

/** link + compare + assemble: the cross-article work over already annotated articles. */
export function combineArticles(annotated: AnnotatedArticle[], options: AnalyzeOptions = {}): Analysis {
  const entities = linkEntities(annotated.flatMap((a) => a.mentions));
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
    framing: comparison.framing,
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
