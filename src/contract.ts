// The JSON contract every surface shares (see README "JSON contract").
// Defined once in zod: the TypeScript types are inferred from it and `npm run schema`
// writes schema/analysis.schema.json from it, which the tests validate CLI output against.
// The pieces live in src/contract/ by concern; this file is the one entry the rest imports, and
// assembles them into the analysis.
import { z } from 'zod';
import { WarningCode } from './codes.js';
import { Article, Leaning, Span } from './contract/articles.js';
import { Accusation, DateMention, Entity, Quantity, Quote } from './contract/findings.js';
import { Claim, Contradiction, Dispute, Framing, StoryInfo, StoryRef } from './contract/comparison.js';

export { Article, Leaning, RemovedBlock, Repair, Span, SpanRef } from './contract/articles.js';
export {
  Accusation,
  DateMention,
  Entity,
  Quantity,
  Quote,
  SpeakerKind,
  type AccusationDraft,
  type DateDraft,
  type QuantityDraft,
  type QuoteDraft,
} from './contract/findings.js';
export {
  Claim,
  Contradiction,
  Dispute,
  FoldReason,
  Framing,
  StoryInfo,
  VoiceGroup,
} from './contract/comparison.js';

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
