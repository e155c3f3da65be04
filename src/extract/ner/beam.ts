// Beam search over BIO tag sequences, the one decoder of the tagger (tagger.ts) and of its training
// (train.ts, which follows the gold sequence through a hook): the k best sequences after each
// word, in typed arrays kept from one sentence to the next (a width of 4 costs about half a greedy
// tagWords more; docs/ner-rounds.md, round sixteen).
import { ALLOWED, LABELS } from './model.js';

const L = LABELS.length;

/** Writes into out the scores of token t's tags after the tags p2, p1. */
export type Local<S extends Float32Array | Float64Array = Float32Array> = (
  t: number,
  p2: number,
  p1: number,
  out: S,
) => void;

/**
 * Called after each step t with the k best hypotheses kept (`kept` of them): hypothesis h's tag is
 * tag[t * k + h], the hypothesis of step t - 1 it extends back[t * k + h]. Returning false ends the
 * search at this step (training's early update).
 */
export type StepHook = (t: number, kept: number, tag: Int32Array, back: Int32Array) => boolean;

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
  /** width 2: the first hypothesis's totals when both end in the same tag */
  first: new Float64Array(L),
  scores: new Float32Array(L),
};
const allowed = Uint8Array.from(ALLOWED, (a) => (a ? 1 : 0));

/**
 * Beam search over tag sequences: after each word the k best sequences, at most one per (previous
 * tag, tag) since the features read no further back (the lower of two such is never better later).
 * Ties go to the earlier sequence and the first label, so k = 1 gives the greedy tags. Each step
 * works in the typed tables above and allocates nothing: width 2 (the tagger's) keeps the
 * two best while it makes the candidates (stepOfTwo); any other width makes the candidates, one per
 * (previous tag, tag), then picks the k best of them in order (stepOfK). The tags are read back by
 * bestPath, once per sentence, so the one extra array of label numbers costs nothing next to the
 * search.
 */
export function beamDecode(n: number, k: number, local: Local): string[] {
  return bestPath(beamSearch(n, k, local, beam.scores), k).map((l) => LABELS[l]);
}

/**
 * The best sequence's tags (label numbers) over the first `steps` words of the last search, read
 * back from its last step: beamDecode's tags, and training's guess.
 */
export function bestPath(steps: number, k: number): number[] {
  const out = new Array<number>(steps);
  const { tag, back } = beam;
  for (let t = steps - 1, h = 0; t >= 0; t--) {
    out[t] = tag[t * k + h];
    h = back[t * k + h];
  }
  return out;
}

/**
 * The search itself: local's scores are written into `scores` (Float32Array for the tagger, whose
 * sums are 32-bit; Float64Array for training), the totals are 64-bit. Returns the number of steps
 * made (n, or fewer when the hook stopped it); the tables hold them for bestPath.
 */
export function beamSearch<S extends Float32Array | Float64Array>(
  n: number,
  k: number,
  local: Local<S>,
  scores: S,
  hook?: StepHook,
): number {
  if (n === 0) return 0;
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
  const { tag, back } = b;
  b.p1[0] = 0;
  b.p2[0] = 0;
  b.total[0] = 0;
  let size = 1;
  for (let t = 0; t < n; t++) {
    const kept = k === 2 ? stepOfTwo(t, size, local, scores) : stepOfK(t, k, size, local, scores);
    const { nextP1, nextP2, nextTotal } = b;
    const { p1, p2, total } = b;
    // the kept hypotheses become the last step's (the arrays swapped, nothing copied)
    b.p1 = nextP1;
    b.p2 = nextP2;
    b.total = nextTotal;
    b.nextP1 = p1;
    b.nextP2 = p2;
    b.nextTotal = total;
    size = kept;
    if (hook && !hook(t, kept, tag, back)) return t + 1;
  }
  return n;
}

/**
 * One step of any width: the candidates (each hypothesis extended by each allowed tag, the best
 * kept per (previous tag, tag)) in the order made, then the k best of them in order (a stable pick:
 * equal totals keep the order they were made in). Returns how many were kept.
 */
function stepOfK<S extends Float32Array | Float64Array>(
  t: number,
  k: number,
  size: number,
  local: Local<S>,
  scores: S,
): number {
  const b = beam;
  const { cand, candTotal, candFrom, byState, stamped, keep, tag, back, p1, p2, total } = b;
  const { nextP1, nextP2, nextTotal } = b;
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
  return kept;
}

/**
 * One step of width 2, the tagger's, without the candidate tables: the two best are kept while the
 * candidates are made, in the same order and with the same ties as stepOfK. Two hypotheses ending in
 * different tags make different (previous tag, tag) pairs, so no candidate is made twice; two ending
 * in the same tag make the same pairs, each the better of the two (the first on a tie) at the
 * first's place.
 */
function stepOfTwo<S extends Float32Array | Float64Array>(
  t: number,
  size: number,
  local: Local<S>,
  scores: S,
): number {
  const b = beam;
  const { tag, back, p1, p2, total, nextP1, nextP2, nextTotal, first } = b;
  // the two kept so far: total, state (previous tag * L + tag), hypothesis extended
  let kept = 0;
  let s1 = 0;
  let st1 = 0;
  let h1 = 0;
  let s2 = 0;
  let st2 = 0;
  let h2 = 0;
  const same = size === 2 && p1[0] === p1[1];
  for (let h = 0; h < size; h++) {
    const q1 = p1[h];
    local(t, p2[h], q1, scores);
    const tot = total[h];
    const row = q1 * L;
    if (same && h === 0) {
      for (let l = 0; l < L; l++) first[l] = tot + scores[l];
      continue;
    }
    for (let l = 0; l < L; l++) {
      const st = row + l;
      if (allowed[st] === 0) continue;
      let s = tot + scores[l];
      let from = h;
      if (same && !(s > first[l])) {
        s = first[l];
        from = 0;
      }
      if (kept === 0 || s > s1) {
        s2 = s1;
        st2 = st1;
        h2 = h1;
        s1 = s;
        st1 = st;
        h1 = from;
        if (kept < 2) kept++;
      } else if (kept === 1 || s > s2) {
        s2 = s;
        st2 = st;
        h2 = from;
        kept = 2;
      }
    }
  }
  nextP2[0] = (st1 / L) | 0;
  nextP1[0] = st1 % L;
  nextTotal[0] = s1;
  tag[2 * t] = st1 % L;
  back[2 * t] = h1;
  if (kept === 2) {
    nextP2[1] = (st2 / L) | 0;
    nextP1[1] = st2 % L;
    nextTotal[1] = s2;
    tag[2 * t + 1] = st2 % L;
    back[2 * t + 1] = h2;
  }
  return kept;
}
