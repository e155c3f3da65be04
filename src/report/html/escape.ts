// Escaping for the HTML report. Every piece of text that comes from an article (or from any input:
// titles, outlet names, ids) goes through one of these before it reaches the page.

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // a bare CR would be folded into LF by the HTML parser and shift every later offset by one
  '\r': '&#13;',
};

/** Text for an element's content or a quoted attribute value. */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"'\r]/g, (c) => HTML_ESCAPES[c]);
}

/**
 * JSON for a `<script type="application/json">` data block: `<` is written as \u003c so no
 * `</script>` or `<!--` inside a string can end the block; U+2028/9 are escaped for old parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
