// The grammar of date atoms as regexes built from the lexicons at load: one alternation (ATOMS) that
// scan.ts runs over an article, the context tests of an hour in words, and the cheap trigger test;
// and the Atom a match stands for.
import {
  CLOCK_WORDS,
  HOUR_PREPOSITIONS,
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
  NOT_AFTER_TODAY,
  NOT_AFTER_TONIGHT,
  RELATIVE_DAYS,
  RELATIVE_MONTHS,
  TONIGHT,
  WEEKDAY_MODIFIERS,
  WEEKDAYS,
  YEAR_WORDS,
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
export const ATOMS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<pro>[وف](?=\\p{L}))?(?:(?:${DATE}${YEAR('y')}(?:\\s+(?<dm>${WEEKDAY_MODIFIERS.pattern})${E})?)|(?:${NUMERIC})|(?:${PART}${YEAR('py')})|${REL}|${WEEKDAY}|${DAYPART}|${TIME})`,
  'gu',
);

/** Characters after an hour in words searched for its day: "من الليلة قبل الماضية" fits. */
export const HOUR_OF_DAY_LOOKAHEAD = 40;
/** "من" and a part of day or a relative day: what makes an hour in words a clock time. */
export const HOUR_OF_DAY = new RegExp(
  `^\\s+من\\s+(?:${DAY_PARTS.pattern}|${RELATIVE_DAYS.pattern})(?![\\p{L}\\p{N}])`,
  'u',
);
/** A part of day right after it ("الثالثة عصر أمس") makes it one only after a time preposition. */
export const BARE_HOUR_OF_DAY = new RegExp(`^\\s+(?:${DAY_PARTS.pattern})(?![\\p{L}\\p{N}])`, 'u');
/** A time preposition or a day right before an hour in words (عند الثالثة، غدا الثانية ظهرا). */
export const BEFORE_HOUR = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${HOUR_PREPOSITIONS}|${RELATIVE_DAYS.pattern}|${WEEKDAYS.pattern})\\s+$`,
  'u',
);
/** Characters before an hour in words searched for its time preposition or day. */
export const HOUR_PREPOSITION_LOOKBEHIND = 20;

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
