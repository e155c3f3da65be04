// A date word that is a newspaper's name: "(اليوم)" as a credit line, "لـ«اليوم»" as a channel.
import { OUTLET_DATE_WORDS, formKey } from './lexicon.js';
import type { Group } from './scan.js';

/** Characters at either end of an article where a bracketed credit line stands. */
const CREDIT_EDGE = 100;
const OPENS = /[(«"“]\s*$/;
const CLOSES = /^\s*[)»"”]/;
const AFTER_LAM = /(?:^|[^\p{L}])لـ?\s*[«"“]?\s*$/u;
const AFTER_PAPER = /(?:صحيفة|جريدة)\s*[«"“(]?\s*$/u;

/**
 * Does the group name an outlet, not a day: a lone date word that is also a newspaper's name,
 * bracketed or quoted alone at the top or foot of the article, after ل, or after صحيفة/جريدة.
 */
export function namesOutlet(text: string, g: Group): boolean {
  if (g.atoms.length !== 1 || !OUTLET_DATE_WORDS.has(formKey(text.slice(g.start, g.end)))) return false;
  const before = text.slice(Math.max(0, g.start - 12), g.start);
  if (AFTER_LAM.test(before) || AFTER_PAPER.test(before)) return true;
  const alone = OPENS.test(before) && CLOSES.test(text.slice(g.end, g.end + 4));
  return alone && (g.start < CREDIT_EDGE || g.end > text.length - CREDIT_EDGE);
}
