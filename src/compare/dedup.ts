// Near-duplicate articles (republished copies) within one story, by MinHash over hashed 5-word
// shingles of search keys (src/stories/minhash.ts), with LSH banding so that only articles sharing a
// band bucket are ever compared.
import type { ArticleCtx } from './context/context.js';
import type { Duplicate } from './types.js';

import { BANDS, bandKey, estimateJaccard, signature } from '../stories/minhash.js';

export { estimateJaccard, signature };

/** estimated Jaccard of shingle sets above which two articles are one text */
export const DUPLICATE_THRESHOLD = 0.7;
/**
 * Clusters a band bucket keeps a representative of: each article meets at most this many, so a
 * bucket costs linear time; more would catch a copy that matches only a late cluster.
 */
const REPS = 16;
/** Sorts an article without a publication date after every dated one when choosing the canonical. */
const UNDATED = '9999';

/** Union-find over article indices, keeping each article's best similarity to its group. */
class Clusters {
  private parent: number[];
  readonly best = new Map<number, number>();
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    const p = this.parent;
    while (p[i] !== i) i = p[i] = p[p[i]]; // a loop: thousands of copies chain deeper than the stack
    return i;
  }
  union(i: number, j: number, sim: number): void {
    const ri = this.find(i);
    const rj = this.find(j);
    if (ri !== rj) this.parent[Math.max(ri, rj)] = Math.min(ri, rj);
    this.best.set(i, Math.max(this.best.get(i) ?? 0, sim));
    this.best.set(j, Math.max(this.best.get(j) ?? 0, sim));
  }
}

/**
 * Groups of near-duplicate articles. The canonical one is the earliest published (input order on
 * ties); `groupOf` maps every article to its group's canonical id (itself when unique).
 */
export function findDuplicates(ctxs: ArticleCtx[]): {
  duplicates: Duplicate[];
  groupOf: Map<string, string>;
} {
  const sigs = ctxs.map((c) => signature(c.tokens.map((t) => t.key)));
  const clusters = new Clusters(ctxs.length);
  const buckets = bandBuckets(sigs);
  const copyOf = joinExactCopies(sigs, clusters);
  joinBucketMates(buckets, sigs, copyOf, clusters);
  return groupsOf(ctxs, clusters);
}

/** LSH: the articles whose signatures agree on all rows of one band share that band's bucket. */
function bandBuckets(sigs: (Uint32Array | undefined)[]): Map<string, number[]> {
  const buckets = new Map<string, number[]>();
  sigs.forEach((sig, i) => {
    if (!sig) return;
    for (let b = 0; b < BANDS; b++) {
      const key = bandKey(sig, b);
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
  });
  return buckets;
}

/**
 * Exact copies (one signature) join at once: a wire republished 3,000 times costs one pass.
 * Returns, for each article, the first article with its signature (itself when first).
 */
function joinExactCopies(sigs: (Uint32Array | undefined)[], clusters: Clusters): number[] {
  const exact = new Map<string, number>();
  return sigs.map((sig, i) => {
    if (!sig) return i;
    const k = sig.join(',');
    const first = exact.get(k);
    if (first === undefined) exact.set(k, i);
    else clusters.union(first, i, 1);
    return first ?? i;
  });
}

/**
 * Within a band bucket, each article meets the bucket's representatives (one per cluster seen
 * there, at most REPS), not every other member: linear in the bucket size.
 */
function joinBucketMates(
  buckets: Map<string, number[]>,
  sigs: (Uint32Array | undefined)[],
  copyOf: number[],
  clusters: Clusters,
): void {
  const checked = new Set<number>();
  for (const list of buckets.values()) {
    if (list.length < 2) continue;
    const reps: number[] = [];
    for (const i of list) {
      if (copyOf[i] !== i) continue; // an exact copy speaks through its first
      let joined = false;
      for (const r of reps) {
        const pair = r * sigs.length + i;
        if (checked.has(pair)) continue;
        checked.add(pair);
        const sim = estimateJaccard(sigs[r]!, sigs[i]!);
        if (sim < DUPLICATE_THRESHOLD) continue;
        clusters.union(r, i, sim);
        joined = true;
      }
      if (!joined && reps.length < REPS) reps.push(i);
    }
  }
}

/** The groups as duplicates (canonical first) and every article's canonical id. */
function groupsOf(
  ctxs: ArticleCtx[],
  clusters: Clusters,
): { duplicates: Duplicate[]; groupOf: Map<string, string> } {
  const groups = new Map<number, number[]>();
  ctxs.forEach((_, i) => {
    const r = clusters.find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  const groupOf = new Map<string, string>();
  const duplicates: Duplicate[] = [];
  for (const members of groups.values()) {
    const sorted = [...members].sort((a, b) => {
      const pa = ctxs[a].article.published ?? UNDATED;
      const pb = ctxs[b].article.published ?? UNDATED;
      return pa < pb ? -1 : pa > pb ? 1 : a - b;
    });
    const canonical = ctxs[sorted[0]].id;
    for (const i of members) groupOf.set(ctxs[i].id, canonical);
    if (members.length > 1) {
      const similarity = Math.min(...sorted.slice(1).map((i) => clusters.best.get(i) ?? 0));
      duplicates.push({ canonical, copies: sorted.slice(1).map((i) => ctxs[i].id), similarity });
    }
  }
  return { duplicates, groupOf };
}
