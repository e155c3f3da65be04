// Rebuilds models/check.json: the claim-stance model fitted on every pair of
// test/gold/claims-dev.jsonl (articles read from ../shared/data/saudinewsnet), deterministically.
//   npx tsx scripts/train-check.ts
// Settings (MODEL_FEATURES, DEFAULT_FIT in src/check/model.ts) are chosen by grouped CV in
// scripts/eval-check.ts, and so are the decision thresholds written into the model (disagree boost,
// minimum contrary coverage: chooseThresholds); the held-out pairs are never used here.
import { writeFileSync } from 'node:fs';
import {
  CHECK_LABELS,
  DEFAULT_FIT,
  MODEL_FEATURES,
  fitCheckModel,
  withThresholds,
  type CheckModel,
} from '../src/check/model.js';
import { chooseThresholds, featuresOf, loadGold } from './eval-check.js';

const ROUND = 1e5;

export function trainCheck(
  dev = loadGold('claims-dev.jsonl'),
  xs: Record<string, number>[] = featuresOf('claims-dev', dev),
): CheckModel {
  // weights by the fit on every pair; the decision thresholds by grouped CV, never by the fit
  const model = withThresholds(
    fitCheckModel(
      xs,
      dev.map((r) => CHECK_LABELS.indexOf(r.stance as never)),
      MODEL_FEATURES,
      DEFAULT_FIT,
    ),
    chooseThresholds(dev, xs),
  );
  const r = (v: number) => Math.round(v * ROUND) / ROUND;
  return {
    ...model,
    mean: model.mean.map(r),
    scale: model.scale.map(r),
    weights: model.weights.map((w) => w.map(r)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const model = trainCheck();
  writeFileSync(new URL('../models/check.json', import.meta.url), JSON.stringify(model, null, 1) + '\n');
  console.log(`models/check.json: ${model.features.length} features x ${model.labels.length} classes`);
}
