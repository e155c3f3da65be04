// Training of one linear model (multinomial logistic regression over hashed sparse features) by
// AdaGrad with a seeded shuffle, so training is deterministic: the same data and options give the
// same weights. Training only: the runtime reads models through model.ts.
import type { Encoded, Model, ModelJson } from './model.js';
import { probabilities } from './model.js';
import type { TrainOptions } from './setting.js';

export type { TrainOptions } from './setting.js';

export const DEFAULT_TRAIN: TrainOptions = {
  bits: 18,
  epochs: 12,
  l2: 1e-5,
  rate: 0.2,
  classes: 2,
  classWeight: [1, 1],
  seed: 1,
  runs: 1,
};

/** AdaGrad's initial squared-gradient sum: only keeps the first division finite. */
const ADAGRAD_EPSILON = 1e-8;

function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Trains on encoded examples with labels 0..K-1; the average of opt.runs seeded runs. */
export function train(xs: Encoded[], ys: number[], opt: TrainOptions = DEFAULT_TRAIN): Model {
  const runs = Math.max(1, opt.runs ?? 1);
  const first = trainOnce(xs, ys, opt, opt.seed);
  for (let r = 1; r < runs; r++) {
    const w = trainOnce(xs, ys, opt, opt.seed + r).weights;
    for (let i = 0; i < w.length; i++) first.weights[i] += w[i];
  }
  if (runs > 1) for (let i = 0; i < first.weights.length; i++) first.weights[i] /= runs;
  return first;
}

function trainOnce(xs: Encoded[], ys: number[], opt: TrainOptions, seed: number): Model {
  const K = opt.classes;
  const dim = (1 << opt.bits) * K;
  const w = new Float64Array(dim);
  const g2 = new Float64Array(dim).fill(ADAGRAD_EPSILON);
  const model: Model = { bits: opt.bits, classes: K, weights: w };
  const rand = mulberry32(seed);
  const order = xs.map((_, i) => i);
  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const n of order) {
      const x = xs[n];
      const p = probabilities(model, x);
      const cw = opt.classWeight[ys[n]];
      for (let j = 0; j < x.index.length; j++) {
        const base = x.index[j] * K;
        const v = x.value[j];
        for (let k = 0; k < K; k++) {
          const at = base + k;
          const grad = cw * (p[k] - (k === ys[n] ? 1 : 0)) * v + opt.l2 * w[at];
          g2[at] += grad * grad;
          w[at] -= (opt.rate * grad) / Math.sqrt(g2[at]);
        }
      }
    }
  }
  return model;
}

/** Weights rounded to five decimals: a small file with stable diffs; what ships (and is measured) is
 * the rounded model. */
const DIGITS = 1e5;

/** Model to JSON: non-zero rows only, weights rounded so the file is small and diffs are stable. */
export function toJson(model: Model): ModelJson {
  const K = model.classes;
  const rows: number[][] = [];
  const n = 1 << model.bits;
  for (let i = 0; i < n; i++) {
    const r: number[] = [];
    for (let k = 0; k < K; k++) r.push(Math.round(model.weights[i * K + k] * DIGITS) / DIGITS);
    if (r.some((v) => v !== 0)) rows.push([i, ...r]);
  }
  return { bits: model.bits, classes: K, rows };
}
