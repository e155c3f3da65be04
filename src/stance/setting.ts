// What a stance model was trained with. Stored inside the model file, so the runtime reads it (the
// feature options and the "other" threshold) without importing any training code.
import type { FeatureOptions } from './features.js';

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
