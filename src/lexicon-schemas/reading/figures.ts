// Schemas of the lexicons that read figures and dates: number words, counted units, date words and
// month names.
import { z } from 'zod';
import { word, words, file, entry, formList, approx, dayPart } from '../parts.js';

export const countedUnitsSchema = file(() => ({
  units: z.array(entry({ unit: word, forms: words })),
  notCounted: formList,
  verbs: formList,
  others: formList,
}));

export const dateWordsSchema = file(() => ({
  weekdays: z.array(entry({ day: z.number().int().min(0).max(6), forms: words })),
  weekdayModifiers: z.array(entry({ form: word, mode: z.enum(['before', 'after']) })),
  /** `part`: the part of day the word itself names (الليلة الماضية: last night), for a clock time before it */
  relativeDays: z.array(entry({ form: word, offset: z.number().int(), part: dayPart.optional() })),
  notAfterToday: formList,
  /** the word for tonight and the words after it that make it 'the night' */
  outletNames: formList,
  notAfterTonight: entry({ word, forms: words }),
  distal: formList,
  dayParts: z.array(entry({ form: word, part: dayPart })),
  dayPartAdverbs: z.array(entry({ form: word, part: dayPart })),
  meridiems: z.array(entry({ form: word, part: z.enum(['am', 'pm']) })),
  monthParts: z.array(entry({ form: word, day: z.number().int() })),
  relativeMonths: z.array(entry({ form: word, offset: z.number().int() })),
  dayOrdinals: z.array(entry({ form: word, day: z.number().int().min(1).max(31) })),
  hours: z.array(entry({ form: word, hour: z.number().int().min(0).max(24) })),
  /** minutes past the hour; negative before it (إلا ربعا) */
  minutes: z.array(entry({ form: word, minutes: z.number().int().min(-59).max(59) })),
  connectors: formList,
  countedDays: entry({
    triggers: formList,
    units: formList,
    periods: formList,
    bareUnits: formList,
    afterBareUnit: formList,
    vagueUnits: formList,
    openers: formList,
    one: formList,
    nounLikeUnits: formList,
    /** prepositions after a count that measure it from another event; `unless` the words after them */
    anchors: z.array(entry({ form: word, unless: words.optional() })),
  }),
  yearWords: formList,
  eras: z.array(entry({ form: word, hijri: z.boolean(), abbreviation: z.boolean().optional() })),
  monthWords: formList,
  dayWords: formList,
  clockWords: formList,
  hourPrepositions: formList,
  dayRangeJoiners: formList,
  nightJoiners: formList,
}));

const monthEntry = entry({ month: z.number().int().min(1).max(12), forms: words });
export const monthsSchema = file(() => ({ gregorian: z.array(monthEntry), hijri: z.array(monthEntry) }));

const approximator = entry({ phrase: word, approx });
export const numberWordsSchema = file(() => ({
  words: z.array(
    entry({
      forms: words,
      kind: z.enum(['zero', 'unit', 'ten', 'hundred', 'scale']),
      value: z.number(),
      form: z.enum(['one', 'acc', 'dual', 'plural']).optional(),
      partner: z.boolean().optional(),
    }),
  ),
  /** `stems` is a value map: stem -> the digit it multiplies a hundred by */
  hundredStems: entry({ stems: z.record(word, z.number().int().min(1).max(9)), hundreds: words }),
  vague: z.array(entry({ forms: words, base: z.number(), low: z.number(), high: z.number() })),
  approximators: z.array(approximator),
  rangeOpeners: entry({ openers: words, joiners: words }),
  duals: z.array(entry({ forms: words, unit: word.optional() })),
  notNumbers: formList,
  identifierCues: formList,
  modelNames: formList,
  scoreCues: formList,
  yearCues: formList,
  timeOffsets: formList,
  approximatorsAfter: z.array(approximator),
  ordinalsBeforeTen: formList,
  timeCues: entry({ before: words, after: words }),
  weekdays: formList,
  namePrefixes: formList,
  countCues: formList,
  dayNouns: formList,
  weekdayNumbers: formList,
  verbHomographs: formList,
  oneIdioms: formList,
  listMarkers: formList,
  fractionHomographs: formList,
}));
