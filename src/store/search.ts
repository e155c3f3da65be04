// `sanad search`: Arabic-aware full-text search over the library. The database matches and ranks
// (a tsvector of sanad's own search keys, GIN-indexed, ranked by cover density with title words
// weighted above body words); the snippet is cut here from the article text, so a highlight is a
// [start, end) span into the same text every other finding points at.
import { SanadError } from '../errors.js';
import { searchTokens } from '../text/search-keys.js';
import { articleMeta } from './articles.js';
import type { Sql } from './db.js';
import { parseQuery, toTsquery, type ParsedQuery } from './query.js';

export interface SearchOptions {
  outlet?: string;
  /** YYYY-MM-DD, inclusive */
  from?: string;
  to?: string;
  story?: string;
  limit?: number;
}

export interface Span {
  start: number;
  end: number;
}

export interface SearchHit {
  article: string;
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
  story?: string;
  score: number;
  snippet: Span & { text: string; highlights: Span[] };
}

export const DEFAULT_LIMIT = 10;
// ts_rank_cd normalisation 1: divide by 1 + log(length), so a long article does not win by length alone
const RANK_NORMALIZATION = 1;
// scores are rounded before ordering so that both engines (PGlite, a server) order ties alike
const SCORE_DIGITS = 6;

export async function searchLibrary(db: Sql, query: string, opts: SearchOptions = {}): Promise<SearchHit[]> {
  const parsed = parseQuery(query);
  if (!parsed.phrases.length) throw new SanadError('E_QUERY', `nothing to search for in "${query}"`);
  const rows = await db.query<{
    id: string;
    title: string | null;
    outlet: string | null;
    published: string | null;
    url: string | null;
    story_id: string | null;
    text: string;
    score: number;
  }>(
    `select id, title, outlet, published, url, story_id, text,
       round(ts_rank_cd(search, q, ${RANK_NORMALIZATION})::numeric, ${SCORE_DIGITS})::float8 as score
     from articles, to_tsquery('simple', $1) q
     where search @@ q
       and ($2::text is null or lower(outlet) = lower($2))
       and ($3::text is null or published >= $3)
       and ($4::text is null or published <= $4)
       and ($5::text is null or story_id = $5)
     order by score desc, published desc nulls last, id
     limit $6`,
    [
      toTsquery(parsed),
      opts.outlet ?? null,
      opts.from ?? null,
      opts.to ?? null,
      opts.story ?? null,
      opts.limit ?? DEFAULT_LIMIT,
    ],
  );
  return rows.map((r) => ({
    article: r.id,
    ...articleMeta(r),
    score: r.score,
    snippet: snippet(r.text, parsed),
  }));
}

// words shown around the best cluster of matches
const SNIPPET_WORDS = 30;

/** Matched word spans of a text: every word of a bare-word query, every whole run of a phrase. */
export function matchSpans(text: string, q: ParsedQuery): (Span & { phrase: number })[] {
  const tokens = searchTokens(text);
  const out: (Span & { phrase: number })[] = [];
  for (let i = 0; i < tokens.length; i++) {
    q.phrases.forEach((p, k) => {
      if (i + p.length > tokens.length) return;
      for (let j = 0; j < p.length; j++) if (tokens[i + j].key !== p[j]) return;
      out.push({ start: tokens[i].start, end: tokens[i + p.length - 1].end, phrase: k });
    });
  }
  return out;
}

/** The window of SNIPPET_WORDS words holding the most different query parts, then the most matches. */
export function snippet(text: string, q: ParsedQuery): SearchHit['snippet'] {
  const tokens = searchTokens(text);
  const matches = matchSpans(text, q);
  if (!tokens.length) return { start: 0, end: 0, text: '', highlights: [] };
  const tokenAt = (offset: number) => {
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let best = { first: 0, parts: -1, count: -1 };
  for (const m of matches) {
    const first = Math.max(0, tokenAt(m.start) - 3);
    const last = Math.min(tokens.length - 1, first + SNIPPET_WORDS - 1);
    const inside = matches.filter((x) => x.start >= tokens[first].start && x.end <= tokens[last].end);
    const parts = new Set(inside.map((x) => x.phrase)).size;
    if (parts > best.parts || (parts === best.parts && inside.length > best.count))
      best = { first, parts, count: inside.length };
  }
  const first = Math.max(0, best.first);
  const last = Math.min(tokens.length - 1, first + SNIPPET_WORDS - 1);
  const start = tokens[first].start;
  const end = tokens[last].end;
  const highlights = matches
    .filter((m) => m.start >= start && m.end <= end)
    .map(({ start: s, end: e }) => ({ start: s, end: e }));
  return { start, end, text: text.slice(start, end), highlights };
}

/** A weighted search key: one content word of a longer text (a claim), heavier when rarer. */
export interface WeightedKey {
  key: string;
  weight: number;
}

export interface CandidateOptions {
  from?: string;
  to?: string;
  story?: string;
  /** an article must hold keys carrying this share of the total weight */
  minShare: number;
  limit: number;
}

export interface Candidate {
  id: string;
  /** weighted share of the keys the article holds (title or body) */
  share: number;
  /** the article's body keys, for ranking outside the database */
  textKeys: string;
  titleKeys: string;
}

const tsKey = (k: string) => `'${k.replace(/'/g, "''")}'`;

/**
 * Articles that hold a weighted share of many keys (a claim's words), best share first: retrieval
 * for `sanad check`, where no single word is required. Each key is one GIN-index lookup returning
 * ids only (no article's tsvector is read back, which is what costs on 27,000 articles); the shares
 * are summed here, and only the best `limit` articles' stored keys are fetched.
 */
export async function searchWeightedKeys(
  db: Sql,
  keys: readonly WeightedKey[],
  opts: CandidateOptions,
): Promise<Candidate[]> {
  const usable = keys.filter((k) => k.weight > 0 && /^[\p{L}\p{N}]+$/u.test(k.key));
  const total = usable.reduce((s, k) => s + k.weight, 0);
  if (!total) return [];
  const share = new Map<string, number>();
  for (const k of usable) {
    const rows = await db.query<{ id: string }>(
      `select id from articles where search @@ $1::tsquery
         and ($2::text is null or published >= $2)
         and ($3::text is null or published <= $3)
         and ($4::text is null or story_id = $4)`,
      [tsKey(k.key), opts.from ?? null, opts.to ?? null, opts.story ?? null],
    );
    for (const r of rows) share.set(r.id, (share.get(r.id) ?? 0) + k.weight / total);
  }
  const best = [...share]
    .filter(([, v]) => v >= opts.minShare - 1e-9)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, opts.limit);
  if (!best.length) return [];
  const rows = await db.query<{ id: string; textKeys: string; titleKeys: string }>(
    'select id, text_keys as "textKeys", title_keys as "titleKeys" from articles where id = any($1::text[])',
    [best.map(([id]) => id)],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return best.map(([id, v]) => ({
    id,
    share: v,
    textKeys: byId.get(id)!.textKeys,
    titleKeys: byId.get(id)!.titleKeys,
  }));
}
