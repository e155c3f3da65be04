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
 * Measured with the shipped settings (twentieth round: numberUnseen and the counted noun, CV 0.653 / 0.668;
 * eighteenth round: the model refitted after the finder's change,
 * CV 0.646 / 0.660; seventeenth round: thirteen sets, 2,939 pairs, claims-dev8 added;
 * the comparison and unit readings of check17a, the rareWindow feature of check17b: CV 0.647 / 0.661.
 * Sixteenth round: twelve sets, 2,648 pairs, claims-dev7 added;
 * the two-stage model refitted on the merged head: the slot readings of check16, the finder refitted
 * to the beam tagger, the tagger trained on ner-train9 too; first fold draw), floors a thousandth
 * under. The fifteenth round's (eleven sets): 0.645 / 0.657; leave one set out 0.642 / 0.590 / 0.524 /
 * 0.631 / 0.723 / 0.715 / 0.682 / 0.631 / 0.585 / 0.631.
 */
const CV_MACRO_F1 = 0.645;
const CV_ACCURACY = 0.659;
const CV_TITLE =
  'grouped 10-fold CV by claim group: macro-F1 and accuracy at least the measured 0.646 and 0.660, every class F1 at least 0.4';
// Leave one set out after the twentieth round's merge (numberUnseen and the counted noun: mean 0.635;
// 0.623 after the eighteenth and seventeenth, 0.615 over twelve after the sixteenth).
const LOSO_MACRO_F1: Record<string, number> = {
  'claims-dev': 0.676,
  'claims-dev2': 0.691,
  'claims-heldout': 0.568,
  'claims-fresh': 0.643,
  'claims-fresh2': 0.713,
  'claims-fresh3': 0.711,
  'claims-dev3': 0.674,
  'claims-dev4': 0.656,
  'claims-dev5': 0.654,
  'claims-dev6': 0.637,
  'claims-dev7': 0.559,
  'claims-dev8': 0.624,
};

describe('claim checking on every labelled pair', () => {
  let rows: GoldPair[];
  let xs: Record<string, number>[];
  beforeAll(async () => {
    needShared('data/saudinewsnet'); // fails loudly, naming the folder, without ../shared
    rows = [];
    xs = [];
    for (const name of CLAIM_SETS) {
      const set = await loadSets([name]);
      rows.push(...set.rows);
      xs.push(...set.xs);
      // a set at a time, so the worker still answers the runner (minutes of features in one block time it out)
      await new Promise((done) => setImmediate(done));
    }
  }, 600_000);

  it('has the 2,939 pairs of the thirteen sets over four classes, no claim group in two sets', () => {
    expect(CLAIM_SETS).toHaveLength(13);
    expect(rows).toHaveLength(2939);
    expect(new Set(rows.map((r) => r.stance))).toEqual(
      new Set(['agree', 'disagree', 'discuss', 'unrelated']),
    );
    const setsOfGroup = new Map<string, Set<string>>();
    for (const r of rows)
      setsOfGroup.set(r.claimGroup, (setsOfGroup.get(r.claimGroup) ?? new Set()).add(r.set!));
    expect([...setsOfGroup.values()].every((sets) => sets.size === 1)).toBe(true);
    expect(setsOfGroup.size).toBe(363);
  });

  it(
    CV_TITLE,
    async () => {
      const cv = await groupedCv(rows, xs, MODEL_FEATURES, DEFAULT_FIT, [1]);
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
    900_000,
  );

  it('leave one set out (the shipped thresholds): each set at least its measured macro-F1', async () => {
    const shipped = JSON.parse(readFileSync(new URL('../models/check.json', import.meta.url), 'utf8'));
    const thresholds = {
      disagreeBoost: shipped.classBoost[CHECK_LABELS.indexOf('disagree')],
      minContraryCoverage: shipped.minContraryCoverage,
    };
    const loso = await leaveOneSetOut(rows, xs, MODEL_FEATURES, DEFAULT_FIT, thresholds);
    for (const [set, floor] of Object.entries(LOSO_MACRO_F1)) {
      console.log(`leave one set out, ${set}: macro-F1 ${loso.get(set)!.macroF1.toFixed(3)}`);
      expect(loso.get(set)!.macroF1).toBeGreaterThanOrEqual(floor);
    }
  }, 900_000);

  it('models/check.json is what scripts/train-check.ts fits', async () => {
    const shipped = JSON.parse(readFileSync(new URL('../models/check.json', import.meta.url), 'utf8'));
    expect(await trainCheck({ rows, xs })).toEqual(shipped);
  }, 900_000);
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
  }, 900_000);

  it('the shipped model (since the seventh round fitted on these pairs too): accuracy at least the measured 0.75 (0.56 before the slot comparison), no agreeing report called contradicting, each slot clash cited first', () => {
    const right = results.filter((r) => r.stance === r.gold).length;
    console.log(`claims slots dev, shipped model: accuracy ${(right / results.length).toFixed(3)}`);
    expect(right / results.length).toBeGreaterThanOrEqual(0.75);
    expect(results.filter((r) => r.gold === 'agree' && r.stance === 'disagree')).toEqual([]);
    expect(results.every((r) => r.cited)).toBe(true);
  });
});
