// bench/run.ts's command line: which stages run, on how much of the corpus, how many times.
import { flag, opt } from './options.js';

export interface RunOptions {
  /** --days N: the first N day zips (default all) */
  days: number;
  /** --limit N: at most N articles */
  limit: number;
  skipPg: boolean;
  skipStories: boolean;
  /** --stories-only: the stories figures alone (stages 1-5 skipped, no per-story comparison) */
  storiesOnly: boolean;
  /** --cold-only: stage 5 alone (cold start beside bare node), without reading the corpus */
  coldOnly: boolean;
  /** --extract-only: stage 3 alone (per-article extraction), without stories, text core, compare or cold start */
  extractOnly: boolean;
  /** --runs N: fresh processes per cold-start figure, best kept */
  coldRuns: number;
  /** --ratio-runs N: pairs of N and 2N grouping runs in process, least CPU of each kept */
  ratioRuns: number;
  /** --json FILE: where to save the figures */
  json: string | undefined;
}

export function runOptions(): RunOptions {
  return {
    days: Number(opt('--days') ?? 99),
    limit: Number(opt('--limit') ?? Infinity),
    skipPg: flag('--skip-pg'),
    skipStories: flag('--skip-stories'),
    storiesOnly: flag('--stories-only'),
    coldOnly: flag('--cold-only'),
    extractOnly: flag('--extract-only'),
    coldRuns: Number(opt('--runs') ?? 3),
    ratioRuns: Math.max(1, Number(opt('--ratio-runs') ?? 2)),
    json: opt('--json'),
  };
}
