// Fingerprints in a worker thread while the main thread reads the input and groups: on a 2-core
// machine both cores work. Small inputs stay on the main thread (a worker's start-up, loading the
// lexicons, costs more than a few hundred fingerprints).
import { availableParallelism } from 'node:os';
import type { RawDoc } from '../ingest/types.js';
import { fingerprint, type Fingerprint } from './fingerprint.js';

/** documents fingerprinted on the main thread before a pool starts: about a worker's start-up */
const POOL_THRESHOLD = 200;
/**
 * documents queued per worker: enough to keep it busy while the main thread places a step of
 * articles (stories.ts PLACE_STEP, 500), few enough that the queue holds a few megabytes
 */
const IN_FLIGHT_PER_THREAD = 512;

/** Worker threads: every core but the main thread's, which reads and groups. */
export const fingerprintThreads = () => Math.max(0, availableParallelism() - 1);

/**
 * Each document's fingerprint, in input order, as soon as it is ready. `threads` 0 (or a TypeScript
 * runner: workers need compiled JavaScript) keeps everything on the main thread.
 */
export async function* fingerprintEach(
  docs: AsyncIterable<RawDoc> | Iterable<RawDoc>,
  threads = fingerprintThreads(),
): AsyncGenerator<Fingerprint> {
  const canPool = threads > 0 && import.meta.url.endsWith('.js');
  const it = (Symbol.asyncIterator in docs ? docs[Symbol.asyncIterator]() : docs[Symbol.iterator]()) as
    AsyncIterator<RawDoc> | Iterator<RawDoc>;
  let next = await it.next();
  for (let n = 0; !next.done && (!canPool || n < POOL_THRESHOLD); n++, next = await it.next()) {
    yield fingerprint(next.value);
  }
  if (next.done) return;

  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: new URL('./fingerprint-worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // one worker for the whole run: it loads the lexicons once
    idleTimeout: 60_000,
  });
  try {
    const queue: Promise<Fingerprint>[] = [];
    const maxInFlight = threads * IN_FLIGHT_PER_THREAD;
    for (; !next.done; next = await it.next()) {
      queue.push(pool.run(next.value) as Promise<Fingerprint>);
      while (queue.length > maxInFlight) yield await queue.shift()!;
    }
    while (queue.length) yield await queue.shift()!;
  } finally {
    await pool.destroy();
  }
}
