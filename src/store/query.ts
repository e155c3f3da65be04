// A search query as the user types it, turned into search keys: bare words must all appear
// (in any order), a "quoted phrase" must appear as consecutive words. Both databases receive the
// same keys, so they match the same articles.
import { searchTokens } from '../text/search-keys.js';

export interface ParsedQuery {
  /** each entry is one required phrase of keys; a bare word is a phrase of one key */
  phrases: string[][];
}

const QUOTED = /["«“]([^"»”]*)["»”]?/g;

export function parseQuery(query: string): ParsedQuery {
  const phrases: string[][] = [];
  const rest = query.replace(QUOTED, (_, inner: string) => {
    const keys = searchTokens(inner).map((t) => t.key);
    if (keys.length) phrases.push(keys);
    return ' ';
  });
  for (const t of searchTokens(rest)) phrases.push([t.key]);
  return { phrases: dedupe(phrases) };
}

function dedupe(phrases: string[][]): string[][] {
  const seen = new Set<string>();
  return phrases.filter((p) => {
    const k = p.join(' ');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** PostgreSQL tsquery text: phrases joined by &, words of a phrase by <->. Keys hold only letters and digits. */
export function toTsquery(q: ParsedQuery): string {
  return q.phrases
    .map((p) => (p.length === 1 ? `'${p[0]}'` : `(${p.map((k) => `'${k}'`).join(' <-> ')})`))
    .join(' & ');
}
