// Stages 3 and 4 of bench/run.ts: every per-article extractor, then the cross-article comparison
// on stories of growing size.
import { loadavg } from 'node:os';
import { annotateArticle, combineArticles, type AnnotatedArticle } from '../src/pipeline.js';
import type { Corpus } from './corpus.js';
import { cpuSeconds, rates, sampleRss, time, type Results } from './measure.js';

/** 3. clean + annotate every article; returns the annotations for stages 4 and 6 */
export function benchExtractors(corpus: Corpus, { rows, figures }: Results): AnnotatedArticle[] {
  const { docs } = corpus;
  const c0 = cpuSeconds();
  const { ms, value } = time(() => docs.map((d) => annotateArticle(d)));
  // CPU seconds too: on a machine shared with other work the wall clock also counts the waiting
  const cpu = cpuSeconds() - c0;
  sampleRss();
  const s = ms / 1000;
  figures.extractorsArticlesPerSecond = docs.length / s;
  figures.extractorsCpuArticlesPerSecond = docs.length / cpu;
  figures.extractorsLoadAverage1m = loadavg()[0];
  rows.push([
    `sanad clean + all extractors (per article); ${(docs.length / cpu).toFixed(0)} articles/s CPU (${cpu.toFixed(2)} s, every thread); load average ${loadavg()[0].toFixed(1)}`,
    ...rates(corpus, s),
  ]);
  return value;
}

/** 4. cross-article comparison: stories of 5, 50 and 500 articles from one day */
export function benchCompare(annotated: AnnotatedArticle[], { rows, figures }: Results): void {
  for (const n of [5, 50, 500]) {
    if (annotated.length < n) break;
    const story = annotated.slice(0, n);
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    const { ms } = time(() => combineArticles(story));
    const heap = Math.max(0, process.memoryUsage().heapUsed - before);
    sampleRss();
    figures[`compare${n}Ms`] = ms;
    rows.push([
      `sanad link + compare, ${n} articles`,
      `${(ms / 1000).toFixed(3)} s`,
      `${(n / (ms / 1000)).toFixed(0)} articles/s`,
      `heap +${(heap / 1e6).toFixed(0)} MB`,
      '',
    ]);
  }
}
