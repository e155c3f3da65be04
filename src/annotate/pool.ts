// Per-article annotation in parallel. Small inputs stay on the main thread (starting workers costs
// more than a handful of articles); past POOL_THRESHOLD articles the rest go to a worker pool, with a
// bounded number in flight so a huge input never sits in memory whole.
import { availableParallelism } from 'node:os';
import type { AnnotatedArticle } from './annotate.js';
import type { RawDoc } from '../ingest/read.js';

/** Articles read on the main thread before a pool starts: about what the workers' start-up costs. */
const POOL_THRESHOLD = 48;
/** Articles queued per worker: enough to keep every worker busy, few enough to bound memory. */
const IN_FLIGHT_PER_THREAD = 16;

export async function annotateAll(
  docs: AsyncIterable<RawDoc>,
  annotateHere: (doc: RawDoc) => AnnotatedArticle,
  threads = availableParallelism(),
): Promise<AnnotatedArticle[]> {
  const out: AnnotatedArticle[] = [];
  for await (const a of annotateEach(docs, annotateHere, threads)) out.push(a);
  return out;
}

/**
 * The same, yielding each annotated article in input order as soon as it is ready, so a caller
 * that streams its output (JSONL per story) never holds the whole input.
 */
export async function* annotateEach(
  docs: AsyncIterable<RawDoc>,
  annotateHere: (doc: RawDoc) => AnnotatedArticle,
  threads = availableParallelism(),
): AsyncGenerator<AnnotatedArticle> {
  const workerFile = new URL('./worker.js', import.meta.url);
  // workers need compiled JavaScript; under a TypeScript runner (tests, tsx) stay on one thread
  const canPool = threads > 1 && import.meta.url.endsWith('.js');
  const buffered: RawDoc[] = [];
  const iterator = docs[Symbol.asyncIterator]();
  let next = await iterator.next();
  while (!next.done && (buffered.length < POOL_THRESHOLD || !canPool)) {
    buffered.push(next.value);
    next = await iterator.next();
    if (!canPool) yield annotateHere(buffered.shift()!);
  }
  if (next.done) {
    for (const d of buffered) yield annotateHere(d);
    return;
  }

  const { Piscina } = await import('piscina');
  // keep every worker for the whole run: each loads the tagger and lexicons once (~0.5 s), and
  // piscina's default idle timeout would end a worker whenever the queue briefly runs dry
  const pool = new Piscina({
    filename: workerFile.href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
  });
  try {
    const queue: Promise<AnnotatedArticle>[] = buffered.map((d) => pool.run(d));
    const maxInFlight = threads * IN_FLIGHT_PER_THREAD;
    for (; !next.done; next = await iterator.next()) {
      queue.push(pool.run(next.value));
      while (queue.length > maxInFlight) yield await queue.shift()!;
    }
    while (queue.length) yield await queue.shift()!;
  } finally {
    await pool.destroy();
  }
}
