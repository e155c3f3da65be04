// What a passage says and who says it, for the summary's lines: a quotation's content or its
// sentence, the sentence's content stems (for redundancy), and the chain of sources behind it.
import type { Claim, Span } from '../../contract.js';
import type { ArticleCtx } from '../context/context.js';
import { quoteAt, sentenceAt, sentenceSpan, spanOf } from '../context/context.js';
import { DENIAL_CUES } from '../statements/event-words.js';
import { matchKey } from '../context/match.js';

/** Names for a reader (an article id or outlet code becomes the outlet or headline). */
export type Namer = (name: string) => string;

/** Voices named after an agreed fact or a side of a dispute: more makes the line a list. */
export const MAX_NAMED_VOICES = 3;
/** Stems shorter than this are particles and clitics: they say nothing about redundancy. */
const MIN_STEM_LETTERS = 3;

/** What a passage says: a quotation's content and speaker, else its sentence. */
export interface Said {
  text: string;
  span: Span;
  speaker?: string;
}

/** Who states a claim, by outlet name: each once, at most MAX_NAMED_VOICES and a count of the rest. */
export function creditOf(c: Claim, namer: Namer): string {
  const names = [...new Set(c.statements.map((s) => namer(s.span.article)))];
  const more = names.length - MAX_NAMED_VOICES;
  return names.slice(0, MAX_NAMED_VOICES).join('، ') + (more > 0 ? ` وغيرها (${more})` : '');
}

/** "article:sentence index" of the sentence holding a span. */
export function sentenceKey(ctxs: Map<string, ArticleCtx>, s: Span): string {
  const { ctx, i } = sentenceOf(ctxs, s);
  return `${ctx.id}:${i}`;
}

export function sentenceOf(ctxs: Map<string, ArticleCtx>, s: Span) {
  const ctx = ctxs.get(s.article)!;
  const i = sentenceAt(ctx, s.start);
  return { ctx, i, span: sentenceSpan(ctx, i) };
}

/** Content stems of the sentences holding the spans. */
export function stemsOf(ctxs: Map<string, ArticleCtx>, spans: Span[]): Set<string> {
  const out = new Set<string>();
  for (const s of spans) {
    const { ctx, i } = sentenceOf(ctxs, s);
    const to = i + 1 < ctx.sentTok.length ? ctx.sentTok[i + 1] : ctx.tokens.length;
    for (let t = ctx.sentTok[i]; t < to; t++)
      if (ctx.tokens[t].stem.length >= MIN_STEM_LETTERS) out.add(ctx.tokens[t].stem);
  }
  return out;
}

/** What a passage says: the quotation's content when the passage is a quotation, else its sentence. */
export function said(ctxs: Map<string, ArticleCtx>, s: Span): Said {
  const { ctx, span } = sentenceOf(ctxs, s);
  const q = quoteAt(ctx, s.start) ?? ctx.quotes.find((x) => x.start >= span.start && x.start < span.end);
  // a denial's content is what is denied: show the whole sentence, "نفى" included
  if (q && q.content.end > q.content.start && !DENIAL_CUES.has(matchKey(q.cue.text.split(/\s+/)[0] ?? ''))) {
    return {
      text: q.content.text,
      span: spanOf(ctx, q.content.start, q.content.end),
      speaker: q.speaker.text,
    };
  }
  return { text: span.text, span };
}

/** Who takes a side: each statement's chain ("speaker عبر relay في outlet"), each once, the first few. */
export function whoTakes(
  ctxs: Map<string, ArticleCtx>,
  statements: (Span & { by?: string })[],
  namer: Namer,
): string {
  const chains = [...new Set(statements.map((s) => chainOf(ctxs, s, namer)))];
  const more = chains.length - MAX_NAMED_VOICES;
  return chains.slice(0, MAX_NAMED_VOICES).join(' و') + (more > 0 ? ` وغيرهم (${more})` : '');
}

/**
 * The chain of sources of a statement: who said it, through whom (a relay or the channel it was
 * said to), in which outlet; an unquoted statement is the outlet's own.
 */
export function chainOf(ctxs: Map<string, ArticleCtx>, s: Span & { by?: string }, namer: Namer): string {
  const ctx = ctxs.get(s.article);
  const outlet = namer(s.article);
  const q = ctx && quoteAt(ctx, s.start);
  if (!q) return s.by && namer(s.by) !== outlet ? `${namer(s.by)} (${outlet})` : outlet;
  // said to the outlet itself ("قال لـ«الشرق الأوسط»") is no relay
  const relays = [...(q.via ?? []), ...(q.channel ? [q.channel] : [])]
    .map((r) => r.text)
    .filter((r) => !r.includes(outlet));
  const through = relays.length ? ` عبر ${relays.join(' عبر ')}` : '';
  return `${q.speaker.text}${through} (${outlet})`;
}
