// Training of the two-stage stance model (the runtime, predict.ts, never imports this file).
// A gate tells related pairs from unrelated ones ("other") on dense overlap features; a second model
// tells agree from disagree on everything, trained on related pairs only. Kept apart because the
// rare "other" class is decided by overlap, which thousands of sparse word features would drown.
import type { PairRow } from './csv.js';
import { DEFAULT_FEATURES, pairFeatures } from './features.js';
import { DEFAULT_TRAIN, toJson, train } from './fit.js';
import { LABELS, encode, type StanceLabel } from './model.js';
import type { StanceModel, StanceModelJson } from './predict.js';
import type { StanceSetting } from './setting.js';

export type { StanceSetting } from './setting.js';

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

export function stanceToJson(m: StanceModel): StanceModelJson {
  return {
    format: 'sanad-stance/1',
    labels: LABELS,
    setting: m.setting,
    gate: toJson(m.gate),
    pair: toJson(m.pair),
  };
}
