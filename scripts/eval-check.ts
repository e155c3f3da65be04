// Develops and scores the claim-stance model on the labelled claim-article pairs.
//   npx tsx scripts/eval-check.ts                 grouped 10-fold CV over every labelled set (folds never
//                                                 split a claim group; three fold draws), then
//                                                 leave-one-set-out (fit on the other files, score one;
//                                                 a summary line: mean, minimum, disagree precision)
//   npx tsx scripts/eval-check.ts --features      ... and print each pair's features and prediction
//   npx tsx scripts/eval-check.ts --nested        ... and nested CV (thresholds chosen without the scored fold)
//   npx tsx scripts/eval-check.ts --l2 0.15 --weights 1,1,1.5,1
//                                                 ... with another penalty / class weights (agree,
//                                                 disagree, discuss, unrelated) than DEFAULT_FIT
//   npx tsx scripts/eval-check.ts --features-from FILE   ... on features dumped by scripts/check-screen.ts --dump
//   npx tsx scripts/eval-check.ts --shipped       the shipped model (models/check.json) on each set, as
//                                                 `sanad check --pairs` runs it (its own training data!)
// Since the seventh round every labelled set is training data (CLAIM_SETS): the former held-out and
// fresh sets were retired to development when new unseen sets were written; those are read only by:
//   npx tsx scripts/eval-check.ts --fresh4 … --fresh13   the shipped model on the unseen claim sets
//                                                 (unseen: report the figure, never tune on it)
// Articles are read from ../shared/data/saudinewsnet by url; the article given to the checker is
// the record's title and content as one plain text, as `sanad check --pairs` receives it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordsByUrl } from '../test/support/saudinewsnet.js';
import { checkPair, pairFeaturesOf } from '../src/check/check.js';
import {
  CHECK_LABELS,
  DEFAULT_FIT,
  DISAGREE_BOOSTS,
  MIN_CONTRARY_COVERAGES,
  MODEL_FEATURES,
  fitCheckModel,
  decide,
  predictProbabilities,
  withThresholds,
  type CheckModel,
  type FitOptions,
  type Thresholds,
} from '../src/check/model.js';
import { formatScores, scoreLabels, type Scores } from '../src/check/metrics.js';

export interface GoldPair {
  id: string;
  /** the annotator's span of the article behind the label, and why (not read by the checker) */
  evidence?: string;
  why?: string;
  claim: string;
  /** a claim and its variants (a false version of it): the unit no fold may split */
  claimGroup: string;
  articleUrl: string;
  stance: string;
  /** the file the pair comes from (set by loadSets) */
  set?: string;
}

/**
 * The labelled sets the model is fitted and cross-validated on. The held-out and fresh sets were
 * scored once each as unseen sets in earlier rounds and then retired to development data;
 * claims-dev3 (390 pairs, 40 claims, 17 false versions) was written as development data (tenth round),
 * claims-dev4 (403 pairs, 24 false versions) and claims-dev5 (356 pairs, 22 false versions) in the twelfth,
 * claims-dev6 (314 pairs, 35 claims) in the fifteenth; its first 168 pairs were scored once as a held-out set (58.7) before it joined;
 * claims-dev7 (359 pairs, 38 claims) in the sixteenth, scored once by the fifteenth round's shipped model (54.3) before it joined.
 */
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
];

export const CLAIM_SETS = [
  'claims-dev',
  'claims-dev2',
  'claims-slots-dev',
  'claims-heldout',
  'claims-fresh',
  'claims-fresh2',
  'claims-fresh3',
  'claims-dev3',
  'claims-dev4',
  'claims-dev5',
  'claims-dev6',
  'claims-dev7',
  'claims-dev8',
];

/** Folds of the grouped CV, and the fold draws whose figures are averaged. */
export const CV_FOLDS = 10;
export const CV_SEEDS = [1, 2, 3];

export function loadGold(name: string): GoldPair[] {
  return readFileSync(new URL(`../test/gold/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldPair);
}

/** url -> article text, cached under the system temp folder (reading the day zips takes seconds). */
export function articleTexts(name: string, urls: string[]): Map<string, string> {
  const cache = join(tmpdir(), `sanad-${name}-texts.json`);
  if (existsSync(cache)) {
    const cached = new Map(Object.entries(JSON.parse(readFileSync(cache, 'utf8')) as Record<string, string>));
    if (urls.every((u) => cached.has(u))) return cached;
  }
  const texts = new Map<string, string>();
  recordsByUrl(urls).forEach((r, i) =>
    texts.set(urls[i], [r.title?.trim(), r.content?.trim()].filter(Boolean).join('\n')),
  );
  writeFileSync(cache, JSON.stringify(Object.fromEntries(texts)));
  return texts;
}

export function featuresOf(name: string, rows: GoldPair[]): Record<string, number>[] {
  const texts = articleTexts(name, [...new Set(rows.map((r) => r.articleUrl))]);
  return rows.map((r) => pairFeaturesOf(r.claim, texts.get(r.articleUrl)!));
}

/**
 * Lets the event loop run between long synchronous stretches (a set's features, a fold's fit): a
 * test worker blocked for a minute stops answering the runner, which then reports an RPC timeout
 * ("Timeout calling onTaskUpdate"). Measured in CPU time (eighteenth round): one fit on every pair
 * about 7 s, one set's features up to 10 s, so a yield before each keeps every stretch near that.
 */
export const yieldToLoop = () => new Promise<void>((done) => setImmediate(done));

/** Every pair of the given sets with its features; claim groups are named by set, so two files never share one. */
export async function loadSets(
  names = CLAIM_SETS,
): Promise<{ rows: GoldPair[]; xs: Record<string, number>[] }> {
  const rows: GoldPair[] = [];
  const xs: Record<string, number>[] = [];
  for (const name of names) {
    await yieldToLoop();
    const set = loadGold(`${name}.jsonl`).map((r) => ({
      ...r,
      set: name,
      claimGroup: `${name}:${r.claimGroup}`,
    }));
    rows.push(...set);
    xs.push(...featuresOf(name, set));
  }
  return { rows, xs };
}

/** A small deterministic generator (the fold draws must be the same on every machine). */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** Each pair's fold: claim groups shuffled by `seed` and dealt round the `k` folds, so no fold splits a claim. */
export function groupFolds(rows: GoldPair[], k = CV_FOLDS, seed = CV_SEEDS[0]): number[] {
  const next = lcg(seed);
  const groups = [...new Set(rows.map((r) => r.claimGroup))]
    .sort()
    .map((g) => ({ g, key: next() }))
    .sort((a, b) => a.key - b.key);
  const fold = new Map(groups.map(({ g }, i) => [g, i % k]));
  return rows.map((r) => fold.get(r.claimGroup)!);
}

/** Each pair's fold when each labelled file is one fold (leave one set out). */
export function setFolds(rows: GoldPair[]): number[] {
  const sets = [...new Set(rows.map((r) => r.set ?? ''))];
  return rows.map((r) => sets.indexOf(r.set ?? ''));
}

export type FoldFit = { probs: number[][]; models: CheckModel[] };

/** Each pair's class probabilities from a model fitted without its fold, and that model (a yield before each fit). */
export async function foldProbabilities(
  rows: GoldPair[],
  xs: Record<string, number>[],
  features: string[],
  opt: FitOptions,
  folds = groupFolds(rows),
): Promise<FoldFit> {
  const ys = rows.map((r) => CHECK_LABELS.indexOf(r.stance as never));
  const probs = new Array<number[]>(rows.length);
  const models = new Array<CheckModel>(rows.length);
  for (const f of new Set(folds)) {
    await yieldToLoop();
    const train = rows.map((_, i) => i).filter((i) => folds[i] !== f);
    const model = fitCheckModel(
      train.map((i) => xs[i]),
      train.map((i) => ys[i]),
      features,
      opt,
    );
    rows.forEach((_, i) => {
      if (folds[i] !== f) return;
      probs[i] = predictProbabilities(model, xs[i]);
      models[i] = model;
    });
  }
  return { probs, models };
}

function predictWith(xs: Record<string, number>[], fold: FoldFit, t: Thresholds, idx: number[]): string[] {
  return idx.map((i) => CHECK_LABELS[decide(withThresholds(fold.models[i], t), fold.probs[i], xs[i])]);
}

function scoreWith(
  rows: GoldPair[],
  xs: Record<string, number>[],
  fold: FoldFit,
  t: Thresholds,
  only: (i: number) => boolean = () => true,
) {
  const idx = rows.map((_, i) => i).filter(only);
  const pred = predictWith(xs, fold, t, idx);
  const scores = scoreLabels(
    CHECK_LABELS,
    idx.map((i) => rows[i].stance),
    pred,
  );
  return { pred, scores };
}

/**
 * The decision thresholds (disagree boost, minimum contrary coverage) with the best grouped-CV
 * macro-F1 over `rows` (`fold`: foldProbabilities over grouped folds); a tie goes to the earlier
 * setting of the grids (the plainer one).
 */
export function chooseThresholds(rows: GoldPair[], xs: Record<string, number>[], fold: FoldFit): Thresholds {
  let best: { t: Thresholds; f1: number } | undefined;
  for (const disagreeBoost of DISAGREE_BOOSTS)
    for (const minContraryCoverage of MIN_CONTRARY_COVERAGES) {
      const t = { disagreeBoost, minContraryCoverage };
      const f1 = scoreWith(rows, xs, fold, t).scores.macroF1;
      if (!best || f1 > best.f1 + 1e-12) best = { t, f1 };
    }
  return best!.t;
}

const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
const sd = (v: number[]) => Math.sqrt(mean(v.map((x) => (x - mean(v)) ** 2)));

export interface CvResult {
  /** predictions and scores of the first fold draw */
  pred: string[];
  scores: Scores;
  thresholds: Thresholds;
  /** pooled macro-F1 and accuracy of each fold draw */
  draws: { macroF1: number; accuracy: number }[];
  /** macro-F1 of every fold of every draw: the spread between claim samples */
  foldMacroF1: number[];
}

/**
 * Grouped k-fold CV (no fold splits a claim group), over several fold draws; the thresholds chosen
 * by the CV of the first draw, over all pairs.
 */
export async function groupedCv(
  rows: GoldPair[],
  xs: Record<string, number>[],
  features: string[],
  opt: FitOptions,
  seeds = CV_SEEDS,
): Promise<CvResult> {
  let first: Omit<CvResult, 'draws' | 'foldMacroF1'> | undefined;
  const draws: CvResult['draws'] = [];
  const foldMacroF1: number[] = [];
  for (const seed of seeds) {
    const folds = groupFolds(rows, CV_FOLDS, seed);
    const fold = await foldProbabilities(rows, xs, features, opt, folds);
    const thresholds = first?.thresholds ?? chooseThresholds(rows, xs, fold);
    const { pred, scores } = scoreWith(rows, xs, fold, thresholds);
    first ??= { pred, scores, thresholds };
    draws.push({ macroF1: scores.macroF1, accuracy: scores.accuracy });
    for (let f = 0; f < CV_FOLDS; f++)
      foldMacroF1.push(scoreWith(rows, xs, fold, thresholds, (i) => folds[i] === f).scores.macroF1);
  }
  return { ...first!, draws, foldMacroF1 };
}

/** Leave one set out: each file scored by a model fitted on the others, with the given thresholds. */
export async function leaveOneSetOut(
  rows: GoldPair[],
  xs: Record<string, number>[],
  features: string[],
  opt: FitOptions,
  thresholds: Thresholds,
): Promise<Map<string, Scores>> {
  return (await leaveOneSetOutWithPredictions(rows, xs, features, opt, thresholds)).scores;
}

/** Leave one set out, with each pair's prediction (by the model fitted without its set). */
export async function leaveOneSetOutWithPredictions(
  rows: GoldPair[],
  xs: Record<string, number>[],
  features: string[],
  opt: FitOptions,
  thresholds: Thresholds,
): Promise<{ scores: Map<string, Scores>; pred: string[] }> {
  const folds = setFolds(rows);
  const fold = await foldProbabilities(rows, xs, features, opt, folds);
  const scores = new Map<string, Scores>();
  for (const set of new Set(rows.map((r) => r.set ?? '')))
    scores.set(set, scoreWith(rows, xs, fold, thresholds, (i) => rows[i].set === set).scores);
  const all = rows.map((_, i) => i);
  return { scores, pred: predictWith(xs, fold, thresholds, all) };
}

/**
 * Nested grouped CV: each fold is scored with thresholds chosen by grouped CV over the other folds
 * only, so the choice of thresholds is no longer scored on the claims it was made on.
 */
export async function nestedCv(
  rows: GoldPair[],
  xs: Record<string, number>[],
  features: string[],
  opt: FitOptions,
  seed = CV_SEEDS[0],
) {
  const folds = groupFolds(rows, CV_FOLDS, seed);
  const fold = await foldProbabilities(rows, xs, features, opt, folds);
  const pred = new Array<string>(rows.length);
  for (let f = 0; f < CV_FOLDS; f++) {
    const inner = rows.map((_, i) => i).filter((i) => folds[i] !== f);
    const innerRows = inner.map((i) => rows[i]);
    const innerXs = inner.map((i) => xs[i]);
    const t = chooseThresholds(
      innerRows,
      innerXs,
      await foldProbabilities(innerRows, innerXs, features, opt, groupFolds(innerRows, CV_FOLDS, seed)),
    );
    const outer = rows.map((_, i) => i).filter((i) => folds[i] === f);
    predictWith(xs, fold, t, outer).forEach((p, j) => (pred[outer[j]] = p));
  }
  return scoreLabels(
    CHECK_LABELS,
    rows.map((r) => r.stance),
    pred,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t0 = Date.now();
  // --features-from FILE: a dump of scripts/check-screen.ts --dump (the features take minutes)
  const from = process.argv.indexOf('--features-from');
  const { rows, xs } =
    from > 0
      ? (JSON.parse(readFileSync(process.argv[from + 1], 'utf8')) as Awaited<ReturnType<typeof loadSets>>)
      : await loadSets();
  console.error(`features of ${rows.length} pairs in ${Date.now() - t0} ms`);
  writeFileSync(join(tmpdir(), 'sanad-claims-features.json'), JSON.stringify({ rows, xs }));
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
