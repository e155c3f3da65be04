// `sanad search` as a readable table: rank, score, date, outlet, title, and the snippet with the
// matched words marked (bold on a terminal, ⟦…⟧ otherwise, so a pipe keeps the marks).
import type { SearchHit } from '../store/search.js';

export function markSnippet(hit: SearchHit, color: boolean): string {
  const { snippet } = hit;
  const [open, close] = color ? ['\x1b[1m', '\x1b[22m'] : ['⟦', '⟧'];
  let out = '';
  let at = snippet.start;
  for (const h of snippet.highlights) {
    if (h.start < at) continue;
    out += snippet.text.slice(at - snippet.start, h.start - snippet.start);
    out += open + snippet.text.slice(h.start - snippet.start, h.end - snippet.start) + close;
    at = h.end;
  }
  out += snippet.text.slice(at - snippet.start);
  return `…${out.replace(/\s+/g, ' ')}…`;
}

export function renderSearchTable(query: string, hits: SearchHit[], opts: { color: boolean }): string {
  if (!hits.length) return `no article matches ${query}`;
  const lines = hits.map((h, i) =>
    [
      `${String(i + 1).padStart(2)}. ${h.score.toFixed(3)}  ${h.published ?? '          '}  ${h.outlet ?? '-'}  ${h.story ?? ''}`,
      `    ${h.title ?? h.article}`,
      `    ${markSnippet(h, opts.color)}`,
      `    ${h.url ?? h.article}`,
    ].join('\n'),
  );
  return lines.join('\n\n');
}
