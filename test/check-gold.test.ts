// The claim checker against the labelled claim-article pairs of test/gold/claims-dev.jsonl
// (articles read from ../shared/data/saudinewsnet by url). Floors at the measured figures: grouped
// cross-validation by claim group (no claim is scored by a model that saw it). The held-out pairs
// are not read here; README gives their figures, scored once.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { needShared } from './shared-data.js';
import { articleTexts, featuresOf, groupedCv, loadGold } from '../scripts/eval-check.js';
import { annotateText, stanceOf } from '../src/check/check.js';
import { readClaim } from '../src/check/views.js';
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

  it('grouped CV by claim group: macro-F1 and accuracy at least the measured 0.652 and 0.662, truncated (contrary evidence only, 11 features, thresholds by CV; the entity finder of round four moved them from 0.674 and 0.683, the slot comparison macro-F1 from 0.660: one discussing report of a town called contradicted by its region; the entity rules of round five from 0.659 and 0.668)', () => {
    const { scores } = groupedCv(dev, xs, MODEL_FEATURES, DEFAULT_FIT);
    console.log(
      `claims dev, grouped CV: accuracy ${scores.accuracy.toFixed(3)}, macro-F1 ${scores.macroF1.toFixed(3)}, ` +
        Object.entries(scores.f1)
          .map(([k, v]) => `${k} ${v.toFixed(3)}`)
          .join(', '),
    );
    expect(scores.macroF1).toBeGreaterThanOrEqual(0.652);
    expect(scores.accuracy).toBeGreaterThanOrEqual(0.662);
    for (const f of Object.values(scores.f1)) expect(f).toBeGreaterThanOrEqual(0.5);
  });

  it('models/check.json is what scripts/train-check.ts fits', () => {
    const shipped = JSON.parse(readFileSync(new URL('../models/check.json', import.meta.url), 'utf8'));
    expect(trainCheck(dev, xs)).toEqual(shipped);
  });
});

describe('claim checking on the one-slot dev pairs (test/gold/claims-slots-dev.jsonl)', () => {
  const rows = loadGold('claims-slots-dev.jsonl');
  let results: { stance: string; gold: string; cited: boolean }[];
  beforeAll(() => {
    needShared('data/saudinewsnet');
    const texts = articleTexts('claims-slots-dev', [...new Set(rows.map((r) => r.articleUrl))]);
    results = rows.map((r) => {
      const s = stanceOf(readClaim(r.claim), annotateText(texts.get(r.articleUrl)!));
      // a slot clash behind a disagreement: the first sentence cited is the one that gives the other value
      const clash = s.evidence.slots.find((x) => x.status === 'clash' && s.evidence.features.slotClash);
      const first = s.rationale[0]?.sentence;
      const cited = !clash || s.stance !== 'disagree' || first === clash.sentence;
      return { stance: s.stance, gold: r.stance, cited };
    });
  }, 300_000);

  it('the shipped model: accuracy at least the measured 0.75 (0.56 before the slot comparison), no agreeing report called contradicting, each slot clash cited first', () => {
    const right = results.filter((r) => r.stance === r.gold).length;
    console.log(`claims slots dev, shipped model: accuracy ${(right / results.length).toFixed(3)}`);
    expect(right / results.length).toBeGreaterThanOrEqual(0.75);
    expect(results.filter((r) => r.gold === 'agree' && r.stance === 'disagree')).toEqual([]);
    expect(results.every((r) => r.cited)).toBe(true);
  });
});
