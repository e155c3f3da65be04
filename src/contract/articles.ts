// The contract's articles and the spans every finding is made of (src/contract.ts is the entry).
import { z } from 'zod';

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

/** The entity a span names, once linked (src/link). */
export const EntityRef = { entity: z.string().optional() };

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
