// `sanad ingest`: documents into the library. Each batch is one transaction (articles with their
// annotations), so a process killed at any moment leaves whole articles; what a killed run left
// undone (articles not annotated, not grouped, stories not analysed) is found in the database and
// finished by the next run. A document already stored (same URL, same bytes, same clean text) is
// skipped, so running the same ingest twice stores nothing the second time.
import { hostname } from 'node:os';
import { annotateCleaned } from '../annotate/annotate.js';
import type { InputProblem, RawDoc } from '../ingest/types.js';
import {
  freeId,
  insertAnnotation,
  insertArticles,
  knownSources,
  loadForAnnotation,
  sha256,
  takenIds,
  unannotatedIds,
  type NewArticle,
} from '../store/articles.js';
import type { Db, Sql } from '../store/db.js';
import { analyzeStale } from './analyze-story.js';
import { storyGrouperAssigner, type StoryAssigner } from './assign.js';
import { makeAnnotator, type Annotator } from './annotator.js';
import { groupPending } from './group.js';

// documents per transaction: large enough to amortise a commit, small enough that a kill loses little work
export const BATCH = 32;

export interface IngestOptions {
  db: Db;
  assigner?: StoryAssigner;
  threads?: number;
  /** who does the work, recorded with each annotation and analysis (host:pid) */
  by?: string;
  /** server only: store the articles and queue the rest for `sanad worker` processes */
  queue?: (tx: Sql, stored: string[]) => Promise<void>;
  /** called in each batch's transaction with the documents stored or already known (feeds remember items) */
  onBatch?: (tx: Sql, docs: RawDoc[]) => Promise<void>;
  progress?: (p: IngestProgress) => void;
}

export interface IngestProgress {
  stage: 'store' | 'annotate' | 'group' | 'analyze';
  read: number;
  stored: number;
  skipped: number;
  done?: number;
  total?: number;
}

export interface IngestReport {
  read: number;
  stored: number;
  skipped: number;
  problems: InputProblem[];
  annotatedLeftovers: number;
  storiesChanged: number;
  analysed: number;
}

export const workerName = (): string => `${hostname()}:${process.pid}`;

export async function ingestDocuments(
  docs: AsyncIterable<RawDoc | InputProblem>,
  opts: IngestOptions,
): Promise<IngestReport> {
  const by = opts.by ?? workerName();
  const report: IngestReport = {
    read: 0,
    stored: 0,
    skipped: 0,
    problems: [],
    annotatedLeftovers: 0,
    storiesChanged: 0,
    analysed: 0,
  };
  const annotator = await makeAnnotator(opts.threads);
  try {
    let batch: RawDoc[] = [];
    const flush = async () => {
      const stored = await storeBatch(batch, opts, annotator, by);
      report.stored += stored;
      report.skipped += batch.length - stored;
      batch = [];
      opts.progress?.({ stage: 'store', read: report.read, stored: report.stored, skipped: report.skipped });
    };
    for await (const item of docs) {
      if (!('body' in item)) {
        report.problems.push(item);
        continue;
      }
      report.read++;
      batch.push(item);
      if (batch.length >= BATCH) await flush();
    }
    if (batch.length) await flush();
  } finally {
    await annotator.close();
  }
  if (!opts.queue) Object.assign(report, await finishLibrary(opts.db, { ...opts, by }, report));
  return report;
}

/** Store one batch; returns how many articles were new. */
async function storeBatch(
  batch: RawDoc[],
  opts: IngestOptions,
  annotator: Annotator,
  by: string,
): Promise<number> {
  const { db } = opts;
  const hashes = batch.map((d) => sha256(d.body));
  const known = await knownSources(
    db,
    batch.map((d) => d.source.url).filter((u): u is string => !!u),
    hashes,
  );
  const fresh: { doc: RawDoc; sourceHash: string }[] = [];
  const seen = new Set<string>();
  batch.forEach((doc, i) => {
    const url = doc.source.url;
    if ((url && known.urls.has(url)) || known.sourceHashes.has(hashes[i])) return;
    if ((url && seen.has(url)) || seen.has(hashes[i])) return;
    if (url) seen.add(url);
    seen.add(hashes[i]);
    fresh.push({ doc, sourceHash: hashes[i] });
  });
  if (!fresh.length && !opts.onBatch) return 0;
  const taken = await takenIds(
    db,
    fresh.map((f) => f.doc.id),
  );
  for (const f of fresh) {
    const id = freeId(f.doc.id, taken);
    taken.add(id);
    if (id !== f.doc.id)
      f.doc = { ...f.doc, id, warnings: f.doc.warnings.map((w) => ({ ...w, article: id })) };
  }
  const results = await Promise.all(fresh.map((f) => annotator.run({ doc: f.doc, annotate: !opts.queue })));
  const items: NewArticle[] = fresh.map((f, i) => {
    const { body: _body, ...doc } = f.doc;
    return { doc, sourceHash: f.sourceHash, cleaned: results[i].cleaned, annotated: results[i].annotated };
  });
  return db.transaction(async (tx) => {
    const stored = await insertArticles(tx, items, by);
    if (opts.queue && stored.length) await opts.queue(tx, stored);
    if (opts.onBatch) await opts.onBatch(tx, batch);
    return stored.length;
  });
}

export interface FinishOptions {
  assigner?: StoryAssigner;
  by?: string;
  progress?: (p: IngestProgress) => void;
}

/**
 * Finish what the library holds undone, in order: annotate stored articles that lack an annotation,
 * place every ungrouped article in a story, analyse every story that is new or grew.
 */
export async function finishLibrary(
  db: Db,
  opts: FinishOptions,
  counts: { read: number; stored: number; skipped: number } = { read: 0, stored: 0, skipped: 0 },
): Promise<Pick<IngestReport, 'annotatedLeftovers' | 'storiesChanged' | 'analysed'>> {
  const by = opts.by ?? workerName();
  let annotatedLeftovers = 0;
  for (const id of await unannotatedIds(db)) {
    if (await annotateStored(db, id, by)) annotatedLeftovers++;
  }
  opts.progress?.({ stage: 'group', ...counts });
  const changed = await groupPending(db, opts.assigner ?? storyGrouperAssigner);
  const analysed = await analyzeStale(db, by, (done, total) =>
    opts.progress?.({ stage: 'analyze', ...counts, done, total }),
  );
  return { annotatedLeftovers, storiesChanged: changed.length, analysed };
}

/** Annotate one stored article; false when it was annotated already (a retried job changes nothing). */
export async function annotateStored(db: Db, id: string, by: string): Promise<boolean> {
  const row = await loadForAnnotation(db, id);
  if (!row || row.annotated) return false;
  const annotated = annotateCleaned(row.doc, row.cleaned);
  return db.transaction((tx) => insertAnnotation(tx, id, annotated, by));
}
