// Stance of a rewrite towards an original headline: agree, disagree or other (unrelated).
// A two-stage linear model over pair features (see docs/stance.md), loaded once from models/.
import { readModel } from '../lexicon.js';
import { readPairs, writePairs } from './csv.js';
import type { StanceLabel } from './model.js';
import { decideStance, stanceFromJson, type StanceModel, type StanceModelJson } from './predict.js';

export type { StanceLabel } from './model.js';

let cached: StanceModel | null = null;

/** The shipped model (models/stance.json), read on first use. */
export function loadStanceModel(): StanceModel {
  if (!cached) {
    cached = stanceFromJson(readModel('stance') as StanceModelJson);
  }
  return cached;
}

/**
 * Stance of s2 towards s1 and the model's probability for that label (0..1).
 * Pass a model to use one other than the shipped one.
 */
export function predictStance(
  s1: string,
  s2: string,
  model: StanceModel = loadStanceModel(),
): { label: StanceLabel; score: number } {
  return decideStance(model, s1, s2);
}

/** Reads a CSV with header s1,s2[,stance]; writes the rows with header s1,s2,stance and the predicted stance. */
export function stanceCsv(input: string, model: StanceModel = loadStanceModel()): string {
  const rows = readPairs(input).map((r) => ({
    s1: r.s1,
    s2: r.s2,
    stance: predictStance(r.s1, r.s2, model).label,
  }));
  return writePairs(rows);
}
