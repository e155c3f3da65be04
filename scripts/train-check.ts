// Rebuilds models/check.json: the claim-stance model fitted on every pair of every labelled set
// (CLAIM_SETS in scripts/eval-check.ts; articles read from ../shared/data/saudinewsnet), deterministically.
//   npx tsx scripts/train-check.ts
// Settings (MODEL_FEATURES, DEFAULT_FIT in src/check/model.ts) are chosen by grouped CV in
// scripts/eval-check.ts, and so are the decision thresholds written into the model (disagree boost,
// minimum contrary coverage: chooseThresholds over grouped 10-fold CV).
import { writeFileSync } from 'node:fs';
import {
  CHECK_LABELS,
  DEFAULT_FIT,
  MODEL_FEATURES,
  fitCheckModel,
  withThresholds,
  type CheckModel,
} from '../src/check/model.js';
import { chooseThresholds, foldProbabilities, loadSets, yieldToLoop, type GoldPair } from './eval-check.js';

const ROUND = 1e5;

/** The model fitted on `sets` (every labelled set by default); async so its fits yield to the event loop. */
export async function trainCheck(sets?: {
  rows: GoldPair[];
  xs: Record<string, number>[];
}): Promise<CheckModel> {
  const { rows, xs } = sets ?? (await loadSets());
  await yieldToLoop(); // the last set's features and the fit below would be one stretch of ~16 s
  // weights by the fit on every pair; the decision thresholds by grouped CV, never by the fit
  const fitted = fitCheckModel(
    xs,
    rows.map((r) => CHECK_LABELS.indexOf(r.stance as never)),
    MODEL_FEATURES,
    DEFAULT_FIT,
  );
  const model = withThresholds(
    fitted,
    chooseThresholds(rows, xs, await foldProbabilities(rows, xs, MODEL_FEATURES, DEFAULT_FIT)),
  );
  const r = (v: number) => Math.round(v * ROUND) / ROUND;
  return {
    ...model,
    mean: model.mean.map(r),
    scale: model.scale.map(r),
    weights: model.weights.map((w) => w.map(r)),
    ...(model.unrelated
      ? {
          unrelated: {
            mean: model.unrelated.mean.map(r),
            scale: model.unrelated.scale.map(r),
            weights: model.unrelated.weights.map(r),
          },
        }
      : {}),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const model = await trainCheck();
  writeFileSync(new URL('../models/check.json', import.meta.url), JSON.stringify(model, null, 1) + '\n');
  console.log(
    `models/check.json: ${model.features.length} features x ${model.labels.length} classes` +
      (model.unrelated ? ' (two stages: unrelated or not, then the related classes)' : ''),
  );
}
