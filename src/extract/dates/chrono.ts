// Relative day counts with chrono-node's Arabic parsers: 'قبل ثلاثة أيام', 'منذ يومين', 'بعد أسبوع',
// 'في غضون أسبوعين', 'الأسبوع الماضي'. chrono reads the count (digits, number words, duals, 'ونصف')
// and does the date arithmetic from the publication date. It runs only on short windows that open at
// a trigger word with a day or week unit close behind, since most sentences hold none of these forms
// and running it on whole articles costs more than the rest of the dates stage together.
import { createRequire } from 'node:module';
import type * as ChronoAr from 'chrono-node/ar';
import {
  AFTER_BARE_UNIT,
  ANCHORED,
  BARE_UNITS,
  CHRONO_TRIGGER,
  CONNECTORS,
  COUNT_OPENERS,
  NOUN_LIKE_UNITS,
  ONE_AFTER_UNIT,
  VAGUE_UNITS,
  formKey,
} from './lexicon.js';
import { gatedCasual } from './chrono-gates.js';

// Loaded through require: vitest's resolver does not follow chrono-node's "./*" export pattern
// (node's does), and the package root would load all of chrono's 16 locales (~140 ms more at start).
const chronoAr = createRequire(import.meta.url)('chrono-node/ar') as typeof ChronoAr;

/**
 * chrono's casual Arabic parser, each of its parsers run only on windows it can match
 * (chrono-gates.ts; the same results). Only its counts of units from the reference date are kept
 * (results tagged `result/relativeDate`: 'قبل ثلاثة أيام', 'خلال أسبوعين', 'الأسبوع الماضي'); the
 * rest of its casual set (weekdays, month names, casual days, clock times) is covered by the
 * lexicon scan, which knows the Levantine and Maghreb months, Hijri dates and the night between
 * two days.
 */
export const chrono = gatedCasual(chronoAr);
const RELATIVE_DATE = 'result/relativeDate';
const RELATIVE_DATE_AND_TIME = 'result/relativeDateAndTime';

export interface CountedDay {
  start: number;
  end: number;
  /** UTC midnight of the day named; undefined without a publication date. */
  ms?: number;
}

const WINDOW = 48;
const WINDOW_STOP = /[.!?؟\n«»"():؛]/;
const WORDS = /[\p{L}\p{M}\p{N}]+/gu;
const MARKS = /[\u064B-\u0652\u0640]/;
const MARKS_G = /[\u064B-\u0652\u0640]/g;
const TRAILING_MARKS = /^[\u064B-\u0652]+/u;
const NEXT_WORD = /^\s*([\p{L}\p{M}]+)/u;
const PREV_WORD = /([\p{L}\p{M}]+)\s*$/u;

/**
 * True when the counted span is not a count of days from publication: a plural with no count
 * ('قبل أيام' = a few days ago), or a lone singular that goes on as a noun ('منذ يوم السبت',
 * 'بعد يوم طويل', 'يوما بعد يوم').
 */
function notACount(text: string, start: number, end: number, one: boolean): boolean {
  const words = text.slice(start, end).match(WORDS) ?? [];
  const unit = formKey(words[words.length - 1] ?? '');
  // 'خلال أيام شهر رمضان': chrono reads a plural after the opener as one, wherever it stands
  if (
    words.some((w, i) => VAGUE_UNITS.has(formKey(w)) && (i === 0 || COUNT_OPENERS.has(formKey(words[i - 1]))))
  )
    return true;
  const counted = words.length > 1 && !COUNT_OPENERS.has(formKey(words[words.length - 2]));
  if (counted || one) return false;
  if (!BARE_UNITS.has(unit)) return false;
  const prev = PREV_WORD.exec(text.slice(Math.max(0, start - 12), start));
  if (prev && BARE_UNITS.has(formKey(prev[1]))) return true; // 'يوما بعد يوم'
  const next = NEXT_WORD.exec(text.slice(end, end + 16))?.[1];
  if (!next) return false;
  // 'منذ يوم السبت', 'بعد أسبوع الآلام': a definite word after it makes a construct
  if (next.startsWith('ال')) return true;
  // 'يوم' also takes adjectives and names ('بعد يوم طويل', 'منذ يوم أمس'); 'أسبوع' rarely does
  return NOUN_LIKE_UNITS.some((u) => unit.startsWith(u)) && !AFTER_BARE_UNIT.has(formKey(next));
}

/** Drop connector words chrono keeps at the front ('في الأسبوع الماضي'): spans never start with them. */
function trimFront(text: string, start: number, end: number): number {
  WORDS.lastIndex = start;
  const m = WORDS.exec(text);
  if (m && m.index === start && m.index + m[0].length < end && CONNECTORS.has(formKey(m[0]))) {
    if (COUNT_OPENERS.has(formKey(WORDS.exec(text)?.[0] ?? ''))) return start; // 'في غضون' is one word
    let s = m.index + m[0].length;
    while (s < end && /\s/.test(text[s])) s++;
    return s;
  }
  return start;
}

/**
 * The window without diacritics and tatweel, which chrono's word lists do not expect ('يومَيْن',
 * 'أسبـوع'), with each clean offset's place in the window.
 */
function stripMarks(window: string): { clean: string; at: (i: number) => number } {
  if (!MARKS.test(window)) return { clean: window, at: (i) => i };
  const pos: number[] = [];
  for (let i = 0; i < window.length; i++) if (!MARKS.test(window[i])) pos.push(i);
  pos.push(window.length);
  return { clean: window.replace(MARKS_G, ''), at: (i) => pos[i] };
}

const LETTER = /[\p{L}\p{N}]/u;
/** True at a word start, or after a proclitic و/ف that starts one ('وقبل يومين'). */
function startsWord(text: string, i: number): boolean {
  if (i === 0 || !LETTER.test(text[i - 1])) return true;
  return (text[i - 1] === 'و' || text[i - 1] === 'ف') && (i === 1 || !LETTER.test(text[i - 2]));
}

/** Counted days and weeks before or after publication, each at most once, in text order. */
export function findCountedDays(text: string, pub: number | undefined): CountedDay[] {
  const out: CountedDay[] = [];
  const ref = { instant: new Date((pub ?? 0) + 43_200_000), timezone: 0 }; // noon UTC: no day slips
  CHRONO_TRIGGER.lastIndex = 0;
  let m: RegExpExecArray | null;
  let after = 0; // end of the last result: windows and results do not overlap it
  while ((m = CHRONO_TRIGGER.exec(text)) !== null) {
    const from = m.index;
    if (!startsWord(text, from)) continue;
    if (from < after) continue;
    let to = Math.min(text.length, from + WINDOW);
    const stop = text.slice(from, to).search(WINDOW_STOP);
    if (stop >= 0) to = from + stop;
    const { clean, at } = stripMarks(text.slice(from, to));
    for (const r of chrono.parse(clean, ref)) {
      let end = from + at(r.index + r.text.length);
      end += TRAILING_MARKS.exec(text.slice(end, end + 4))?.[0].length ?? 0;
      const start = trimFront(text, from + at(r.index), end);
      const one = ONE_AFTER_UNIT.exec(text.slice(end, end + 12));
      if (one) end += one[0].length; // 'قبل يوم واحد'
      // Day precision only: months and years ('الشهر الماضي', 'قبل عامين') would be a made-up day,
      // and hours ('قبل ساعات') hang on a publication hour we do not know.
      const tags = r.start.tags();
      if (!tags.has(RELATIVE_DATE) || tags.has(RELATIVE_DATE_AND_TIME) || !r.start.isCertain('day')) continue;
      if (start < after || ANCHORED.test(text.slice(end, end + 16))) continue;
      if (notACount(text, start, end, one !== null)) continue;
      const c: CountedDay = { start, end };
      if (pub !== undefined)
        c.ms = Date.UTC(r.start.get('year')!, r.start.get('month')! - 1, r.start.get('day')!);
      out.push(c);
      after = end;
    }
  }
  return out;
}
