// Fast screen of claim-stance changes on cached features (nineteenth round; from the eighteenth
// round's scratch). The shipped fitter (model.ts, gradient descent) takes ~6 s a fit on the shared
// machine; Newton steps on the same objective (class-weighted mean cross-entropy + l2/2 |W|^2
// without the bias, two stages) take ~0.3 s and give the same LOSO table but for a pair or two.
//   npx tsx scripts/check-screen.ts --dump FILE        every labelled pair's features into FILE
//   npx tsx scripts/check-screen.ts FILE [try …]       grouped CV (thresholds) and LOSO per set
// Tries: base, balanced (every class the same total in the loss; with discuss x1.15 / x1.3 / x1.5),
// fixed (the same with thresholds held at 2 / 0.5), w=a,b,c,d (fixed class weights), feat+=NAME
// (one more model feature), contrary+=NAME (a feature read as contrary evidence too), fact+=NAME (and as a fact given otherwise). A screen only: the kept figures are the shipped
// fitter's (scripts/eval-check.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import {
  CHECK_LABELS,
  DEFAULT_FIT,
  DISAGREE_BOOSTS,
  MIN_CONTRARY_COVERAGES,
  MODEL_FEATURES,
  decide,
  predictProbabilities,
  withThresholds,
  type CheckModel,
  type FitOptions,
  type Thresholds,
} from '../src/check/model.js';
import { scoreLabels } from '../src/check/metrics.js';
import { groupFolds, loadSets, setFolds, type GoldPair } from './eval-check.js';
// one fold loop for both screens: each pair's probabilities from a model fitted without its fold
import { foldProbabilities, type Learner } from './check-learners.js';

type F = Record<string, number>;

/** Solves A x = b by Gauss-Jordan with partial pivoting (A is the small Hessian). */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((r, i) => [...r, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    const v = M[c][c] || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r][c] / v;
      if (f) for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  return M.map((r, i) => r[n] / (r[i] || 1e-12));
}

/** One softmax over the classes that occur in `ys`, by damped Newton steps. */
function newtonSoftmax(xs: F[], ys: number[], features: string[], opt: FitOptions): CheckModel {
  const d = features.length;
  const mean = features.map((f) => xs.reduce((s, x) => s + (x[f] ?? 0), 0) / xs.length);
  const scale = features.map(
    (f, i) => Math.sqrt(xs.reduce((s, x) => s + ((x[f] ?? 0) - mean[i]) ** 2, 0) / xs.length) || 1,
  );
  const X = xs.map((x) => [...features.map((f, i) => ((x[f] ?? 0) - mean[i]) / scale[i]), 1]);
  const cls = [...new Set(ys)].sort();
  const K = cls.length;
  const D = d + 1;
  const P = K * D;
  const W = new Array<number>(P).fill(0);
  const cw = ys.map((y) => opt.classWeights?.[y] ?? 1);
  const total = cw.reduce((a, b) => a + b, 0);
  const yk = ys.map((y) => cls.indexOf(y));
  const probs = (w: number[], x: number[]) => {
    const z = cls.map((_, k) => x.reduce((s, v, i) => s + w[k * D + i] * v, 0));
    const m = Math.max(...z);
    const e = z.map((v) => Math.exp(v - m));
    const s = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / s);
  };
  const loss = (w: number[]) => {
    let l = 0;
    X.forEach((x, n) => (l -= cw[n] * Math.log(Math.max(probs(w, x)[yk[n]], 1e-300))));
    let r = 0;
    for (let k = 0; k < K; k++) for (let i = 0; i < d; i++) r += w[k * D + i] ** 2;
    return l / total + (opt.l2 / 2) * r;
  };
  for (let it = 0; it < 30; it++) {
    const g = new Array<number>(P).fill(0);
    const H = Array.from({ length: P }, () => new Array<number>(P).fill(0));
    X.forEach((x, n) => {
      const p = probs(W, x);
      const c = cw[n] / total;
      for (let k = 0; k < K; k++) {
        const gk = c * (p[k] - (yk[n] === k ? 1 : 0));
        for (let i = 0; i < D; i++) g[k * D + i] += gk * x[i];
        for (let l = 0; l < K; l++) {
          const h = c * p[k] * ((k === l ? 1 : 0) - p[l]);
          if (!h) continue;
          for (let i = 0; i < D; i++) {
            const hi = h * x[i];
            const row = H[k * D + i];
            for (let j = 0; j < D; j++) row[l * D + j] += hi * x[j];
          }
        }
      }
    });
    for (let k = 0; k < K; k++)
      for (let i = 0; i < D; i++) {
        const q = k * D + i;
        if (i < d) {
          g[q] += opt.l2 * W[q];
          H[q][q] += opt.l2;
        } else H[q][q] += 1e-9;
      }
    const step = solve(H, g);
    let t = 1;
    const l0 = loss(W);
    let next = W.map((w, q) => w - t * step[q]);
    while (loss(next) > l0 + 1e-12 && t > 1e-4) {
      t /= 2;
      next = W.map((w, q) => w - t * step[q]);
    }
    const moved = Math.max(...next.map((v, q) => Math.abs(v - W[q])));
    W.splice(0, P, ...next);
    if (moved < 1e-7) break;
  }
  const weights = CHECK_LABELS.map((_, c) => {
    const k = cls.indexOf(c);
    return k < 0 ? [...new Array<number>(d).fill(0), -50] : W.slice(k * D, k * D + D);
  });
  return {
    format: 'sanad-check/1',
    labels: CHECK_LABELS,
    features,
    mean,
    scale,
    weights,
    classBoost: CHECK_LABELS.map(() => 1),
  };
}

/** The two-stage model of model.ts (unrelated or not, then the related classes), by Newton. */
export function fastFit(xs: F[], ys: number[], features: string[], opt: FitOptions): CheckModel {
  const U = CHECK_LABELS.indexOf('unrelated');
  const first = newtonSoftmax(
    xs,
    ys.map((y) => (y === U ? U : 0)),
    features,
    { ...opt, classWeights: undefined },
  );
  const rel = ys.map((_, i) => i).filter((i) => ys[i] !== U);
  const second = newtonSoftmax(
    rel.map((i) => xs[i]),
    rel.map((i) => ys[i]),
    features,
    opt,
  );
  return {
    ...second,
    weights: second.weights.map((w, k) => (k === U ? w.map(() => 0) : w)),
    unrelated: {
      mean: first.mean,
      scale: first.scale,
      weights: first.weights[U].map((w, i) => w - first.weights[0][i]),
    },
  };
}

export const logistic =
  (features: string[], opt: FitOptions): Learner =>
  (xs, ys) => {
    const m = fastFit(xs, ys, features, opt);
    return (x) => predictProbabilities(m, x);
  };

/** Class weights giving each class the same total in the loss, times `extra` (CHECK_LABELS order). */
const balanced =
  (features: string[], extra = [1, 1, 1, 1], opt = DEFAULT_FIT): Learner =>
  (xs, ys) => {
    const n = CHECK_LABELS.map((_, k) => ys.filter((y) => y === k).length);
    const w = n.map((c, k) => (ys.length / (CHECK_LABELS.length * Math.max(c, 1))) * extra[k]);
    return logistic(features, { ...opt, classWeights: w })(xs, ys);
  };

const decideWith = (p: number[], x: F, t: Thresholds) => decide(withThresholds({} as CheckModel, t), p, x);
const score = (rows: GoldPair[], xs: F[], probs: number[][], t: Thresholds, idx: number[]) =>
  scoreLabels(
    CHECK_LABELS,
    idx.map((i) => rows[i].stance),
    idx.map((i) => CHECK_LABELS[decideWith(probs[i], xs[i], t)]),
  );
const pct = (v: number) => (Number.isNaN(v) ? '-' : (100 * v).toFixed(1));
const avg = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;

/** Grouped CV picks the thresholds (unless `fixed`), then LOSO per set: one line of the table. */
export function evaluate(name: string, rows: GoldPair[], xs: F[], learner: Learner, fixed?: Thresholds) {
  const all = rows.map((_, i) => i);
  let t = fixed;
  let cvF1 = NaN;
  if (!t) {
    const cv = foldProbabilities(rows, xs, learner, groupFolds(rows));
    for (const disagreeBoost of DISAGREE_BOOSTS)
      for (const minContraryCoverage of MIN_CONTRARY_COVERAGES) {
        const c = { disagreeBoost, minContraryCoverage };
        const f1 = score(rows, xs, cv, c, all).macroF1;
        if (!t || f1 > cvF1 + 1e-12) [t, cvF1] = [c, f1];
      }
  }
  const loso = foldProbabilities(rows, xs, learner, setFolds(rows));
  const sets = [...new Set(rows.map((r) => r.set!))];
  const f1s = sets.map(
    (s) =>
      score(
        rows,
        xs,
        loso,
        t!,
        all.filter((i) => rows[i].set === s),
      ).macroF1,
  );
  const c = score(rows, xs, loso, t!, all).confusion;
  console.log(
    `${name}: CV ${pct(cvF1)} (${t!.disagreeBoost}/${t!.minContraryCoverage}) LOSO mean ${(100 * avg(f1s)).toFixed(2)} | ` +
      f1s.map(pct).join(' ') +
      ` | conf ${CHECK_LABELS.map((g) => CHECK_LABELS.map((p) => c[g][p]).join(' ')).join(' / ')}`,
  );
  return all.map((i) => CHECK_LABELS[decideWith(loso[i], xs[i], t!)]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv[2] === '--dump') {
    const { rows, xs } = await loadSets();
    writeFileSync(process.argv[3], JSON.stringify({ rows, xs }));
  } else {
    const { rows, xs } = JSON.parse(readFileSync(process.argv[2], 'utf8')) as { rows: GoldPair[]; xs: F[] };
    const tries = process.argv.slice(3);
    const on = (k: string) => !tries.length || tries.includes(k);
    console.log(`sets: ${[...new Set(rows.map((r) => r.set!.replace('claims-', '')))].join(' ')}`);
    if (on('base')) evaluate('base', rows, xs, logistic(MODEL_FEATURES, DEFAULT_FIT));
    if (on('balanced'))
      for (const x of [1, 1.15, 1.3, 1.5])
        evaluate(`balanced, discuss x${x}`, rows, xs, balanced(MODEL_FEATURES, [1, 1, x, 1]));
    // fixed class weights, as DEFAULT_FIT holds them: w=1,1.11,2.19,1.42
    for (const w of tries.filter((x) => x.startsWith('w=')))
      evaluate(
        w,
        rows,
        xs,
        logistic(MODEL_FEATURES, { ...DEFAULT_FIT, classWeights: w.slice(2).split(',').map(Number) }),
      );
    // a new feature as a model input (feat+=NAME) or as contrary evidence, the gate of a
    // disagreement (contrary+=NAME: the pair's `contrary` becomes the larger of the two)
    // feat+=NAME@2/0.5: the same with the thresholds held at disagree boost 2, coverage 0.5
    for (const f of tries.filter((x) => x.startsWith('feat+='))) {
      const [names, held] = f.slice(6).split('@');
      const [disagreeBoost, minContraryCoverage] = (held ?? '').split('/').map(Number);
      const t = held ? { disagreeBoost, minContraryCoverage } : undefined;
      evaluate(f, rows, xs, logistic([...MODEL_FEATURES, ...names.split(',')], DEFAULT_FIT), t);
    }
    // fact+=NAME: the same, and a fact given otherwise (factCoverage) as features.ts reads one
    for (const f of tries.filter((x) => /^(contrary|fact)\+=/.test(x))) {
      const names = f.slice(f.indexOf('=') + 1).split(',');
      const fact = f.startsWith('fact');
      const ys = xs.map((x) => {
        const v = Math.max(...names.map((k) => x[k] ?? 0));
        const contrary = Math.max(x.contrary ?? 0, v);
        const w = x.windowCoverage ?? 0;
        // as features.ts: the coverage of a pair with contrary evidence
        const factCoverage = fact ? Math.max(x.factCoverage ?? 0, v * w) : x.factCoverage;
        return { ...x, contrary, contraryCoverage: contrary * w, factCoverage };
      });
      evaluate(f, rows, ys, logistic(MODEL_FEATURES, DEFAULT_FIT));
    }
    if (on('fixed')) {
      const t = { disagreeBoost: 2, minContraryCoverage: 0.5 };
      evaluate('base, 2/0.5 held', rows, xs, logistic(MODEL_FEATURES, DEFAULT_FIT), t);
      for (const x of [1.15, 1.3])
        evaluate(`balanced, discuss x${x}, 2/0.5 held`, rows, xs, balanced(MODEL_FEATURES, [1, 1, x, 1]), t);
    }
  }
}
