// The shape of every file under lexicons/, one zod schema per file, checked when the file is read
// (src/lexicon.ts). They sit in one folder, src/lexicon-schemas/ (reading: one article; analysis:
// across articles), rather than beside each reader, because several files are
// read by modules in different layers (number-words by the text core and by quantities, events by
// statements and by claims, armed-groups by the entity lexicon and by accusations): one file gets
// one schema, and `test/lexicons.test.ts` walks this one table. Objects are strict, so a misspelt
// key fails at load instead of being silently ignored; every entry and section carries its `note`.
import {
  antonymsSchema,
  checkCuesSchema,
  eventsSchema,
  framingSchema,
  stanceFunctionWordsSchema,
  storiesSchema,
  wireCreditsSchema,
} from './lexicon-schemas/analysis.js';
import {
  accusationVerbsSchema,
  armedGroupsSchema,
  attributionSchema,
  boilerplateSchema,
  countedUnitsSchema,
  cueVerbsSchema,
  dateWordsSchema,
  gluedWordsSchema,
  monthsSchema,
  nameWordsSchema,
  negationSchema,
  numberWordsSchema,
  organizationsSchema,
  outletsSchema,
  personsSchema,
  placesOfDestinationSchema,
  placesSchema,
  speakerNounsSchema,
  titlesSchema,
  transliterationSchema,
} from './lexicon-schemas/reading.js';

export {
  accusationVerbsSchema,
  antonymsSchema,
  armedGroupsSchema,
  attributionSchema,
  boilerplateSchema,
  checkCuesSchema,
  countedUnitsSchema,
  cueVerbsSchema,
  dateWordsSchema,
  eventsSchema,
  framingSchema,
  gluedWordsSchema,
  monthsSchema,
  nameWordsSchema,
  negationSchema,
  numberWordsSchema,
  organizationsSchema,
  outletsSchema,
  personsSchema,
  placesOfDestinationSchema,
  placesSchema,
  speakerNounsSchema,
  stanceFunctionWordsSchema,
  storiesSchema,
  titlesSchema,
  transliterationSchema,
  wireCreditsSchema,
};

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
