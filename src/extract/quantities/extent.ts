// A number's extent: the range (بين X و Y), approximators and per cent sign around it, and the
// noun it counts.
import { parseNumberAt, type NumberParse } from '../../text/number-words.js';
import { approxAfter, approxBefore, countedAfter, percentAfter } from './around.js';
import { NOT_COUNTED, RANGE_JOINERS, RANGE_OPENERS, UNIT_OF, type Approx } from './lexicon.js';
import {
  ARABIC_WORD,
  glued,
  matchBefore,
  monthAt,
  overlaps,
  wordAfter,
  wordBefore,
  type Word,
} from './words.js';

/** A number's extent: its span with any range, approximator and per cent sign around it. */
export interface Extent {
  start: number;
  end: number;
  value: number;
  low?: number;
  high?: number;
  approx?: Approx;
  unit?: string;
}

/** The number, widened by a range (بين X و Y), an approximator before or after it, and a per cent sign. */
export function readExtent(
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
export function readCounted(text: string, p: NumberParse, tokStart: number, x: Extent): Word | null {
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
