// The JSON contract every surface shares (see README "JSON contract").
// Defined once in zod: the TypeScript types are inferred from it and `npm run schema`
// writes schema/analysis.schema.json from it, which the tests validate CLI output against.
import { z } from 'zod';
import { WarningCode } from './codes.js';

/** A half-open [start, end) range of UTF-16 code units in `articles[i].text`, with the text it covers. */
export const Span = z.object({
  article: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof Span>;
/** Where a span is, without its text: for findings that point again at spans already given whole. */
export const SpanRef = Span.pick({ article: true, start: true, end: true });
export type SpanRef = z.infer<typeof SpanRef>;

const EntityRef = { entity: z.string().optional() };

export const Leaning = z.object({
  label: z.enum(['pro-government', 'pro-opposition', 'mixed', 'neutral']),
  score: z.number().min(-1).max(1),
  evidence: z.array(Span),
  conflict: z.string().optional(),
});

export const Repair = z.object({
  start: z.number().int(),
  end: z.number().int(),
  glued: z.string(),
  fixed: z.string(),
});

export const RemovedBlock = z.object({
  text: z.string(),
  reason: z.string(),
  rawStart: z.number().int().optional(),
});

export const Article = z.object({
  id: z.string(),
  source: z.object({ path: z.string().optional(), url: z.string().optional() }),
  title: z.string().optional(),
  outlet: z.object({ name: z.string(), inferred: z.boolean() }).optional(),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  author: z.string().optional(),
  /** a credited source line removed as boilerplate ("المصدر: وكالات") */
  credit: z.string().optional(),
  encoding: z.string().optional(),
  text: z.string(),
  leaning: Leaning.optional(),
  /** how the article sources its statements: speakers by kind, direct vs indirect, channels */
  sourcing: z
    .object({
      named: z.number().int(),
      anonymous: z.number().int(),
      official: z.number().int(),
      organization: z.number().int(),
      media: z.number().int(),
      document: z.number().int(),
      direct: z.number().int(),
      indirect: z.number().int(),
      channels: z.array(z.string()),
    })
    .optional(),
  cleaning: z
    .object({
      repairs: z.array(Repair),
      removed: z.array(RemovedBlock),
      normalized: z.number().int(),
    })
    .optional(),
});
export type Article = z.infer<typeof Article>;

export const Entity = z.object({
  id: z.string(),
  type: z.enum(['PER', 'ORG', 'LOC', 'MEDIA', 'GROUP']),
  name: z.string(),
  aliases: z.array(z.string()),
  mentions: z.array(Span),
  /** the English name, where a lexicon knows it (src/link/names.ts) */
  en: z.string().optional(),
  /** the name in simplified ALA-LC romanization (lexicons/transliteration.json) */
  translit: z.string().optional(),
  /** places: approximate coordinates from the gazetteer in lexicons/places.json */
  geo: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).optional(),
  /** places: the ISO 3166-1 alpha-2 code of the country (the country itself for a country) */
  country: z.string().length(2).optional(),
});
export type Entity = z.infer<typeof Entity>;

export const SpeakerKind = z.enum(['named', 'official', 'anonymous', 'organization', 'media', 'document']);

export const Quote = z.object({
  id: z.string(),
  article: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  speaker: Span.extend({
    ...EntityRef,
    kind: SpeakerKind,
    role: z.string().optional(),
    resolvedFrom: Span.extend(EntityRef).optional(),
  }),
  cue: Span,
  content: Span,
  direct: z.boolean(),
  channel: Span.extend(EntityRef).optional(),
  via: z.array(Span.extend(EntityRef)).optional(),
});
export type Quote = z.infer<typeof Quote>;

export const Accusation = z.object({
  id: z.string(),
  article: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  accuser: Span.extend(EntityRef).nullable(),
  accused: Span.extend(EntityRef),
  act: Span,
  quote: z.string().optional(),
});
export type Accusation = z.infer<typeof Accusation>;

export const Quantity = z.object({
  id: z.string(),
  article: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  value: z.number(),
  approx: z.enum(['about', 'more-than', 'less-than', 'range']).optional(),
  low: z.number().optional(),
  high: z.number().optional(),
  unit: z.string().optional(),
  counted: Span.optional(),
});
export type Quantity = z.infer<typeof Quantity>;

export const DateMention = z.object({
  id: z.string(),
  article: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  value: z.string().regex(/^(\d{4}|-)-\d{2}-\d{2}$/),
  time: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .optional(),
  calendar: z.enum(['gregorian', 'hijri']).optional(),
  relative: z.boolean().optional(),
  weekdayMismatch: z.boolean().optional(),
});
export type DateMention = z.infer<typeof DateMention>;

// What the per-article extractors return: findings without ids. The assemble step (src/assemble.ts)
// numbers every id in one pass over all articles, so no extractor invents one.
export type QuoteDraft = Omit<Quote, 'id'>;
/** `quoteIndex`: the index of the accusation's quote among its own article's quotes */
export type AccusationDraft = Omit<Accusation, 'id' | 'quote'> & { quoteIndex?: number };
export type QuantityDraft = Omit<Quantity, 'id'>;
export type DateDraft = Omit<DateMention, 'id'>;

/** The story (id in `stories[]`) a cross-article finding belongs to, when the input spans several. */
const StoryRef = { story: z.string().optional() };

export const StoryInfo = z.object({
  id: z.string(),
  title: z.string(),
  /** every article of the story, near-duplicates included, in date order */
  articles: z.array(z.string()),
  /** every outlet that ran it, a copy's outlet too */
  outlets: z.array(z.string()),
  first: z.string().optional(),
  last: z.string().optional(),
  /** distinct reports: near-duplicates counted once */
  reports: z.number().int(),
});
export type StoryInfo = z.infer<typeof StoryInfo>;

/** Why statements were folded into one voice. */
export const FoldReason = z.enum([
  /** one named speaker quoted in each */
  'same-speaker',
  /** one agency relaying an unnamed source ("مصادر (رويترز)") */
  'relay',
  /** copies of a text a credit line gives to one agency ("(أ ف ب)") */
  'agency-copy',
  /** copies of one text: passages or whole articles shared word for word, edited or trimmed */
  'copy',
  /** one outlet's own reporting, in two of its articles */
  'own-reporting',
  /** two statements of one article's own text */
  'same-article',
  /** one source named in two wordings, or a paper telling what that source said */
  'same-source',
  /** one sentence rewritten: most of its content words, or a clause of eight words, in common */
  'rewording',
  /** a paper's own sentence in an article that cites that source (and few others): its statement retold */
  'cited-source',
]);
export type FoldReason = z.infer<typeof FoldReason>;

/**
 * One voice of a claim: an origin and every statement folded into it, with why. A claim's
 * `voices` counts the groups `counted` (at least 1).
 */
export const VoiceGroup = z.object({
  /** who the voice is: a named speaker, an agency, or the outlet whose own text it is (the first that ran it) */
  origin: z.string(),
  kind: z.enum(['source', 'agency', 'outlet']),
  /** the outlets that carried it */
  outlets: z.array(z.string()),
  /** every statement of this origin (its text is in the claim's `statements`) */
  statements: z.array(SpanRef.extend({ by: z.string().optional() })),
  /** each fold: two statements found to be one origin, and why (a spanning tree: n statements, n - 1 folds) */
  folded: z.array(z.object({ reason: FoldReason, a: SpanRef, b: SpanRef })),
  /**
   * counted among the claim's `voices`: the claim's only origin, or one that tells one event with
   * another origin; false when its sentences name no place or person another origin's sentences
   * name (likely another incident: such origins confirm nothing and count as one voice together)
   */
  counted: z.boolean(),
  /** the voice in plain words ("AFP, carried by five outlets (...): copies of one agency's credited text") */
  note: z.string(),
});
export type VoiceGroup = z.infer<typeof VoiceGroup>;

export const Claim = z.object({
  ...StoryRef,
  id: z.string(),
  text: z.string(),
  statements: z.array(z.object({ span: Span, by: z.string().optional() })),
  outlets: z.array(z.string()),
  status: z.enum(['corroborated', 'single-source', 'disputed']),
  /** quantity / event / blame / destination */
  kind: z.string().optional(),
  /** the normalised key statements were grouped by */
  key: z.string().optional(),
  /**
   * number of independent voices behind the statements: wire copies, relays and one source in two
   * wordings count once, and origins whose statements name no entity in common (likely different
   * incidents) are not counted as confirming each other; `origins` still lists every origin, and
   * `voiceGroups` says which origins were folded into one voice and why
   */
  voices: z.number().int().optional(),
  /** where the statements come from: each origin and the outlets that carried it ("AFP, carried by 3 outlets (...)") */
  origins: z.array(z.string()).optional(),
  /** the origins grouped into voices: each voice, what carried it and why its statements were folded into one */
  voiceGroups: z.array(VoiceGroup).optional(),
});

export const Contradiction = z.object({
  ...StoryRef,
  id: z.string(),
  kind: z.enum(['numeric', 'denial', 'blame', 'place', 'time', 'status', 'other']),
  a: Span.extend({ by: z.string().optional() }),
  b: Span.extend({ by: z.string().optional() }),
  explanation: z.string(),
});

export const Framing = z.object({
  concepts: z.array(
    z.object({
      ...StoryRef,
      concept: z.string(),
      label: z.string().optional(),
      /** the concept in English */
      en: z.string().optional(),
      conflict: z.string().optional(),
      variants: z.array(
        z.object({
          term: z.string(),
          /** the term in English (lexicons/framing.json) */
          gloss: z.string().optional(),
          connotation: z.string().optional(),
          /** which side of the conflict the word signals */
          side: z.string().optional(),
          articles: z.array(
            z.object({
              article: z.string(),
              count: z.number().int(),
              /** where the article writes the term, each occurrence */
              mentions: z.array(Span).optional(),
            }),
          ),
        }),
      ),
    }),
  ),
  distinctive: z.array(z.object({ article: z.string(), term: z.string(), score: z.number() })),
  distinctiveOutlets: z
    .array(z.object({ ...StoryRef, outlet: z.string(), term: z.string(), score: z.number() }))
    .optional(),
});

/** Contradiction pairs grouped by the question they answer, each side with all its statements. */
export const Dispute = z.object({
  ...StoryRef,
  id: z.string(),
  kind: Contradiction.shape.kind,
  /** what is disputed ("How many (قتل)", "Who is to blame (deal)") */
  question: z.string(),
  sides: z.array(
    z.object({
      /** the answer this side gives, as one of its statements words it */
      answer: z.string(),
      statements: z.array(Span.extend({ by: z.string().optional() })),
      /** who takes this side (speakers, relays or outlets), each once */
      sources: z.array(z.string()),
    }),
  ),
  /** ids of the contradiction pairs this dispute groups */
  contradictions: z.array(z.string()),
});
export type Dispute = z.infer<typeof Dispute>;

export const Warning = z.object({
  article: z.string().optional(),
  code: WarningCode,
  message: z.string(),
});
export type Warning = z.infer<typeof Warning>;

export const Analysis = z.object({
  schemaVersion: z.literal(1),
  articles: z.array(Article),
  entities: z.array(Entity),
  quotes: z.array(Quote),
  accusations: z.array(Accusation),
  quantities: z.array(Quantity),
  dates: z.array(DateMention),
  claims: z.array(Claim),
  contradictions: z.array(Contradiction),
  /** the contradictions grouped: one dispute per question */
  disputes: z.array(Dispute),
  framing: Framing,
  summary: z.array(
    z.object({
      ...StoryRef,
      text: z.string(),
      sources: z.array(Span.extend({ by: z.string().optional() })),
      /** agreed / disputed / single-source */
      kind: z.string().optional(),
    }),
  ),
  timeline: z.array(
    z.object({
      ...StoryRef,
      date: z.string(),
      text: z.string(),
      sources: z.array(Span),
      event: z.string().optional(),
    }),
  ),
  /** leaning of each outlet over all its articles */
  outlets: z
    .array(z.object({ name: z.string(), articles: z.array(z.string()), leaning: Leaning }))
    .optional(),
  /** near-duplicate articles: each copy speaks with the voice of its canonical article */
  duplicates: z
    .array(z.object({ canonical: z.string(), copies: z.array(z.string()), similarity: z.number() }))
    .optional(),
  /** status changes of one event across days: updates, not contradictions */
  updates: z
    .array(
      z.object({
        topic: z.string(),
        from: Span.extend({ by: z.string().optional(), date: z.string().optional(), status: z.string() }),
        to: Span.extend({ by: z.string().optional(), date: z.string().optional(), status: z.string() }),
        explanation: z.string(),
      }),
    )
    .optional(),
  /**
   * the stories the input was grouped into (src/stories); claims, contradictions, summary and
   * timeline items carry the id of theirs when there are several
   */
  stories: z.array(StoryInfo).optional(),
  /** opinion columns, editorials and press round-ups: annotated, never compared as reports */
  apart: z
    .array(
      z.object({
        article: z.string(),
        kind: z.enum(['opinion', 'editorial', 'roundup']),
        cues: z.array(z.string()),
      }),
    )
    .optional(),
  warnings: z.array(Warning),
});
export type Analysis = z.infer<typeof Analysis>;
export type Claim = z.infer<typeof Claim>;
export type Contradiction = z.infer<typeof Contradiction>;
export type Framing = z.infer<typeof Framing>;
