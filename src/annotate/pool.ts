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
  const workerFile = new URL('./worker.js', import.meta.url);
  // workers need compiled JavaScript; under a TypeScript runner (tests, tsx) stay on one thread
  const canPool = threads > 1 && import.meta.url.endsWith('.js');
  const buffered: RawDoc[] = [];
  const iterator = docs[Symbol.asyncIterator]();
  let next = await iterator.next();
  while (!next.done && (buffered.length < POOL_THRESHOLD || !canPool)) {
    buffered.push(next.value);
    next = await iterator.next();
  }
  if (next.done) return buffered.map(annotateHere);

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
    const results: Promise<AnnotatedArticle>[] = buffered.map((d) => pool.run(d));
    const maxInFlight = threads * IN_FLIGHT_PER_THREAD;
    let settled = 0;
    for (; !next.done; next = await iterator.next()) {
      results.push(pool.run(next.value));
      if (results.length - settled > maxInFlight) await results[settled++];
    }
    return await Promise.all(results);
  } finally {
    await pool.destroy();
  }
}
