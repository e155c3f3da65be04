// A learned decision for a story's second look (group.ts revisit): whether it is part of a larger
// story's event. A logistic model over the features pair-features.ts computes, fitted on the dev
// story gold by scripts/fit-story-merge.ts. None ships yet: fitted leave-one-set-out, it raised dev3
// recall 0.797 -> 0.845 but cost dev precision 0.942 -> 0.929 (see the script's header), so the
// grouper runs with the hand rule alone unless a model is passed (GrouperOptions.mergeModel).
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
}

/** The model's probability that a pair of stories tells one event. */
export function mergeProbability(model: MergeModel, x: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < x.length; i++) z += model.weights[i] * ((x[i] - model.mean[i]) / model.scale[i]);
  return 1 / (1 + Math.exp(-z));
}
