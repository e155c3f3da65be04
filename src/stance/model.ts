// A linear model at prediction time: multinomial logistic regression over hashed sparse features.
// Training (AdaGrad, toJson) lives in fit.ts; nothing here imports it.
import type { Features } from './features.js';

export const LABELS = ['agree', 'disagree', 'other'] as const;
export type StanceLabel = (typeof LABELS)[number];

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

/** A model read from its JSON rows (see toJson in fit.ts). */
export function fromJson(json: ModelJson): Model {
  const K = json.classes;
  const w = new Float64Array((1 << json.bits) * K);
  for (const [i, ...r] of json.rows) for (let k = 0; k < K; k++) w[i * K + k] = r[k];
  return { bits: json.bits, classes: K, weights: w };
}
