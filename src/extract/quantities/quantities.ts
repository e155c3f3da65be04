// Quantities in Arabic news: digit runs, number words, mixed forms (15 ألف), duals (يومين),
// vague amounts (عشرات الآلاف) and approximators (نحو، أكثر من، بين X و Y), each with the noun it
// counts and its unit. One precompiled candidate regex finds where a number may start; the
// grammar in number-words.ts reads it; a few looks left and right decide what it is.
import type { QuantityDraft, Span } from '../../contract.js';
import { searchKey } from '../../text/arabic.js';
import { breakWithin } from '../../text/clause.js';
import { NUMBER_KEYS, isVagueAmount, parseNumberAt, type NumberParse } from '../../text/number-words.js';
import {
  afterCountCue,
  approxAfter,
  approxBefore,
  countedAfter,
  notAQuantity,
  percentAfter,
} from './around.js';
import {
  DUALS,
  NAME_PREFIXES,
  NOT_COUNTED,
  OTHERS,
  RANGE_JOINERS,
  RANGE_OPENERS,
  TIME_OFFSETS,
  UNIT_OF,
  type Approx,
} from './lexicon.js';
import {
  ARABIC_WORD,
  asciiRun,
  glued,
  isLetter,
  isYearish,
  matchBefore,
  monthAt,
  overlaps,
  wordAfter,
  wordBefore,
  type Word,
} from './words.js';

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

// Raw-text pattern of a folded key: the folded letters stand for their spelling variants.
const VARIANTS: Record<string, string> = { ا: '[اأإآٱ]', ي: '[يى]', ه: '[هة]' };

type Trie = Map<string, Trie>;
/** A regex alternation of the keys as a trie, so the engine never backtracks across siblings. */
function trieSource(words: Iterable<string>): string {
  const root: Trie = new Map();
  for (const w of words) {
    let n = root;
    for (const c of w + '$') {
      if (!n.has(c)) n.set(c, new Map());
      n = n.get(c) as Trie;
    }
  }
  const emit = (n: Trie): string => {
    const alts = [...n.entries()].map(([c, child]) => (c === '$' ? '' : (VARIANTS[c] ?? c) + emit(child)));
    if (alts.length === 1) return alts[0];
    const rest = alts.filter((a) => a !== '');
    return `(?:${rest.join('|')})${rest.length < alts.length ? '?' : ''}`;
  };
  return emit(root);
}

// Candidate: a digit run, or a whole word that is a number word or dual behind optional
// proclitics / article. No `u` flag and no \p classes: this runs over every character.
const AR_LETTERS = '\u0621-\u063A\u0641-\u064A\u0671-\u06D3';
export const CANDIDATE = new RegExp(
  `[0-9\u0660-\u0669\u06F0-\u06F9]+|(?<![${AR_LETTERS}\u0640])[وفبلك]{0,2}(?:ال)?` +
    `${trieSource(new Set([...NUMBER_KEYS, ...DUALS.keys()]))}(?![${AR_LETTERS}])`,
  'g',
);

function span(article: string, text: string, start: number, end: number): Span {
  return { article, start, end, text: text.slice(start, end) };
}

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

/** A number's extent: its span with any range, approximator and per cent sign around it. */
interface Extent {
  start: number;
  end: number;
  value: number;
  low?: number;
  high?: number;
  approx?: Approx;
  unit?: string;
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

/** The number, widened by a range (بين X و Y), an approximator before or after it, and a per cent sign. */
function readExtent(
  text: string,
  p: NumberParse,
  tokStart: number,
  ex: { start: number; end: number }[],
): Extent {
  const x: Extent = { start: p.start, end: p.end, value: p.value, low: p.low, high: p.high };
  if (p.low !== undefined) x.approx = 'range';
  // بين X و Y / من X إلى Y
  const range = readRange(text, p, tokStart, ex);
  if (range) {
    ({ start: x.start, end: x.end, low: x.low, high: x.high } = range);
    x.value = range.low;
    x.approx = 'range';
  } else {
    const a = approxBefore(text, tokStart);
    if (a && !x.approx) {
      x.approx = a.approx;
      x.start = a.start;
    }
  }
  const pct = percentAfter(text, x.end);
  if (pct > x.end) {
    x.unit = '%';
    x.end = pct;
  }
  const right = approxAfter(text, x.end);
  if (right && !x.approx) {
    x.approx = right.approx;
    x.end = right.end;
  }
  return x;
}

/** The noun the number counts; fills in the extent's unit, and an approximator after the noun. */
function readCounted(text: string, p: NumberParse, tokStart: number, x: Extent): Word | null {
  const c = countedAfter(text, x.end, x.unit === '%');
  let counted = c.word;
  x.unit ??= c.unit;
  if (counted && !x.approx) x.approx = approxAfter(text, counted.end)?.approx; // خمسة مدنيين على الأقل
  // 1 and 2 in words follow their noun: "شخص واحد", "طفلين اثنين"
  if (!p.digits && p.tokens === 1 && x.value <= 2 && !x.approx && wordAfter(text, p.end)?.key !== 'من') {
    const prev = wordBefore(text, tokStart);
    const noun = prev && ARABIC_WORD.test(text.slice(prev.start, prev.end)) && !NOT_COUNTED.has(prev.key);
    counted = noun && !/^[وف]/.test(prev.key) ? prev : null;
    x.unit = counted ? UNIT_OF.get(counted.key) : undefined;
  }
  return counted;
}

/**
 * A dual is a counted quantity only as a measure (أسبوعين من التقدم، كيلومترين): a dual noun alone
 * (جنديان، الدولتين) names two things without counting them, a definite one (الأسبوعين الأخيرين)
 * is a period already known, and one after an offset word (بعد يومين من) places an event in time.
 */
function countedDual(text: string, tokStart: number, form: string, unit: string | undefined): boolean {
  if (!unit || form.startsWith('ال')) return false;
  const prev = wordBefore(text, tokStart)?.key;
  // "أبو قرنين": a family name, not two centuries
  return !prev || (!TIME_OFFSETS.has(prev) && !NAME_PREFIXES.has(prev));
}

function readDual(text: string, article: string, tokStart: number, tokEnd: number): QuantityDraft | null {
  const key = searchKey(text.slice(tokStart, tokEnd));
  // the clitic chains a dual may carry: grammar, not vocabulary, so written here
  for (const p of ['', 'و', 'ب', 'ل', 'ف', 'ال', 'وال', 'بال', 'لل', 'وب', 'ول']) {
    if (!key.startsWith(p)) continue;
    const rest = p === 'لل' ? 'ال' + key.slice(2) : key.slice(p.length);
    const bare = rest.replace(/^ال/, '');
    if (!DUALS.has(bare)) continue;
    if (!countedDual(text, tokStart, rest, DUALS.get(bare))) return null;
    const start = tokStart + (p === 'لل' ? 1 : p.replace(/ال$/, '').length);
    const q: QuantityDraft = { article, start, end: tokEnd, text: text.slice(start, tokEnd), value: 2 };
    const unit = DUALS.get(bare);
    if (unit) q.unit = unit;
    q.counted = span(article, text, start, tokEnd);
    const a = approxBefore(text, tokStart);
    if (a) {
      q.approx = a.approx;
      q.start = a.start;
      q.text = text.slice(q.start, q.end);
    }
    return q;
  }
  return null;
}

/** "بين 10 و15 ألف" / "من 3 إلى 5": the range, with the second number's scale lent to the first. */
function readRange(
  text: string,
  p: NumberParse,
  tokStart: number,
  ex: { start: number; end: number }[],
): { start: number; end: number; low: number; high: number } | null {
  if (p.low !== undefined) return null;
  let opener: { start: number; words: string[] } | null = null;
  for (const words of RANGE_OPENERS) {
    const s = matchBefore(text, tokStart, words);
    if (s !== null) {
      opener = { start: s, words };
      break;
    }
  }
  if (!opener) return null;
  const byAnd = opener.words[opener.words.length - 1] !== 'من';
  let q: NumberParse | null = null;
  const next = wordAfter(text, p.end);
  if (next && RANGE_JOINERS.has(next.key)) q = parseNumberAt(text, next.end);
  else if (byAnd) {
    q = parseNumberAt(text, p.end);
    // the second number must carry the و: "بين 10 و15"
    if (q && !/^\s*و/.test(text.slice(p.end, q.start))) q = null;
  }
  if (!q || q.low !== undefined || overlaps(q.start, q.end, ex)) return null;
  if (q.digits && (monthAt(text, q.end) || glued(text, q.start, q.end))) return null;
  let low = p.value;
  if (q.scale > p.scale && low * q.scale <= q.value) low *= q.scale;
  if (low >= q.value) return null;
  return { start: opener.start, end: q.end, low, high: q.value };
}
