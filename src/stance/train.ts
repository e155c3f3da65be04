// Two-stage stance model: a gate tells related pairs from unrelated ones ("other") on dense overlap
// features; a second model tells agree from disagree on everything, trained on related pairs only.
// Kept apart because the rare "other" class is decided by overlap, which thousands of sparse word
// features would otherwise drown.
import type { PairRow } from './csv.js';
import { DEFAULT_FEATURES, pairFeatures, type FeatureOptions } from './features.js';
import {
  DEFAULT_TRAIN,
  LABELS,
  encode,
  fromJson,
  probabilities,
  toJson,
  train,
  type Model,
  type ModelJson,
  type StanceLabel,
  type TrainOptions,
} from './model.js';

export interface StanceSetting {
  /** features of the agree/disagree model */
  features: FeatureOptions;
  /** features of the relatedness gate */
  gateFeatures: FeatureOptions;
  gate: TrainOptions;
  pair: TrainOptions;
  /** also train on (s2, s1): stance is a symmetric relation */
  swap: boolean;
  /** "other" when its probability is above this */
  otherThreshold: number;
}

/** Settings chosen by grouped 5-fold CV on the ANS train split (docs/stance.md). */
export const DEFAULT_SETTING: StanceSetting = {
  features: DEFAULT_FEATURES,
  // the gate sees overlap, negation and contrast cues but not the words: "other" is about overlap
  gateFeatures: { ...DEFAULT_FEATURES, words: false },
  // a slow rate and five averaged runs: the gate learns from only ~60 "other" pairs, one run is jumpy
  gate: { ...DEFAULT_TRAIN, bits: 12, rate: 0.05, runs: 5, classWeight: [1, 4] },
  pair: { ...DEFAULT_TRAIN, rate: 0.05, classWeight: [1.5, 1] },
  swap: false,
  otherThreshold: 0.6,
};

export interface StanceModel {
  setting: StanceSetting;
  gate: Model;
  pair: Model;
}

export interface StanceModelJson {
  format: 'sanad-stance/1';
  labels: readonly string[];
  setting: StanceSetting;
  gate: ModelJson;
  pair: ModelJson;
}

function labelIndex(r: PairRow): number {
  const i = LABELS.indexOf((r.stance ?? '').trim().toLowerCase() as StanceLabel);
  if (i < 0) throw new Error(`bad stance label: ${r.stance}`);
  return i;
}

/** Trains both stages on labelled rows; deterministic. */
export function fitStance(rows: readonly PairRow[], s: StanceSetting = DEFAULT_SETTING): StanceModel {
  const gx = [];
  const gy = [];
  const px = [];
  const py = [];
  for (const r of rows) {
    const y = labelIndex(r);
    const sides = s.swap ? [r.s1, r.s2, r.s2, r.s1] : [r.s1, r.s2];
    for (let i = 0; i < sides.length; i += 2) {
      gx.push(encode(pairFeatures(sides[i], sides[i + 1], s.gateFeatures), s.gate.bits));
      gy.push(y === 2 ? 1 : 0);
      if (y === 2) continue;
      px.push(encode(pairFeatures(sides[i], sides[i + 1], s.features), s.pair.bits));
      py.push(y);
    }
  }
  return {
    setting: s,
    gate: train(gx, gy, { ...s.gate, classes: 2 }),
    pair: train(px, py, { ...s.pair, classes: 2 }),
  };
}

/** Probabilities [agree, disagree, other] of one pair. */
export function stanceProbabilities(m: StanceModel, s1: string, s2: string): [number, number, number] {
  const other = probabilities(m.gate, encode(pairFeatures(s1, s2, m.setting.gateFeatures), m.gate.bits))[1];
  const [agree] = probabilities(m.pair, encode(pairFeatures(s1, s2, m.setting.features), m.pair.bits));
  return [(1 - other) * agree, (1 - other) * (1 - agree), other];
}

/** Label and its probability. */
export function decideStance(m: StanceModel, s1: string, s2: string): { label: StanceLabel; score: number } {
  const p = stanceProbabilities(m, s1, s2);
  if (p[2] > m.setting.otherThreshold) return { label: 'other', score: p[2] };
  return p[0] >= p[1] ? { label: 'agree', score: p[0] } : { label: 'disagree', score: p[1] };
}

export function stanceToJson(m: StanceModel): StanceModelJson {
  return {
    format: 'sanad-stance/1',
    labels: LABELS,
    setting: m.setting,
    gate: toJson(m.gate),
    pair: toJson(m.pair),
  };
}

export function stanceFromJson(j: StanceModelJson): StanceModel {
  if (j.format !== 'sanad-stance/1') throw new Error(`unknown stance model format: ${String(j.format)}`);
  return { setting: j.setting, gate: fromJson(j.gate), pair: fromJson(j.pair) };
}
