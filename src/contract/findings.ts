// The contract's per-article findings (src/contract.ts is the entry): entities, quotes,
// accusations, quantities and dates, each a span into one article's text, and their drafts.
import { z } from 'zod';
import { EntityRef, Span } from './articles.js';

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
