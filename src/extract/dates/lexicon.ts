// Date lexicons compiled once: regex alternations that accept the usual spelling variants, and
// Maps from search keys back to values. Rules live in lexicons/months.json and date-words.json.
import { phraseKey } from '../../text/arabic.js';
import { readLexicon } from '../../lexicon.js';

interface Forms {
  forms: string[];
}
interface Form {
  form: string;
}
type Lexicon = Record<string, unknown>;

const load = (name: string): Lexicon => readLexicon<Lexicon>(name);

const months = load('months');
const words = load('date-words');

// One letter -> the letters news writes in its place; the search key folds the same set.
const VARIANTS: Record<string, string> = {
  ا: '[اأإآ]',
  أ: '[اأإآ]',
  إ: '[اأإآ]',
  آ: '[اأإآ]',
  ي: '[يى]',
  ى: '[يى]',
  ة: '[ةه]',
};

/** A regex source matching `form` with spelling variants and an optional final tanwin. */
export function variantPattern(form: string): string {
  let out = '';
  for (const ch of form) {
    if (ch === ' ') out += '\\s+';
    else if (VARIANTS[ch]) out += VARIANTS[ch];
    else out += ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  }
  return out + '[\\u064B-\\u0652]*';
}

/** Alternation of all forms, longest first so 'أول من أمس' wins over 'أول'. */
function alternation(forms: string[]): string {
  return [...new Set(forms)]
    .sort((a, b) => b.length - a.length)
    .map(variantPattern)
    .join('|');
}

/** Key used to look a matched surface form up: search key with tanwin and spaces folded. */
export function formKey(s: string): string {
  return phraseKey(s.replace(/[\u064B-\u0652\u0640]/g, ''));
}

function mapOf<T>(
  entries: T[],
  forms: (e: T) => string[],
  value: (e: T) => number | string,
): Map<string, never> {
  const m = new Map<string, number | string>();
  for (const e of entries) for (const f of forms(e)) m.set(formKey(f), value(e));
  return m as Map<string, never>;
}

interface Table {
  pattern: string;
  map: Map<string, number>;
}

function table<T>(entries: T[], forms: (e: T) => string[], value: (e: T) => number): Table {
  return { pattern: alternation(entries.flatMap(forms)), map: mapOf(entries, forms, value) };
}

type MonthEntry = Forms & { month: number };
type DayEntry = Forms & { day: number };
type OffsetEntry = Form & { offset: number };
type PartEntry = Form & { part: string };
type ModeEntry = Form & { mode: string };

const many = (e: Forms) => e.forms;
const one = (e: Form) => [e.form];

export const GREGORIAN = table(months.gregorian as MonthEntry[], many, (e) => e.month);
export const HIJRI = table(months.hijri as MonthEntry[], many, (e) => e.month);
export const WEEKDAYS = table(words.weekdays as DayEntry[], many, (e) => e.day);
export const RELATIVE_DAYS = table(words.relativeDays as OffsetEntry[], one, (e) => e.offset);
export const RELATIVE_MONTHS = table(words.relativeMonths as OffsetEntry[], one, (e) => e.offset);
export const MONTH_PARTS = table(words.monthParts as (Form & { day: number })[], one, (e) => e.day);
export const DAY_ORDINALS = table(words.dayOrdinals as (Form & { day: number })[], one, (e) => e.day);
export const HOURS = table(words.hours as (Form & { hour: number })[], one, (e) => e.hour);
export const MINUTES = table(words.minutes as (Form & { minutes: number })[], one, (e) => e.minutes);

export const DAY_PARTS = {
  pattern: alternation((words.dayParts as PartEntry[]).map((e) => e.form)),
  map: mapOf(words.dayParts as PartEntry[], one, (e) => e.part) as Map<string, string>,
};
export const DAY_PART_ADVERBS = {
  pattern: alternation((words.dayPartAdverbs as PartEntry[]).map((e) => e.form)),
  map: mapOf(words.dayPartAdverbs as PartEntry[], one, (e) => e.part) as Map<string, string>,
};
export const WEEKDAY_MODIFIERS = {
  pattern: alternation((words.weekdayModifiers as ModeEntry[]).map((e) => e.form)),
  map: mapOf(words.weekdayModifiers as ModeEntry[], one, (e) => e.mode) as Map<string, 'before' | 'after'>,
};
export const NOT_AFTER_TODAY = alternation((words.notAfterToday as Forms).forms);
export const NOT_AFTER_TONIGHT = alternation((words.notAfterTonight as Forms).forms);
export const DISTAL = alternation((words.distal as Forms).forms);
export const MERIDIEMS = {
  pattern: alternation((words.meridiems as PartEntry[]).map((e) => e.form)),
  map: mapOf(words.meridiems as PartEntry[], one, (e) => e.part) as Map<string, 'am' | 'pm'>,
};
export const CONNECTORS = new Set((words.connectors as Forms).forms.map(formKey));

const counted = words.countedDays as Record<
  'triggers' | 'units' | 'periods' | 'bareUnits' | 'afterBareUnit' | 'vagueUnits',
  Forms
>;
/**
 * Where chrono may find a counted day: a trigger word ('قبل') with a day or week unit within a few
 * words, or 'الأسبوع'. It opens with the words, not with a lookaround, so the engine skips most
 * positions quickly; the caller checks the word start (a proclitic و/ف may stand before it).
 */
export const CHRONO_TRIGGER = new RegExp(
  `(?:(?:${alternation(counted.triggers.forms)})(?=[^\\p{L}\\p{N}][^.!?؟\\n]{0,30}?(?:${alternation(counted.units.forms)}))|(?:${alternation(counted.periods.forms)})(?![\\p{L}\\p{N}]))`,
  'gu',
);
export const VAGUE_UNITS = new Set(counted.vagueUnits.forms.map(formKey));
export const BARE_UNITS = new Set(counted.bareUnits.forms.map(formKey));
export const AFTER_BARE_UNIT = new Set(counted.afterBareUnit.forms.map(formKey));
