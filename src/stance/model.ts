// Multinomial logistic regression over hashed sparse features, trained by AdaGrad with a seeded
// shuffle, so training is deterministic: the same data and options give the same weights.
import type { Features } from './features.js';

export const LABELS = ['agree', 'disagree', 'other'] as const;
export type StanceLabel = (typeof LABELS)[number];

export interface TrainOptions {
  /** log2 of the hashed feature space */
  bits: number;
  epochs: number;
  /** L2 penalty per example update */
  l2: number;
  /** AdaGrad base learning rate */
  rate: number;
  /** number of classes */
  classes: number;
  /** loss weight of each class (macro-F1 rewards rare classes) */
  classWeight: number[];
  seed: number;
  /** independent runs (seeds seed, seed+1, ...) whose weights are averaged: steadier than one run */
  runs: number;
}

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

/** A trained model: dense weights, K per hashed feature (index * K + class). */
export interface Model {
  bits: number;
  classes: number;
  weights: Float64Array;
}

/** Serialised model: only non-zero rows [index, w_0, ..., w_K-1], weights rounded, as plain JSON. */
export interface ModelJson {
  bits: number;
  classes: number;
  rows: number[][];
}

/** FNV-1a over UTF-16 code units: cheap and stable across runs and platforms. */
export function hashFeature(name: string, bits: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & ((1 << bits) - 1);
}

export interface Encoded {
  index: Int32Array;
  value: Float64Array;
}

/** Features to hashed (index, value) arrays; colliding names add up. */
export function encode(f: Features, bits: number): Encoded {
  const m = new Map<number, number>();
  for (const [name, v] of f) {
    const i = hashFeature(name, bits);
    m.set(i, (m.get(i) ?? 0) + v);
  }
  const keys = [...m.keys()].sort((x, y) => x - y);
  return { index: Int32Array.from(keys), value: Float64Array.from(keys.map((k) => m.get(k) ?? 0)) };
}

/** Class probabilities of one encoded example. */
export function probabilities(model: Model, x: Encoded): number[] {
  const K = model.classes;
  const z = new Array<number>(K).fill(0);
  const w = model.weights;
  for (let j = 0; j < x.index.length; j++) {
    const base = x.index[j] * K;
    const v = x.value[j];
    for (let k = 0; k < K; k++) z[k] += w[base + k] * v;
  }
  const max = Math.max(...z);
  const e = z.map((s) => Math.exp(s - max));
  const sum = e.reduce((p, q) => p + q, 0);
  return e.map((s) => s / sum);
}

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
  const g2 = new Float64Array(dim).fill(1e-8);
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

export function fromJson(json: ModelJson): Model {
  const K = json.classes;
  const w = new Float64Array((1 << json.bits) * K);
  for (const [i, ...r] of json.rows) for (let k = 0; k < K; k++) w[i * K + k] = r[k];
  return { bits: json.bits, classes: K, weights: w };
}
