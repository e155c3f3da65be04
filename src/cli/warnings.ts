// Warnings on stderr: a handful are printed one per line; more are summarised by code (count and a
// few examples), since thousands of lines hide the few that matter. All of them stay in the JSON.

/** up to this many warnings are printed one by one */
export const LIST_UP_TO = 10;
/** examples shown per code in a summary */
const EXAMPLES = 3;

/** A warning (names its article) or an input problem (names its path). */
type Line = { code: string; message: string; article?: string; path?: string };

/** The message with the file or article it concerns, named once. */
const located = (w: Line) => {
  const where = w.path ?? w.article;
  return where ? `${where}: ${w.message}` : w.message;
};

export function warningLines(warnings: Line[], noun = 'warning'): string[] {
  if (warnings.length <= LIST_UP_TO) {
    return warnings.map((w) => `sanad: ${noun === 'warning' ? 'warning: ' : ''}${located(w)} [${w.code}]`);
  }
  const byCode = new Map<string, Line[]>();
  for (const w of warnings) {
    const list = byCode.get(w.code) ?? [];
    list.push(w);
    byCode.set(w.code, list);
  }
  const codes = [...byCode].sort((a, b) => b[1].length - a[1].length);
  const lines = [
    `sanad: ${warnings.length} warnings in ${codes.length} ${codes.length === 1 ? 'code' : 'codes'} (all of them are in the JSON):`,
  ];
  for (const [code, list] of codes) {
    lines.push(`  ${code} ×${list.length}`);
    // examples that differ: a message repeated word for word tells nothing the first did not
    const examples = [...new Set(list.map(located))].slice(0, EXAMPLES);
    for (const e of examples) lines.push(`    e.g. ${e}`);
  }
  return lines;
}
