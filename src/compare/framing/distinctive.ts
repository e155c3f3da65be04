// Distinctive words of an article (or outlet) against the rest of the set: log-odds ratio with an
// informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words"), on light stems.
// The prior is the whole set's word distribution; z-scores say how sure the difference is.
import type { ArticleCtx } from '../context/context.js';
import { framingLexicon } from './framing.js';
import { lightStem } from '../../text/arabic.js';

const STOP = new Set(framingLexicon.stopwords.forms.map(lightStem));
/** prior strength (pseudo-count total, at most half the set's words), spread over words by their share */
const PRIOR = 500;
/** z above which a difference is reported: 1.96 is the two-sided 95% level. */
const Z_MIN = 1.96;
/** A word used once by a group is no habit of it: at least twice. */
const MIN_GROUP_COUNT = 2;
const DIGIT = /\d/;

/** content-stem counts of one article, computed once for both the article and its outlet */
const articleCounts = new WeakMap<ArticleCtx, Map<string, number>>();
/** per distinct stem: does it count as content (long enough, not a stopword, no digit) */
const contentStem = new Map<string, boolean>();

function countsOf(ctx: ArticleCtx): Map<string, number> {
  let c = articleCounts.get(ctx);
  if (c) return c;
  c = new Map<string, number>();
  for (const t of ctx.tokens) {
    let ok = contentStem.get(t.stem);
    if (ok === undefined) {
      ok = t.stem.length >= 3 && !STOP.has(t.stem) && !DIGIT.test(t.stem);
      if (contentStem.size > 500_000) contentStem.clear();
      contentStem.set(t.stem, ok);
    }
    if (ok) c.set(t.stem, (c.get(t.stem) ?? 0) + 1);
  }
  articleCounts.set(ctx, c);
  return c;
}

export interface Distinctive {
  group: string;
  term: string;
  score: number;
}

/** Top-k distinctive terms per group (article id or outlet name -> its articles). */
export function distinctiveTerms(groups: Map<string, ArticleCtx[]>, k = 8): Distinctive[] {
  const counts = new Map<string, Map<string, number>>();
  const total = new Map<string, number>();
  let N = 0;
  for (const [g, ctxs] of groups) {
    let c: Map<string, number>;
    if (ctxs.length === 1) c = countsOf(ctxs[0]);
    else {
      c = new Map<string, number>();
      for (const ctx of ctxs) for (const [w, n] of countsOf(ctx)) c.set(w, (c.get(w) ?? 0) + n);
    }
    counts.set(g, c);
    for (const [w, n] of c) {
      total.set(w, (total.get(w) ?? 0) + n);
      N += n;
    }
  }
  const out: Distinctive[] = [];
  if (groups.size < 2 || N === 0) return out;
  for (const [g, c] of counts) {
    let ni = 0;
    for (const n of c.values()) ni += n;
    const nj = N - ni;
    const prior = Math.min(PRIOR, N / 2);
    const scored: Distinctive[] = [];
    for (const [w, yi] of c) {
      if (yi < MIN_GROUP_COUNT) continue;
      const yw = total.get(w)!;
      const yj = yw - yi;
      const a = (prior * yw) / N;
      const delta = Math.log((yi + a) / (ni + prior - yi - a)) - Math.log((yj + a) / (nj + prior - yj - a));
      const z = delta / Math.sqrt(1 / (yi + a) + 1 / (yj + a));
      if (!(z >= Z_MIN)) continue; // also NaN (∞ − ∞) when one group holds every counted word
      scored.push({ group: g, term: w, score: Math.round(z * 100) / 100 });
    }
    scored.sort((x, y) => y.score - x.score);
    // show each winning stem as the group's most frequent spelling of it
    const top = scored.slice(0, k);
    const forms = new Map(top.map((d) => [d.term, new Map<string, number>()]));
    for (const ctx of groups.get(g)!) {
      for (const t of ctx.tokens) {
        const m = forms.get(t.stem);
        if (m) m.set(t.text, (m.get(t.text) ?? 0) + 1);
      }
    }
    for (const d of top) out.push({ ...d, term: mostFrequent(forms.get(d.term)!) });
  }
  return out;
}

function mostFrequent(m: Map<string, number>): string {
  let best = '';
  let n = -1;
  for (const [s, c] of m) if (c > n) [best, n] = [s, c];
  return best;
}
