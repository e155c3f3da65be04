// Retrieval first: which of many articles might address a claim. Two passes, so one claim against
// tens of thousands of articles costs a few seconds without a prebuilt index:
//   1. a scan of each article's raw text for the claim's stems, each stem a regular expression that
//      accepts the spellings its search key folds (أ إ آ for ا, ة for ه, ى for ي): no folded copy of
//      the corpus is needed, and the scan also counts each stem's document frequency;
//   2. BM25 over the tokens of the few hundred best candidates only.
// A library with a search index (src/store/, `--db`) answers the same question from its index.
import { tokenize } from '../text/segment.js';
import { contentStem, stemWeight } from './terms.js';
import type { ClaimView } from './views.js';

/** Stems shorter than this match inside too many unrelated words to be scanned for. */
const MIN_SCAN_STEM = 3;
/** Candidates kept after the scan for the BM25 pass. */
const SCAN_CANDIDATES = 400;
/** An article must contain stems carrying this share of the claim's weight to be a candidate. */
const MIN_SCAN_SHARE = 0.25;
/** BM25 term-frequency saturation and length normalisation (the usual defaults). */
const BM25_K1 = 1.2;
const BM25_B = 0.75;

export interface SearchDoc {
  id: string;
  /** title and body, as read (not yet cleaned) */
  text: string;
  /** YYYY-MM-DD when known */
  published?: string;
}

export interface Hit {
  id: string;
  score: number;
}

export interface QueryTerm {
  stem: string;
  weight: number;
}

/** The claim's stems worth scanning for, with their weights. */
export function queryTerms(claim: ClaimView): QueryTerm[] {
  const seen = new Map<string, number>();
  for (const t of claim.tokens) {
    if (!t.term || t.stem.length < MIN_SCAN_STEM || /^\d/.test(t.stem)) continue;
    if (!seen.has(t.stem)) seen.set(t.stem, stemWeight(t.stem));
  }
  return [...seen].map(([stem, weight]) => ({ stem, weight })).filter((t) => t.weight > 0);
}

// the spellings a search-key letter stands for
const VARIANTS: Record<string, string> = { ا: '[اأإآٱ]', ه: '[هة]', ي: '[يى]' };

/** A stem as a pattern over raw text: every spelling that folds to it. */
export function stemPattern(stem: string): RegExp {
  return new RegExp([...stem].map((c) => VARIANTS[c] ?? c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(''));
}

/** Search over raw texts, without a prebuilt index. */
export class ScanIndex {
  private avgLength: number;

  constructor(readonly docs: readonly SearchDoc[]) {
    this.avgLength = docs.reduce((s, d) => s + d.text.length, 0) / Math.max(1, docs.length);
  }

  /** Best `limit` articles for the query among those `keep` accepts, best first. */
  search(terms: readonly QueryTerm[], limit: number, keep: (d: SearchDoc) => boolean = () => true): Hit[] {
    const total = terms.reduce((s, t) => s + t.weight, 0);
    if (!total) return [];
    const df = new Array<number>(terms.length).fill(0);
    const scanned: { i: number; share: number }[] = [];
    const patterns = terms.map((t) => stemPattern(t.stem));
    for (let i = 0; i < this.docs.length; i++) {
      if (!keep(this.docs[i])) continue;
      const text = this.docs[i].text;
      let got = 0;
      terms.forEach((t, k) => {
        if (patterns[k].test(text)) {
          df[k]++;
          got += t.weight;
        }
      });
      if (got / total >= MIN_SCAN_SHARE) scanned.push({ i, share: got / total });
    }
    scanned.sort((a, b) => b.share - a.share || a.i - b.i);
    const n = this.docs.length;
    const idf = df.map((d) => Math.log(1 + (n - d + 0.5) / (d + 0.5)));
    return scanned
      .slice(0, SCAN_CANDIDATES)
      .map(({ i }) => ({ id: this.docs[i].id, score: this.bm25(i, terms, idf) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }

  private bm25(i: number, terms: readonly QueryTerm[], idf: number[]): number {
    const text = this.docs[i].text;
    const tf = new Map<string, number>();
    const wanted = new Set(terms.map((t) => t.stem));
    for (const tok of tokenize(text)) {
      const s = contentStem(tok.text);
      if (wanted.has(s)) tf.set(s, (tf.get(s) ?? 0) + 1);
    }
    const norm = BM25_K1 * (1 - BM25_B + (BM25_B * text.length) / this.avgLength);
    let score = 0;
    terms.forEach((t, k) => {
      const f = tf.get(t.stem) ?? 0;
      if (f) score += idf[k] * t.weight * ((f * (BM25_K1 + 1)) / (f + norm));
    });
    return score;
  }
}
