// A quote being read: spans are plain offsets until toQuote turns the draft into a contract Quote.
import type { QuoteDraft } from '../../contract.js';
import type { SpeakerKind, Tok } from './words.js';

/** A span of the article text: [start, end) and the text it covers. */
export interface Lite {
  start: number;
  end: number;
  text: string;
}

export type Speaker = Lite & { kind: SpeakerKind; role?: string; resolvedFrom?: Lite };

export interface Draft {
  cue: Lite;
  speaker: Speaker;
  /** the speaker is written in this sentence (not resolved from an earlier one) */
  local: boolean;
  content: [number, number];
  direct: boolean;
  channel?: Lite;
  via?: Lite[];
  /** the speaker came from a headline "X: ..." (any later cue may cut its content) */
  headline?: boolean;
  /** from an attribution phrase (بحسب، وفقا لـ) rather than a verb */
  phrase?: boolean;
  /** the verb names an earlier speaker again by a back-reference (وأضافت المصادر), not a bare participle */
  restated?: boolean;
  /** the content was cut where the sentence's next statement starts */
  cut?: boolean;
}

/** A quote read at one cue, and the token where reading resumes. */
export interface QuoteRead {
  draft: Draft;
  next: number;
}

export function lite(text: string, start: number, end: number): Lite {
  return { start, end, text: text.slice(start, end) };
}

/** The cue's span; a cue written with its conjunction (وقال، فأكد) starts after the و/ف. */
export function cueSpan(text: string, t: Tok, whole = false): Lite {
  return lite(text, t.key !== t.bare && !whole ? t.start + 1 : t.start, t.end);
}

/** Where the quote begins in the text: at its speaker when the speaker is written before the cue. */
export function quoteStart(d: Draft): number {
  return d.local && d.speaker.start < d.cue.start ? d.speaker.start : d.cue.start;
}

/** The speaker's own mention, without kind or role: what a chain of sources (`via`) holds. */
export function stripRole(sp: Speaker): Lite {
  const base = sp.resolvedFrom ?? sp;
  return { start: base.start, end: base.end, text: base.text };
}

export function toQuote(text: string, article: string, d: Draft): QuoteDraft {
  const span = (l: Lite) => ({ article, start: l.start, end: l.end, text: l.text });
  let start = Math.min(d.cue.start, d.content[0]);
  let end = Math.max(d.cue.end, d.content[1] + (d.direct ? 1 : 0));
  if (d.local) {
    start = Math.min(start, d.speaker.start);
    end = Math.max(end, d.speaker.end);
  }
  const speaker: QuoteDraft['speaker'] = { ...span(d.speaker), kind: d.speaker.kind };
  if (d.speaker.role) speaker.role = d.speaker.role;
  if (d.speaker.resolvedFrom) speaker.resolvedFrom = span(d.speaker.resolvedFrom);
  const q: QuoteDraft = {
    article,
    start,
    end: Math.min(end, text.length),
    speaker,
    cue: span(d.cue),
    content: span(lite(text, d.content[0], d.content[1])),
    direct: d.direct,
  };
  if (d.channel) q.channel = span(d.channel);
  if (d.via) q.via = d.via.map(span);
  return q;
}
