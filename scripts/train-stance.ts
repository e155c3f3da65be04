// Rebuilds models/stance.json from the ANS train split, deterministically.
//   npx tsx scripts/train-stance.ts          train with CHOSEN settings, write the model
//   npx tsx scripts/train-stance.ts --dev    ... and score the dev split once
//   npx tsx scripts/train-stance.ts --cv '[{...}, ...]'   grouped 5-fold CV on train for each setting
// Protocol: settings are chosen by grouped 5-fold CV on train only; dev is scored at the end.
import { readFileSync, writeFileSync } from 'node:fs';
import { readPairs, type PairRow } from '../src/stance/csv.js';
import { scoreStance, type StanceScores } from '../src/stance/metrics.js';
import { LABELS, hashFeature } from '../src/stance/model.js';
import { decideStance } from '../src/stance/predict.js';
import { DEFAULT_SETTING, fitStance, stanceToJson, type StanceSetting } from '../src/stance/train.js';

const DATA = new URL('../../shared/data/ans/', import.meta.url);
const MODEL = new URL('../models/stance.json', import.meta.url);

/** The settings chosen by CV (see docs/stance.md). */
export const CHOSEN: StanceSetting = DEFAULT_SETTING;

export function loadSplit(name: 'train' | 'dev'): PairRow[] {
  return readPairs(readFileSync(new URL(`stance-${name}.csv`, DATA), 'utf8'));
}

/** Grouped folds: every pair with the same original headline falls in the same fold. */
export function crossValidate(rows: PairRow[], s: StanceSetting, folds = 5): StanceScores {
  const fold = rows.map((r) => hashFeature(r.s1.trim(), 16) % folds);
  const pred = new Array<string>(rows.length);
  for (let f = 0; f < folds; f++) {
    const model = fitStance(
      rows.filter((_, i) => fold[i] !== f),
      s,
    );
    rows.forEach((r, i) => {
      if (fold[i] === f) pred[i] = decideStance(model, r.s1, r.s2).label;
    });
  }
  return scoreStance(
    rows.map((r) => r.stance ?? ''),
    pred,
  );
}

export function format(s: StanceScores): string {
  const f = LABELS.map((l) => `${l} ${(s.f1[l] * 100).toFixed(1)}`).join(', ');
  return `macro-F1 ${(s.macroF1 * 100).toFixed(2)} acc ${(s.accuracy * 100).toFixed(1)} (${f})`;
}

function merge(base: StanceSetting, g: Partial<Record<keyof StanceSetting, unknown>>): StanceSetting {
  const out = { ...base } as Record<string, unknown>;
  for (const [k, v] of Object.entries(g)) {
    const b = (base as unknown as Record<string, unknown>)[k];
    out[k] = v && typeof v === 'object' && !Array.isArray(v) ? { ...(b as object), ...v } : v;
  }
  return out as unknown as StanceSetting;
}

function main(): void {
  const trainRows = loadSplit('train');
  const cv = process.argv.indexOf('--cv');
  if (cv >= 0) {
    const grid = JSON.parse(process.argv[cv + 1] ?? '[{}]') as Partial<
      Record<keyof StanceSetting, unknown>
    >[];
    for (const g of grid) {
      const t0 = Date.now();
      console.log(
        `${JSON.stringify(g)}  CV ${format(crossValidate(trainRows, merge(CHOSEN, g)))}  ${Date.now() - t0} ms`,
      );
    }
    return;
  }
  const t0 = Date.now();
  const model = fitStance(trainRows, CHOSEN);
  const json = stanceToJson(model);
  writeFileSync(MODEL, JSON.stringify(json) + '\n');
  console.log(
    `wrote models/stance.json (${json.gate.rows.length}+${json.pair.rows.length} rows) in ${Date.now() - t0} ms`,
  );
  if (process.argv.includes('--dev')) {
    const dev = loadSplit('dev');
    const s = scoreStance(
      dev.map((r) => r.stance ?? ''),
      dev.map((r) => decideStance(model, r.s1, r.s2).label),
    );
    console.log(`dev ${format(s)}`);
    console.log(JSON.stringify(s.confusion));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
