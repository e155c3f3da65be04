// The article-level checks on the drafts: the weekday each phrase names against its date, the
// publication day the text's own weekday phrases fix, and the year and day an article without a
// publication date speaks from.
import type { Warning } from '../../contract.js';
import { find, type Draft, type FindDatesOptions, type Reference } from './drafts.js';
import { DAY_MS, dow, iso, utc } from './calendar.js';

/**
 * How far a record's date may be moved to fit the weekday the text names ("اليوم الاثنين"): every
 * weekday is at most three days away in one direction, and crawl dates run a day or two late.
 */
const MAX_RECORD_SHIFT_DAYS = 3;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Years back from today a yearless, weekday-dated article may be from: the archives in use are younger. */
const YEAR_GUESS_SPAN = 60;

/**
 * The year to check weekdays of yearless dates against when there is no publication date: the
 * latest year written in a full date of the article, else the year in which most weekday-dated
 * mentions are right, ties going to the year that makes the first such mention right (the lede),
 * then to the most recent year. A guess, used only to flag mismatches; values stay "--MM-DD".
 */
export function guessYear(drafts: Draft[], now = new Date().getUTCFullYear()): number | undefined {
  const full = drafts.filter((d) => d.ms !== undefined && !d.relative && !d.hijri).map((d) => d.ms!);
  if (full.length) return new Date(Math.max(...full)).getUTCFullYear();
  const named = drafts.filter((d) => d.ms === undefined && d.month !== undefined && d.weekday !== undefined);
  if (!named.length) return undefined;
  const right = (d: Draft, y: number) => dow(utc(y, d.month!, d.day!)) === d.weekday;
  let best: number | undefined;
  let bestScore = -1;
  for (let y = now; y > now - YEAR_GUESS_SPAN; y--) {
    // each right mention counts 2, the lede 1 more: the lede only breaks ties
    const score = named.filter((d) => right(d, y)).length * 2 + (right(named[0], y) ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [y, score];
  }
  return best;
}

export function mismatch(
  d: Draft,
  yearHint: number | undefined,
  pub: number | undefined,
): { at: number; guessed: boolean } | undefined {
  if (d.weekday === undefined) return undefined;
  // 'أمس الاثنين يوم 15 مارس': the weekday may be yesterday's, not the written date's
  const rel = find(d.group, 'rel');
  if (rel && pub !== undefined && dow(pub + rel.offset * DAY_MS) === d.weekday) return undefined;
  const at = d.ms ?? (yearHint !== undefined && d.month ? utc(yearHint, d.month, d.day!) : undefined);
  if (at === undefined) return undefined;
  for (let k = 0; k <= (d.rangeDays ?? 0); k++) if (dow(at + k * DAY_MS) === d.weekday) return undefined;
  return { at, guessed: d.ms === undefined };
}

/**
 * The publication day the text's own words fix ("اليوم (الأحد)"، "أمس الثلاثاء") when the given
 * day contradicts them: the nearest day, earlier first, at which every such phrase names its weekday.
 */
export function dayFromText(drafts: Draft[], pub: number): number | undefined {
  // each 'اليوم (الأحد)' read as the record's day plus its offset, even beside a written date
  const named = drafts.flatMap((d) => {
    const rel = find(d.group, 'rel');
    return d.weekday !== undefined && rel ? [{ d, at: pub + rel.offset * DAY_MS }] : [];
  });
  const fits = (s: number) => named.every(({ d, at }) => dow(at + s * DAY_MS) === d.weekday);
  if (fits(0)) return undefined;
  // a written date beside 'اليوم' or 'أمس' names the day itself ('اليوم الاثنين 3 أغسطس')
  for (const { d } of named) {
    if (d.relative || d.ms === undefined || d.hijri) continue;
    const s = Math.round((d.ms - find(d.group, 'rel')!.offset * DAY_MS - pub) / DAY_MS);
    if (s !== 0 && Math.abs(s) <= MAX_RECORD_SHIFT_DAYS && fits(s)) return pub + s * DAY_MS;
  }
  for (let k = 1; k <= MAX_RECORD_SHIFT_DAYS; k++)
    for (const s of [-k, k]) if (fits(s)) return pub + s * DAY_MS;
  return undefined;
}

export function weekdayWarning(
  d: Draft,
  article: string,
  span: string,
  bad: { at: number; guessed: boolean },
  opts: FindDatesOptions,
): Warning {
  const guessed = bad.guessed || (opts.yearKnown === false && !d.yearGiven);
  const year = guessed
    ? ` (year unknown: ${new Date(bad.at).getUTCFullYear()} is the latest year that fits the article's other dates)`
    : '';
  return {
    article,
    code: 'WEEKDAY_MISMATCH',
    message: `"${span}" names ${WEEKDAY_NAMES[d.weekday!]} but ${iso(bad.at)} is a ${WEEKDAY_NAMES[dow(bad.at)]}${year}`,
  };
}

/**
 * For an article without a publication date: the latest explicit date it names, as the day to
 * resolve "أمس" and bare weekdays against. Without a written year the year is the weekday-consistent
 * guess, so the caller must resolve with `yearKnown: false` and never report it as a year.
 */
export function referenceOf(drafts: Draft[], yearHint: number | undefined): Reference | undefined {
  let best: number | undefined;
  let yearKnown = false;
  for (const d of drafts) {
    if (d.relative || d.invalid || d.unresolved) continue;
    let at: number | undefined;
    if (d.ms !== undefined) at = d.ms;
    else if (d.month !== undefined && yearHint !== undefined) {
      // a date whose named weekday contradicts it is no anchor
      if (d.weekday !== undefined && dow(utc(yearHint, d.month, d.day!)) !== d.weekday) continue;
      at = utc(yearHint, d.month, d.day!);
    }
    if (at !== undefined && (best === undefined || at > best)) {
      best = at;
      yearKnown = d.ms !== undefined && !!d.yearGiven;
    }
  }
  return best === undefined ? undefined : { date: iso(best), yearKnown };
}
