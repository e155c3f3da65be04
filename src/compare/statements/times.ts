// Times of day an event is given ("في حوالي الساعة السادسة من صباح اليوم الخميس", "ظهر اليوم"),
// as an interval of hours plus the day when the text says which. Words from lexicons/date-words.json
// (day parts, hour words, weekdays) and lexicons/events.json (timeOfDay: hours a part covers).
import type { ArticleCtx } from '../context/context.js';
import { findPhrases, indexPhrases, matchKey } from '../context/match.js';
import { eventsLexicon } from './event-words.js';
import { readLexicon } from '../../lexicon.js';
import { dateWordsSchema } from '../../lexicon-schemas.js';

const words = readLexicon('date-words', dateWordsSchema);
const tod = eventsLexicon.timeOfDay;
/** hours [from, to] a day part covers, looked up by the part a date word names */
const PART_HOURS: Record<string, [number, number]> = tod.parts;

const PART = indexPhrases(
  [...words.dayParts, ...words.dayPartAdverbs].map((p): [string, string] => [p.form, p.part]),
);
/** A day part ("ظهر", "منتصف الليل", "مساء") begins at token i. */
export function isDayPartAt(tokens: readonly { key: string }[], i: number): boolean {
  return findPhrases(tokens, PART, i, Math.min(tokens.length, i + 2))[0]?.from === i;
}
const HOUR = indexPhrases(words.hours.map((h): [string, number] => [h.form, h.hour]));
const WEEKDAY = new Map(
  words.weekdays.flatMap((w) => w.forms.map((f): [string, number] => [matchKey(f), w.day])),
);
const APPROX = new Set(tod.approx.forms.map(matchKey));
const CLOCK = new Set(tod.clock.forms.map(matchKey));

export interface TimeOfEvent {
  /** hours covered, [low, high] (night may run past 24) */
  low: number;
  high: number;
  /** the words read, for display */
  text: string;
  start: number;
  end: number;
  /** YYYY-MM-DD from a date mention in the sentence, else a weekday named there (0 = Sunday) */
  date?: string;
  weekday?: number;
  /** the date is the article's publication day, not a day the sentence names */
  published?: boolean;
  /** the date mention's words, when the date is one ("ليلة الإثنين") */
  dateText?: string;
  /** where the date mention starts in the text, when the date is one */
  dateStart?: number;
}

/** A stated hour covers the half hour either side (reports round to the hour); "حوالي" an hour. */
const HOUR_TOLERANCE = 0.5;
const APPROX_HOUR_TOLERANCE = 1;
/** Words after "الساعة" where its hour word may end (الحادية عشرة والنصف). */
const HOUR_WORDS = 3;
/** Words before a time where an approximator (حوالي، نحو) applies to it. */
const APPROX_REACH = 2;

/** The time of day sentence i gives, nearest to `near` (a text offset) when it gives several. */
export function readTime(ctx: ArticleCtx, i: number, near: number): TimeOfEvent | undefined {
  const from = ctx.sentTok[i];
  const to = i + 1 < ctx.sentTok.length ? ctx.sentTok[i + 1] : ctx.tokens.length;
  const r = ctx.sentences[i];
  let found = datedTimes(ctx, r);
  if (!found.length) found = wordTimes(ctx, from, to);
  // a day named without a time ("يوم الثلاثاء") still dates the event
  if (!found.length) {
    const d = ctx.dates.find((x) => x.start >= r.start && x.start < r.end);
    if (!d) return undefined;
    found.push({ low: 0, high: 24, text: d.text, start: d.start, end: d.end });
  }
  const best = found.reduce((a, b) => (Math.abs(b.start - near) < Math.abs(a.start - near) ? b : a));
  const day = dayOf(ctx, i, from, to);
  return { ...best, ...day };
}

/** Clock times of the date mentions in the sentence. */
function datedTimes(ctx: ArticleCtx, r: { start: number; end: number }): TimeOfEvent[] {
  const found: TimeOfEvent[] = [];
  for (const d of ctx.dates) {
    if (d.start >= r.end) break;
    if (d.start < r.start || !d.time) continue;
    const h = Number(d.time.slice(0, 2)) + Number(d.time.slice(3)) / 60;
    found.push({
      low: h - HOUR_TOLERANCE,
      high: h + HOUR_TOLERANCE,
      text: d.text,
      start: d.start,
      end: d.end,
    });
  }
  return found;
}

/** Times in words: "الساعة السادسة (من صباح)", "الساعة 6", or a day part alone ("ظهر اليوم"). */
function wordTimes(ctx: ArticleCtx, from: number, to: number): TimeOfEvent[] {
  const toks = ctx.tokens;
  const found: TimeOfEvent[] = [];
  for (let t = from; t < to; t++) {
    let hour: number | undefined;
    let end = t;
    if (CLOCK.has(toks[t].key) && t + 1 < to) {
      const hw = findPhrases(toks, HOUR, t + 1, Math.min(to, t + 1 + HOUR_WORDS))[0];
      const digit = /^\d{1,2}$/.test(toks[t + 1].text) ? Number(toks[t + 1].text) : undefined;
      if (hw && hw.from === t + 1) [hour, end] = [hw.value, hw.to - 1];
      else if (digit !== undefined && digit <= 24) [hour, end] = [digit, t + 1];
    }
    // a day part just after the clock ("من صباح", "صباحا"), or alone ("ظهر اليوم")
    let k = hour !== undefined ? end + 1 : t;
    if (hour !== undefined && k < to && toks[k].key === 'من') k++;
    const p = k < to ? findPhrases(toks, PART, k, Math.min(to, k + 2))[0] : undefined;
    const part = p && p.from === k ? p.value : undefined;
    if (hour === undefined && !part) continue;
    if (part) end = p!.to - 1;
    const loose = [t - 1, t - APPROX_REACH].some((x) => x >= from && APPROX.has(toks[x].key));
    const [low, high] = hour !== undefined ? hourInterval(hour, part, loose) : (PART_HOURS[part!] ?? [0, 24]);
    found.push({
      low,
      high,
      text: ctx.text.slice(toks[t].start, toks[end].end),
      start: toks[t].start,
      end: toks[end].end,
    });
    t = end;
  }
  return found;
}

/** The hours an hour word covers: "السادسة مساء" is 18:00; "حوالي" widens it. */
function hourInterval(hour: number, part: string | undefined, loose: boolean): [number, number] {
  const span = PART_HOURS[part ?? ''];
  let h = hour % 24;
  if (span && h + 12 <= span[1] && h < span[0]) h += 12;
  const w = loose ? APPROX_HOUR_TOLERANCE : HOUR_TOLERANCE;
  return [h - w, h + w];
}

/** The day sentence i speaks of: a dated mention, else a weekday word; nothing when it names neither. */
function dayOf(
  ctx: ArticleCtx,
  i: number,
  from: number,
  to: number,
): Pick<TimeOfEvent, 'date' | 'weekday' | 'published' | 'dateText' | 'dateStart'> {
  const r = ctx.sentences[i];
  const d = ctx.dates.find((x) => x.start >= r.start && x.start < r.end && /^\d{4}/.test(x.value));
  if (d) return { date: d.value, dateText: d.text, dateStart: d.start };
  for (let t = from; t < to; t++) {
    const w = WEEKDAY.get(ctx.tokens[t].key);
    if (w !== undefined) return { weekday: w };
  }
  return ctx.article.published ? { date: ctx.article.published, published: true } : {};
}

/** Same day: true, false, or undefined when the texts do not say enough to tell. */
export function sameEventDay(a: TimeOfEvent, b: TimeOfEvent): boolean | undefined {
  const wd = (x: TimeOfEvent) => (x.date ? new Date(`${x.date}T00:00:00Z`).getUTCDay() : x.weekday);
  if (a.date && b.date) return a.date === b.date;
  const wa = wd(a);
  const wb = wd(b);
  return wa === undefined || wb === undefined ? undefined : wa === wb;
}

/** Two time intervals that cannot both hold (an hour of slack for loose reporting). */
export function timesClash(a: TimeOfEvent, b: TimeOfEvent): boolean {
  return a.high + 1 <= b.low || b.high + 1 <= a.low;
}
