// Gradient-boosted small regression trees for the four check classes (multinomial, Friedman's
// TreeBoost): the tree ensemble tried against the logistic model by scripts/check-learners.ts
// (thirteenth round). Deterministic: split thresholds are midpoints of the data, ties go to the
// first feature. Not shipped: by leave one set out it did not beat the logistic model.
export interface Tree {
  /** a split (feature index, threshold: left when at most it, the two children) or a leaf value */
  nodes: ({ f: number; t: number; l: number; r: number } | { v: number })[];
}
export interface BoostModel {
  features: string[];
  base: number[];
  rate: number;
  /** trees[round][class] */
  trees: Tree[][];
}
export interface BoostOptions {
  rounds: number;
  rate: number;
  depth: number;
  minLeaf: number;
  classWeights?: number[];
  bins?: number;
}

function evalTree(t: Tree, x: number[]): number {
  let i = 0;
  for (;;) {
    const n = t.nodes[i];
    if ('v' in n) return n.v;
    i = x[n.f] <= n.t ? n.l : n.r;
  }
}

function softmax(z: number[]): number[] {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

export function boostProbabilities(m: BoostModel, xr: Record<string, number>): number[] {
  const x = m.features.map((f) => xr[f] ?? 0);
  const z = [...m.base];
  for (const round of m.trees) round.forEach((t, k) => (z[k] += m.rate * evalTree(t, x)));
  return softmax(z);
}

export function fitBoost(
  xs: Record<string, number>[],
  ys: number[],
  features: string[],
  K: number,
  opt: BoostOptions,
): BoostModel {
  const n = xs.length;
  const X = xs.map((x) => features.map((f) => x[f] ?? 0));
  const w = ys.map((y) => opt.classWeights?.[y] ?? 1);
  // candidate thresholds: midpoints between distinct values, thinned to at most `bins` per feature
  const cands = features.map((_, j) => {
    const vals = [...new Set(X.map((r) => r[j]))].sort((a, b) => a - b);
    const mids: number[] = [];
    for (let i = 0; i + 1 < vals.length; i++) mids.push((vals[i] + vals[i + 1]) / 2);
    const bins = opt.bins ?? 32;
    if (mids.length <= bins) return mids;
    const out: number[] = [];
    for (let b = 1; b <= bins; b++) out.push(mids[Math.floor((b * mids.length) / (bins + 1))]);
    return [...new Set(out)];
  });
  // bin index of each value per feature
  const binOf = X.map((r) =>
    r.map((v, j) => {
      const c = cands[j];
      let k = 0;
      while (k < c.length && v > c[k]) k++;
      return k;
    }),
  );
  const totalW = w.reduce((a, b) => a + b, 0);
  const prior = Array.from(
    { length: K },
    (_, k) => ys.reduce((s, y, i) => s + (y === k ? w[i] : 0), 0) / totalW,
  );
  const base = prior.map((p) => Math.log(Math.max(p, 1e-6)));
  const F = X.map(() => [...base]);
  const trees: Tree[][] = [];
  for (let round = 0; round < opt.rounds; round++) {
    const P = F.map((z) => softmax(z));
    const roundTrees: Tree[] = [];
    for (let k = 0; k < K; k++) {
      const r = ys.map((y, i) => (y === k ? 1 : 0) - P[i][k]);
      const tree: Tree = { nodes: [] };
      const build = (idx: number[], depth: number): number => {
        const at = tree.nodes.length;
        tree.nodes.push({ v: 0 });
        let best: { f: number; b: number; gain: number } | undefined;
        if (depth < opt.depth && idx.length >= 2 * opt.minLeaf) {
          let sw = 0;
          let sr = 0;
          for (const i of idx) {
            sw += w[i];
            sr += w[i] * r[i];
          }
          const parent = (sr * sr) / sw;
          for (let j = 0; j < features.length; j++) {
            const nb = cands[j].length + 1;
            const bw = new Float64Array(nb);
            const br = new Float64Array(nb);
            const bc = new Int32Array(nb);
            for (const i of idx) {
              const b = binOf[i][j];
              bw[b] += w[i];
              br[b] += w[i] * r[i];
              bc[b]++;
            }
            let lw = 0;
            let lr = 0;
            let lc = 0;
            for (let b = 0; b + 1 < nb; b++) {
              lw += bw[b];
              lr += br[b];
              lc += bc[b];
              if (lc < opt.minLeaf || idx.length - lc < opt.minLeaf) continue;
              const rw = sw - lw;
              const rr = sr - lr;
              const gain = (lr * lr) / lw + (rr * rr) / rw - parent;
              if (!best || gain > best.gain + 1e-12) best = { f: j, b, gain };
            }
          }
        }
        if (!best || best.gain <= 1e-9) {
          let num = 0;
          let den = 0;
          for (const i of idx) {
            num += w[i] * r[i];
            den += w[i] * Math.abs(r[i]) * (1 - Math.abs(r[i]));
          }
          tree.nodes[at] = { v: den > 1e-9 ? ((K - 1) / K) * (num / den) : 0 };
          return at;
        }
        const { f, b } = best;
        const left = idx.filter((i) => binOf[i][f] <= b);
        const right = idx.filter((i) => binOf[i][f] > b);
        const l = build(left, depth + 1);
        const rr = build(right, depth + 1);
        tree.nodes[at] = { f, t: cands[f][b], l, r: rr };
        return at;
      };
      build(
        X.map((_, i) => i),
        0,
      );
      roundTrees.push(tree);
    }
    for (let i = 0; i < n; i++) roundTrees.forEach((t, k) => (F[i][k] += opt.rate * evalTree(t, X[i])));
    trees.push(roundTrees);
  }
  return { features, base, rate: opt.rate, trees };
}
