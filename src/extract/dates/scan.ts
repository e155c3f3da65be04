// Find the pieces of date expressions ("atoms": a day-month date, a weekday, 'أمس', 'صباح',
// a clock time, ...) with one precompiled regex, then join neighbouring atoms separated only by
// punctuation or connector words ('من', 'الموافق') into one expression with one span.
import {
  CLOCK_WORDS,
  HOUR_PREPOSITIONS,
  CONNECTORS,
  DAY_ORDINALS,
  DAY_PART_ADVERBS,
  DAY_PARTS,
  DAY_RANGE_JOINERS,
  DAY_WORDS,
  DISTAL,
  ERA_ABBREVIATIONS,
  ERAS,
  GREGORIAN,
  HIJRI,
  HOURS,
  MERIDIEMS,
  MINUTES,
  MONTH_PARTS,
  MONTH_WORDS,
  NIGHT_JOINERS,
  NOT_AFTER_TODAY,
  NOT_AFTER_TONIGHT,
  RELATIVE_DAYS,
  RELATIVE_DAY_PARTS,
  RELATIVE_MONTHS,
  TONIGHT,
  WEEKDAY_MODIFIERS,
  WEEKDAYS,
  YEAR_WORDS,
  formKey,
  isHijriEraMarker,
} from './lexicon.js';

export type Atom =
  | {
      kind: 'date';
      start: number;
      end: number;
      day: number;
      month: number;
      year?: number;
      hijri: boolean;
      mode?: 'before' | 'after';
      /** the last day of a range ('20 و21 شوال') when this atom is its first day */
      through?: number;
    }
  | {
      kind: 'part';
      start: number;
      end: number;
      day: number;
      month?: number;
      year?: number;
      hijri: boolean;
      monthOffset?: number;
    }
  | { kind: 'rel'; start: number; end: number; offset: number; part?: string }
  | { kind: 'weekday'; start: number; end: number; weekday: number; mode?: 'before' | 'after' }
  | { kind: 'daypart'; start: number; end: number; part: string }
  | { kind: 'time'; start: number; end: number; hour: number; minute: number; part?: string };

// The words come from the lexicons (./lexicon.ts); what stays written here is grammar: 'من' (of)
// between a day and its month, the article ال and the conjunctions و/ف, digits and punctuation.
const D = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
const E = '(?![\\p{L}\\p{N}])';
const YEAR = (g: string) =>
  `(?:\\s*[،,]?\\s*(?:(?:من\\s+)?(?:${YEAR_WORDS})\\s+)?(?<${g}>${D}{4})(?:\\s*(?<${g}era>${ERAS})${E}|${E}))?`;
// Both month systems side by side: 'ديسمبر/كانون الأول', 'كانون الأول (ديسمبر)'.
const MONTH = (g: string) =>
  `(?<${g}>${GREGORIAN.pattern})(?:\\s*[/–-]\\s*(?:${GREGORIAN.pattern})|\\s*\\(\\s*(?:${GREGORIAN.pattern})\\s*\\))?`;

// A first day may stand before the day of the month it shares: '14 و15 ديسمبر', '14-16 ديسمبر'.
const FIRST_DAY = `(?:(?<day0>${D}{1,2})(?<rsep>\\s*(?:[-–]|${DAY_RANGE_JOINERS})\\s*)(?=${D}))?`;
const DATE = `${FIRST_DAY}(?<day>${D}{1,2}|(?<ord>${DAY_ORDINALS.pattern})\\s+من)\\s*(?:من\\s+)?(?:(?:${MONTH_WORDS})\\s+)?(?:${MONTH('gm')}|(?<hm>${HIJRI.pattern}))${E}`;
const NUMERIC =
  `(?<![\\p{N}/.])(?:(?<nd>${D}{1,2})(?<ns>[/.\\-])(?<nm>${D}{1,2})\\k<ns>(?<ny>${D}{4})` +
  `|(?<iy>${D}{4})(?<is>[/.\\-])(?<im>${D}{1,2})\\k<is>(?<id>${D}{1,2}))(?![\\p{N}/]|\\.\\p{N})` +
  `(?:\\s*(?<nera>${ERA_ABBREVIATIONS})${E})?`;
const PART = `(?<mp>${MONTH_PARTS.pattern})\\s+(?:(?<mpr>${RELATIVE_MONTHS.pattern})|(?:(?:${MONTH_WORDS})\\s+)?(?:${MONTH('pm')}|(?<ph>${HIJRI.pattern})))${E}`;
// 'ذلك اليوم', 'تلك الليلة' are days of the story; 'اليوم التالي', 'الليلة الواحدة' are not today.
const REL =
  `(?<rel>${RELATIVE_DAYS.pattern})(?![\\p{L}\\p{N}\\p{M}])(?<!(?<![\\p{L}\\p{N}])(?:${DISTAL})\\s+\\k<rel>)` +
  `(?!\\s+(?:${NOT_AFTER_TODAY})${E})(?<!${TONIGHT}(?=\\s+(?:${NOT_AFTER_TONIGHT})${E}))`;
const WEEKDAY = `(?:(?:${DAY_WORDS})\\s+)?(?<wd>${WEEKDAYS.pattern})${E}(?:\\s+(?<wdm>${WEEKDAY_MODIFIERS.pattern})${E})?`;
const DAYPART = `(?<dp>${DAY_PARTS.pattern})${E}`;
const TIME =
  `(?<clock>(?:ال)?(?:${CLOCK_WORDS})\\s+)?(?:(?<th>${D}{1,2})(?:[:.](?<tm>${D}{2}))?(?:\\s*(?<tap>${MERIDIEMS.pattern}))?|(?<thw>${HOURS.pattern}))${E}` +
  `(?:\\s+(?<tmin>${MINUTES.pattern})${E})?(?:\\s+(?<tdp>${DAY_PART_ADVERBS.pattern})${E})?`;

// A proclitic و/ف may be glued to the first word; it is left out of the span.
const ATOMS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<pro>[وف](?=\\p{L}))?(?:(?:${DATE}${YEAR('y')}(?:\\s+(?<dm>${WEEKDAY_MODIFIERS.pattern})${E})?)|(?:${NUMERIC})|(?:${PART}${YEAR('py')})|${REL}|${WEEKDAY}|${DAYPART}|${TIME})`,
  'gu',
);

/** Characters after an hour in words searched for its day: "من الليلة قبل الماضية" fits. */
const HOUR_OF_DAY_LOOKAHEAD = 40;
/** "من" and a part of day or a relative day: what makes an hour in words a clock time. */
const HOUR_OF_DAY = new RegExp(
  `^\\s+من\\s+(?:${DAY_PARTS.pattern}|${RELATIVE_DAYS.pattern})(?![\\p{L}\\p{N}])`,
  'u',
);
/** A part of day right after it ("الثالثة عصر أمس") makes it one only after a time preposition. */
const BARE_HOUR_OF_DAY = new RegExp(`^\\s+(?:${DAY_PARTS.pattern})(?![\\p{L}\\p{N}])`, 'u');
/** A time preposition or a day right before an hour in words (عند الثالثة، غدا الثانية ظهرا). */
const BEFORE_HOUR = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${HOUR_PREPOSITIONS}|${RELATIVE_DAYS.pattern}|${WEEKDAYS.pattern})\\s+$`,
  'u',
);
/** Characters before an hour in words searched for its time preposition or day. */
const HOUR_PREPOSITION_LOOKBEHIND = 20;

/** Cheap test that an article can hold a date at all; most sentences cannot. */
const TRIGGER = new RegExp(
  `${D}|${WEEKDAYS.pattern}|${RELATIVE_DAYS.pattern}|${MONTH_PARTS.pattern}|${CLOCK_WORDS}|${HOURS.pattern}|${DAY_ORDINALS.pattern}`,
  'u',
);
/** TRIGGER's first alternative alone: a plain scan for one class, where the whole alternation is tried at every position. */
const DIGIT = new RegExp(D);

/** Whether the text can hold a date (TRIGGER): most news has a digit, found before the word alternatives are tried. */
export function mayHoldDate(text: string): boolean {
  return DIGIT.test(text) || TRIGGER.test(text);
}

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

export interface Group {
  start: number;
  end: number;
  atoms: Atom[];
}

const GAP_WORD = /[\p{L}\p{M}]+/gu;
const GAP_STOP = /[.!?؟\n«»")]/;
const NIGHT_PAIR = new RegExp(`^\\s*(?:[-–/]|${NIGHT_JOINERS})\\s*$`);
const MAX_GAP = 24;

/** True when the text between two atoms only holds punctuation and connector words. */
function joins(gap: string): boolean {
  if (gap.length > MAX_GAP || GAP_STOP.test(gap) || /\p{N}/u.test(gap)) return false;
  for (const w of gap.match(GAP_WORD) ?? []) if (!CONNECTORS.has(formKey(w))) return false;
  return true;
}

// Kinds a group holds at most once; a weekday may come twice only as a night pair.
const SLOT: Record<Atom['kind'], string> = {
  date: 'core',
  part: 'core',
  rel: 'rel',
  weekday: 'weekday',
  daypart: 'daypart',
  time: 'time',
};

function fits(group: Group, atom: Atom, gap: string): boolean {
  const last = group.atoms[group.atoms.length - 1];
  if (atom.kind === 'weekday' && last.kind === 'weekday') {
    // 'ليل الأربعاء-الخميس': the night between two days; without 'ليل' they are two dates.
    const night = group.atoms.some((a) => a.kind === 'daypart' && a.part === 'night');
    return night && group.atoms.filter((a) => a.kind === 'weekday').length === 1 && NIGHT_PAIR.test(gap);
  }
  if (!joins(gap)) return false;
  return !group.atoms.some((a) => SLOT[a.kind] === SLOT[atom.kind]);
}

const hasCore = (g: Group) =>
  g.atoms.some((a) => a.kind === 'date' || a.kind === 'part' || a.kind === 'rel' || a.kind === 'weekday');

const CLOSE_PAREN = /^\s*\)/;

/** 'اليوم (الاثنين)': a bracket opened inside the span is closed inside it too. */
function closeBracket(text: string, g: Group): void {
  const span = text.slice(g.start, g.end);
  if (span.split('(').length <= span.split(')').length) return;
  const m = CLOSE_PAREN.exec(text.slice(g.end, g.end + 4));
  if (m) g.end += m[0].length;
}

/** Join neighbouring atoms into date expressions; groups without a day (a lone time) are dropped. */
export function groupAtoms(text: string, atoms: Atom[]): Group[] {
  const out: Group[] = [];
  let cur: Group | undefined;
  const flush = (g: Group | undefined) => {
    if (!g || !hasCore(g)) return;
    closeBracket(text, g);
    out.push(g);
  };
  for (const a of atoms) {
    if (cur && fits(cur, a, text.slice(cur.end, a.start))) {
      cur.atoms.push(a);
      cur.end = a.end;
      continue;
    }
    flush(cur);
    cur = { start: a.start, end: a.end, atoms: [a] };
  }
  flush(cur);
  return out;
}
