// The contract's cross-article findings (src/contract.ts is the entry): stories, claims and the
// voices behind them, contradictions and the disputes grouping them, framing.
import { z } from 'zod';
import { Span, SpanRef } from './articles.js';

/** The story (id in `stories[]`) a cross-article finding belongs to, when the input spans several. */
export const StoryRef = { story: z.string().optional() };

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
export type Claim = z.infer<typeof Claim>;
export type Contradiction = z.infer<typeof Contradiction>;
export type Framing = z.infer<typeof Framing>;
