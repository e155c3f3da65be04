// The command line of scripts/eval-check.ts (its usage is written there): loads every labelled set,
// runs the grouped CV and leave one set out, and prints what the flags ask for.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPair } from '../../src/check/check.js';
import { CHECK_LABELS, DEFAULT_FIT, MODEL_FEATURES, type FitOptions } from '../../src/check/model.js';
import { formatScores, scoreLabels, type Scores } from '../../src/check/metrics.js';
import { CLAIM_SETS, articleTexts, loadGold, loadSets } from './sets.js';
import { CV_FOLDS } from './folds.js';
import { readFeatureDump } from './dump.js';
import { groupedCv, leaveOneSetOutWithPredictions, mean, nestedCv, sd } from './cv.js';

/** Unseen claim sets, read only to report the shipped model's figure (never tuned on). */
const UNSEEN_CLAIM_SETS = [
  'claims-fresh4',
  'claims-fresh5',
  'claims-fresh6',
  'claims-fresh7',
  'claims-fresh8',
  'claims-fresh9',
  'claims-fresh10',
  'claims-fresh11',
  'claims-fresh12',
  'claims-fresh13',
  'claims-fresh14',
  'claims-fresh15',
];

export async function main() {
  const t0 = Date.now();
  // --features-from FILE: a dump of scripts/check-screen.ts --dump (the features take minutes),
  // refused unless its feature names are the current ones
  const from = process.argv.indexOf('--features-from');
  if (from > 0 && !process.argv[from + 1]) throw new Error('--features-from needs a file');
  const { rows, xs } = from > 0 ? readFeatureDump(process.argv[from + 1]) : await loadSets();
  console.error(`features of ${rows.length} pairs in ${Date.now() - t0} ms`);
  // the cache (scripts/check-learners.ts --cached) holds features computed here, never a dump read back
  if (from < 0) writeFileSync(join(tmpdir(), 'sanad-claims-features.json'), JSON.stringify({ rows, xs }));
  const pct = (v: number) => (100 * v).toFixed(1);
  const arg = (flag: string) => {
    const i = process.argv.indexOf(flag);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const fit: FitOptions = {
    ...DEFAULT_FIT,
    ...(arg('--l2') ? { l2: Number(arg('--l2')) } : {}),
    ...(arg('--weights') ? { classWeights: arg('--weights')!.split(',').map(Number) } : {}),
  };
  console.log(`fit: ${JSON.stringify(fit)}`);
  const cv = await groupedCv(rows, xs, MODEL_FEATURES, fit);
  console.log(
    `all sets, grouped ${CV_FOLDS}-fold CV by claim group over ${new Set(rows.map((r) => r.claimGroup)).size} groups` +
      ` (thresholds chosen by it: ${JSON.stringify(cv.thresholds)}); first draw:\n` +
      formatScores(CHECK_LABELS, cv.scores) +
      `\nmacro-F1 over ${cv.draws.length} draws: ${cv.draws.map((d) => pct(d.macroF1)).join(' / ')}` +
      ` (mean ${pct(mean(cv.draws.map((d) => d.macroF1)))}, accuracy ${pct(mean(cv.draws.map((d) => d.accuracy)))});` +
      ` per fold: mean ${pct(mean(cv.foldMacroF1))}, sd ${pct(sd(cv.foldMacroF1))},` +
      ` range ${pct(Math.min(...cv.foldMacroF1))}-${pct(Math.max(...cv.foldMacroF1))}`,
  );
  const { scores: loso, pred: losoPred } = await leaveOneSetOutWithPredictions(
    rows,
    xs,
    MODEL_FEATURES,
    fit,
    cv.thresholds,
  );
  for (const [set, s] of loso) console.log(`leave one set out: ${set}\n` + formatScores(CHECK_LABELS, s));
  // the figures a change is judged by: the mean and minimum over the sets, and each set's precision
  // of "disagree" (a contradiction called where there is none is the costliest error)
  const losoF1 = [...loso.values()].map((s) => s.macroF1);
  const disagreePrecision = (s: Scores) => {
    const called = CHECK_LABELS.reduce((n, g) => n + s.confusion[g].disagree, 0);
    return called ? pct(s.confusion.disagree.disagree / called) : '-';
  };
  console.log(
    `leave one set out: macro-F1 mean ${pct(mean(losoF1))}, min ${pct(Math.min(...losoF1))};` +
      ` disagree precision ${[...loso].map(([set, s]) => `${set.replace('claims-', '')} ${disagreePrecision(s)}`).join(', ')}`,
  );
  if (process.argv.includes('--nested')) {
    const nested = await nestedCv(rows, xs, MODEL_FEATURES, fit);
    console.log(
      'all sets, nested grouped CV (thresholds chosen without the scored fold):\n' +
        formatScores(CHECK_LABELS, nested),
    );
  }
  if (process.argv.includes('--features')) {
    rows.forEach((r, i) => {
      const f = Object.entries(xs[i])
        .map(([k, v]) => `${k}=${+v.toFixed(2)}`)
        .join(' ');
      console.log(`${r.id} ${r.stance}->${cv.pred[i]}${r.stance === cv.pred[i] ? '' : ' ✗'} ${f}`);
    });
  }
  if (process.argv.includes('--errors')) {
    // each leave-one-set-out error with the annotator's evidence: where the features fall short
    rows.forEach((r, i) => {
      if (r.stance === losoPred[i]) return;
      const f = [
        'contrary',
        'factCoverage',
        'cueCoverage',
        'windowCoverage',
        'slotFrame',
        'differFact',
        'differCue',
      ]
        .map((k) => `${k}=${+(xs[i][k] ?? 0).toFixed(2)}`)
        .join(' ');
      console.log(`LOSO ${r.id} (${r.set}) ${r.stance}->${losoPred[i]} ${f}`);
      console.log(`  claim: ${r.claim}\n  evidence: ${r.evidence ?? ''}\n  why: ${r.why ?? ''}`);
    });
  }
  // the shipped model (models/check.json) on a set, exactly as `sanad check --pairs` runs it
  const shipped = (name: string, what: string) => {
    const set = loadGold(`${name}.jsonl`);
    const texts = articleTexts(name, [...new Set(set.map((r) => r.articleUrl))]);
    const pred = set.map((r) => checkPair(r.claim, texts.get(r.articleUrl)!).stance);
    const s = scoreLabels(
      CHECK_LABELS,
      set.map((r) => r.stance),
      pred,
    );
    console.log(`${name}, shipped model (${what}):\n` + formatScores(CHECK_LABELS, s));
  };
  if (process.argv.includes('--shipped')) for (const name of CLAIM_SETS) shipped(name, 'fitted on it');
  for (const name of UNSEEN_CLAIM_SETS)
    if (process.argv.includes(`--${name.slice('claims-'.length)}`)) shipped(name, 'unseen');
}
