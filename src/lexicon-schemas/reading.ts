// Schemas of the lexicons that read one article: the text core, cleaning, the extractors and entity
// linking (number words, dates, quotations, accusations, names, places, outlets, boilerplate).
import { z } from 'zod';
import {
  word,
  words,
  file,
  entry,
  wordList,
  formList,
  named,
  speakerKind,
  approx,
  dayPart,
  actVerb,
} from './parts.js';

export const accusationVerbsSchema = file(() => ({
  blame: z.array(actVerb),
  acts: z.array(actVerb),
  agentMarkers: wordList,
  lightVerbs: formList,
  relatives: wordList,
  actors: wordList,
  causes: wordList,
  causeNouns: wordList,
  weapons: wordList,
  weaponVerbs: wordList,
  origins: wordList,
  carryOpeners: wordList,
  copulas: wordList,
  homographs: wordList,
  targets: wordList,
  notActors: wordList,
  claims: wordList,
  responsibilityNouns: wordList,
  affiliations: wordList,
}));

export const armedGroupsSchema = file(() => ({ entries: z.array(named) }));

const flag = z.boolean().optional();
const flags = { twoWordName: flag, knownSource: flag, closingOnly: flag, beforeAn: flag };

export const attributionSchema = file(() => ({
  phrases: entry({ items: z.array(entry({ words })) }),
  complementisers: entry({ words, suffixed: words }),
  channelIntros: wordList,
  dateWords: wordList,
  dateWordsWithArticle: wordList,
  anonymityAsides: entry({ openers: words, ends: words }),
  npStops: wordList,
  topicShifts: wordList,
  statementLinks: wordList,
  notSpeakers: wordList,
  citedSpeakers: wordList,
  clauseOpeners: wordList,
  backReferences: entry({
    items: z.array(
      entry({
        phrase: word,
        target: z.enum(['media', 'reporter', 'anonymous', 'source', 'document', 'official', 'named']),
      }),
    ),
  }),
  figureSources: wordList,
  creditLines: wordList,
  colonHeadMaxWords: entry({ value: z.number().int().positive() }),
  quantifiers: wordList,
  namedQuotes: wordList,
  masdars: entry({ words, patterns: z.array(entry({ pattern: word })), notMasdars: words }),
  /**
   * Each item: `then`, what must come before the source (ل `lam`, a `prepositions` word, or a cue
   * verb `verb`); `twoWordName`, an unlisted name after it needs two words; `knownSource`, the source
   * must be a speaker noun, a back-reference or a person already quoted (وفق خطة names no source);
   * `closingOnly`, read only when the phrase closes its sentence (كما قال X at the start is "also");
   * `beforeAn`, read only when أن/إن follows the source (وجاء في البيان أن; جاء في المرتبة is no quote).
   */
  accordingTo: entry({
    items: z.array(entry({ word, then: z.enum(['lam', 'preposition', 'verb', 'ma']).optional(), ...flags })),
    prepositions: words,
  }),
  relayWords: wordList,
  relayWordsBeforeAn: wordList,
  outletRelays: entry({ relatives: words, prepositions: words }),
  reporterNouns: wordList,
  continuers: wordList,
  monthOrdinals: wordList,
  nounPhraseLinks: wordList,
  fixedBWords: wordList,
  participleNegators: wordList,
  closingAgencyCredits: entry({ items: z.array(entry({ word })) }),
}));

export const boilerplateSchema = file(() => ({
  lineRules: z.array(
    entry({
      id: word,
      reason: word,
      where: z.enum(['any', 'head', 'tail', 'edge']),
      maxWords: z.number().int().positive(),
      pattern: word,
      ignoreCase: z.boolean().optional(),
      meta: z.enum(['byline', 'source', 'dateline']).optional(),
    }),
  ),
  uiPrefix: entry({ pattern: word }),
  shareWords: wordList,
  teaserCues: entry({ cues: words, maxWords: z.number().int().positive() }),
  teaserStops: entry({ verbs: words, words }),
  sourceWords: wordList,
  inlineSourceLabels: wordList,
}));

export const countedUnitsSchema = file(() => ({
  units: z.array(entry({ unit: word, forms: words })),
  notCounted: formList,
  verbs: formList,
  others: formList,
}));

export const cueVerbsSchema = file(() => ({
  verbs: z.array(
    entry({
      past: word,
      present: word,
      /** empty when the verb has no participle used in reports */
      participle: z.string(),
      /** forms the inflection rules do not make; a value map of the entry, covered by its note */
      extra: z
        .strictObject({ past: words.optional(), present: words.optional(), participle: words.optional() })
        .optional(),
      preps: words.optional(),
      object: z.boolean().optional(),
      relay: z.boolean().optional(),
      accuse: z.boolean().optional(),
      strict: z.boolean().optional(),
      addressee: z.boolean().optional(),
      nominal: z.boolean().optional(),
      headed: z.boolean().optional(),
    }),
  ),
  impersonal: formList,
  notTypos: wordList,
  nounForms: formList,
  ambiguous: formList,
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

export const gluedWordsSchema = file(() => ({
  gluedBefore: wordList,
  gluedBeforeArticle: wordList,
  gluedAfter: wordList,
  gluedAfterShort: wordList,
  nameHeads: wordList,
  nameTails: wordList,
}));

const monthEntry = entry({ month: z.number().int().min(1).max(12), forms: words });
export const monthsSchema = file(() => ({ gregorian: z.array(monthEntry), hijri: z.array(monthEntry) }));

export const nameWordsSchema = file(() => ({
  // kind: the stops a rule asks about by name (tagger-trim.ts: a time adjective after العام)
  stops: z.array(entry({ words, kind: z.enum(['time-adjective']).optional() })),
  roleLinks: wordList,
  nameParticles: wordList,
  foreignParticles: wordList,
  familyParticles: wordList,
  descriptiveHeads: wordList,
  compoundEnds: wordList,
  regionDirections: wordList,
  fieldHeads: wordList,
  describedStateNouns: wordList,
  verbParticles: wordList,
  campHeads: wordList,
  provinceHeads: wordList,
  provinceAdjectives: wordList,
  adjectiveTimeWords: wordList,
  letterNames: wordList,
}));

export const negationSchema = file(() => ({
  entries: z.array(
    entry({ kind: z.enum(['particle', 'deny', 'refuse', 'fail', 'cancel', 'doubt']), forms: words }),
  ),
}));

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

export const organizationsSchema = file(() => ({
  entries: z.array(named),
  /** taggerFeature false: a head the finder reads and the shipped model was not trained with */
  heads: z.array(
    entry({ head: word, type: z.enum(['ORG', 'MEDIA', 'GROUP']), taggerFeature: z.boolean().optional() }),
  ),
  notMedia: z.array(entry({ word })),
  /** en: the body in English, with a nisba's `en` before it ("Russian army") */
  stateNouns: z.array(entry({ noun: word, en: word.optional() })),
  /** adjectives of official body names that are no nisba (الهيئة العامة للسياحة) */
  bodyAdjectives: wordList,
}));

export const outletsSchema = file(() => ({ entries: z.array(named) }));

export const personsSchema = file(() => ({
  entries: z.array(named),
  givenNames: entry({ names: words }),
}));

export const placesOfDestinationSchema = file(() => ({
  directions: formList,
  negators: formList,
  fillers: formList,
  places: z.array(entry({ id: word, label: word, forms: words, parent: word.optional() })),
}));

export const placesSchema = file(() => ({
  skipCountries: z.array(entry({ name: word })),
  countryAliases: z.array(named),
  /** weak: also a common word, matched only after a place or organisation head */
  places: z.array(
    entry({
      name: word,
      aliases: words,
      en: word.optional(),
      /** gazetteer: decimal degrees (WGS84) and ISO 3166-1 alpha-2, for the report's map */
      lat: z.number().min(-90).max(90).optional(),
      lon: z.number().min(-180).max(180).optional(),
      country: z.string().length(2).optional(),
      weak: z.boolean().optional(),
    }),
  ),
  /** en: the English form of a place named after a kept head, '{}' standing for the place */
  heads: z.array(
    entry({
      head: word,
      en: word.optional(),
      keepHead: z.boolean().optional(),
      dual: z.boolean().optional(),
      /** false: a head the finder reads and the shipped model was not trained with */
      taggerFeature: z.boolean().optional(),
    }),
  ),
  namePrefixes: z.array(entry({ word })),
  /** country: empty for a nisba that names no one country (العربي) */
  nisbas: z.array(entry({ adj: word, country: z.string(), en: word.optional() })),
  /**
   * more country adjectives, read by the claim checker only (the entity finder's features were fitted
   * on `nisbas`): the ones no rule builds from the country's name (الإنجليزي, النمساوي)
   */
  nisbaForms: z.array(entry({ adj: word, country: z.string() })),
  /**
   * adjectives the claim checker would build by rule from a country's name (src/check/slots/nisbas.ts)
   * that are also another common word (المجري: Hungarian, and مجرى, a course): never read as a nisba
   */
  nisbaSkips: z.array(entry({ word })),
  nameSuffixes: z.array(entry({ word })),
  /** the form of a state before its name or nisba: مملكة البحرين، الجمهورية اليمنية (one place) */
  stateForms: z.array(entry({ word })),
}));

export const speakerNounsSchema = file(() => ({
  heads: z.array(
    entry({ words, kind: speakerKind, role: z.boolean().optional(), proper: z.boolean().optional() }),
  ),
  mediaChannelHeads: wordList,
  nameParticles: wordList,
  adjectives: wordList,
}));

export const titlesSchema = file(() => ({ titles: z.array(entry({ title: word })) }));

/** Romanization (src/text/transliterate.ts): letter values and vocalised name parts, Arabic -> Latin. */
const romanized = entry({ ar: word, lat: z.string() });
export const transliterationSchema = file(() => ({ letters: z.array(romanized), words: z.array(romanized) }));
