// Which placed articles a new one is compared with: an inverted index on each article's strongest
// rare features and MinHash band buckets, both inside the time window, so an article is never
// compared with every other one; and the cosines with those candidates.
import { BANDS, bandKey } from './minhash.js';
import type { Member } from './story.js';
import { near } from './window.js';

/** a feature with more postings than this inside the window is too common to find candidates by */
const BLOCK_MAX = 60;
/** the strongest features of an article that look for candidates (all of them score the cosine) */
const BLOCK_TERMS = 40;
/** candidates kept per article, by number of shared rare features, before cosines are computed */
const MAX_CANDIDATES = 100;

export class CandidateIndex {
  /** members by feature id, in date order (an article's BLOCK_TERMS strongest features only) */
  private readonly postings: number[][] = [];
  /** members by MinHash band key */
  private readonly bands = new Map<string, number[]>();
  /** the query article's weights by feature id; zero again after each article */
  private scratch = new Float32Array(1 << 16);
  /** shared rare features per member for the current article; zero again after each article */
  private shared = new Int32Array(1024);

  /** `members` is the grouper's list of placed articles, read as it grows. */
  constructor(private readonly members: readonly Member[]) {}

  /** Index member `i` by its strongest features and its MinHash bands. */
  add(i: number, m: Member, minhash?: Uint32Array): void {
    for (const t of m.terms.subarray(0, BLOCK_TERMS)) (this.postings[t] ??= []).push(i);
    if (minhash) {
      for (let b = 0; b < BANDS; b++) {
        const key = bandKey(minhash, b);
        const list = this.bands.get(key);
        if (list) list.push(i);
        else this.bands.set(key, [i]);
      }
    }
  }

  /** Articles sharing rare features or a MinHash band with `m`, most shared first. */
  candidates(m: Member, minhash?: Uint32Array): number[] {
    if (this.shared.length < this.members.length + 1) {
      this.shared = new Int32Array(Math.max(1024, this.shared.length * 2, this.members.length + 1));
    }
    const shared = this.shared;
    const touched: number[] = [];
    const meet = (j: number) => {
      if (this.members[j] !== m && shared[j]++ === 0) touched.push(j);
    };
    for (const t of m.terms.subarray(0, BLOCK_TERMS)) {
      const list = this.postings[t];
      if (!list) continue;
      this.prune(list, m.day);
      if (list.length <= BLOCK_MAX) for (const j of list) meet(j);
    }
    if (minhash) {
      // a wire republished thousands of times fills one bucket: its latest members are enough
      for (let b = 0; b < BANDS; b++) {
        const list = this.bands.get(bandKey(minhash, b)) ?? [];
        for (let k = Math.max(0, list.length - BLOCK_MAX); k < list.length; k++) meet(list[k]);
      }
    }
    let candidates = touched;
    if (candidates.length > MAX_CANDIDATES) {
      candidates = [...touched].sort((a, b) => shared[b] - shared[a]).slice(0, MAX_CANDIDATES);
    }
    for (const j of touched) shared[j] = 0;
    return candidates;
  }

  /** Cosine of `m` with each candidate inside the window; `features` is the number of feature ids. */
  cosines(m: Member, candidates: number[], features: number): Map<number, number> {
    if (this.scratch.length < features) {
      this.scratch = new Float32Array(Math.max(features, this.scratch.length * 2));
    }
    const q = this.scratch;
    m.terms.forEach((t, i) => (q[t] = m.weights[i]));
    const sims = new Map<number, number>();
    for (const j of candidates) {
      const other = this.members[j];
      if (!near(m.day, other.day)) continue;
      let dot = 0;
      for (let i = 0; i < other.terms.length; i++) dot += q[other.terms[i]] * other.weights[i];
      sims.set(j, dot);
    }
    for (const t of m.terms) q[t] = 0;
    return sims;
  }

  /** Drop postings of articles that left the window (postings are in date order). */
  private prune(list: number[], day?: number): void {
    if (day === undefined) return;
    let k = 0;
    while (k < list.length && !near(this.members[list[k]].day, day)) k++;
    if (k) list.splice(0, k);
  }
}
