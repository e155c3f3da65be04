// Denials: a statement with a denial cue (نفى، ينفي، نفت، كذّب ...) set against what it denies.
// "نفى هذا التصريح" points at the quotation just before; "نفى هذه الأنباء" at the sentence
// before; otherwise the denied statement is the earlier sentence sharing the most content stems,
// found through a stem index (blocking), not by comparing all sentence pairs.
import type { Contradiction, Span } from '../../contract.js';
import type { ArticleCtx, Tok } from '../context/context.js';
import { quoteAt, sentenceSpan, sentenceTokens, spanOf } from '../context/context.js';
import { findPhrases } from '../context/match.js';
import { DENIAL_CUES, DENIAL_POINTERS, QUOTE_POINTERS, REPORTING } from '../statements/events.js';
import type { Voice } from '../statements/voices.js';
import { framingLexicon } from '../framing/framing.js';
import { lightStem } from '../../text/arabic.js';

export interface Denial {
  a: Span & { by?: string };
  b: Span & { by?: string };
  explanation: string;
}

const STOP = new Set(framingLexicon.stopwords.forms.map(lightStem));
/** stems in more sentences than this are too common to block on */
const MAX_POSTINGS = 40;

function contentStems(tokens: Tok[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens)
    if (t.stem.length >= 3 && !STOP.has(t.stem) && !DENIAL_CUES.has(t.key)) out.add(t.stem);
  return out;
}

/** Who speaks a denial given without a quotation: the words before the cue, at most five. */
function denierBefore(ctx: ArticleCtx, tokens: Tok[], cue: number): string | undefined {
  let first = Math.max(0, cue - 5);
  while (first < cue && (STOP.has(tokens[first].stem) || tokens[first].text.length < 2)) first++;
  const words = tokens.slice(first, cue);
  if (!words.length) return undefined;
  return ctx.text.slice(words[0].start, words[words.length - 1].end);
}

export function findDenials(
  ctxs: ArticleCtx[],
  voiceOf: (ctx: ArticleCtx, offset: number) => Voice,
): Denial[] {
  const out: Denial[] = [];
  // first pass: denials; the stem index is built only for the stems of denials without a pointer
  const pending: { ctx: ArticleCtx; i: number; tokens: Tok[]; cue: number }[] = [];
  for (const ctx of ctxs) {
    for (const t of ctx.tokens) {
      if (!DENIAL_CUES.has(t.key)) continue;
      const i = t.sent;
      if (pending.length && pending[pending.length - 1].ctx === ctx && pending[pending.length - 1].i === i)
        continue;
      const tokens = sentenceTokens(ctx, i);
      pending.push({ ctx, i, tokens, cue: tokens.findIndex((x) => DENIAL_CUES.has(x.key)) });
    }
  }
  if (!pending.length) return out;
  let index: Map<string, { ctx: ArticleCtx; sent: number }[]> | undefined;
  const buildIndex = () => {
    const wanted = new Set<string>();
    for (const p of pending) for (const st of contentStems(p.tokens)) wanted.add(st);
    const m = new Map<string, { ctx: ArticleCtx; sent: number }[]>();
    for (const ctx of ctxs) {
      for (const t of ctx.tokens) {
        if (!wanted.has(t.stem)) continue;
        const l = m.get(t.stem) ?? [];
        const last = l[l.length - 1];
        if (last && last.ctx === ctx && last.sent === t.sent) continue;
        if (l.length <= MAX_POSTINGS) l.push({ ctx, sent: t.sent });
        m.set(t.stem, l);
      }
    }
    return m;
  };
  for (const { ctx, i, tokens, cue } of pending) {
    {
      const sentence = sentenceSpan(ctx, i);
      const own = quoteAt(ctx, tokens[cue].end - 1); // the cue word may carry a conjunction outside the quotation
      const denier = own?.speaker.text ?? denierBefore(ctx, tokens, cue) ?? ctx.outlet;
      const b = { ...sentence, by: denier };
      const pointer = findPhrases(tokens, DENIAL_POINTERS, cue + 1, Math.min(tokens.length, cue + 4))[0];
      let target: { span: Span; by: string } | undefined;
      if (pointer) {
        const namesStatement = tokens.slice(pointer.from, pointer.to).some((t) => QUOTE_POINTERS.has(t.key));
        target = namesStatement
          ? previousStatement(ctx, i, sentence.start, voiceOf)
          : previousSentence(ctx, i, voiceOf);
      } else {
        index ??= buildIndex();
        // what is denied is said after the cue; the denier's own name is no evidence of it
        const said = tokens
          .slice(cue + 1)
          .filter((t) => !own || t.start < own.speaker.start || t.start >= own.speaker.end);
        target = similarSentence(ctx, i, said, index, voiceOf, denier);
      }
      if (!target) continue;
      const cueText = tokens[cue].text;
      out.push({
        a: { ...target.span, by: target.by },
        b,
        explanation: `Denial: ${denier} denies ("${cueText}${pointer ? ' ' + ctx.text.slice(tokens[pointer.from].start, tokens[pointer.to - 1].end) : ''}") what ${target.by} stated.`,
      });
    }
  }
  return out;
}

/** The quotation just before `before` in the article, else the last earlier sentence with a reporting verb. */
function previousStatement(
  ctx: ArticleCtx,
  sent: number,
  before: number,
  voiceOf: (c: ArticleCtx, o: number) => Voice,
) {
  const q = [...ctx.quotes].reverse().find((x) => x.end <= before);
  if (q) return { span: spanOf(ctx, q.start, q.end), by: q.speaker.text };
  for (let j = sent - 1; j >= 0 && j >= sent - 4; j--) {
    if (sentenceTokens(ctx, j).some((t) => REPORTING.has(t.key))) {
      const span = sentenceSpan(ctx, j);
      return { span, by: reporterOf(ctx, j) ?? voiceOf(ctx, span.start).by };
    }
  }
  return previousSentence(ctx, sent, voiceOf);
}

/** Speaker of a reported sentence without a quotation extractor: the words after the reporting verb. */
function reporterOf(ctx: ArticleCtx, sent: number): string | undefined {
  const toks = sentenceTokens(ctx, sent);
  const v = toks.findIndex((t) => REPORTING.has(t.key));
  if (v < 0) return undefined;
  const words = toks.slice(v + 1, v + 4);
  return words.length ? ctx.text.slice(words[0].start, words[words.length - 1].end) : undefined;
}

function previousSentence(ctx: ArticleCtx, sent: number, voiceOf: (c: ArticleCtx, o: number) => Voice) {
  if (sent === 0) return undefined;
  const span = sentenceSpan(ctx, sent - 1);
  return { span, by: voiceOf(ctx, span.start).by };
}

function similarSentence(
  ctx: ArticleCtx,
  sent: number,
  tokens: Tok[],
  index: Map<string, { ctx: ArticleCtx; sent: number }[]>,
  voiceOf: (c: ArticleCtx, o: number) => Voice,
  denier: string,
) {
  const mine = contentStems(tokens);
  // nobody denies their own words: a sentence the denier said is no target
  const saidBy = (c: ArticleCtx, sent: number) => {
    const r = c.sentences[sent];
    const q = c.quotes.find((x) => x.end > r.start && x.start < r.end);
    return q !== undefined && (q.speaker.text.includes(denier) || denier.includes(q.speaker.text));
  };
  const shared = new Map<string, { ctx: ArticleCtx; sent: number; n: number }>();
  for (const st of mine) {
    const postings = index.get(st);
    if (!postings || postings.length > MAX_POSTINGS) continue;
    for (const p of postings) {
      if (p.ctx === ctx && p.sent >= sent) continue; // only what was said before, or elsewhere
      const k = `${p.ctx.id}:${p.sent}`;
      const e = shared.get(k) ?? { ...p, n: 0 };
      e.n++;
      shared.set(k, e);
    }
  }
  let best: { ctx: ArticleCtx; sent: number; n: number } | undefined;
  for (const e of shared.values()) if ((!best || e.n > best.n) && !saidBy(e.ctx, e.sent)) best = e;
  if (!best || best.n < 3 || best.n < 0.3 * mine.size) return undefined;
  const span = sentenceSpan(best.ctx, best.sent);
  return { span, by: voiceOf(best.ctx, span.start).by };
}

export type { Contradiction };
