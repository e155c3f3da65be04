// Building blocks of the lexicon schemas: a note on every file, entry and section; strict objects.
import { z } from 'zod';

export const note = z.string().min(1);
/** One word or phrase of a list. */
export const word = z.string().min(1);
export const words = z.array(word);

/**
 * A lexicon file: what it is for (`note`) and its sections. The sections are built on the file's
 * first check only (z.lazy): a run from the build's validated copies checks none, and building
 * every schema at start cost a cold `sanad analyze` about 25 ms.
 */
export const file = <S extends z.ZodRawShape>(shape: () => S) =>
  z.lazy(() => z.strictObject({ note, ...shape() }));
/** An entry or a section: its fields and the note that says why it is there. */
export const entry = <S extends z.ZodRawShape>(shape: S) => z.strictObject({ ...shape, note });
/** The common sections: a list of words (`words`) or of forms (`forms`) with one note. */
export const wordList = entry({ words });
export const formList = entry({ forms: words });
/**
 * A named thing and its other spellings (outlets, groups, organisations, people, places), and its
 * English name where the lexicon knows it (`en`: shown by the HTML report, given as entities[].en).
 */
export const named = entry({
  name: word,
  aliases: words,
  en: word.optional(),
  /**
   * false: the entity finder matches the entry, the tagger's gazetteer features leave it out (an
   * entry added after the shipped model was trained; retraining with it is a separate, measured step)
   */
  taggerFeature: z.boolean().optional(),
});

export const speakerKind = z.enum(['named', 'official', 'anonymous', 'organization', 'media', 'document']);
export const approx = z.enum(['about', 'more-than', 'less-than']);
export const dayPart = z.enum(['dawn', 'morning', 'noon', 'afternoon', 'evening', 'night']);

/** An act or blame verb; the rules inflect it (accusations/lexicon.ts). */
export const actVerb = entry({
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
