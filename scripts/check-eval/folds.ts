// Folds of the claim-stance evaluation (grouped by claim, or one labelled file a fold), each pair's
// probabilities from a model fitted without its fold, and the decision thresholds chosen on them.
import {
  CHECK_LABELS,
  DISAGREE_BOOSTS,
  MIN_CONTRARY_COVERAGES,
  fitCheckModel,
  decide,
  predictProbabilities,
  withThresholds,
  type CheckModel,
  type FitOptions,
  type Thresholds,
} from '../../src/check/model.js';
import { scoreLabels } from '../../src/check/metrics.js';
import { yieldToLoop, type GoldPair } from './sets.js';

/** Folds of the grouped CV, and the fold draws whose figures are averaged. */
export const CV_FOLDS = 10;
export const CV_SEEDS = [1, 2, 3];

/** A small deterministic generator (the fold draws must be the same on every machine). */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** Each pair's fold: claim groups shuffled by `seed` and dealt round the `k` folds, so no fold splits a claim. */
export function groupFolds(rows: GoldPair[], k = CV_FOLDS, seed = CV_SEEDS[0]): number[] {
  const next = lcg(seed);
  const groups = [...new Set(rows.map((r) => r.claimGroup))]
    .sort()
    .map((g) => ({ g, key: next() }))
    .sort((a, b) => a.key - b.key);
  const fold = new Map(groups.map(({ g }, i) => [g, i % k]));
  return rows.map((r) => fold.get(r.claimGroup)!);
}

/** Each pair's fold when each labelled file is one fold (leave one set out). */
export function setFolds(rows: GoldPair[]): number[] {
  const sets = [...new Set(rows.map((r) => r.set ?? ''))];
  return rows.map((r) => sets.indexOf(r.set ?? ''));
}

export type FoldFit = { probs: number[][]; models: CheckModel[] };

/** Each pair's class probabilities from a model fitted without its fold, and that model (a yield before each fit). */
export async function foldProbabilities(
  rows: GoldPair[],
  xs: Record<string, number>[],
  features: string[],
  opt: FitOptions,
  folds = groupFolds(rows),
): Promise<FoldFit> {
  const ys = rows.map((r) => CHECK_LABELS.indexOf(r.stance as never));
  const probs = new Array<number[]>(rows.length);
  const models = new Array<CheckModel>(rows.length);
  for (const f of new Set(folds)) {
    await yieldToLoop();
    const train = rows.map((_, i) => i).filter((i) => folds[i] !== f);
    const model = fitCheckModel(
      train.map((i) => xs[i]),
      train.map((i) => ys[i]),
      features,
      opt,
    );
    rows.forEach((_, i) => {
      if (folds[i] !== f) return;
      probs[i] = predictProbabilities(model, xs[i]);
      models[i] = model;
    });
  }
  return { probs, models };
}

export function predictWith(
  xs: Record<string, number>[],
  fold: FoldFit,
  t: Thresholds,
  idx: number[],
): string[] {
  return idx.map((i) => CHECK_LABELS[decide(withThresholds(fold.models[i], t), fold.probs[i], xs[i])]);
}

export function scoreWith(
  rows: GoldPair[],
  xs: Record<string, number>[],
  fold: FoldFit,
  t: Thresholds,
  only: (i: number) => boolean = () => true,
) {
  const idx = rows.map((_, i) => i).filter(only);
  const pred = predictWith(xs, fold, t, idx);
  const scores = scoreLabels(
    CHECK_LABELS,
    idx.map((i) => rows[i].stance),
    pred,
  );
  return { pred, scores };
}

/**
 * The decision thresholds (disagree boost, minimum contrary coverage) with the best grouped-CV
 * macro-F1 over `rows` (`fold`: foldProbabilities over grouped folds); a tie goes to the earlier
 * setting of the grids (the plainer one).
 */
export function chooseThresholds(rows: GoldPair[], xs: Record<string, number>[], fold: FoldFit): Thresholds {
  let best: { t: Thresholds; f1: number } | undefined;
  for (const disagreeBoost of DISAGREE_BOOSTS)
    for (const minContraryCoverage of MIN_CONTRARY_COVERAGES) {
      const t = { disagreeBoost, minContraryCoverage };
      const f1 = scoreWith(rows, xs, fold, t).scores.macroF1;
      if (!best || f1 > best.f1 + 1e-12) best = { t, f1 };
    }
  return best!.t;
}
