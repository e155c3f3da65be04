// Quantities in Arabic news: digit runs, number words, mixed forms (15 ألف), duals (يومين),
// vague amounts (عشرات الآلاف) and approximators (نحو، أكثر من، بين X و Y), each with the noun it
// counts and its unit. One precompiled candidate regex finds where a number may start; the
// grammar in number-words.ts reads it; a few looks left and right decide what it is. The
// candidate regex is in candidate.ts, the widening around a number in extent.ts, duals in dual.ts.
import type { QuantityDraft, Span } from '../../contract.js';
import { searchKey } from '../../text/arabic.js';
import { breakWithin } from '../../text/clause.js';
import { isVagueAmount, parseNumberAt, type NumberParse } from '../../text/number-words.js';
import { afterCountCue, notAQuantity } from './around.js';
import { CANDIDATE } from './candidate.js';
import { readDual, span } from './dual.js';
import { readCounted, readExtent, type Extent } from './extent.js';
import { OTHERS } from './lexicon.js';
import { asciiRun, isLetter, isYearish, overlaps, wordAfter, wordBefore, type Word } from './words.js';

export { CANDIDATE } from './candidate.js';

/** Proclitics and article a number word may carry (وبال، لل): at most four letters before it. */
const MAX_PREFIX_LETTERS = 4;
/**
 * A bare digit run that counts nothing is a year when it lies in 1900-2100 (في 2016، آذار) 2015),
 * and a phone number or a code from five digits on: news counts that large carry a noun or a unit.
 */
const BARE_YEAR_MIN = 1900;
const BARE_YEAR_MAX = 2100;
const CODE_MIN_DIGITS = 5;
const CODE_RUN = new RegExp(`^\\d{${CODE_MIN_DIGITS},}$`);

/**
 * Quantities in one article's text. `exclude` are ranges already taken (dates): nothing inside
 * them is read. Years (عام 2016, 14 ديسمبر 2016), clock times and labels (بند 27) are skipped.
 * Drafts without ids: the assemble step numbers them.
 */
export function findQuantities(
  text: string,
  article: string,
  exclude: readonly { start: number; end: number }[] = [],
): QuantityDraft[] {
  const out: QuantityDraft[] = [];
  const ex = [...exclude];
  const re = new RegExp(CANDIDATE.source, CANDIDATE.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    let tokStart = m.index;
    while (tokStart > 0 && isLetter(text[tokStart - 1]) && m.index - tokStart < MAX_PREFIX_LETTERS)
      tokStart--;
    const q = readQuantity(text, article, tokStart, ex);
    if (!q) continue;
    if (q.counted && OTHERS.has(searchKey(q.counted.text))) {
      const noun = antecedentNoun(text, out, q.start);
      if (noun) q.counted = noun;
    }
    out.push(q);
    if (q.end > re.lastIndex) re.lastIndex = q.end;
  }
  return out;
}

/** A sentence's end between two quantities; the point of "1.5" is no end (clause.ts). */
const SENTENCE_END = /[.!?؟\n]/;

/** "مقتل 17 شخصا وإصابة 30 آخرين": the counted noun of the latest unitless quantity in the same sentence. */
function antecedentNoun(text: string, found: QuantityDraft[], pos: number): Span | null {
  for (let i = found.length - 1; i >= 0; i--) {
    const prev = found[i];
    if (breakWithin(text, prev.end, pos, SENTENCE_END)) return null;
    const c = prev.counted;
    if (!c || prev.unit || OTHERS.has(searchKey(c.text))) continue;
    // "4 أشخاص من عائلة واحدة ... و3 آخرون": a one after "من" names the group, not the class
    if (c.start < prev.start && wordBefore(text, c.start)?.key === 'من') continue;
    return c;
  }
  return null;
}

function readQuantity(
  text: string,
  article: string,
  tokStart: number,
  ex: { start: number; end: number }[],
): QuantityDraft | null {
  const tokEnd = wordAfter(text, tokStart)?.end ?? tokStart;
  const dual = readDual(text, article, tokStart, tokEnd);
  if (dual) return overlaps(dual.start, dual.end, ex) ? null : dual;
  const p = parseNumberAt(text, tokStart);
  if (!p || overlaps(p.start, p.end, ex) || notAQuantity(text, p, tokStart)) return null;
  // "عشرات القتلى"، "المئات"، "عشرات الآلاف": a vague amount names no number to count or compare
  if (!p.digits && isVagueAmount(p.firstKey)) return null;
  const x = readExtent(text, p, tokStart, ex);
  const counted = readCounted(text, p, tokStart, x);
  // a bare 19xx/20xx that counts nothing is a year; a long bare digit run is a phone number or a code
  const bare = p.digits && p.tokens === 1 && !counted && !x.approx && !x.unit;
  const year = isYearish(p) && p.value >= BARE_YEAR_MIN && p.value <= BARE_YEAR_MAX;
  if (bare && year && !afterCountCue(text, tokStart)) return null;
  if (yearSpan(text, p, x, counted)) return null;
  if (bare && CODE_RUN.test(asciiRun(text.slice(p.start, p.end)))) return null;

  const q: QuantityDraft = {
    article,
    start: x.start,
    end: x.end,
    text: text.slice(x.start, x.end),
    value: x.value,
  };
  if (x.approx) q.approx = x.approx;
  if (x.low !== undefined) q.low = x.low;
  if (x.high !== undefined) q.high = x.high;
  if (x.unit) q.unit = x.unit;
  if (counted) q.counted = span(article, text, counted.start, counted.end);
  return q;
}

/** Two years joined by a dash or إلى: "(1819 - 1891)"، "من 1910 إلى 1945". */
const YEAR_AFTER = /^ *(?:[-–—]|إلى|الى|حتى) *([0-9٠-٩]{4})(?![0-9٠-٩])/;
const YEAR_BEFORE = /(?<![0-9٠-٩])([0-9٠-٩]{4}) *(?:[-–—]|إلى|الى|حتى) *[(«"]?$/;

/**
 * A life or an era, two years that count nothing: a 4-digit number with no noun nor unit, read as a
 * range of years or beside another such number across a dash. Not a quantity.
 */
function yearSpan(text: string, p: NumberParse, x: Extent, counted: Word | null): boolean {
  if (!isYearish(p) || counted || x.unit) return false;
  const isYear = (digits: string) => {
    const v = Number(asciiRun(digits));
    return v >= 1000 && v <= BARE_YEAR_MAX && v !== p.value;
  };
  if (x.approx === 'range') return x.low !== undefined && x.high !== undefined && isYear(String(x.high));
  const after = YEAR_AFTER.exec(text.slice(p.end, p.end + 12));
  const before = YEAR_BEFORE.exec(text.slice(Math.max(0, p.start - 12), p.start));
  return (after !== null && isYear(after[1])) || (before !== null && isYear(before[1]));
}
