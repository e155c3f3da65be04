// Date lexicons compiled once: regex alternations that accept the usual spelling variants, and
// Maps from search keys back to values. Rules live in lexicons/months.json and date-words.json.
import { phraseKey } from '../../text/arabic.js';
import { readLexicon } from '../../lexicon.js';
import { dateWordsSchema, monthsSchema } from '../../lexicon-schemas.js';

const months = readLexicon('months', monthsSchema);
const words = readLexicon('date-words', dateWordsSchema);

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

function mapOf<T, V>(entries: T[], forms: (e: T) => string[], value: (e: T) => V): Map<string, V> {
  const m = new Map<string, V>();
  for (const e of entries) for (const f of forms(e)) m.set(formKey(f), value(e));
  return m;
}

interface Table {
  pattern: string;
  map: Map<string, number>;
}

function table<T>(entries: T[], forms: (e: T) => string[], value: (e: T) => number): Table {
  return { pattern: alternation(entries.flatMap(forms)), map: mapOf(entries, forms, value) };
}

const many = (e: { forms: string[] }) => e.forms;
const one = (e: { form: string }) => [e.form];

export const GREGORIAN = table(months.gregorian, many, (e) => e.month);
export const HIJRI = table(months.hijri, many, (e) => e.month);
export const WEEKDAYS = table(words.weekdays, many, (e) => e.day);
export const OUTLET_DATE_WORDS = new Set(words.outletNames.forms.map(formKey));
export const RELATIVE_DAYS = table(words.relativeDays, one, (e) => e.offset);
/** The part of day a relative word names (الليلة الماضية: night), by form key. */
export const RELATIVE_DAY_PARTS = new Map(
  words.relativeDays.flatMap((e) => (e.part ? [[formKey(e.form), e.part] as const] : [])),
);
export const RELATIVE_MONTHS = table(words.relativeMonths, one, (e) => e.offset);
export const MONTH_PARTS = table(words.monthParts, one, (e) => e.day);
export const DAY_ORDINALS = table(words.dayOrdinals, one, (e) => e.day);
export const HOURS = table(words.hours, one, (e) => e.hour);
export const MINUTES = table(words.minutes, one, (e) => e.minutes);

export const DAY_PARTS = {
  pattern: alternation(words.dayParts.map((e) => e.form)),
  map: mapOf(words.dayParts, one, (e): string => e.part),
};
export const DAY_PART_ADVERBS = {
  pattern: alternation(words.dayPartAdverbs.map((e) => e.form)),
  map: mapOf(words.dayPartAdverbs, one, (e): string => e.part),
};
export const WEEKDAY_MODIFIERS = {
  pattern: alternation(words.weekdayModifiers.map((e) => e.form)),
  map: mapOf(words.weekdayModifiers, one, (e) => e.mode),
};
export const NOT_AFTER_TODAY = alternation(words.notAfterToday.forms);
export const NOT_AFTER_TONIGHT = alternation(words.notAfterTonight.forms);
export const DISTAL = alternation(words.distal.forms);
export const MERIDIEMS = {
  pattern: alternation(words.meridiems.map((e) => e.form)),
  map: mapOf(words.meridiems, one, (e) => e.part),
};
export const CONNECTORS = new Set(words.connectors.forms.map(formKey));

const counted = words.countedDays;
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
export const COUNT_OPENERS = new Set(counted.openers.forms.map(formKey));
/** Units that also take adjectives and names after them ('بعد يوم طويل'), as key starts. */
export const NOUN_LIKE_UNITS = counted.nounLikeUnits.forms.map(formKey);

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
/** Alternation of forms letter for letter, in the lexicon's order: the grammar regexes take these as written. */
const literal = (forms: string[]) => forms.map(escapeRegex).join('|');

/** 'واحد' after a singular unit ('يوم واحد'), tanween allowed. */
export const ONE_AFTER_UNIT = new RegExp(
  `^\\s+(?:${literal(counted.one.forms)})[\\u064B-\\u0652]*(?![\\p{L}\\p{M}])`,
  'u',
);
const anchor = (a: { form: string; unless?: string[] }) =>
  escapeRegex(a.form) + (a.unless ? `(?!\\s+(?:${literal(a.unless)}))` : '');
/**
 * What follows a count measured from another event, not from publication: 'بعد ثلاثة أيام من القصف',
 * 'بعد أسبوعين على بدء الحملة', or a number right after it.
 */
export const ANCHORED = new RegExp(
  `^\\s*(?:(?:${counted.anchors.map(anchor).join('|')})(?![\\p{L}\\p{N}])|\\p{N})`,
  'u',
);

// Words the date grammar (scan.ts) writes into its regex as they are: year, month, day and clock
// words, era markers, the word for tonight, and the words joining two days of a range or a night.
export const YEAR_WORDS = literal(words.yearWords.forms);
export const ERAS = literal(words.eras.map((e) => e.form));
export const ERA_ABBREVIATIONS = literal(words.eras.filter((e) => e.abbreviation).map((e) => e.form));
const HIJRI_ERA = new Map(words.eras.map((e) => [e.form, e.hijri]));
/** Whether an era marker the grammar matched (one of the forms, as written) is the Hijri one. */
export const isHijriEraMarker = (era: string): boolean => HIJRI_ERA.get(era) ?? true;
export const MONTH_WORDS = literal(words.monthWords.forms);
export const DAY_WORDS = literal(words.dayWords.forms);
export const CLOCK_WORDS = literal(words.clockWords.forms);
export const HOUR_PREPOSITIONS = literal(words.hourPrepositions.forms);
export const TONIGHT = escapeRegex(words.notAfterTonight.word);
export const DAY_RANGE_JOINERS = literal(words.dayRangeJoiners.forms);
export const NIGHT_JOINERS = literal(words.nightJoiners.forms);
