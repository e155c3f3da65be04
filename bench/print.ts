// bench/run.ts's output: the figures as a Markdown table on stdout, and as JSON when asked.
import { writeFileSync } from 'node:fs';
import type { Corpus } from './corpus.js';
import type { Results } from './measure.js';

export function printResults({ docs, chars, bytes }: Corpus, { rows, figures }: Results): void {
  console.log(
    `\n${docs.length} articles, ${(chars / 1e6).toFixed(1)} M chars, ${(bytes / 1e6).toFixed(1)} MB, one core, Node ${process.version}\n`,
  );
  console.log('| what | time | articles/s | MB/s | chars/s |');
  console.log('|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  console.log(
    `\npeak RSS of the benchmark process: ${figures.peakRssMB} MB (all ${docs.length} articles and their annotations held in memory)`,
  );
}

/** `--json FILE`: the figures, saved. */
export function saveFigures(file: string | undefined, figures: Results['figures']): void {
  if (file) writeFileSync(file, JSON.stringify(figures, null, 2));
}
