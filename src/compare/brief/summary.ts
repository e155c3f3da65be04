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

/**
 * MMR weight of relevance against redundancy: higher keeps the most corroborated facts even when
 * they repeat each other, lower favours variety over support.
 */
const LAMBDA = 0.7;
/** Candidates per tier: bounds the MMR loop (quadratic in the pool) on a story of thousands of claims. */
const MAX_CANDIDATES = 200;
/** Characters of a quoted side: a news sentence fits, a paragraph run-on is cut. */
const MAX_SIDE = 220;
/** Sources cited per item: the shown passage and up to five more. */
const MAX_SOURCES = 6;
/** Voices named after an agreed fact: more makes the line a list. */
const MAX_NAMED_VOICES = 3;
/** Stems shorter than this are particles and clitics: they say nothing about redundancy. */
const MIN_STEM_LETTERS = 3;
/**
 * Tiers, in order: agreed facts, disputed points, single-source reports. Relevance is the tier's
 * (3 - tier) / 3 plus 0.02 per voice up to five: at most 0.1, less than the step between tiers, so
 * voices order items within a tier and never across.
 */
const TIERS = 3;
const AGREED = 0;
const DISPUTED = 1;
const SINGLE_SOURCE = 2;
const VOICE_BONUS_CAP = 5;
const VOICE_BONUS_DIVISOR = 50;
/** A third of the places (at least one, from two places on) go to disputes when there are any. */
const DISPUTE_SHARE = 3;

const clip = (s: string) => (s.length > MAX_SIDE ? s.slice(0, MAX_SIDE) + '…' : s);
const relevance = (tier: number) => (TIERS - tier) / TIERS;

/** What a passage says: a quotation's content and speaker, else its sentence. */
interface Said {
  text: string;
  span: Span;
  speaker?: string;
}

export function summarize(
  claims: Claim[],
  contradictions: Contradiction[],
  ctxs: Map<string, ArticleCtx>,
  length = 7,
): SummaryItem[] {
  const seenSentence = new Set<string>();
  const claimsOf = (status: Claim['status'], tier: number, kind: SummaryItem['kind']) =>
    claims
      .filter((c) => c.status === status)
      .flatMap((c) => claimCandidate(ctxs, c, tier, kind, seenSentence) ?? []);
  const cands = [
    ...claimsOf('corroborated', AGREED, 'agreed'),
    ...disputeCandidates(ctxs, contradictions),
    ...claimsOf('single-source', SINGLE_SOURCE, 'single-source'),
  ];
  const chosen = pickByMmr(candidatePool(cands), Math.max(0, length));
  return chosen
    .sort((p, q) => p.tier - q.tier || q.rel - p.rel)
    .map(({ text, sources, kind }) => ({ text, sources, ...(kind ? { kind } : {}) }));
}

function sentenceOf(ctxs: Map<string, ArticleCtx>, s: Span) {
  const ctx = ctxs.get(s.article)!;
  const i = sentenceAt(ctx, s.start);
  return { ctx, i, span: sentenceSpan(ctx, i) };
}

/** Content stems of the sentences holding the spans. */
function stemsOf(ctxs: Map<string, ArticleCtx>, spans: Span[]): Set<string> {
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
function said(ctxs: Map<string, ArticleCtx>, s: Span): Said {
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

/** A claim as a summary line: its first passage, who else states it; one per sentence. */
function claimCandidate(
  ctxs: Map<string, ArticleCtx>,
  c: Claim,
  tier: number,
  kind: SummaryItem['kind'],
  seenSentence: Set<string>,
): Candidate | undefined {
  const first = sentenceOf(ctxs, c.statements[0].span);
  const key = `${first.ctx.id}:${first.i}`;
  if (seenSentence.has(key)) return undefined;
  seenSentence.add(key);
  const shown = said(ctxs, c.statements[0].span);
  const sources = [shown.span, ...c.statements.slice(1, MAX_SOURCES).map((s) => s.span)];
  const voices = (c as Claim & { voices?: number }).voices ?? 1;
  // the speaker is named once: before the quoted words, not again among the voices
  const by = [...new Set(c.statements.map((s) => s.by).filter((b) => b && b !== shown.speaker))]
    .slice(0, MAX_NAMED_VOICES)
    .join('، ');
  const body = shown.speaker ? `${shown.speaker}: «${clip(shown.text)}»` : clip(shown.text);
  const note = tier === AGREED ? by : [by, 'مصدر واحد'].filter(Boolean).join('، ');
  const text = note ? `${body} (${note})` : body;
  return {
    text,
    sources,
    kind,
    tier,
    rel: relevance(tier) + Math.min(voices, VOICE_BONUS_CAP) / VOICE_BONUS_DIVISOR,
    stems: stemsOf(ctxs, [first.span]),
  };
}

/** "A says X; B says Y", each side its own words and its own citation; each pair of passages once. */
function disputeCandidates(ctxs: Map<string, ArticleCtx>, contradictions: Contradiction[]): Candidate[] {
  const out: Candidate[] = [];
  const seenDispute = new Set<string>();
  for (const x of contradictions) {
    const a = said(ctxs, x.a);
    const b = said(ctxs, x.b);
    const k = [`${a.span.article}@${a.span.start}`, `${b.span.article}@${b.span.start}`].sort().join('|');
    if (seenDispute.has(k) || (a.span.article === b.span.article && a.span.start === b.span.start)) continue;
    seenDispute.add(k);
    const byA = x.a.by ?? a.speaker ?? x.a.article;
    const byB = x.b.by ?? b.speaker ?? x.b.article;
    out.push({
      text: `بحسب ${byA}: «${clip(a.text)}»؛ وبحسب ${byB}: «${clip(b.text)}»`,
      sources: [a.span, b.span],
      kind: 'disputed',
      tier: DISPUTED,
      rel: relevance(DISPUTED),
      stems: stemsOf(ctxs, [x.a, x.b]),
    });
  }
  return out;
}

/**
 * Each tier among the first MAX_CANDIDATES of its own, so many agreed facts cannot crowd out
 * every dispute: a short summary still shows what the sources disagree on.
 */
function candidatePool(cands: Candidate[]): Candidate[] {
  return [AGREED, DISPUTED, SINGLE_SOURCE].flatMap((t) =>
    cands
      .filter((c) => c.tier === t)
      .sort((p, q) => q.rel - p.rel)
      .slice(0, MAX_CANDIDATES),
  );
}

/** Maximal marginal relevance: disputes first up to their share, then the best of all. */
function pickByMmr(pool: Candidate[], n: number): Candidate[] {
  const chosen: Candidate[] = [];
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
  pick((c) => c.tier === DISPUTED, n >= 2 ? Math.ceil(n / DISPUTE_SHARE) : 0);
  pick(() => true, n);
  return chosen;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / (a.size + b.size - n);
}
