// Scores as /work/shared/tools/score-stance.mjs computes them: per-class F1 (0 when a class has no
// true positive), macro-F1 over the three classes, accuracy, and the confusion matrix.
import { LABELS } from './model.js';

export interface StanceScores {
  accuracy: number;
  macroF1: number;
  f1: Record<string, number>;
  /** confusion[gold][predicted] */
  confusion: Record<string, Record<string, number>>;
}

export function scoreStance(gold: readonly string[], pred: readonly string[]): StanceScores {
  if (gold.length !== pred.length)
    throw new Error(`row count differs: gold ${gold.length}, predicted ${pred.length}`);
  const norm = (s: string) => s.trim().toLowerCase();
  const confusion: Record<string, Record<string, number>> = {};
  for (const g of LABELS) confusion[g] = Object.fromEntries(LABELS.map((p) => [p, 0]));
  let right = 0;
  const f1: Record<string, number> = {};
  for (const lab of LABELS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((gRaw, i) => {
      const g = norm(gRaw);
      const p = norm(pred[i]);
      if (p === lab && g === lab) tp++;
      else if (p === lab) fp++;
      else if (g === lab) fn++;
    });
    f1[lab] = tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  }
  gold.forEach((gRaw, i) => {
    const g = norm(gRaw);
    const p = norm(pred[i]);
    if (g === p) right++;
    if (confusion[g] && p in confusion[g]) confusion[g][p]++;
  });
  const macroF1 = LABELS.reduce((s, l) => s + f1[l], 0) / LABELS.length;
  return { accuracy: gold.length ? right / gold.length : 0, macroF1, f1, confusion };
}
