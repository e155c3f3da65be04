// Every string of a Markdown export that comes from an article (its words, title, outlet, file name,
// the names and passages found in it) is escaped before it is written, so a pasted export cannot
// carry markup: a Markdown viewer that renders raw HTML would otherwise run an article's
// `<script>` or load its `<img onerror>`, and `[text](javascript:…)` or `![](tracker)` would become
// a link or an image. Backslash escapes are CommonMark: the reader sees the article's characters.

/**
 * The characters that make markup inside a line: raw HTML and entities (< > &), links and images
 * ([ ]), code spans (`), emphasis (* _) and the escape itself (\). A table's `|` is escaped by the
 * cell that holds it; line breaks become spaces, so no string starts a block (a heading, a list).
 */
const MARKUP = /[\\`*_[\]<>&]/g;

/** One string made inert for Markdown: each markup character backslash-escaped, on one line. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n?|\n|\u2028|\u2029/g, ' ').replace(MARKUP, '\\$&');
}

/**
 * A copy of `value` with every string escaped, except the fields named in `verbatim` (codes the
 * export writes in code spans, where a backslash would show). The renderers never slice a text by
 * offsets (citations are numbers), so escaping changes no figure of the export.
 */
export function escapeStrings<T>(value: T, verbatim: ReadonlySet<string> = new Set(['code'])): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return escapeMarkdown(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = verbatim.has(k) ? x : walk(x);
      return out;
    }
    return v;
  };
  return walk(value) as T;
}
