// A learned decision for a story's second look (group.ts revisit): whether it is part of a larger
// story's event. A logistic model over the features pair-features.ts computes, fitted on the dev
// story gold by scripts/fit-story-merge.ts and shipped as models/story-merge.json (round 12): held
// out by day pairs, threshold 0.9 with outsideMax 0.2 raised dev5 recall 0.764 -> 0.777 at
// precision 0.885 -> 0.884 and left dev..dev4 as they were; lower thresholds cost precision (see
// the script's header). GrouperOptions.mergeModel null groups with the hand rule alone.
import { readModel } from '../lexicon.js';
import { SanadError } from '../errors.js';
import { PAIR_FEATURES } from './pair-features.js';

export interface MergeModel {
  format: 'sanad-story-merge/1';
  /** how the weights were fitted and chosen */
  note: string;
  features: string[];
  /** each feature is standardised ((x - mean) / scale) before it is weighed */
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  /** probability from which a small story merges */
  threshold: number;
  /**
   * share of a small story's headline words (IDF-weighted, pair-features.ts headlineOutside) the
   * story's texts leave out above which it never joins: another town, firm or day named
   */
  outsideMax?: number;
}

/** where each of a model's features sits in a pair vector (PAIR_FEATURES order), by model */
const slots = new WeakMap<MergeModel, number[]>();

/**
 * The model's probability that a pair of stories tells one event; `x` is in PAIR_FEATURES order.
 * Features are read by name: a model fitted on fewer features than the grouper computes still reads.
 */
export function mergeProbability(model: MergeModel, x: readonly number[]): number {
  let at = slots.get(model);
  if (!at) {
    at = model.features.map((f) => (PAIR_FEATURES as readonly string[]).indexOf(f));
    if (at.includes(-1)) throw new Error(`merge model: unknown feature in ${model.features.join(', ')}`);
    slots.set(model, at);
  }
  let z = model.bias;
  for (let i = 0; i < at.length; i++) z += model.weights[i] * ((x[at[i]] - model.mean[i]) / model.scale[i]);
  return 1 / (1 + Math.exp(-z));
}

let shipped: MergeModel | undefined;

/** models/story-merge.json, read on first use: the grouper's default second-look judge. */
export function loadMergeModel(): MergeModel {
  if (shipped) return shipped;
  const m = readModel('story-merge') as MergeModel;
  if (m?.format !== 'sanad-story-merge/1' || m.weights?.length !== m.features?.length)
    throw new SanadError('LEXICON_INVALID', 'models/story-merge.json: not a sanad-story-merge/1 model');
  shipped = m;
  return m;
}
