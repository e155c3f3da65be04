// Beam search over BIO tag sequences for the tagger (tagger.ts): the k best sequences after each
// word, in typed arrays kept from one sentence to the next (a width of 4 costs about half a greedy
// tagWords more; docs/ner-rounds.md, round sixteen).
import { ALLOWED, LABELS } from './model.js';

const L = LABELS.length;

/** Writes into out the scores of token t's tags after the tags p2, p1. */
export type Local = (t: number, p2: number, p1: number, out: Float32Array) => void;

/** The beam's tables, kept from one sentence to the next (grown when a sentence or width needs it). */
const beam = {
  /** per step t and hypothesis h (at t * k + h): its tag, and its hypothesis at step t - 1 */
  tag: new Int32Array(256 * 4),
  back: new Int32Array(256 * 4),
  /** the hypotheses of the last step: previous tag, tag, total; then the next step's */
  p1: new Int32Array(4),
  p2: new Int32Array(4),
  total: new Float64Array(4),
  nextP1: new Int32Array(4),
  nextP2: new Int32Array(4),
  nextTotal: new Float64Array(4),
  /** the candidates of a step (one per (previous tag, tag)) in the order made, and the k kept */
  cand: new Int32Array(L * L),
  candTotal: new Float64Array(L * L),
  candFrom: new Int32Array(L * L),
  byState: new Int32Array(L * L),
  /** the step each byState entry was written at (entries of older steps are stale) */
  stamped: new Int32Array(L * L),
  step: 0,
  keep: new Int32Array(4),
  scores: new Float32Array(L),
};
const allowed = Uint8Array.from(ALLOWED, (a) => (a ? 1 : 0));

/**
 * Beam search over tag sequences: after each word the k best sequences, at most one per (previous
 * tag, tag) since the features read no further back (the lower of two such is never better later).
 * Ties go to the earlier sequence and the first label, so k = 1 gives the greedy tags. Typed arrays
 * and a k-slot insertion instead of objects and a sort per word: a width of 4 costs about one greedy
 * pass per hypothesis and nothing allocated but the tags.
 */
export function beamDecode(n: number, k: number, local: Local): string[] {
  if (n === 0) return [];
  const b = beam;
  if (b.tag.length < n * k) {
    b.tag = new Int32Array(2 * n * k);
    b.back = new Int32Array(2 * n * k);
  }
  if (b.p1.length < k) {
    for (const f of ['p1', 'p2', 'nextP1', 'nextP2', 'keep'] as const) b[f] = new Int32Array(k);
    b.total = new Float64Array(k);
    b.nextTotal = new Float64Array(k);
  }
  const { cand, candTotal, candFrom, byState, stamped, keep, scores, tag, back } = b;
  let { p1, p2, total, nextP1, nextP2, nextTotal } = b;
  p1[0] = 0;
  p2[0] = 0;
  total[0] = 0;
  let size = 1;
  for (let t = 0; t < n; t++) {
    // candidates: each hypothesis extended by each allowed tag, the best kept per (previous tag, tag)
    let made = 0;
    const stamp = ++b.step;
    for (let h = 0; h < size; h++) {
      const q1 = p1[h];
      local(t, p2[h], q1, scores);
      const tot = total[h];
      const row = q1 * L;
      for (let l = 0; l < L; l++) {
        const st = row + l;
        if (allowed[st] === 0) continue;
        const s = tot + scores[l];
        const seen = byState[st];
        if (stamped[st] !== stamp) {
          stamped[st] = stamp;
          byState[st] = made;
          cand[made] = st;
          candTotal[made] = s;
          candFrom[made++] = h;
        } else if (s > candTotal[seen]) {
          candTotal[seen] = s;
          candFrom[seen] = h;
        }
      }
    }
    // the k best in order (a stable pick: equal totals keep the order they were made in)
    let kept = 0;
    for (let i = 0; i < made; i++) {
      const s = candTotal[i];
      let j = kept;
      while (j > 0 && candTotal[keep[j - 1]] < s) j--;
      if (j >= k) continue;
      for (let m = Math.min(kept, k - 1); m > j; m--) keep[m] = keep[m - 1];
      keep[j] = i;
      if (kept < k) kept++;
    }
    for (let h = 0; h < kept; h++) {
      const i = keep[h];
      const st = cand[i];
      nextP2[h] = (st / L) | 0;
      nextP1[h] = st % L;
      nextTotal[h] = candTotal[i];
      tag[t * k + h] = st % L;
      back[t * k + h] = candFrom[i];
    }
    [p1, nextP1] = [nextP1, p1];
    [p2, nextP2] = [nextP2, p2];
    [total, nextTotal] = [nextTotal, total];
    size = kept;
  }
  Object.assign(b, { p1, p2, total, nextP1, nextP2, nextTotal });
  const tags: string[] = new Array(n);
  let h = 0;
  for (let t = n - 1; t >= 0; t--) {
    tags[t] = LABELS[tag[t * k + h]];
    h = back[t * k + h];
  }
  return tags;
}
