// The whole sanad pipeline, top to bottom. Each stage takes plain data and returns plain data;
// an article's clean `text` is fixed after `cleanDocument`, and every later finding is a span into it.
//
//   ingest   -> readInputs: decode files/records/stdin into RawDoc (or a one-line InputProblem)
//   clean    -> cleanDocument: normalise Unicode, repair glued words, drop boilerplate
//   annotate -> annotateArticle: sentences, dates, quantities, entity mentions, quotes, accusations
//               (in a worker pool past a few dozen articles: annotateAll)
//   link     -> linkEntities: one entity per referent across articles; attach ids to spans (with the
//               numbering below: linkAndNumber of src/per-story.ts);
//               nameEntities: English name, transliteration, coordinates of places
//   stories  -> fingerprint + groupFingerprints: group the articles into stories (src/stories);
//               an input of several stories is compared within each story only (src/per-story.ts)
//   compare  -> compareArticles: claims, contradictions, framing, leaning, summary, timeline
//   assemble -> the Analysis object of src/contract.ts (ids numbered once, here)
import type { Analysis } from './contract.js';
import { readInputs, type InputProblem, type RawDoc } from './ingest/read.js';
import { compareArticles } from './compare/compare.js';
import { annotateAll, annotateEach } from './annotate/pool.js';
import { annotateArticle, type AnnotatedArticle } from './annotate/annotate.js';
import { fingerprint, type Fingerprint } from './stories/fingerprint.js';
import { groupFingerprints, groupStories, type StoriesResult } from './stories/stories.js';
import { analysisHead, combineStories, linkAndNumber, withLeanings } from './per-story.js';
import { SanadError } from './errors.js';

export { annotateArticle, type AnnotatedArticle };

export interface AnalyzeOptions {
  /** YYYY-MM-DD for plain files without a date */
  published?: string;
  /** maximum number of summary sentences */
  summaryLength?: number;
  stdin?: NodeJS.ReadableStream;
  /** worker threads for per-article work (default: one per core; 1 keeps everything on this thread) */
  threads?: number;
  /** analyse this story only (an id from `sanad stories` on the same inputs) */
  story?: string;
  /** called once per document read (progress) */
  onArticle?: () => void;
  /** most files and folders read from one directory input (the readers' default otherwise) */
  maxFiles?: number;
}

/** link + compare + assemble: the cross-article work over already annotated articles. */
export function combineArticles(annotated: AnnotatedArticle[], options: AnalyzeOptions = {}): Analysis {
  const { entities, findings } = linkAndNumber(annotated);
  const comparison = compareArticles({
    articles: annotated.map((a) => a.article),
    sentences: Object.fromEntries(annotated.map((a) => [a.article.id, a.sentences])),
    entities,
    ...findings,
    summaryLength: options.summaryLength,
  });
  const articles = withLeanings(annotated, (id) => comparison.leaning[id]);
  return {
    ...analysisHead(articles, entities, findings, comparison),
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

/** What the readers take of the analysis options. */
function readOptions(options: AnalyzeOptions) {
  return { published: options.published, stdin: options.stdin, maxFiles: options.maxFiles };
}

export interface AnalyzeResult {
  analysis: Analysis;
  problems: InputProblem[];
}

/** The `sanad analyze` job: inputs (files, directories, "-") to one Analysis. */
export async function analyze(inputs: string[], options: AnalyzeOptions = {}): Promise<AnalyzeResult> {
  const problems: InputProblem[] = [];
  const fingerprints: Fingerprint[] = [];
  async function* documents(): AsyncGenerator<RawDoc> {
    for await (const item of readInputs(inputs, readOptions(options))) {
      if ('body' in item) {
        fingerprints.push(fingerprint(item));
        options.onArticle?.();
        yield item;
      } else problems.push(item);
    }
  }
  const annotated = await annotateAll(documents(), annotateArticle, options.threads);
  const grouping = groupFingerprints(fingerprints);
  return { analysis: assembleAnalysis(annotated, grouping, options), problems };
}

/** The stories to analyse: all of them, or the one `options.story` names. */
function selectStory(grouping: StoriesResult, story: string | undefined): StoriesResult {
  if (!story) return grouping;
  const found = grouping.stories.find((s) => s.id === story);
  if (!found) {
    throw new SanadError(
      'E_STORY',
      `no story "${story}" in these inputs (${grouping.stories.length} stories: s1…s${grouping.stories.length}; see sanad stories)`,
    );
  }
  const ids = new Set(found.articles);
  return {
    stories: [found],
    duplicates: grouping.duplicates.filter(([a, b]) => ids.has(a) && ids.has(b)),
    apart: [],
  };
}

/**
 * One story (and nothing kept apart): exactly the single-story analysis, plus its `stories` entry.
 * Several: each compared on its own (src/per-story.ts).
 */
export function assembleAnalysis(
  annotated: AnnotatedArticle[],
  grouping: StoriesResult,
  options: AnalyzeOptions = {},
): Analysis {
  const chosen = selectStory(grouping, options.story);
  let articles = annotated;
  if (options.story) {
    const ids = new Set(chosen.stories[0].articles);
    articles = annotated.filter((a) => ids.has(a.article.id));
  }
  if (chosen.stories.length <= 1 && chosen.apart.length === 0) {
    return { ...combineArticles(articles, options), stories: chosen.stories };
  }
  return combineStories(articles, chosen, options);
}

/**
 * `sanad analyze --format jsonl`: one Analysis per story, emitted as soon as the story's last
 * article is annotated. Two passes over the inputs: the first groups light fingerprints, the
 * second annotates, so memory holds the stories still open, not the whole input (stdin, which
 * cannot be read twice, is held).
 */
export async function analyzeStream(
  inputs: string[],
  options: AnalyzeOptions,
  emit: (analysis: Analysis) => void,
): Promise<{ problems: InputProblem[]; stories: number }> {
  const problems: InputProblem[] = [];
  const held: RawDoc[] | null = inputs.includes('-') ? [] : null;
  const read = async function* (first: boolean): AsyncGenerator<RawDoc> {
    if (!first && held) return yield* held;
    for await (const item of readInputs(inputs, readOptions(options))) {
      if (!('body' in item)) {
        if (first) problems.push(item);
      } else {
        if (first) held?.push(item);
        yield item;
      }
    }
  };
  const grouping = selectStory(await groupStories(read(true)), options.story);
  const storyOf = new Map<string, (typeof grouping.stories)[number]>();
  for (const s of grouping.stories) for (const id of s.articles) storyOf.set(id, s);
  const apartIds = new Set(grouping.apart.map((a) => a.article));
  const open = new Map<string, AnnotatedArticle[]>();
  const apart: AnnotatedArticle[] = [];
  async function* wanted(): AsyncGenerator<RawDoc> {
    for await (const d of read(false)) {
      if (storyOf.has(d.id) || apartIds.has(d.id)) {
        options.onArticle?.();
        yield d;
      }
    }
  }
  for await (const a of annotateEach(wanted(), annotateArticle, options.threads)) {
    const story = storyOf.get(a.article.id);
    if (!story) {
      apart.push(a);
      continue;
    }
    const members = open.get(story.id) ?? [];
    members.push(a);
    open.set(story.id, members);
    if (members.length < story.articles.length) continue;
    open.delete(story.id);
    emit({ ...combineArticles(members, options), stories: [story] });
  }
  if (apart.length)
    emit(combineStories(apart, { stories: [], duplicates: [], apart: grouping.apart }, options));
  return { problems, stories: grouping.stories.length };
}
