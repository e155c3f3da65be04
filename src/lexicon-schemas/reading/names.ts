// Schemas of the lexicons that find and link names: persons, places, organisations, outlets, armed
// groups, titles, the words around a name, and romanization.
import { z } from 'zod';
import { word, words, file, entry, wordList, formList, named } from '../parts.js';

export const armedGroupsSchema = file(() => ({ entries: z.array(named) }));

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

export const titlesSchema = file(() => ({ titles: z.array(entry({ title: word })) }));

/** Romanization (src/text/transliterate.ts): letter values and vocalised name parts, Arabic -> Latin. */
const romanized = entry({ ar: word, lat: z.string() });
export const transliterationSchema = file(() => ({ letters: z.array(romanized), words: z.array(romanized) }));
