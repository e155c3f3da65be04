// Develops and scores the claim-stance model on the labelled claim-article pairs.
//   npx tsx scripts/eval-check.ts                 grouped CV on dev (one fold per claim group)
//   npx tsx scripts/eval-check.ts --features      ... and print each pair's features and prediction
//   npx tsx scripts/eval-check.ts --heldout       fit on all of dev, score test/gold/claims-heldout.jsonl
// The held-out file is read only by --heldout, to report a figure once; never tune on it.
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
  MODEL_FEATURES,
  fitCheckModel,
  decide,
  predictProbabilities,
  type FitOptions,
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

export function groupedCv(
  rows: GoldPair[],
  xs: Record<string, number>[],
  features: string[],
  opt: FitOptions,
) {
  const ys = rows.map((r) => CHECK_LABELS.indexOf(r.stance as never));
  const pred = new Array<string>(rows.length);
  for (const g of new Set(rows.map((r) => r.claimGroup))) {
    const train = rows.map((r, i) => i).filter((i) => rows[i].claimGroup !== g);
    const model = fitCheckModel(
      train.map((i) => xs[i]),
      train.map((i) => ys[i]),
      features,
      opt,
    );
    rows.forEach((r, i) => {
      if (r.claimGroup === g)
        pred[i] = CHECK_LABELS[decide(model, predictProbabilities(model, xs[i]), xs[i])];
    });
  }
  return {
    pred,
    scores: scoreLabels(
      CHECK_LABELS,
      rows.map((r) => r.stance),
      pred,
    ),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dev = loadGold('claims-dev.jsonl');
  const t0 = Date.now();
  const xs = featuresOf('claims-dev', dev);
  console.error(`features of ${dev.length} pairs in ${Date.now() - t0} ms`);
  writeFileSync(join(tmpdir(), 'sanad-claims-dev-features.json'), JSON.stringify({ dev, xs }));
  const { pred, scores } = groupedCv(dev, xs, MODEL_FEATURES, DEFAULT_FIT);
  console.log('dev, grouped CV by claim group:\n' + formatScores(CHECK_LABELS, scores));
  if (process.argv.includes('--features')) {
    dev.forEach((r, i) => {
      const f = Object.entries(xs[i])
        .map(([k, v]) => `${k}=${+v.toFixed(2)}`)
        .join(' ');
      console.log(`${r.id} ${r.stance}->${pred[i]}${r.stance === pred[i] ? '' : ' ✗'} ${f}`);
    });
  }
  if (process.argv.includes('--heldout')) {
    // the shipped model (models/check.json), exactly as `sanad check --pairs` runs it
    const held = loadGold('claims-heldout.jsonl');
    const texts = articleTexts('claims-heldout', [...new Set(held.map((r) => r.articleUrl))]);
    const hp = held.map((r) => checkPair(r.claim, texts.get(r.articleUrl)!).stance);
    const hs = scoreLabels(
      CHECK_LABELS,
      held.map((r) => r.stance),
      hp,
    );
    console.log('held-out, shipped model, once:\n' + formatScores(CHECK_LABELS, hs));
  }
}
