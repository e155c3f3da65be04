// Develops and scores the claim-stance model on the labelled claim-article pairs.
//   npx tsx scripts/eval-check.ts                 grouped CV on dev (one fold per claim group)
//   npx tsx scripts/eval-check.ts --features      ... and print each pair's features and prediction
//   npx tsx scripts/eval-check.ts --nested        ... and nested grouped CV (thresholds chosen per fold)
//   npx tsx scripts/eval-check.ts --slots         ... and the model fitted on all of dev on test/gold/claims-slots-dev.jsonl
//   npx tsx scripts/eval-check.ts --heldout       the shipped model on test/gold/claims-heldout.jsonl
//   npx tsx scripts/eval-check.ts --fresh         the shipped model on test/gold/claims-fresh.jsonl
//   npx tsx scripts/eval-check.ts --fresh2        the shipped model on test/gold/claims-fresh2.jsonl
//   npx tsx scripts/eval-check.ts --fresh3        the shipped model on test/gold/claims-fresh3.jsonl
//   npx tsx scripts/eval-check.ts --fresh4        the shipped model on test/gold/claims-fresh4.jsonl (unseen)
//   npx tsx scripts/eval-check.ts --fresh5        the shipped model on test/gold/claims-fresh5.jsonl (unseen)
// The held-out and fresh files are read only by those flags, to report a figure; never tune on them.
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
import { formatScores, scoreLabels } from '../src/check/metrics.js';

export interface GoldPair {
  id: string;
  claim: string;
  claimGroup: string;
  articleUrl: string;
  stance: string;
}

export function loadGold(name: string): GoldPair[] {
  return readFileSync(new URL(`../test/gold/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldPair);
}

/** url -> article text, cached under the system temp folder (reading the day zips takes seconds). */
export function articleTexts(name: string, urls: string[]): Map<string, string> {
  const cache = join(tmpdir(), `sanad-${name}-texts.json`);
  if (existsSync(cache)) return new Map(Object.entries(JSON.parse(readFileSync(cache, 'utf8'))));
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

/** Each pair's class probabilities from a model fitted without its claim group, and that model. */
export function foldProbabilities(
  rows: GoldPair[],
  xs: Record<string, number>[],
  features: string[],
  opt: FitOptions,
  groups = [...new Set(rows.map((r) => r.claimGroup))],
) {
  const ys = rows.map((r) => CHECK_LABELS.indexOf(r.stance as never));
  const probs = new Array<number[]>(rows.length);
  const models = new Array<CheckModel>(rows.length);
  for (const g of groups) {
    const train = rows.map((r, i) => i).filter((i) => rows[i].claimGroup !== g);
    const model = fitCheckModel(
      train.map((i) => xs[i]),
      train.map((i) => ys[i]),
      features,
      opt,
    );
    rows.forEach((r, i) => {
      if (r.claimGroup !== g) return;
      probs[i] = predictProbabilities(model, xs[i]);
      models[i] = model;
    });
  }
  return { probs, models };
}

function scoreWith(
  rows: GoldPair[],
  xs: Record<string, number>[],
  fold: ReturnType<typeof foldProbabilities>,
  t: Thresholds,
  only: (i: number) => boolean = () => true,
) {
  const idx = rows.map((_, i) => i).filter(only);
  const pred = idx.map((i) => CHECK_LABELS[decide(withThresholds(fold.models[i], t), fold.probs[i], xs[i])]);
  const scores = scoreLabels(
    CHECK_LABELS,
    idx.map((i) => rows[i].stance),
    pred,
  );
  return { pred, scores };
}

/**
 * The decision thresholds (disagree boost, minimum contrary coverage) with the best grouped-CV
 * macro-F1 over `rows`; a tie goes to the earlier setting of the grids (the plainer one).
 */
export function chooseThresholds(
  rows: GoldPair[],
  xs: Record<string, number>[],
  fold = foldProbabilities(rows, xs, MODEL_FEATURES, DEFAULT_FIT),
): Thresholds {
  let best: { t: Thresholds; f1: number } | undefined;
  for (const disagreeBoost of DISAGREE_BOOSTS)
    for (const minContraryCoverage of MIN_CONTRARY_COVERAGES) {
      const t = { disagreeBoost, minContraryCoverage };
      const f1 = scoreWith(rows, xs, fold, t).scores.macroF1;
      if (!best || f1 > best.f1 + 1e-12) best = { t, f1 };
    }
  return best!.t;
}

/** Grouped CV (one fold per claim group), the thresholds chosen by the same CV over all groups. */
export function groupedCv(
  rows: GoldPair[],
  xs: Record<string, number>[],
  features: string[],
  opt: FitOptions,
) {
  const fold = foldProbabilities(rows, xs, features, opt);
  const thresholds = chooseThresholds(rows, xs, fold);
  return { ...scoreWith(rows, xs, fold, thresholds), thresholds };
}

/**
 * Nested grouped CV: each claim group is scored with thresholds chosen by grouped CV over the other
 * groups only, so the choice of thresholds is no longer scored on the claims it was made on.
 */
export function nestedCv(
  rows: GoldPair[],
  xs: Record<string, number>[],
  features: string[],
  opt: FitOptions,
) {
  const fold = foldProbabilities(rows, xs, features, opt);
  const pred = new Array<string>(rows.length);
  for (const g of new Set(rows.map((r) => r.claimGroup))) {
    const inner = rows.map((_, i) => i).filter((i) => rows[i].claimGroup !== g);
    const innerRows = inner.map((i) => rows[i]);
    const innerXs = inner.map((i) => xs[i]);
    const t = chooseThresholds(innerRows, innerXs, foldProbabilities(innerRows, innerXs, features, opt));
    rows.forEach((r, i) => {
      if (r.claimGroup === g)
        pred[i] = CHECK_LABELS[decide(withThresholds(fold.models[i], t), fold.probs[i], xs[i])];
    });
  }
  return scoreLabels(
    CHECK_LABELS,
    rows.map((r) => r.stance),
    pred,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dev = loadGold('claims-dev.jsonl');
  const t0 = Date.now();
  const xs = featuresOf('claims-dev', dev);
  console.error(`features of ${dev.length} pairs in ${Date.now() - t0} ms`);
  writeFileSync(join(tmpdir(), 'sanad-claims-dev-features.json'), JSON.stringify({ dev, xs }));
  const { pred, scores, thresholds } = groupedCv(dev, xs, MODEL_FEATURES, DEFAULT_FIT);
  console.log(
    `dev, grouped CV by claim group (thresholds chosen by it: ${JSON.stringify(thresholds)}):\n` +
      formatScores(CHECK_LABELS, scores),
  );
  if (process.argv.includes('--nested')) {
    const nested = nestedCv(dev, xs, MODEL_FEATURES, DEFAULT_FIT);
    console.log(
      'dev, nested grouped CV (thresholds chosen without the scored group):\n' +
        formatScores(CHECK_LABELS, nested),
    );
  }
  if (process.argv.includes('--features')) {
    dev.forEach((r, i) => {
      const f = Object.entries(xs[i])
        .map(([k, v]) => `${k}=${+v.toFixed(2)}`)
        .join(' ');
      console.log(`${r.id} ${r.stance}->${pred[i]}${r.stance === pred[i] ? '' : ' ✗'} ${f}`);
    });
  }
  if (process.argv.includes('--slots')) {
    // a second dev set (one-slot claims, written by the rule writer): the model fitted on all of dev
    const model = withThresholds(
      fitCheckModel(
        xs,
        dev.map((r) => CHECK_LABELS.indexOf(r.stance as never)),
        MODEL_FEATURES,
        DEFAULT_FIT,
      ),
      chooseThresholds(dev, xs),
    );
    const rows = loadGold('claims-slots-dev.jsonl');
    const sx = featuresOf('claims-slots-dev', rows);
    const sp = sx.map((x) => CHECK_LABELS[decide(model, predictProbabilities(model, x), x)]);
    const ss = scoreLabels(
      CHECK_LABELS,
      rows.map((r) => r.stance),
      sp,
    );
    console.log('claims-slots-dev, model fitted on dev:\n' + formatScores(CHECK_LABELS, ss));
    if (process.argv.includes('--features'))
      rows.forEach((r, i) => console.log(`${r.id} ${r.stance}->${sp[i]}${r.stance === sp[i] ? '' : ' ✗'}`));
  }
  for (const [flag, name] of [
    ['--heldout', 'claims-heldout'],
    ['--fresh', 'claims-fresh'],
    ['--fresh2', 'claims-fresh2'],
    ['--fresh3', 'claims-fresh3'],
    ['--fresh4', 'claims-fresh4'],
    ['--fresh5', 'claims-fresh5'],
  ]) {
    if (!process.argv.includes(flag)) continue;
    // the shipped model (models/check.json), exactly as `sanad check --pairs` runs it
    const held = loadGold(`${name}.jsonl`);
    const texts = articleTexts(name, [...new Set(held.map((r) => r.articleUrl))]);
    const hp = held.map((r) => checkPair(r.claim, texts.get(r.articleUrl)!).stance);
    const hs = scoreLabels(
      CHECK_LABELS,
      held.map((r) => r.stance),
      hp,
    );
    console.log(`${name}, shipped model:\n` + formatScores(CHECK_LABELS, hs));
  }
}
