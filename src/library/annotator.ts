// Per-article work for the library, on worker threads when there are several cores and compiled
// JavaScript to run (under a TypeScript runner, as in the tests, it stays on this thread).
import { availableParallelism } from 'node:os';
import work, { type AnnotateResult, type AnnotateTask } from './annotate-worker.js';

export interface Annotator {
  run(task: AnnotateTask): Promise<AnnotateResult>;
  close(): Promise<void>;
}

export async function makeAnnotator(threads = availableParallelism()): Promise<Annotator> {
  const canPool = threads > 1 && import.meta.url.endsWith('.js');
  if (!canPool) return { run: async (task) => work(task), close: async () => {} };
  const { Piscina } = await import('piscina');
  // workers stay for the whole run: each loads the tagger and lexicons once
  const pool = new Piscina({
    filename: new URL('./annotate-worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
  });
  return { run: (task) => pool.run(task), close: () => pool.destroy() };
}
