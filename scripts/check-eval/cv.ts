// The evaluations of scripts/eval-check.ts: grouped k-fold CV over several fold draws, leave one
// labelled file out, and nested CV (thresholds chosen without the scored fold).
import { CHECK_LABELS, type FitOptions, type Thresholds } from '../../src/check/model.js';
import { scoreLabels, type Scores } from '../../src/check/metrics.js';
import {
  CV_FOLDS,
  CV_SEEDS,
  chooseThresholds,
  foldProbabilities,
  groupFolds,
  predictWith,
  scoreWith,
  setFolds,
} from './folds.js';
import type { GoldPair } from './sets.js';

export const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
export const sd = (v: number[]) => Math.sqrt(mean(v.map((x) => (x - mean(v)) ** 2)));

export interface CvResult {
  /** predictions and scores of the first fold draw */
  pred: string[];
  scores: Scores;
  thresholds: Thresholds;
  /** pooled macro-F1 and accuracy of each fold draw */
  draws: { macroF1: number; accuracy: number }[];
  /** macro-F1 of every fold of every draw: the spread between claim samples */
  foldMacroF1: number[];
}

/**
 * Grouped k-fold CV (no fold splits a claim group), over several fold draws; the thresholds chosen
 * by the CV of the first draw, over all pairs.
 */
export async function groupedCv(
  rows: GoldPair[],
  xs: Record<string, number>[],
  features: string[],
  opt: FitOptions,
  seeds = CV_SEEDS,
): Promise<CvResult> {
  let first: Omit<CvResult, 'draws' | 'foldMacroF1'> | undefined;
  const draws: CvResult['draws'] = [];
  const foldMacroF1: number[] = [];
  for (const seed of seeds) {
    const folds = groupFolds(rows, CV_FOLDS, seed);
    const fold = await foldProbabilities(rows, xs, features, opt, folds);
    const thresholds = first?.thresholds ?? chooseThresholds(rows, xs, fold);
    const { pred, scores } = scoreWith(rows, xs, fold, thresholds);
    first ??= { pred, scores, thresholds };
    draws.push({ macroF1: scores.macroF1, accuracy: scores.accuracy });
    for (let f = 0; f < CV_FOLDS; f++)
      foldMacroF1.push(scoreWith(rows, xs, fold, thresholds, (i) => folds[i] === f).scores.macroF1);
  }
  return { ...first!, draws, foldMacroF1 };
}

/** Leave one set out: each file scored by a model fitted on the others, with the given thresholds. */
export async function leaveOneSetOut(
  rows: GoldPair[],
  xs: Record<string, number>[],
  features: string[],
  opt: FitOptions,
  thresholds: Thresholds,
): Promise<Map<string, Scores>> {
  return (await leaveOneSetOutWithPredictions(rows, xs, features, opt, thresholds)).scores;
}

/** Leave one set out, with each pair's prediction (by the model fitted without its set). */
export async function leaveOneSetOutWithPredictions(
  rows: GoldPair[],
  xs: Record<string, number>[],
  features: string[],
  opt: FitOptions,
  thresholds: Thresholds,
): Promise<{ scores: Map<string, Scores>; pred: string[] }> {
  const folds = setFolds(rows);
  const fold = await foldProbabilities(rows, xs, features, opt, folds);
  const scores = new Map<string, Scores>();
  for (const set of new Set(rows.map((r) => r.set ?? '')))
    scores.set(set, scoreWith(rows, xs, fold, thresholds, (i) => rows[i].set === set).scores);
  const all = rows.map((_, i) => i);
  return { scores, pred: predictWith(xs, fold, thresholds, all) };
}

/**
 * Nested grouped CV: each fold is scored with thresholds chosen by grouped CV over the other folds
 * only, so the choice of thresholds is no longer scored on the claims it was made on.
 */
export async function nestedCv(
  rows: GoldPair[],
  xs: Record<string, number>[],
  features: string[],
  opt: FitOptions,
  seed = CV_SEEDS[0],
) {
  const folds = groupFolds(rows, CV_FOLDS, seed);
  const fold = await foldProbabilities(rows, xs, features, opt, folds);
  const pred = new Array<string>(rows.length);
  for (let f = 0; f < CV_FOLDS; f++) {
    const inner = rows.map((_, i) => i).filter((i) => folds[i] !== f);
    const innerRows = inner.map((i) => rows[i]);
    const innerXs = inner.map((i) => xs[i]);
    const t = chooseThresholds(
      innerRows,
      innerXs,
      await foldProbabilities(innerRows, innerXs, features, opt, groupFolds(innerRows, CV_FOLDS, seed)),
    );
    const outer = rows.map((_, i) => i).filter((i) => folds[i] === f);
    predictWith(xs, fold, t, outer).forEach((p, j) => (pred[outer[j]] = p));
  }
  return scoreLabels(
    CHECK_LABELS,
    rows.map((r) => r.stance),
    pred,
  );
}
