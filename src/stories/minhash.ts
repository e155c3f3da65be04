// MinHash signatures over hashed 5-word shingles, with LSH band keys so that only texts sharing a
// band bucket are ever compared. Shared by story grouping (near-copies across a corpus) and by the
// comparison stage (a copy speaks with its original's voice): it lives here, below compare, so both
// import it one way.

/** Words per shingle: five words in order rarely repeat across two texts that are not copies. */
const SHINGLE = 5;
/** MinHash functions: 64 estimate a Jaccard of 0.7 within about ±0.06 (one standard error). */
const HASHES = 64;
/** 16 bands x 4 rows: pairs above ~0.5 Jaccard share a band and become candidates */
export const BANDS = 16;
const ROWS = HASHES / BANDS;

export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function fnv1a(s: string): number {
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

/** The LSH bucket key of band `b` of a signature. */
export function bandKey(sig: Uint32Array, b: number): string {
  let key = String(b);
  for (let r = 0; r < ROWS; r++) key += ':' + sig[b * ROWS + r];
  return key;
}
