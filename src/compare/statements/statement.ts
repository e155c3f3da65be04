// A statement: what an article states, normalised so that two wordings of one thing share a key
// (the type, its readable labels, and what every statement reader takes in).
import type { Accusation, Quantity, Span } from '../../contract.js';
import type { ArticleCtx } from '../context/context.js';
import { eventsLexicon, placesLexicon } from './event-words.js';
import { type EventMention, type SentenceEvents } from './events.js';
import type { Voice } from './voices.js';
import type { Incident } from './incident.js';
import type { Camp } from '../framing/framing.js';

export type StatementKind = 'quantity' | 'event' | 'destination' | 'blame';

export interface Statement {
  id: number;
  kind: StatementKind;
  /** claim key: statements with one key state one thing */
  key: string;
  /** readable normalised statement */
  label: string;
  ctx: ArticleCtx;
  sent: number;
  /** the words that carry the statement (the number, the trigger, the sentence) */
  span: Span;
  voice: Voice;
  date?: string;
  topic?: string;
  quantity?: {
    low: number;
    high: number;
    value: number;
    text: string;
    predicate?: string;
    /** the count follows a denial cue: it is denied, not stated */
    denied?: boolean;
    /** which incident and part of it the count belongs to */
    incident: Incident;
  };
  event?: EventMention;
  place?: { id: string; label: string; negated: boolean };
  blame?: {
    camp: Camp;
    group: string;
    party: string;
    accuser?: string;
    strength: number;
    /** what a single act hit (content stems after the act word), to tell one attack from another */
    target?: string[];
  };
}

export const STATUS_LABEL = new Map(
  eventsLexicon.statuses.map((s) => [s.id, (s as { label?: string }).label ?? s.id]),
);
export const TOPIC_LABEL = new Map(
  eventsLexicon.topics.map((t) => [t.id, (t as { label?: string }).label ?? t.id]),
);
export const PLACE_LABEL = new Map(placesLexicon.places.map((p) => [p.id, p.label]));
export interface StatementInput {
  ctxs: Map<string, ArticleCtx>;
  sentences: Map<string, SentenceEvents[]>;
  quantities: Quantity[];
  accusations: Accusation[];
  voiceOf: (ctx: ArticleCtx, offset: number) => Voice;
}

export type Push = (s: Omit<Statement, 'id'>) => void;

/** The sentence topic nearest to an offset (a count belongs to the event named next to it). */
export function nearestTopicTo(ctx: ArticleCtx, se: SentenceEvents, offset: number): string | undefined {
  let best: string | undefined;
  let d = Infinity;
  for (const t of se.topics) {
    const dd = Math.abs(ctx.tokens[t.tok].start - offset);
    if (dd < d) [best, d] = [t.id, dd];
  }
  return best;
}
