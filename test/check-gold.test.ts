// The claim checker against the labelled claim-article pairs of test/gold/claims-dev.jsonl
// (articles read from ../shared/data/saudinewsnet by url). Floors at the measured figures: grouped
// cross-validation by claim group (no claim is scored by a model that saw it). The held-out pairs
// are not read here; README gives their figures, scored once.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { needShared } from './shared-data.js';
import { featuresOf, groupedCv, loadGold } from '../scripts/eval-check.js';
import { trainCheck } from '../scripts/train-check.js';
import { DEFAULT_FIT, MODEL_FEATURES } from '../src/check/model.js';

describe('claim checking on the dev pairs', () => {
  const dev = loadGold('claims-dev.jsonl');
  let xs: Record<string, number>[];
  beforeAll(() => {
    needShared('data/saudinewsnet'); // fails loudly, naming the folder, without ../shared
    xs = featuresOf('claims-dev', dev);
  }, 300_000);

  it('has the 145 pairs over four classes', () => {
    expect(dev).toHaveLength(145);
    expect(new Set(dev.map((r) => r.stance))).toEqual(new Set(['agree', 'disagree', 'discuss', 'unrelated']));
  });

  it('grouped CV by claim group: macro-F1 and accuracy at least the measured 0.660 and 0.668, truncated (contrary evidence only, 11 features, thresholds by CV; the entity finder of round four moved them from 0.674 and 0.683)', () => {
    const { scores } = groupedCv(dev, xs, MODEL_FEATURES, DEFAULT_FIT);
    console.log(
      `claims dev, grouped CV: accuracy ${scores.accuracy.toFixed(3)}, macro-F1 ${scores.macroF1.toFixed(3)}, ` +
        Object.entries(scores.f1)
          .map(([k, v]) => `${k} ${v.toFixed(3)}`)
          .join(', '),
    );
    expect(scores.macroF1).toBeGreaterThanOrEqual(0.66);
    expect(scores.accuracy).toBeGreaterThanOrEqual(0.668);
    for (const f of Object.values(scores.f1)) expect(f).toBeGreaterThanOrEqual(0.5);
  });

  it('models/check.json is what scripts/train-check.ts fits', () => {
    const shipped = JSON.parse(readFileSync(new URL('../models/check.json', import.meta.url), 'utf8'));
    expect(trainCheck(dev, xs)).toEqual(shipped);
  });
});
