// What every stage of bench/run.ts measures with: wall time, CPU time, the peak resident memory
// of the process, and the table rows and saved figures the stages add to.
import { performance } from 'node:perf_hooks';
import type { Corpus } from './corpus.js';

/** The table rows (one per figure printed) and the named figures `--json` saves, in stage order. */
export interface Results {
  rows: string[][];
  figures: { [k: string]: number | string };
}

let peakRss = 0;
let sampler: ReturnType<typeof setInterval> | undefined;

export const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

/** Samples the resident memory every 50 ms until stopSampler. */
export function startSampler(): void {
  sampler = setInterval(sampleRss, 50);
}

/** Stops the sampling and returns the peak seen, in bytes. */
export function stopSampler(): number {
  clearInterval(sampler);
  sampleRss();
  return peakRss;
}

/** CPU seconds of this process (user + system), every thread */
export const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

export function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

/** The throughput columns of a row over the whole corpus in `s` seconds. */
export function rates({ docs, bytes, chars }: Corpus, s: number): string[] {
  return [
    `${s.toFixed(2)} s`,
    `${(docs.length / s).toFixed(0)} articles/s`,
    `${(bytes / 1e6 / s).toFixed(1)} MB/s`,
    `${(chars / 1e6 / s).toFixed(1)} M chars/s`,
  ];
}
