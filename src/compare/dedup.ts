// Near-duplicate articles (republished copies) by MinHash over hashed 5-word shingles of search
// keys, with LSH banding so that only articles sharing a band bucket are ever compared.
import type { ArticleCtx } from './context/context.js';
import type { Duplicate } from './types.js';

/** Words per shingle: five words in order rarely repeat across two texts that are not copies. */
const SHINGLE = 5;
/** MinHash functions: 64 estimate a Jaccard of 0.7 within about ±0.06 (one standard error). */
const HASHES = 64;
const BANDS = 16; // 16 bands x 4 rows: pairs above ~0.5 Jaccard become candidates
const ROWS = HASHES / BANDS;
/** estimated Jaccard of shingle sets above which two articles are one text */
export const DUPLICATE_THRESHOLD = 0.7;
/**
 * Clusters a band bucket keeps a representative of: each article meets at most this many, so a
 * bucket costs linear time; more would catch a copy that matches only a late cluster.
 */
const REPS = 16;
/** Sorts an article without a publication date after every dated one when choosing the canonical. */
const UNDATED = '9999';

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MinHash signature of an article's word shingles; undefined when the text is too short. */
export function signature(keys: readonly string[]): Uint32Array | undefined {
  if (keys.length < SHINGLE) return undefined;
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  const h = new Uint32Array(keys.length);
  for (let i = 0; i < keys.length; i++) h[i] = fnv1a(keys[i]);
  for (let i = 0; i + SHINGLE <= keys.length; i++) {
    // order-sensitive combination of the five word hashes
    let x = h[i];
    for (let j = 1; j < SHINGLE; j++) x = fmix32(Math.imul(x, 31) ^ h[i + j]);
    // HASHES hash functions as a + k*b (Kirsch-Mitzenmacher): two mixes per shingle, not 64
    const a = fmix32(x);
    const b = fmix32(x ^ 0x9e3779b9) | 1;
    for (let k = 0; k < HASHES; k++) {
      const v = (a + Math.imul(k + 1, b)) >>> 0;
      if (v < sig[k]) sig[k] = v;
    }
  }
  return sig;
}

export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

/** Union-find over article indices, keeping each article's best similarity to its group. */
class Clusters {
  private parent: number[];
  readonly best = new Map<number, number>();
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    const p = this.parent;
    return p[i] === i ? i : (p[i] = this.find(p[i]));
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
      let key = String(b);
      for (let r = 0; r < ROWS; r++) key += ':' + sig[b * ROWS + r];
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
