// Find the pieces of date expressions ("atoms": a day-month date, a weekday, 'أمس', 'صباح',
// a clock time, ...) with one precompiled regex, then join neighbouring atoms separated only by
// punctuation or connector words ('من', 'الموافق') into one expression with one span.
// The regexes are in ./atom-patterns.ts, the joining in ./group.ts.
import {
  DAY_ORDINALS,
  DAY_PART_ADVERBS,
  DAY_PARTS,
  GREGORIAN,
  HIJRI,
  HOURS,
  MERIDIEMS,
  MINUTES,
  MONTH_PARTS,
  RELATIVE_DAYS,
  RELATIVE_DAY_PARTS,
  RELATIVE_MONTHS,
  WEEKDAY_MODIFIERS,
  WEEKDAYS,
  formKey,
  isHijriEraMarker,
} from './lexicon.js';
import {
  ATOMS,
  BARE_HOUR_OF_DAY,
  BEFORE_HOUR,
  HOUR_OF_DAY,
  HOUR_OF_DAY_LOOKAHEAD,
  HOUR_PREPOSITION_LOOKBEHIND,
  type Atom,
} from './atom-patterns.js';

export { mayHoldDate, type Atom } from './atom-patterns.js';
export { groupAtoms, type Group } from './group.js';

const toInt = (s: string) =>
  parseInt(
    s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (c) => String(c.charCodeAt(0) & 0xf)),
    10,
  );

function hijriEra(era: string | undefined): boolean | undefined {
  if (!era) return undefined;
  return isHijriEraMarker(era);
}

type Groups = Record<string, string | undefined>;

/** Years 1300-1599 written without an era are hijri (1437 هـ); Gregorian news years are later. */
const HIJRI_YEAR_MIN = 1300;
const HIJRI_YEAR_END = 1600;

/** The atom one match of ATOMS stands for, by which of its named groups matched. */
function atomOf(g: Groups, start: number, end: number, text = ''): Atom | undefined {
  if (g.day0) {
    // the range's first day: same month and year, its span runs to the end of the shared month
    const last = atomOf({ ...g, day0: undefined }, start, end) as Extract<Atom, { kind: 'date' }>;
    return last && { ...last, day: toInt(g.day0) };
  }
  if (g.day) return namedMonthDate(g, start, end);
  if (g.nd || g.iy) {
    const year = toInt(g.ny ?? g.iy!);
    const month = toInt(g.nm ?? g.im!);
    const day = toInt(g.nd ?? g.id!);
    const hijri = hijriEra(g.nera) ?? (year >= HIJRI_YEAR_MIN && year < HIJRI_YEAR_END);
    return { kind: 'date', start, end, day, month, year, hijri };
  }
  if (g.mp) return monthPart(g, start, end);
  if (g.rel) {
    const part = RELATIVE_DAY_PARTS.get(formKey(g.rel));
    return {
      kind: 'rel',
      start,
      end,
      offset: RELATIVE_DAYS.map.get(formKey(g.rel))!,
      ...(part ? { part } : {}),
    };
  }
  if (g.wd) {
    const mode = g.wdm ? WEEKDAY_MODIFIERS.map.get(formKey(g.wdm)) : undefined;
    return { kind: 'weekday', start, end, weekday: WEEKDAYS.map.get(formKey(g.wd))!, mode };
  }
  if (g.dp) return { kind: 'daypart', start, end, part: DAY_PARTS.map.get(formKey(g.dp))! };
  return timeOfDay(g, start, end, text);
}

/** "14 ديسمبر 2016"، "الثالث من شباط الماضي"، "5 ربيع الأول 1437". */
function namedMonthDate(g: Groups, start: number, end: number): Atom {
  const day = g.ord ? DAY_ORDINALS.map.get(formKey(g.ord))! : toInt(g.day!);
  const year = g.y ? toInt(g.y) : undefined;
  const mode = g.dm ? WEEKDAY_MODIFIERS.map.get(formKey(g.dm)) : undefined; // '3 شباط الماضي'
  if (g.hm)
    return { kind: 'date', start, end, day, month: HIJRI.map.get(formKey(g.hm))!, year, hijri: true, mode };
  const hijri = hijriEra(g.yera) ?? false;
  return { kind: 'date', start, end, day, month: GREGORIAN.map.get(formKey(g.gm!))!, year, hijri, mode };
}

/** "مطلع الشهر الماضي"، "منتصف ديسمبر". */
function monthPart(g: Groups, start: number, end: number): Atom {
  const day = MONTH_PARTS.map.get(formKey(g.mp!))!;
  const year = g.py ? toInt(g.py) : undefined;
  if (g.mpr)
    return {
      kind: 'part',
      start,
      end,
      day,
      monthOffset: RELATIVE_MONTHS.map.get(formKey(g.mpr))!,
      hijri: false,
    };
  if (g.ph) return { kind: 'part', start, end, day, month: HIJRI.map.get(formKey(g.ph))!, year, hijri: true };
  const hijri = hijriEra(g.pyera) ?? false;
  return { kind: 'part', start, end, day, month: GREGORIAN.map.get(formKey(g.pm!))!, year, hijri };
}

/**
 * A time of day. A bare number or ordinal is not a time: it needs 'الساعة', a day-part adverb,
 * hours and minutes with م/ص ('10:30 م'; '10 م' alone may be metres), or for an hour in words a
 * day named after it with من ('العاشرة من الليلة الماضية'، 'الثامنة من صباح اليوم'). `text`: the
 * article (empty for the last day of a range, which is never an hour).
 */
function timeOfDay(g: Groups, start: number, end: number, text: string): Atom | undefined {
  // an hour in words without الساعة is an ordinal after a noun (الجولة الثانية مساء أمس) unless a
  // time preposition comes before it or "من" and a day after it; the text around is read only for
  // an hour in words (every number of an article comes here)
  const words = g.thw !== undefined;
  const fromDay = words && HOUR_OF_DAY.test(text.slice(end, end + HOUR_OF_DAY_LOOKAHEAD));
  const timeWordBefore =
    words && BEFORE_HOUR.test(text.slice(Math.max(0, start - HOUR_PREPOSITION_LOOKBEHIND), start));
  if (g.thw !== undefined && !g.clock && !fromDay && !timeWordBefore) return undefined;
  const dayFollows =
    fromDay || (timeWordBefore && BARE_HOUR_OF_DAY.test(text.slice(end, end + HOUR_OF_DAY_LOOKAHEAD)));
  if (!g.clock && !g.tdp && !(g.tap && g.tm) && !dayFollows) return undefined;
  const hour = g.th ? toInt(g.th) : HOURS.map.get(formKey(g.thw!))!;
  let minute = g.tm ? toInt(g.tm) : 0;
  let h = hour;
  if (g.tmin) {
    const m = MINUTES.map.get(formKey(g.tmin))!;
    if (m < 0) h = (h + 23) % 24;
    minute = (m + 60) % 60;
  }
  if (h > 24 || minute > 59) return undefined;
  const part = g.tdp
    ? DAY_PART_ADVERBS.map.get(formKey(g.tdp))
    : g.tap
      ? MERIDIEMS.map.get(formKey(g.tap))
      : undefined;
  return { kind: 'time', start, end, hour: h, minute, part };
}

/** All date atoms in the text, in order. */
export function scanAtoms(text: string): Atom[] {
  const out: Atom[] = [];
  ATOMS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATOMS.exec(text)) !== null) {
    const g = m.groups!;
    const start = m.index + (g.pro?.length ?? 0);
    const end = m.index + m[0].length;
    const atom = atomOf(g, start, end, text);
    if (!atom) continue;
    out.push(atom);
    if (g.day0 && atom.kind === 'date') {
      // ... and the last day from its own number: one mention per day written
      const last = atomOf({ ...g, day0: undefined }, start + g.day0.length + g.rsep!.length, end);
      if (last && last.kind === 'date' && last.day > atom.day) {
        atom.through = last.day;
        out.push(last);
      } else if (last) out[out.length - 1] = last; // '15 و14 ديسمبر' is no range: the date is 14
    }
  }
  return out;
}
