// The claim checker against every labelled claim-article pair (CLAIM_SETS of scripts/eval-check.ts;
// articles read from ../shared/data/saudinewsnet by url). Floors at the measured figures: grouped
// 10-fold cross-validation by claim group (no claim is scored by a model that saw it) and leave one
// set out (each file scored by a model fitted on the others). The unseen set the lead scores is not read here.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { needShared } from './shared-data.js';
import {
  CLAIM_SETS,
  articleTexts,
  groupedCv,
  leaveOneSetOut,
  loadGold,
  loadSets,
  type GoldPair,
} from '../scripts/eval-check.js';
import { annotateText, stanceOf } from '../src/check/check.js';
import { readClaim } from '../src/check/views.js';
import { trainCheck } from '../scripts/train-check.js';
import { CHECK_LABELS, DEFAULT_FIT, MODEL_FEATURES } from '../src/check/model.js';

/**
 * Measured with the shipped settings (fourteenth round: ten sets, 1,975 pairs; the two-stage model,
 * unrelated or not and then the related classes; refitted on the merged head with the fourteenth
 * round's entity tagger, trained on ner-train7/8 too; first fold draw), floors a thousandth or so
 * under. The new tagger's entities moved the sets by up to three points either way (leave-one-set-out
 * mean 0.612 -> 0.615). The thirteenth round's: 0.644 / 0.656; leave one set out 0.62 / 0.575 / 0.533 /
 * 0.622 / 0.759 / 0.724 / 0.656 / 0.615 / 0.575.
 */
const CV_MACRO_F1 = 0.639;
const CV_ACCURACY = 0.651;
const CV_TITLE =
  'grouped 10-fold CV by claim group: macro-F1 and accuracy at least the measured 0.640 and 0.652, every class F1 at least 0.4';
// Leave one set out after the round's merge (mean 0.615 over the ten sets).
const LOSO_MACRO_F1: Record<string, number> = {
  'claims-dev': 0.647,
  'claims-dev2': 0.609,
  'claims-heldout': 0.526,
  'claims-fresh': 0.627,
  'claims-fresh2': 0.759,
  'claims-fresh3': 0.72,
  'claims-dev3': 0.651,
  'claims-dev4': 0.611,
  'claims-dev5': 0.567,
};

describe('claim checking on every labelled pair', () => {
  let rows: GoldPair[];
  let xs: Record<string, number>[];
  beforeAll(async () => {
    needShared('data/saudinewsnet'); // fails loudly, naming the folder, without ../shared
    rows = [];
    xs = [];
    for (const name of CLAIM_SETS) {
      const set = loadSets([name]);
      rows.push(...set.rows);
      xs.push(...set.xs);
      // a set at a time, so the worker still answers the runner (minutes of features in one block time it out)
      await new Promise((done) => setImmediate(done));
    }
  }, 600_000);

  it('has the 1,975 pairs of the ten sets over four classes, no claim group in two sets', () => {
    expect(CLAIM_SETS).toHaveLength(10);
    expect(rows).toHaveLength(1975);
    expect(new Set(rows.map((r) => r.stance))).toEqual(
      new Set(['agree', 'disagree', 'discuss', 'unrelated']),
    );
    const setsOfGroup = new Map<string, Set<string>>();
    for (const r of rows)
      setsOfGroup.set(r.claimGroup, (setsOfGroup.get(r.claimGroup) ?? new Set()).add(r.set!));
    expect([...setsOfGroup.values()].every((sets) => sets.size === 1)).toBe(true);
    expect(setsOfGroup.size).toBe(252);
  });

  it(
    CV_TITLE,
    () => {
      const cv = groupedCv(rows, xs, MODEL_FEATURES, DEFAULT_FIT, [1]);
      const s = cv.scores;
      console.log(
        `claims, grouped 10-fold CV: accuracy ${s.accuracy.toFixed(3)}, macro-F1 ${s.macroF1.toFixed(3)}, ` +
          Object.entries(s.f1)
            .map(([k, v]) => `${k} ${v.toFixed(3)}`)
            .join(', '),
      );
      expect(s.macroF1).toBeGreaterThanOrEqual(CV_MACRO_F1);
      expect(s.accuracy).toBeGreaterThanOrEqual(CV_ACCURACY);
      for (const f of Object.values(s.f1)) expect(f).toBeGreaterThanOrEqual(0.4);
    },
    300_000,
  );

  it('leave one set out (the shipped thresholds): each set at least its measured macro-F1', () => {
    const shipped = JSON.parse(readFileSync(new URL('../models/check.json', import.meta.url), 'utf8'));
    const thresholds = {
      disagreeBoost: shipped.classBoost[CHECK_LABELS.indexOf('disagree')],
      minContraryCoverage: shipped.minContraryCoverage,
    };
    const loso = leaveOneSetOut(rows, xs, MODEL_FEATURES, DEFAULT_FIT, thresholds);
    for (const [set, floor] of Object.entries(LOSO_MACRO_F1)) {
      console.log(`leave one set out, ${set}: macro-F1 ${loso.get(set)!.macroF1.toFixed(3)}`);
      expect(loso.get(set)!.macroF1).toBeGreaterThanOrEqual(floor);
    }
  }, 300_000);

  it('models/check.json is what scripts/train-check.ts fits', () => {
    const shipped = JSON.parse(readFileSync(new URL('../models/check.json', import.meta.url), 'utf8'));
    expect(trainCheck({ rows, xs })).toEqual(shipped);
  }, 300_000);
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

  it('the shipped model (since the seventh round fitted on these pairs too): accuracy at least the measured 0.75 (0.56 before the slot comparison), no agreeing report called contradicting, each slot clash cited first', () => {
    const right = results.filter((r) => r.stance === r.gold).length;
    console.log(`claims slots dev, shipped model: accuracy ${(right / results.length).toFixed(3)}`);
    expect(right / results.length).toBeGreaterThanOrEqual(0.75);
    expect(results.filter((r) => r.gold === 'agree' && r.stance === 'disagree')).toEqual([]);
    expect(results.every((r) => r.cited)).toBe(true);
  });
});
