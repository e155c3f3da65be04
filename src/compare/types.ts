// Input and output of the comparison stage (src/compare/compare.ts), in contract types.
import type { z } from 'zod';
import type {
  Accusation,
  Article,
  Claim,
  Contradiction,
  DateMention,
  Dispute,
  Entity,
  Framing,
  Leaning as LeaningSchema,
  Quantity,
  Quote,
  Span,
  Warning,
} from '../contract.js';
import type { Range } from '../text/segment.js';

/** Leaning of an article or outlet. `score` in [-1, 1]: + is pro-government, - is pro-opposition. */
export type Leaning = z.infer<typeof LeaningSchema>;

/**
 * Articles plus everything the per-article extractors found in them. Every finding list is required:
 * a caller that forgets one gets a type error, not a silently weaker comparison (an article with no
 * quotes passes an empty list).
 */
export interface CompareInput {
  articles: Article[];
  quotes: Quote[];
  accusations: Accusation[];
  quantities: Quantity[];
  dates: DateMention[];
  entities: Entity[];
  /** sentence ranges per article id (the annotate stage's splitSentences) */
  sentences: Record<string, Range[]>;
  /** number of summary sentences (a display option; default 7) */
  summaryLength?: number;
  /** distinctive terms kept per article / outlet (a display option; default 8) */
  distinctiveTopK?: number;
}

/** A pair of articles judged to be copies of one text (one voice). */
export interface Duplicate {
  canonical: string;
  copies: string[];
  similarity: number;
}

/** A status change of one event across days: reported as an update, not a contradiction. */
export interface Update {
  topic: string;
  from: Span & { by?: string; date?: string; status: string };
  to: Span & { by?: string; date?: string; status: string };
  explanation: string;
}

export interface DistinctiveTerm {
  article?: string;
  outlet?: string;
  term: string;
  score: number;
}

export interface CompareResult {
  claims: Claim[];
  contradictions: Contradiction[];
  /** the contradictions grouped by question */
  disputes: Dispute[];
  framing: Framing & { distinctiveOutlets: DistinctiveTerm[] };
  leaning: Record<string, Leaning>;
  /** leaning of each outlet over all its articles */
  outletLeaning: Record<string, Leaning>;
  summary: { text: string; sources: Span[] }[];
  timeline: { date: string; text: string; sources: Span[] }[];
  duplicates: Duplicate[];
  updates: Update[];
  warnings: Warning[];
}
