// Warnings on stderr: a handful are printed one per line; more are summarised by code (count and a
// few examples), since thousands of lines hide the few that matter. All of them stay in the JSON.
import type { Warning } from '../contract.js';

/** up to this many warnings are printed one by one */
export const LIST_UP_TO = 10;
/** examples shown per code in a summary */
const EXAMPLES = 3;

export function warningLines(warnings: Warning[]): string[] {
  if (warnings.length <= LIST_UP_TO) {
    return warnings.map(
      (w) => `sanad: warning: ${w.article ? `${w.article}: ` : ''}${w.message} [${w.code}]`,
    );
  }
  const byCode = new Map<string, Warning[]>();
  for (const w of warnings) {
    const list = byCode.get(w.code) ?? [];
    list.push(w);
    byCode.set(w.code, list);
  }
  const codes = [...byCode].sort((a, b) => b[1].length - a[1].length);
  const lines = [
    `sanad: ${warnings.length} warnings in ${codes.length} codes (all of them are in the JSON):`,
  ];
  for (const [code, list] of codes) {
    lines.push(`  ${code} ×${list.length}`);
    for (const w of list.slice(0, EXAMPLES)) lines.push(`    e.g. ${w.message}`);
  }
  return lines;
}
