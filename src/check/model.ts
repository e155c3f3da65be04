// The claim-stance model: multinomial logistic regression over the few dense pair features of
// features.ts, standardised, with an L2 penalty, fitted by full-batch gradient descent (no
// randomness: the same data give the same weights). Small on purpose: it is fitted on 145 labelled
// claim-article pairs (test/gold/claims-dev.jsonl), so it can afford a weight per feature, not
// per word. models/check.json is rebuilt by scripts/train-check.ts.
import { readModel } from '../lexicon.js';
import { SanadError } from '../errors.js';

export const CHECK_LABELS = ['agree', 'disagree', 'discuss', 'unrelated'] as const;
export type CheckLabel = (typeof CHECK_LABELS)[number];

export interface CheckModel {
  format: 'sanad-check/1';
  labels: readonly CheckLabel[];
  features: string[];
  mean: number[];
  scale: number[];
  /** weights[class][feature], the last column the bias */
  weights: number[][];
  /** each class's probability is multiplied by this before the largest is taken */
  classBoost: number[];
}

export interface FitOptions {
  /** L2 penalty on the weights (not the bias) */
  l2: number;
  iterations: number;
  rate: number;
}

/**
 * Chosen by grouped cross-validation over the claim groups of the dev set (scripts/eval-check.ts):
 * a strong penalty, because 145 pairs must fit a weight per feature and class without memorising
 * the claims; 1500 full-batch steps reach the optimum (the loss no longer moves at 3000).
 */
export const DEFAULT_FIT: FitOptions = { l2: 0.1, iterations: 1500, rate: 0.3 };

/**
 * The probability of "disagree" is multiplied by this before the decision. A contradiction is the
 * hardest class to see (its cues are sparse), so the fitted model under-predicts it; under grouped
 * CV on dev, 1.25 to 1.5 raised its recall and macro-F1 by 1 to 5 points at every penalty tried.
 */
export const DISAGREE_BOOST = 1.5;

/**
 * The features the shipped model weighs, chosen by the same cross-validation among a few subsets
 * of features.ts: coverage of the claim (whole article, best two sentences, rarest words, lead),
 * names, numbers, contrary cues (conflicting number, opposite word, negation, denial), hedges and
 * the sentence-pair model's "unrelated" probability. More features fit dev no better under CV.
 */
export const MODEL_FEATURES = [
  'articleCoverage',
  'windowCoverage',
  'rareCoverage',
  'leadCoverage',
  'entityShare',
  'actorMissing',
  'actorSwapped',
  'numberMatch',
  'contrary',
  'hedge',
  'ansOther',
  'contraryCoverage',
  'focusCoverage',
  'future',
];

function softmax(z: number[]): number[] {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

function standardise(
  model: Pick<CheckModel, 'features' | 'mean' | 'scale'>,
  x: Record<string, number>,
): number[] {
  return model.features.map((f, i) => ((x[f] ?? 0) - model.mean[i]) / model.scale[i]);
}

/**
 * Evidence a disagreement must rest on: a contrary statement (a conflicting number, date or blame,
 * a negated, denied or opposite word where the article addresses the claim) or another actor where
 * the claim names one. Without any, the article is not shown as contradicting the claim: a
 * contradiction the checker cannot cite is one a reader cannot verify, and on dev these were mostly
 * reports that discuss the event (grouped CV: 5 of 7 such calls wrong; macro-F1 unchanged).
 */
export const DISAGREE_EVIDENCE = ['contrary', 'actorSwapped'];

/** The decided class: the largest boosted probability (a disagreement only with evidence). */
export function decide(model: CheckModel, p: number[], x?: Record<string, number>): number {
  const boosted = p.map((v, i) => v * (model.classBoost?.[i] ?? 1));
  const disagree = CHECK_LABELS.indexOf('disagree');
  if (x && !DISAGREE_EVIDENCE.some((f) => (x[f] ?? 0) > 0)) boosted[disagree] = -1;
  return boosted.indexOf(Math.max(...boosted));
}

/** Class probabilities of one pair's features, in CHECK_LABELS order. */
export function predictProbabilities(model: CheckModel, x: Record<string, number>): number[] {
  const v = standardise(model, x);
  return softmax(
    model.weights.map((w) => {
      let z = w[w.length - 1];
      for (let i = 0; i < v.length; i++) z += w[i] * v[i];
      return z;
    }),
  );
}

/** Fits the model; `ys` are indices into CHECK_LABELS. */
export function fitCheckModel(
  xs: Record<string, number>[],
  ys: number[],
  features: string[],
  opt: FitOptions = DEFAULT_FIT,
): CheckModel {
  const d = features.length;
  const mean = features.map((f) => xs.reduce((s, x) => s + (x[f] ?? 0), 0) / xs.length);
  const scale = features.map((f, i) => {
    const v = xs.reduce((s, x) => s + ((x[f] ?? 0) - mean[i]) ** 2, 0) / xs.length;
    return Math.sqrt(v) || 1;
  });
  const base = { features, mean, scale };
  const X = xs.map((x) => standardise(base, x));
  const K = CHECK_LABELS.length;
  const W = Array.from({ length: K }, () => new Array<number>(d + 1).fill(0));
  for (let it = 0; it < opt.iterations; it++) {
    const G = Array.from({ length: K }, () => new Array<number>(d + 1).fill(0));
    for (let n = 0; n < X.length; n++) {
      const p = softmax(W.map((w) => X[n].reduce((s, v, i) => s + w[i] * v, w[d])));
      for (let k = 0; k < K; k++) {
        const g = p[k] - (ys[n] === k ? 1 : 0);
        for (let i = 0; i < d; i++) G[k][i] += g * X[n][i];
        G[k][d] += g;
      }
    }
    for (let k = 0; k < K; k++) {
      for (let i = 0; i <= d; i++) {
        const reg = i < d ? opt.l2 * W[k][i] : 0;
        W[k][i] -= opt.rate * (G[k][i] / X.length + reg);
      }
    }
  }
  const classBoost = CHECK_LABELS.map((l) => (l === 'disagree' ? DISAGREE_BOOST : 1));
  return { format: 'sanad-check/1', labels: CHECK_LABELS, features, mean, scale, weights: W, classBoost };
}

let shipped: CheckModel | null = null;

/** models/check.json, read on first use. */
export function loadCheckModel(): CheckModel {
  if (shipped) return shipped;
  const m = readModel('check') as CheckModel;
  if (m?.format !== 'sanad-check/1' || !Array.isArray(m.weights)) {
    throw new SanadError('LEXICON_INVALID', 'models/check.json: not a sanad-check/1 model');
  }
  shipped = m;
  return m;
}
