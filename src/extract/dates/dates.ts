// Dates and times in Arabic news: "الأربعاء 14 ديسمبر/كانون الأول", "أمس الجمعة", "مساء الثلاثاء",
// "ليل الأربعاء-الخميس", "منتصف شهر نوفمبر", "الساعة السادسة من صباح اليوم", "15 ربيع الأول 1438 هـ",
// "10:30 م", "الليلة"; a day range ("14 و15 ديسمبر", "14-16 ديسمبر") gives one mention per day written.
// The text is expected from the normaliser, which has removed tatweel; the lexicon scan does not
// skip it (the chrono windows do, with diacritics inside words).
// Atoms are found by one regex built from lexicons (dates-scan.ts); here each joined expression
// gets its value. Relative forms resolve against the publication date; without one they are skipped
// and listed in one DATE_UNRESOLVED warning, since a guessed day would look like evidence.
//
// Two engines, chosen by measurement (SaudiNewsNet 2015-07-21, 2,888 articles, per 2,000 chars):
// the lexicon scan is primary (~0.11-0.14 ms) and chrono-node's Arabic parsers add the counted
// forms it lacks ('قبل ثلاثة أيام', 'منذ يومين', 'بعد أسبوع', 'خلال يومين', 'الأسبوع الماضي'),
// run on short windows behind a trigger regex (~0.03 ms; dates-chrono.ts); spans are merged, the
// longer winning. One chrono engine for everything was the other way: its casual Arabic set alone
// costs ~0.6 ms on whole articles and knows neither Levantine/Maghreb months, Hijri dates, 'ليل
// الأربعاء-الخميس', unknown years nor weekday checks, so each would come back as a custom parser.
import type { DateDraft, Warning } from '../../contract.js';
import { findCountedDays, type CountedDay } from './chrono.js';
import { fromHijri, toHijri } from './hijri.js';
import { groupAtoms, mayHoldDate, scanAtoms, type Atom, type Group } from './scan.js';
import { namesOutlet } from './credit.js';
import { DAY_MS, closest, daysIn, dow, iso, pad, utc, weekdayFrom } from './calendar.js';

export interface FindDatesOptions {
  /** Publication date, YYYY-MM-DD: the anchor for 'أمس', weekdays and years left out. */
  published?: string;
  /**
   * false when `published` is itself a guess whose year is unknown (see `reference`): relative
   * and yearless dates then resolve against its month and day but are written "--MM-DD".
   */
  yearKnown?: boolean;
  /**
   * true once `published` is the day the text fixes (see redated): it is not moved again, since two
   * weekday phrases that disagree would otherwise move it back and forth without end
   */
  fromText?: boolean;
}

/** The day an article without metadata speaks from: its latest explicit (non-relative) date. */
export interface Reference {
  date: string;
  /** false when no mention gives the year (the date's year is then only a weekday-consistent guess) */
  yearKnown: boolean;
}

/**
 * How far a record's date may be moved to fit the weekday the text names ("اليوم الاثنين"): every
 * weekday is at most three days away in one direction, and crawl dates run a day or two late.
 */
const MAX_RECORD_SHIFT_DAYS = 3;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

type Pick<K extends Atom['kind']> = Extract<Atom, { kind: K }>;
const find = <K extends Atom['kind']>(g: Group, kind: K) =>
  g.atoms.find((a) => a.kind === kind) as Pick<K> | undefined;

/** A group's value before article-level year inference. */
interface Draft {
  group: Group;
  ms?: number; // a full date
  month?: number; // month-day when the year is unknown
  day?: number;
  weekday?: number; // the weekday the text names, to check
  /** days after `ms` the text's range runs ('الأربعاء والخميس 20 و21'): the weekday may name any */
  rangeDays?: number;
  relative?: boolean;
  hijri?: boolean;
  /** the text itself wrote the year */
  yearGiven?: boolean;
  time?: string;
  unresolved?: boolean;
  invalid?: string;
}

/** A Gregorian or Hijri month-day with optional year, placed in time. */
function placeDay(
  d: Draft,
  y: number | undefined,
  m: number,
  day: number,
  hijri: boolean,
  pub?: number,
  mode?: 'before' | 'after',
) {
  d.hijri = hijri;
  if (hijri) {
    const at = (yy: number) => fromHijri({ year: yy, month: m, day: day === -1 ? 29 : day });
    if (y !== undefined) {
      d.ms = at(y);
      d.yearGiven = true;
    } else if (pub !== undefined) {
      const h = toHijri(pub).year;
      const all = [h - 1, h, h + 1].map(at).filter((x): x is number => x !== undefined);
      if (all.length) d.ms = closest(all, pub, mode);
    } else d.unresolved = true;
    if (d.ms === undefined && !d.unresolved) d.invalid = `no such Hijri day ${day}/${m}/${y ?? '?'}`;
    return;
  }
  const last = (yy: number) => (day === -1 ? daysIn(yy, m) : day);
  if (m < 1 || m > 12 || day === 0 || day > daysIn(y ?? 2000, m)) {
    d.invalid = `no such day ${day}/${m}/${y ?? '?'}`;
  } else if (y !== undefined) {
    d.ms = utc(y, m, last(y));
    d.yearGiven = true;
  } else if (pub !== undefined) {
    const py = new Date(pub).getUTCFullYear();
    d.ms = closest(
      [py - 1, py, py + 1].filter((yy) => last(yy) <= daysIn(yy, m)).map((yy) => utc(yy, m, last(yy))),
      pub,
      mode,
    );
  } else {
    d.month = m;
    d.day = day === -1 ? daysIn(2001, m) : day;
  }
}

function clock(t: Pick<'time'>, part: string | undefined): string {
  let h = t.hour % 24;
  if ((part === 'evening' || part === 'afternoon' || part === 'pm') && h < 12) h += 12;
  else if (part === 'am' && h === 12) h = 0;
  else if (part === 'noon' && h >= 1 && h <= 5) h += 12;
  else if (part === 'night' && h >= 5 && h < 12) h += 12;
  else if (part === 'night' && h === 12) h = 0;
  return `${pad(h)}:${pad(t.minute)}`;
}

function draft(g: Group, pub: number | undefined): Draft {
  const d: Draft = { group: g };
  const date = find(g, 'date');
  const part = find(g, 'part');
  const rel = find(g, 'rel');
  const wd = find(g, 'weekday');
  const time = find(g, 'time');
  const daypart = find(g, 'daypart');
  if (time) d.time = clock(time, time.part ?? daypart?.part ?? rel?.part);
  if (wd) d.weekday = wd.weekday;
  if (date) {
    placeDay(d, date.year, date.month, date.day, date.hijri, pub, date.mode);
    if (date.through) d.rangeDays = date.through - date.day;
  } else if (part && part.monthOffset === undefined) {
    placeDay(d, part.year, part.month!, part.day, part.hijri, pub);
  } else if (pub === undefined) {
    d.unresolved = true;
  } else if (part) {
    const p = new Date(pub);
    const first = Date.UTC(p.getUTCFullYear(), p.getUTCMonth() + part.monthOffset!, 1);
    const f = new Date(first);
    const day = part.day === -1 ? daysIn(f.getUTCFullYear(), f.getUTCMonth() + 1) : part.day;
    d.ms = first + (day - 1) * DAY_MS;
    d.relative = true;
  } else if (rel) {
    d.ms = pub + rel.offset * DAY_MS;
    d.relative = true;
  } else if (wd) {
    d.ms = weekdayFrom(pub, wd.weekday, wd.mode);
    d.relative = true;
    d.weekday = undefined; // chosen to agree, nothing to check
  }
  return d;
}

/** A counted day from chrono ('قبل ثلاثة أيام') as a draft: relative, or unresolved without a date. */
function counted(c: CountedDay, pub: number | undefined): Draft {
  const d: Draft = { group: { start: c.start, end: c.end, atoms: [] } };
  if (pub === undefined) d.unresolved = true;
  else [d.ms, d.relative] = [c.ms, true];
  return d;
}

/** Both passes in text order; where spans overlap the longer wins, the lexicon's on a tie. */
function mergeBySpan(lexical: Draft[], extra: Draft[]): Draft[] {
  if (!extra.length) return lexical;
  const len = (d: Draft) => d.group.end - d.group.start;
  const overlaps = (a: Draft, b: Draft) => a.group.start < b.group.end && b.group.start < a.group.end;
  const keep = extra.filter((e) => !lexical.some((l) => overlaps(l, e) && len(l) >= len(e)));
  const lex = lexical.filter((l) => !keep.some((e) => overlaps(l, e)));
  return [...lex, ...keep].sort((a, b) => a.group.start - b.group.start);
}

/** Years back from today a yearless, weekday-dated article may be from: the archives in use are younger. */
const YEAR_GUESS_SPAN = 60;

/**
 * The year to check weekdays of yearless dates against when there is no publication date: the
 * latest year written in a full date of the article, else the year in which most weekday-dated
 * mentions are right, ties going to the year that makes the first such mention right (the lede),
 * then to the most recent year. A guess, used only to flag mismatches; values stay "--MM-DD".
 */
function guessYear(drafts: Draft[], now = new Date().getUTCFullYear()): number | undefined {
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

function mismatch(
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

/** Date mentions in one article, with warnings for weekday mismatches and unresolvable forms. */
export function findDates(text: string, article: string, opts: FindDatesOptions = {}): FoundDates {
  return datesOf(text, article, opts, lexicalGroups(text));
}

/** The date expressions the lexicon scan finds, less outlet names: the same for any publication day. */
function lexicalGroups(text: string): Group[] {
  const groups = mayHoldDate(text) ? groupAtoms(text, scanAtoms(text)) : [];
  return groups.filter((g) => !namesOutlet(text, g));
}

/** findDates on the groups of lexicalGroups (scanned once when the day is moved: see redated). */
function datesOf(text: string, article: string, opts: FindDatesOptions, groups: Group[]): FoundDates {
  const dates: DateDraft[] = [];
  const warnings: Warning[] = [];
  const parsed = opts.published ? Date.parse(`${opts.published}T00:00:00Z`) : undefined;
  const pub = Number.isNaN(parsed) ? undefined : parsed;
  const lexical = groups.map((g) => draft(g, pub));
  const drafts = mergeBySpan(
    lexical,
    findCountedDays(text, pub).map((c) => counted(c, pub)),
  );
  const textDay = pub === undefined || opts.fromText ? undefined : dayFromText(drafts, pub);
  if (textDay !== undefined) return redated(text, article, opts, textDay, groups);
  const yearHint = pub === undefined ? guessYear(drafts) : undefined;
  const unresolved: string[] = [];
  for (const d of drafts) {
    const span = text.slice(d.group.start, d.group.end);
    if (d.invalid) {
      warnings.push({ article, code: 'DATE_INVALID', message: `"${span}": ${d.invalid}` });
      continue;
    }
    if (d.unresolved || (d.ms === undefined && d.month === undefined)) {
      unresolved.push(span);
      continue;
    }
    const m = mentionOf(d, article, span, opts);
    const bad = mismatch(d, yearHint, pub);
    if (bad) {
      m.weekdayMismatch = true;
      warnings.push(weekdayWarning(d, article, span, bad, opts));
    }
    dates.push(m);
  }
  if (unresolved.length) {
    const list = unresolved.map((s) => `"${s}"`).join(', ');
    warnings.push({
      article,
      code: 'DATE_UNRESOLVED',
      message: `${unresolved.length} date(s) need a publication date to resolve: ${list}`,
    });
  }
  const reference = pub === undefined ? referenceOf(drafts, yearHint) : undefined;
  return { dates, warnings, ...(reference ? { reference } : {}) };
}

/** What findDates returns; `published`: the publication day the text fixed against the record's. */
export interface FoundDates {
  dates: DateDraft[];
  warnings: Warning[];
  reference?: Reference;
  published?: string;
}

/**
 * The publication day the text's own words fix ("اليوم (الأحد)"، "أمس الثلاثاء") when the given
 * day contradicts them: the nearest day, earlier first, at which every such phrase names its weekday.
 */
function dayFromText(drafts: Draft[], pub: number): number | undefined {
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

/** The dates again from the day the text fixed, with a warning that says the record's date lost. */
function redated(
  text: string,
  article: string,
  opts: FindDatesOptions,
  day: number,
  groups: Group[],
): FoundDates {
  const published = iso(day);
  const found = datesOf(text, article, { ...opts, published, fromText: true }, groups);
  found.warnings.unshift({
    article,
    code: 'PUBLISHED_FROM_TEXT',
    message: `the record's date ${opts.published} contradicts the weekday the text names; dates resolved against ${published}, the day the text fixes`,
  });
  return { ...found, published };
}

/** A resolved draft as a date mention: a full date, a yearless "-MM-DD" when the year is a guess, or "--MM-DD". */
function mentionOf(d: Draft, article: string, span: string, opts: FindDatesOptions): DateDraft {
  const m: DateDraft = {
    article,
    start: d.group.start,
    end: d.group.end,
    text: span,
    value:
      d.ms !== undefined
        ? opts.yearKnown === false && !d.yearGiven
          ? `-${iso(d.ms).slice(4)}`
          : iso(d.ms)
        : `--${pad(d.month!)}-${pad(d.day!)}`,
  };
  if (d.time) m.time = d.time;
  if (d.hijri) m.calendar = 'hijri';
  if (d.relative) m.relative = true;
  return m;
}

function weekdayWarning(
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
function referenceOf(drafts: Draft[], yearHint: number | undefined): Reference | undefined {
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

/**
 * A guess at the publication date of an article without metadata: the latest full date (year,
 * month and day, not relative) it mentions. News rarely names a day after its own, so the latest
 * is the best single guess; the caller must mark it as inferred.
 */
export function inferPublished(dates: DateDraft[]): string | undefined {
  let best: string | undefined;
  for (const d of dates)
    if (!d.relative && /^\d{4}-/.test(d.value) && (!best || d.value > best)) best = d.value;
  return best;
}
