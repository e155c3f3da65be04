// Schemas of the lexicons that read quotations and accusations: attribution phrases, cue verbs,
// speaker nouns and the verbs of blame.
import { z } from 'zod';
import { word, words, file, entry, wordList, formList, speakerKind, actVerb } from '../parts.js';

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

export const speakerNounsSchema = file(() => ({
  heads: z.array(
    entry({ words, kind: speakerKind, role: z.boolean().optional(), proper: z.boolean().optional() }),
  ),
  mediaChannelHeads: wordList,
  nameParticles: wordList,
  adjectives: wordList,
}));
