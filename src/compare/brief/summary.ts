// Multi-document summary: agreed facts first (corroborated claims), then disputed points with both
// sides cited, then what only one source reports. Redundancy removed by MMR over sentence stems.
import type { Claim, Contradiction, Span } from '../../contract.js';
import type { ArticleCtx } from '../context/context.js';
import { quoteAt, sentenceAt, sentenceSpan, spanOf } from '../context/context.js';
import { DENIAL_CUES } from '../statements/events.js';
import { matchKey } from '../context/match.js';

export interface SummaryItem {
  text: string;
  sources: Span[];
  kind?: 'agreed' | 'disputed' | 'single-source';
}

interface Candidate extends SummaryItem {
  tier: number;
  rel: number;
  stems: Set<string>;
}

const LAMBDA = 0.7;
const MAX_CANDIDATES = 200;
const MAX_SIDE = 220;

const clip = (s: string) => (s.length > MAX_SIDE ? s.slice(0, MAX_SIDE) + '…' : s);

export function summarize(
  claims: Claim[],
  contradictions: Contradiction[],
  ctxs: Map<string, ArticleCtx>,
  length = 7,
): SummaryItem[] {
  const sentenceOf = (s: Span) => {
    const ctx = ctxs.get(s.article)!;
    const i = sentenceAt(ctx, s.start);
    return { ctx, i, span: sentenceSpan(ctx, i) };
  };
  const stemsOf = (spans: Span[]) => {
    const out = new Set<string>();
    for (const s of spans) {
      const { ctx, i } = sentenceOf(s);
      const to = i + 1 < ctx.sentTok.length ? ctx.sentTok[i + 1] : ctx.tokens.length;
      for (let t = ctx.sentTok[i]; t < to; t++)
        if (ctx.tokens[t].stem.length >= 3) out.add(ctx.tokens[t].stem);
    }
    return out;
  };
  // what a passage says: the quotation's content when the passage is a quotation, else its sentence
  const said = (s: Span): { text: string; span: Span; speaker?: string } => {
    const { ctx, span } = sentenceOf(s);
    const q = quoteAt(ctx, s.start) ?? ctx.quotes.find((x) => x.start >= span.start && x.start < span.end);
    // a denial's content is what is denied: show the whole sentence, "نفى" included
    if (
      q &&
      q.content.end > q.content.start &&
      !DENIAL_CUES.has(matchKey(q.cue.text.split(/\s+/)[0] ?? ''))
    ) {
      return {
        text: q.content.text,
        span: spanOf(ctx, q.content.start, q.content.end),
        speaker: q.speaker.text,
      };
    }
    return { text: span.text, span };
  };
  const cands: Candidate[] = [];
  const seenSentence = new Set<string>();
  const claimCandidate = (c: Claim, tier: number, kind: SummaryItem['kind']) => {
    const first = sentenceOf(c.statements[0].span);
    const key = `${first.ctx.id}:${first.i}`;
    if (seenSentence.has(key)) return;
    seenSentence.add(key);
    const shown = said(c.statements[0].span);
    const sources = [shown.span, ...c.statements.slice(1, 6).map((s) => s.span)];
    const voices = (c as Claim & { voices?: number }).voices ?? 1;
    // the speaker is named once: before the quoted words, not again among the voices
    const by = [...new Set(c.statements.map((s) => s.by).filter((b) => b && b !== shown.speaker))]
      .slice(0, 3)
      .join('، ');
    const body = shown.speaker ? `${shown.speaker}: «${clip(shown.text)}»` : clip(shown.text);
    const note = tier === 0 ? by : [by, 'مصدر واحد'].filter(Boolean).join('، ');
    const text = note ? `${body} (${note})` : body;
    cands.push({
      text,
      sources,
      kind,
      tier,
      rel: (3 - tier) / 3 + Math.min(voices, 5) / 50,
      stems: stemsOf([first.span]),
    });
  };
  for (const c of claims) if (c.status === 'corroborated') claimCandidate(c, 0, 'agreed');
  const seenDispute = new Set<string>();
  for (const x of contradictions) {
    // "A says X; B says Y", each side its own words and its own citation
    const a = said(x.a);
    const b = said(x.b);
    const k = [`${a.span.article}@${a.span.start}`, `${b.span.article}@${b.span.start}`].sort().join('|');
    if (seenDispute.has(k) || (a.span.article === b.span.article && a.span.start === b.span.start)) continue;
    seenDispute.add(k);
    const byA = x.a.by ?? a.speaker ?? x.a.article;
    const byB = x.b.by ?? b.speaker ?? x.b.article;
    cands.push({
      text: `بحسب ${byA}: «${clip(a.text)}»؛ وبحسب ${byB}: «${clip(b.text)}»`,
      sources: [a.span, b.span],
      kind: 'disputed',
      tier: 1,
      rel: 2 / 3,
      stems: stemsOf([x.a, x.b]),
    });
  }
  for (const c of claims) if (c.status === 'single-source') claimCandidate(c, 2, 'single-source');
  // each tier among the first MAX_CANDIDATES of its own, so many agreed facts cannot crowd out
  // every dispute: a short summary still shows what the sources disagree on
  const pool = [0, 1, 2].flatMap((t) =>
    cands
      .filter((c) => c.tier === t)
      .sort((p, q) => q.rel - p.rel)
      .slice(0, MAX_CANDIDATES),
  );
  const chosen: Candidate[] = [];
  const n = Math.max(0, length);
  const pick = (ok: (c: Candidate) => boolean, upTo: number) => {
    while (chosen.length < upTo) {
      let bestI = -1;
      let best = -Infinity;
      for (let i = 0; i < pool.length; i++) {
        if (!ok(pool[i])) continue;
        let sim = 0;
        for (const c of chosen) sim = Math.max(sim, jaccard(pool[i].stems, c.stems));
        const mmr = LAMBDA * pool[i].rel - (1 - LAMBDA) * sim;
        if (mmr > best) [best, bestI] = [mmr, i];
      }
      if (bestI < 0) return;
      chosen.push(pool.splice(bestI, 1)[0]);
    }
  };
  // a third of the places (at least one) go to disputes when there are any
  pick((c) => c.tier === 1, n >= 2 ? Math.ceil(n / 3) : 0);
  pick(() => true, n);
  return chosen
    .sort((p, q) => p.tier - q.tier || q.rel - p.rel)
    .map(({ text, sources, kind }) => ({ text, sources, ...(kind ? { kind } : {}) }));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / (a.size + b.size - n);
}
