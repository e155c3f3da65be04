// Multi-document summary, read as an editor's brief: a lead (what happened, where, when and who, in
// one or two whole sentences of the most corroborated claims), then the disputes (every side with
// its chain of sources), then other agreed facts, then what one origin alone reports. Sources are
// named by outlet (src/compare/brief/sources.ts), never by file id. Redundancy removed by MMR
// over sentence stems.
import type { Claim, Dispute, Span } from '../../contract.js';
import type { ArticleCtx } from '../context/context.js';
import { quoteAt, sentenceAt, sentenceSpan, spanOf } from '../context/context.js';
import { DENIAL_CUES } from '../statements/event-words.js';
import { matchKey } from '../context/match.js';
import { LEAD_SENTENCES, pickLead } from './lead.js';
import { readableNamer } from './sources.js';

export interface SummaryItem {
  text: string;
  sources: Span[];
  kind?: 'lead' | 'agreed' | 'disputed' | 'single-source';
}

export interface SummaryInput {
  claims: Claim[];
  disputes: Dispute[];
  ctxs: Map<string, ArticleCtx>;
  length?: number;
}

/** Names for a reader (an article id or outlet code becomes the outlet or headline). */
type Namer = (name: string) => string;

interface Candidate extends SummaryItem {
  tier: number;
  rel: number;
  stems: Set<string>;
  /** the sentences it shows ("article:index"): no sentence is shown twice */
  keys: string[];
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
/** Voices named after an agreed fact or a side of a dispute: more makes the line a list. */
const MAX_NAMED_VOICES = 3;
/** Stems shorter than this are particles and clitics: they say nothing about redundancy. */
const MIN_STEM_LETTERS = 3;
/**
 * Tiers, in order: the lead, disputed points, agreed facts, single-source reports. Relevance is the
 * tier's (4 - tier) / 4 plus 0.02 per voice up to five: at most 0.1, less than the step between
 * tiers, so voices order items within a tier and never across.
 */
/** the lead is tier 0: it is picked apart (lead.ts), before the others */
const TIERS = 4;
const DISPUTED = 1;
const AGREED = 2;
const SINGLE_SOURCE = 3;
const VOICE_BONUS_CAP = 5;
const VOICE_BONUS_DIVISOR = 50;
/**
 * A third of the places go to the lead (one or two sentences), and a third of the rest (at least
 * one) to disputes when there are any.
 */
const LEAD_SHARE = 3;
const DISPUTE_SHARE = 3;

const clip = (s: string) => (s.length > MAX_SIDE ? s.slice(0, MAX_SIDE) + '…' : s);
const relevance = (tier: number) => (TIERS - tier) / TIERS;

/** What a passage says: a quotation's content and speaker, else its sentence. */
interface Said {
  text: string;
  span: Span;
  speaker?: string;
}

export function summarize({ claims, disputes, ctxs, length = 7 }: SummaryInput): SummaryItem[] {
  const n = Math.max(0, length);
  const namer = readableNamer([...ctxs.values()].map((c) => c.article));
  const lead = pickLead(claims, ctxs, Math.min(LEAD_SENTENCES, Math.ceil(n / LEAD_SHARE)));
  // a sentence is shown once: the lead's sentences are not repeated as agreed facts
  const seenSentence = new Set<string>(lead.map((l) => l.key));
  const leadItems: SummaryItem[] = lead.map((l) => ({
    text: `${l.text} (${creditOf(l.claim, namer)})`,
    sources: [
      l.span,
      ...l.claim.statements.filter((s) => s.span.article !== l.span.article).map((s) => s.span),
    ].slice(0, MAX_SOURCES),
    kind: 'lead',
  }));
  const claimsOf = (status: Claim['status'], tier: number, kind: SummaryItem['kind']) =>
    claims
      .filter((c) => c.status === status)
      .flatMap((c) => claimCandidate(ctxs, c, { tier, kind, seenSentence, namer }) ?? []);
  const cands = [
    ...disputeCandidates(ctxs, disputes, namer),
    ...claimsOf('corroborated', AGREED, 'agreed'),
    ...claimsOf('single-source', SINGLE_SOURCE, 'single-source'),
  ];
  const rest = n - leadItems.length;
  const chosen = pickByMmr(candidatePool(cands), rest, rest >= 1 ? Math.ceil(rest / DISPUTE_SHARE) : 0);
  return [
    ...leadItems.slice(0, n),
    ...chosen
      .sort((p, q) => p.tier - q.tier || q.rel - p.rel)
      .map(({ text, sources, kind }) => ({ text, sources, ...(kind ? { kind } : {}) })),
  ];
}

/** Who states a claim, by outlet name: each once, at most MAX_NAMED_VOICES and a count of the rest. */
function creditOf(c: Claim, namer: Namer): string {
  const names = [...new Set(c.statements.map((s) => namer(s.span.article)))];
  const more = names.length - MAX_NAMED_VOICES;
  return names.slice(0, MAX_NAMED_VOICES).join('، ') + (more > 0 ? ` وغيرها (${more})` : '');
}

/** "article:sentence index" of the sentence holding a span. */
function sentenceKey(ctxs: Map<string, ArticleCtx>, s: Span): string {
  const { ctx, i } = sentenceOf(ctxs, s);
  return `${ctx.id}:${i}`;
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
  opts: { tier: number; kind: SummaryItem['kind']; seenSentence: Set<string>; namer: Namer },
): Candidate | undefined {
  const { tier, kind, seenSentence, namer } = opts;
  const first = sentenceOf(ctxs, c.statements[0].span);
  const key = `${first.ctx.id}:${first.i}`;
  if (seenSentence.has(key)) return undefined;
  seenSentence.add(key);
  const shown = said(ctxs, c.statements[0].span);
  const sources = [shown.span, ...c.statements.slice(1, MAX_SOURCES).map((s) => s.span)];
  const voices = (c as Claim & { voices?: number }).voices ?? 1;
  // the speaker is named once: before the quoted words, not again among the voices
  const by = [
    ...new Set(
      c.statements.map((s) => s.by && namer(s.by)).filter((b): b is string => !!b && b !== shown.speaker),
    ),
  ]
    .slice(0, MAX_NAMED_VOICES)
    .join('، ');
  const body = shown.speaker ? `${shown.speaker}: «${clip(shown.text)}»` : clip(shown.text);
  // one origin's report names the outlet that ran it, when no voice already does
  const outlet = namer(c.statements[0].span.article);
  const single = [by.includes(outlet) ? by : [by, outlet].filter(Boolean).join('، '), 'مصدر واحد'];
  const note = tier === AGREED ? by : single.filter(Boolean).join('، ');
  const text = note ? `${body} (${note})` : body;
  return {
    text,
    sources,
    kind,
    tier,
    rel: relevance(tier) + Math.min(voices, VOICE_BONUS_CAP) / VOICE_BONUS_DIVISOR,
    stems: stemsOf(ctxs, [first.span]),
    keys: [key],
  };
}

/**
 * One line per dispute: "according to A: X; according to B: Y", every side in its own words (its
 * first statement) with who takes it, each through its chain (speaker, relay, outlet).
 */
function disputeCandidates(ctxs: Map<string, ArticleCtx>, disputes: Dispute[], namer: Namer): Candidate[] {
  const out: Candidate[] = [];
  for (const d of disputes) {
    const sides = d.sides.filter((s) => s.statements.length);
    if (sides.length < 2) continue;
    const shown = sides.map((s) => said(ctxs, s.statements[0]));
    // two sides in one passage (two figures of one sentence): each side shows its own answer
    const oneText = new Set(shown.map((x) => x.text)).size < shown.length;
    const parts = sides.map(
      (s, i) => `بحسب ${whoTakes(ctxs, s.statements, namer)}: «${clip(oneText ? s.answer : shown[i].text)}»`,
    );
    out.push({
      text: parts.join('؛ و'),
      sources: shown.map((x) => x.span).slice(0, MAX_SOURCES),
      kind: 'disputed',
      tier: DISPUTED,
      rel: relevance(DISPUTED) + Math.min(d.contradictions.length, VOICE_BONUS_CAP) / VOICE_BONUS_DIVISOR,
      stems: stemsOf(
        ctxs,
        sides.map((s) => s.statements[0]),
      ),
      keys: sides.map((s) => sentenceKey(ctxs, s.statements[0])),
    });
  }
  return out;
}

/** Who takes a side: each statement's chain ("speaker عبر relay في outlet"), each once, the first few. */
function whoTakes(
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

/**
 * Each tier among the first MAX_CANDIDATES of its own, so many agreed facts cannot crowd out
 * every dispute: a short summary still shows what the sources disagree on.
 */
function candidatePool(cands: Candidate[]): Candidate[] {
  return [DISPUTED, AGREED, SINGLE_SOURCE].flatMap((t) =>
    cands
      .filter((c) => c.tier === t)
      .sort((p, q) => q.rel - p.rel)
      .slice(0, MAX_CANDIDATES),
  );
}

/** Maximal marginal relevance: disputes first up to their share, then the best of all. */
function pickByMmr(pool: Candidate[], n: number, disputeShare: number): Candidate[] {
  const chosen: Candidate[] = [];
  const shown = new Set<string>();
  const pick = (ok: (c: Candidate) => boolean, upTo: number) => {
    while (chosen.length < upTo) {
      let bestI = -1;
      let best = -Infinity;
      for (let i = 0; i < pool.length; i++) {
        if (!ok(pool[i]) || pool[i].keys.some((k) => shown.has(k))) continue;
        let sim = 0;
        for (const c of chosen) sim = Math.max(sim, jaccard(pool[i].stems, c.stems));
        const mmr = LAMBDA * pool[i].rel - (1 - LAMBDA) * sim;
        if (mmr > best) [best, bestI] = [mmr, i];
      }
      if (bestI < 0) return;
      const next = pool.splice(bestI, 1)[0];
      for (const k of next.keys) shown.add(k);
      chosen.push(next);
    }
  };
  pick((c) => c.tier === DISPUTED, disputeShare);
  // disputes beyond their share stay in the disputes section of the report, not in the summary
  pick((c) => c.tier !== DISPUTED, n);
  return chosen;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / (a.size + b.size - n);
}
