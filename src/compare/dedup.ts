// Near-duplicate articles (republished copies) within one story, by MinHash over hashed 5-word
// shingles of search keys (src/stories/minhash.ts), with LSH banding so that only articles sharing a
// band bucket are ever compared.
import type { ArticleCtx } from './context/context.js';
import type { Duplicate } from './types.js';

import { BANDS, bandKey, estimateJaccard, signature } from '../stories/minhash.js';

export { estimateJaccard, signature };

/** estimated Jaccard of shingle sets above which two articles are one text */
export const DUPLICATE_THRESHOLD = 0.7;
/** clusters a band bucket keeps a representative of */
const REPS = 16;

/**
 * Groups of near-duplicate articles. The canonical one is the earliest published (input order on
 * ties); `groupOf` maps every article to its group's canonical id (itself when unique).
 */
export function findDuplicates(ctxs: ArticleCtx[]): {
  duplicates: Duplicate[];
  groupOf: Map<string, string>;
} {
  const sigs = ctxs.map((c) => signature(c.tokens.map((t) => t.key)));
  const parent = ctxs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const best = new Map<number, number>();
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
  const union = (i: number, j: number, sim: number) => {
    const ri = find(i);
    const rj = find(j);
    if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
    best.set(i, Math.max(best.get(i) ?? 0, sim));
    best.set(j, Math.max(best.get(j) ?? 0, sim));
  };
  // exact copies (one signature) join at once: a wire republished 3,000 times costs one pass
  const exact = new Map<string, number>();
  const copyOf = sigs.map((sig, i) => {
    if (!sig) return i;
    const k = sig.join(',');
    const first = exact.get(k);
    if (first === undefined) exact.set(k, i);
    else union(first, i, 1);
    return first ?? i;
  });
  // within a band bucket, each article meets the bucket's representatives (one per cluster seen
  // there, at most REPS), not every other member: linear in the bucket size
  const checked = new Set<number>();
  for (const list of buckets.values()) {
    if (list.length < 2) continue;
    const reps: number[] = [];
    for (const i of list) {
      if (copyOf[i] !== i) continue; // an exact copy speaks through its first
      let joined = false;
      for (const r of reps) {
        const pair = r * ctxs.length + i;
        if (checked.has(pair)) continue;
        checked.add(pair);
        const sim = estimateJaccard(sigs[r]!, sigs[i]!);
        if (sim < DUPLICATE_THRESHOLD) continue;
        union(r, i, sim);
        joined = true;
      }
      if (!joined && reps.length < REPS) reps.push(i);
    }
  }
  const groups = new Map<number, number[]>();
  ctxs.forEach((_, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  const groupOf = new Map<string, string>();
  const duplicates: Duplicate[] = [];
  for (const members of groups.values()) {
    const sorted = [...members].sort((a, b) => {
      const pa = ctxs[a].article.published ?? '9999';
      const pb = ctxs[b].article.published ?? '9999';
      return pa < pb ? -1 : pa > pb ? 1 : a - b;
    });
    const canonical = ctxs[sorted[0]].id;
    for (const i of members) groupOf.set(ctxs[i].id, canonical);
    if (members.length > 1) {
      const similarity = Math.min(...sorted.slice(1).map((i) => best.get(i) ?? 0));
      duplicates.push({ canonical, copies: sorted.slice(1).map((i) => ctxs[i].id), similarity });
    }
  }
  return { duplicates, groupOf };
}
