// The two-stage stance model at prediction time: the relatedness gate says how likely "other" is,
// the pair model splits the rest between agree and disagree. Training lives in train.ts.
import { pairFeatures } from './features.js';
import { encode, fromJson, probabilities, type Model, type ModelJson, type StanceLabel } from './model.js';
import type { StanceSetting } from './setting.js';

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

export function stanceFromJson(j: StanceModelJson): StanceModel {
  if (j.format !== 'sanad-stance/1') throw new Error(`unknown stance model format: ${String(j.format)}`);
  return { setting: j.setting, gate: fromJson(j.gate), pair: fromJson(j.pair) };
}
