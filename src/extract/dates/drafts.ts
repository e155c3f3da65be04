// Each date expression's value before the article-level checks: the lexicon scan's groups and
// chrono's counted days as drafts placed in time against the publication day (dates.ts joins them).
import type { CountedDay } from './chrono.js';
import { fromHijri, toHijri } from './hijri.js';
import type { Atom, Group } from './scan.js';
import { DAY_MS, closest, daysIn, pad, utc, weekdayFrom } from './calendar.js';

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

type Pick<K extends Atom['kind']> = Extract<Atom, { kind: K }>;
export const find = <K extends Atom['kind']>(g: Group, kind: K) =>
  g.atoms.find((a) => a.kind === kind) as Pick<K> | undefined;

/** A group's value before article-level year inference. */
export interface Draft {
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

export function draft(g: Group, pub: number | undefined): Draft {
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
export function counted(c: CountedDay, pub: number | undefined): Draft {
  const d: Draft = { group: { start: c.start, end: c.end, atoms: [] } };
  if (pub === undefined) d.unresolved = true;
  else [d.ms, d.relative] = [c.ms, true];
  return d;
}

/** Both passes in text order; where spans overlap the longer wins, the lexicon's on a tie. */
export function mergeBySpan(lexical: Draft[], extra: Draft[]): Draft[] {
  if (!extra.length) return lexical;
  const len = (d: Draft) => d.group.end - d.group.start;
  const overlaps = (a: Draft, b: Draft) => a.group.start < b.group.end && b.group.start < a.group.end;
  const keep = extra.filter((e) => !lexical.some((l) => overlaps(l, e) && len(l) >= len(e)));
  const lex = lexical.filter((l) => !keep.some((e) => overlaps(l, e)));
  return [...lex, ...keep].sort((a, b) => a.group.start - b.group.start);
}
