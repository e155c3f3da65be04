// The shape of every file under lexicons/, one zod schema per file, checked when the file is read
// (src/lexicon.ts). They sit in one folder, src/lexicon-schemas/ (reading: one article; analysis:
// across articles), rather than beside each reader, because several files are
// read by modules in different layers (number-words by the text core and by quantities, events by
// statements and by claims, armed-groups by the entity lexicon and by accusations): one file gets
// one schema, and `test/lexicons.test.ts` walks this one table. Objects are strict, so a misspelt
// key fails at load instead of being silently ignored; every entry and section carries its `note`.
import * as analysis from './lexicon-schemas/analysis.js';
import * as reading from './lexicon-schemas/reading.js';

export * from './lexicon-schemas/analysis.js';
export * from './lexicon-schemas/reading.js';

/** Every JSON file under lexicons/ and its schema; the loader and the lexicon test use this table. */
export const LEXICON_SCHEMAS = {
  'accusation-verbs': reading.accusationVerbsSchema,
  antonyms: analysis.antonymsSchema,
  'armed-groups': reading.armedGroupsSchema,
  attribution: reading.attributionSchema,
  'body-acts': analysis.bodyActsSchema,
  boilerplate: reading.boilerplateSchema,
  brief: analysis.briefSchema,
  'check-cues': analysis.checkCuesSchema,
  'counted-units': reading.countedUnitsSchema,
  'cue-verbs': reading.cueVerbsSchema,
  'date-words': reading.dateWordsSchema,
  events: analysis.eventsSchema,
  framing: analysis.framingSchema,
  'glued-words': reading.gluedWordsSchema,
  months: reading.monthsSchema,
  'name-words': reading.nameWordsSchema,
  negation: reading.negationSchema,
  'number-words': reading.numberWordsSchema,
  organizations: reading.organizationsSchema,
  outlets: reading.outletsSchema,
  persons: reading.personsSchema,
  'places-of-destination': reading.placesOfDestinationSchema,
  places: reading.placesSchema,
  'source-words': analysis.sourceWordsSchema,
  'speaker-nouns': reading.speakerNounsSchema,
  'stance-function-words': analysis.stanceFunctionWordsSchema,
  stories: analysis.storiesSchema,
  titles: reading.titlesSchema,
  'wire-credits': analysis.wireCreditsSchema,
  transliteration: reading.transliterationSchema,
} as const;

export type LexiconName = keyof typeof LEXICON_SCHEMAS;
