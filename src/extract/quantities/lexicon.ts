// Quantity lexicons read once: number words, counted units and months, as sets of search keys.
// The rules live in lexicons/number-words.json, counted-units.json and months.json.
import type { Quantity } from '../../contract.js';
import { searchKey } from '../../text/arabic.js';
import { readLexicon } from '../../lexicon.js';
import {
  countedUnitsSchema,
  dateWordsSchema,
  monthsSchema,
  numberWordsSchema,
} from '../../lexicon-schemas.js';

export type Approx = NonNullable<Quantity['approx']>;

const NUM = readLexicon('number-words', numberWordsSchema);
const UNITS = readLexicon('counted-units', countedUnitsSchema);
const MONTHS = readLexicon('months', monthsSchema);
const DATE_WORDS = readLexicon('date-words', dateWordsSchema);

const keys = (forms: string[]) => new Set(forms.map(phraseKeyOf));
export function phraseKeyOf(s: string): string {
  return s.trim().split(/\s+/).map(searchKey).join(' ');
}

export const DUALS = new Map<string, string | undefined>();
for (const d of NUM.duals) for (const f of d.forms) DUALS.set(searchKey(f), d.unit);

// approximator phrases as word-key arrays, longest first so "ما لا يقل عن" beats "لا يقل عن"
const APPROX = NUM.approximators
  .map((a) => ({ words: phraseKeyOf(a.phrase).split(' '), approx: a.approx }))
  .sort((a, b) => b.words.length - a.words.length);
export const APPROX_BY_LAST = new Map<string, typeof APPROX>();
for (const a of APPROX) {
  const last = a.words[a.words.length - 1];
  APPROX_BY_LAST.set(last, [...(APPROX_BY_LAST.get(last) ?? []), a]);
}
export const RANGE_OPENERS = NUM.rangeOpeners.openers
  .map((p) => phraseKeyOf(p).split(' '))
  .sort((a, b) => b.length - a.length);
export const RANGE_JOINERS = keys(NUM.rangeOpeners.joiners);
export const IDENTIFIER_CUES = keys(NUM.identifierCues.forms);
export const MODEL_NAMES = keys(NUM.modelNames.forms);
export const SCORE_CUES = keys(NUM.scoreCues.forms);
export const YEAR_CUES = keys(NUM.yearCues.forms);
export const TIME_OFFSETS = keys(NUM.timeOffsets.forms);
export const ORDINALS_BEFORE_TEN = keys(NUM.ordinalsBeforeTen.forms);
export const APPROX_AFTER = NUM.approximatorsAfter.map((a) => ({
  words: phraseKeyOf(a.phrase).split(' '),
  approx: a.approx,
}));
export const TIME_BEFORE = keys(NUM.timeCues.before);
export const TIME_AFTER = keys(NUM.timeCues.after);
export const WEEKDAYS = keys(NUM.weekdays.forms);
export const NAME_PREFIXES = keys(NUM.namePrefixes.forms);
export const NOT_COUNTED = keys(UNITS.notCounted.forms);
export const VERBS = keys(UNITS.verbs.forms);
export const OTHERS = keys(UNITS.others.forms);
export const COUNT_CUES = keys(NUM.countCues.forms);
export const DAY_NOUNS = keys(NUM.dayNouns.forms);
export const WEEKDAY_NUMBERS = keys(NUM.weekdayNumbers.forms);
export const VERB_HOMOGRAPHS = keys(NUM.verbHomographs.forms);
export const ONE_IDIOMS = keys(NUM.oneIdioms.forms);
export const LIST_MARKERS = new Set(NUM.listMarkers.forms);
export const FRACTION_HOMOGRAPHS = keys(NUM.fractionHomographs.forms);
/** era abbreviations (هـ، م) as written: after a year they make it a date, not a count */
export const ERA_ABBREVIATIONS = new Set(DATE_WORDS.eras.filter((e) => e.abbreviation).map((e) => e.form));
/** a key that is "month" or "the month" (شهر، الشهر، شهرين): "14 من الشهر" is a date */
export const MONTH_WORD = new RegExp(`^(ال)?(?:${DATE_WORDS.monthWords.forms.map(searchKey).join('|')})`);

// unit forms: one word or two (كيلومتر مربع); the sign forms (% ٪) are read separately
export const UNIT_OF = new Map<string, string>();
for (const u of UNITS.units) {
  for (const f of u.forms) UNIT_OF.set(phraseKeyOf(f), u.unit);
}

// month names: first word -> the whole names that start with it (كانون الأول, ذو القعدة)
export const MONTH_NAMES = new Map<string, string[][]>();
for (const m of [...MONTHS.gregorian, ...MONTHS.hijri]) {
  for (const f of m.forms) {
    const words = phraseKeyOf(f).split(' ');
    const list = MONTH_NAMES.get(words[0]) ?? [];
    list.push(words);
    MONTH_NAMES.set(words[0], list);
  }
}
