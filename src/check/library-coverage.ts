// Coverage from the library (`sanad check --db`): retrieval over its search index, articles with the
// annotations stored at ingest (nothing is annotated again). The claim's content words become
// search keys (the same keys the index holds), weighted by rarity as the checker weighs them; the
// database returns the articles holding a share of that weight, and BM25 over their stored keys
// orders the best few, as the input provider does over raw text.
import type { AnnotatedArticle } from '../annotate/annotate.js';
import { SanadError } from '../errors.js';
import { loadAnnotated } from '../store/articles.js';
import type { Sql } from '../store/db.js';
import { searchWeightedKeys, type Candidate, type WeightedKey } from '../store/search.js';
import { wordKey } from '../text/search-keys.js';
import type { Coverage, CoverageQuery } from './coverage.js';
import type { Hit } from './retrieve.js';
import { stemWeight } from './terms.js';
import type { ClaimView } from './views.js';

/** An article must hold keys carrying this share of the claim's weight (as the scan index asks). */
const MIN_KEY_SHARE = 0.25;
/** Candidates read back from the index for the BM25 pass (as the scan index keeps). */
const INDEX_CANDIDATES = 400;
/** A title word counts as this many body words: a headline names what the article is about. */
const TITLE_TF = 2;
/** BM25 term-frequency saturation and length normalisation (the usual defaults). */
const BM25_K1 = 1.2;
const BM25_B = 0.75;
/** Keys shorter than this are clitic remnants that match too widely to be searched for. */
const MIN_KEY_LENGTH = 2;

/** The claim's content words as weighted search keys (function words and negation out). */
export function claimKeys(claim: ClaimView): WeightedKey[] {
  const out = new Map<string, number>();
  for (const t of claim.tokens) {
    if (!t.term) continue;
    const key = wordKey(t.text);
    if (key.length < MIN_KEY_LENGTH || out.has(key)) continue;
    const weight = stemWeight(t.stem);
    if (weight > 0) out.set(key, weight);
  }
  return [...out].map(([key, weight]) => ({ key, weight }));
}

/** BM25 of candidates over their stored keys, each key weighted by its rarity. */
export function rankCandidates(keys: readonly WeightedKey[], candidates: readonly Candidate[]): Hit[] {
  const weightOf = new Map(keys.map((k) => [k.key, k.weight]));
  const counted = candidates.map((c) => {
    const tf = new Map<string, number>();
    const add = (text: string, by: number) => {
      let n = 0;
      for (const k of text.split(' ')) {
        n++;
        if (weightOf.has(k)) tf.set(k, (tf.get(k) ?? 0) + by);
      }
      return n;
    };
    const length = add(c.textKeys, 1) + add(c.titleKeys, TITLE_TF);
    return { id: c.id, tf, length };
  });
  const avg = counted.reduce((s, c) => s + c.length, 0) / Math.max(1, counted.length);
  return counted
    .map(({ id, tf, length }) => {
      const norm = BM25_K1 * (1 - BM25_B + (BM25_B * length) / avg);
      let score = 0;
      for (const [k, f] of tf) score += weightOf.get(k)! * ((f * (BM25_K1 + 1)) / (f + norm));
      return { id, score };
    })
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** Coverage over a sanad library: its search index and its stored annotations. */
export class LibraryCoverage implements Coverage {
  private readonly cache = new Map<string, AnnotatedArticle>();

  private constructor(
    private readonly db: Sql,
    readonly size: number,
  ) {}

  static async open(db: Sql): Promise<LibraryCoverage> {
    const [r] = await db.query<{ n: number }>('select count(*)::int as n from articles');
    return new LibraryCoverage(db, r.n);
  }

  async search(q: CoverageQuery): Promise<Hit[]> {
    const keys = claimKeys(q.claim);
    const candidates = await searchWeightedKeys(this.db, keys, {
      from: q.from,
      to: q.to,
      story: q.story,
      minShare: MIN_KEY_SHARE,
      limit: INDEX_CANDIDATES,
    });
    const hits = rankCandidates(keys, candidates).slice(0, q.limit);
    // one round trip for the articles about to be read
    for (const a of await loadAnnotated(
      this.db,
      hits.map((h) => h.id),
    ))
      this.cache.set(a.article.id, a);
    return hits;
  }

  async article(id: string): Promise<AnnotatedArticle> {
    let a = this.cache.get(id);
    if (!a) {
      [a] = await loadAnnotated(this.db, [id]);
      if (!a)
        throw new SanadError(
          'E_NO_ARTICLE',
          `no annotated article with id "${id}" in the library (is an ingest unfinished?)`,
        );
      this.cache.set(id, a);
    }
    return a;
  }
}
