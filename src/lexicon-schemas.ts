// The shape of every file under lexicons/, one zod schema per file, checked when the file is read
// (src/lexicon.ts). They sit together rather than beside each reader because several files are
// read by modules in different layers (number-words by the text core and by quantities, events by
// statements and by claims, armed-groups by the entity lexicon and by accusations): one file gets
// one schema, and `test/lexicons.test.ts` walks this one table. Objects are strict, so a misspelt
// key fails at load instead of being silently ignored; every entry and section carries its `note`.
import { z } from 'zod';

const note = z.string().min(1);
/** One word or phrase of a list. */
const word = z.string().min(1);
const words = z.array(word);

/** A lexicon file: what it is for (`note`) and its sections. */
const file = <S extends z.ZodRawShape>(shape: S) => z.strictObject({ note, ...shape });
/** An entry or a section: its fields and the note that says why it is there. */
const entry = <S extends z.ZodRawShape>(shape: S) => z.strictObject({ ...shape, note });
/** The common sections: a list of words (`words`) or of forms (`forms`) with one note. */
const wordList = entry({ words });
const formList = entry({ forms: words });
/**
 * A named thing and its other spellings (outlets, groups, organisations, people, places), and its
 * English name where the lexicon knows it (`en`: shown by the HTML report, given as entities[].en).
 */
const named = entry({ name: word, aliases: words, en: word.optional() });

const speakerKind = z.enum(['named', 'official', 'anonymous', 'organization', 'media', 'document']);
const approx = z.enum(['about', 'more-than', 'less-than']);
const dayPart = z.enum(['dawn', 'morning', 'noon', 'afternoon', 'evening', 'night']);

/** An act or blame verb; the rules inflect it (accusations/lexicon.ts). */
const actVerb = entry({
  past: word,
  /** empty when the verb has no present form the rules read */
  present: z.string(),
  /** empty or absent when no participle is read */
  participle: z.string().optional(),
  nouns: words.optional(),
  passive: word.optional(),
  needs: z.union([word, words]).optional(),
  agentOnly: z.boolean().optional(),
  genitiveOnly: z.boolean().optional(),
  nounOnly: z.boolean().optional(),
  genitiveIsObject: z.boolean().optional(),
  lamIsObject: z.boolean().optional(),
});

export const accusationVerbsSchema = file({
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
});

export const antonymsSchema = file({
  groups: z.array(entry({ name: word, a: words, b: words })),
});

export const armedGroupsSchema = file({ entries: z.array(named) });

export const attributionSchema = file({
  phrases: entry({ items: z.array(entry({ words })) }),
  complementisers: entry({ words, suffixed: words }),
  channelIntros: wordList,
  dateWords: wordList,
  npStops: wordList,
  clauseOpeners: wordList,
  backReferences: entry({
    items: z.array(
      entry({
        phrase: word,
        target: z.enum(['media', 'reporter', 'anonymous', 'source', 'document', 'official', 'named']),
      }),
    ),
  }),
  creditLines: wordList,
  colonHeadMaxWords: entry({ value: z.number().int().positive() }),
  quantifiers: wordList,
  namedQuotes: wordList,
  masdars: entry({ words, patterns: z.array(entry({ pattern: word })), notMasdars: words }),
  accordingTo: entry({
    items: z.array(
      entry({
        word,
        /** what must follow before the source: ل (`lam`) or one of the section's `prepositions` */
        then: z.enum(['lam', 'preposition']).optional(),
        /** an unlisted name after it needs two words */
        twoWordName: z.boolean().optional(),
      }),
    ),
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
});

export const boilerplateSchema = file({
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
});

export const checkCuesSchema = file({
  entries: z.array(entry({ kind: z.enum(['negate', 'deny', 'correct', 'future', 'hedge']), forms: words })),
  contrasts: entry({
    antonymGroups: words,
    groups: z.array(entry({ name: word, a: words, b: words })),
  }),
});

export const countedUnitsSchema = file({
  units: z.array(entry({ unit: word, forms: words })),
  notCounted: formList,
  verbs: formList,
  others: formList,
});

export const cueVerbsSchema = file({
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
    }),
  ),
  impersonal: formList,
  notTypos: wordList,
  ambiguous: formList,
});

export const dateWordsSchema = file({
  weekdays: z.array(entry({ day: z.number().int().min(0).max(6), forms: words })),
  weekdayModifiers: z.array(entry({ form: word, mode: z.enum(['before', 'after']) })),
  relativeDays: z.array(entry({ form: word, offset: z.number().int() })),
  notAfterToday: formList,
  /** the word for tonight and the words after it that make it 'the night' */
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
  dayRangeJoiners: formList,
  nightJoiners: formList,
});

const statusId = word;
export const eventsSchema = file({
  statuses: z.array(entry({ id: statusId, label: word, forms: words })),
  topics: z.array(entry({ id: word, label: word, forms: words, blameGroup: word })),
  statusConflicts: entry({ pairs: z.array(z.tuple([statusId, statusId])) }),
  blame: entry({
    statuses: z.array(statusId),
    agentMarkers: formList,
    accuseVerbs: formList,
    participles: formList,
    responsibility: entry({ forms: words, requires: words }),
    subjectOnly: formList,
    attackActs: formList,
    targetClasses: entry({ classes: z.array(entry({ id: word, forms: words })) }),
  }),
  /** three lists, each with its note: the section is only a grouping */
  denial: z.strictObject({ cues: formList, pointers: formList, quotePointers: formList }),
  reportingCues: formList,
  future: formList,
  negation: formList,
  countedClasses: z.array(
    entry({ id: word, forms: words, predicate: word.optional(), covers: words.optional() }),
  ),
  predicates: entry({
    list: z.array(entry({ id: word, label: word, forms: words })),
    planned: formList,
  }),
  tollCounts: entry({ forms: words, between: words }),
  numericContrast: formList,
  timeOfDay: entry({
    /** a value map: day part -> the hours [from, to] it covers */
    parts: z.record(dayPart, z.tuple([z.number(), z.number()])),
    approx: formList,
    clock: formList,
  }),
  synonyms: entry({
    sets: z.array(
      entry({ id: word, forms: words, weak: z.boolean().optional(), name: z.boolean().optional() }),
    ),
  }),
  /** which incident and part of it a count belongs to (compare/statements/incident.ts) */
  incidents: entry({
    initial: formList,
    rise: formList,
    subset: formList,
    estimate: formList,
    several: formList,
    vague: formList,
    exceeds: formList,
    groupMarkers: formList,
    includes: formList,
    labelNouns: formList,
    durationUnits: entry({ label: word, forms: words }),
    causes: entry({ list: z.array(entry({ id: word, forms: words })) }),
  }),
});

const side = z.enum(['pro-government', 'pro-opposition', 'neutral']);
const camp = z.enum(['government', 'opposition']);
export const gluedWordsSchema = file({
  gluedBefore: wordList,
  gluedBeforeArticle: wordList,
  gluedAfter: wordList,
  gluedAfterShort: wordList,
  nameHeads: wordList,
  nameTails: wordList,
});

export const framingSchema = file({
  conflicts: z.array(
    entry({
      id: word,
      label: word,
      /** a value map: side -> who it stands for in this conflict */
      sides: z.strictObject({ 'pro-government': word, 'pro-opposition': word }),
      /** places and actors of the conflict: a story that names them is judged under it */
      markers: formList,
      concepts: z.array(
        entry({
          id: word,
          label: word,
          /** the concept in English */
          en: word.optional(),
          camp: camp.optional(),
          variants: z.array(
            entry({
              term: word,
              side,
              weight: z.number(),
              /** the term in English, shown by the HTML report beside the Arabic */
              gloss: word.optional(),
              connotation: z.string(),
              forms: words,
              camp: camp.optional(),
            }),
          ),
        }),
      ),
    }),
  ),
  stopwords: formList,
});

const monthEntry = entry({ month: z.number().int().min(1).max(12), forms: words });
export const monthsSchema = file({ gregorian: z.array(monthEntry), hijri: z.array(monthEntry) });

export const nameWordsSchema = file({
  stops: z.array(wordList),
  roleLinks: wordList,
  nameParticles: wordList,
  familyParticles: wordList,
  descriptiveHeads: wordList,
});

export const negationSchema = file({
  entries: z.array(
    entry({ kind: z.enum(['particle', 'deny', 'refuse', 'fail', 'cancel', 'doubt']), forms: words }),
  ),
});

const approximator = entry({ phrase: word, approx });
export const numberWordsSchema = file({
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
  yearCues: formList,
  approximatorsAfter: z.array(approximator),
  ordinalsBeforeTen: formList,
  timeCues: entry({ before: words, after: words }),
  weekdays: formList,
  namePrefixes: formList,
  countCues: formList,
  dayNouns: formList,
  weekdayNumbers: formList,
  verbHomographs: formList,
});

export const organizationsSchema = file({
  entries: z.array(named),
  heads: z.array(entry({ head: word, type: z.enum(['ORG', 'MEDIA', 'GROUP']) })),
  notMedia: z.array(entry({ word })),
  /** en: the body in English, with a nisba's `en` before it ("Russian army") */
  stateNouns: z.array(entry({ noun: word, en: word.optional() })),
});

export const outletsSchema = file({ entries: z.array(named) });

export const personsSchema = file({
  entries: z.array(named),
  givenNames: entry({ names: words }),
});

export const placesOfDestinationSchema = file({
  directions: formList,
  negators: formList,
  fillers: formList,
  places: z.array(entry({ id: word, label: word, forms: words, parent: word.optional() })),
});

export const placesSchema = file({
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
    }),
  ),
  namePrefixes: z.array(entry({ word })),
  /** country: empty for a nisba that names no one country (العربي) */
  nisbas: z.array(entry({ adj: word, country: z.string(), en: word.optional() })),
  nameSuffixes: z.array(entry({ word })),
});

export const speakerNounsSchema = file({
  heads: z.array(
    entry({ words, kind: speakerKind, role: z.boolean().optional(), proper: z.boolean().optional() }),
  ),
  mediaChannelHeads: wordList,
  nameParticles: wordList,
  adjectives: wordList,
});

export const stanceFunctionWordsSchema = file({ entries: z.array(entry({ forms: words })) });

/** Story grouping's cues (src/stories/cues.ts): wire continuations, opinion and round-up markers. */
const storyPhrases = z.array(entry({ text: word }));
export const storiesSchema = file({
  continuations: storyPhrases,
  opinionBylines: z.array(entry({ text: word, kind: z.enum(['opinion', 'editorial']) })),
  opinionSignatures: storyPhrases,
  opinionPhrases: storyPhrases,
  roundupPhrases: storyPhrases,
  reportingVerbs: storyPhrases,
});

export const titlesSchema = file({ titles: z.array(entry({ title: word })) });

export const wireCreditsSchema = file({
  entries: z.array(entry({ agency: word, forms: words })),
});
/** Romanization (src/text/transliterate.ts): letter values and vocalised name parts, Arabic -> Latin. */
const romanized = entry({ ar: word, lat: z.string() });
export const transliterationSchema = file({ letters: z.array(romanized), words: z.array(romanized) });

/** Every JSON file under lexicons/ and its schema; the loader and the lexicon test use this table. */
export const LEXICON_SCHEMAS = {
  'accusation-verbs': accusationVerbsSchema,
  antonyms: antonymsSchema,
  'armed-groups': armedGroupsSchema,
  attribution: attributionSchema,
  boilerplate: boilerplateSchema,
  'check-cues': checkCuesSchema,
  'counted-units': countedUnitsSchema,
  'cue-verbs': cueVerbsSchema,
  'date-words': dateWordsSchema,
  events: eventsSchema,
  framing: framingSchema,
  'glued-words': gluedWordsSchema,
  months: monthsSchema,
  'name-words': nameWordsSchema,
  negation: negationSchema,
  'number-words': numberWordsSchema,
  organizations: organizationsSchema,
  outlets: outletsSchema,
  persons: personsSchema,
  'places-of-destination': placesOfDestinationSchema,
  places: placesSchema,
  'speaker-nouns': speakerNounsSchema,
  'stance-function-words': stanceFunctionWordsSchema,
  stories: storiesSchema,
  titles: titlesSchema,
  'wire-credits': wireCreditsSchema,
  transliteration: transliterationSchema,
} as const;

export type LexiconName = keyof typeof LEXICON_SCHEMAS;
