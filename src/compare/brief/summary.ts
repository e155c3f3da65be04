// Multi-document summary, read as an editor's brief: a lead (what happened, where, when and who, in
// one or two whole sentences of the most corroborated claims), then the disputes (every side with
// its chain of sources), then other agreed facts, then what one origin alone reports. Sources are
// named by outlet (src/compare/brief/sources.ts), never by file id. Redundancy removed by MMR
// over sentence stems (mmr.ts); what a passage says and who says it in passages.ts.
import type { Claim, Dispute, Span } from '../../contract.js';
import type { ArticleCtx } from '../context/context.js';
import { LEAD_SENTENCES, pickLead } from './lead.js';
import {
  AGREED,
  DISPUTED,
  SINGLE_SOURCE,
  VOICE_BONUS_CAP,
  VOICE_BONUS_DIVISOR,
  candidatePool,
  pickByMmr,
  relevance,
  type Candidate,
} from './mmr.js';
import {
  MAX_NAMED_VOICES,
  creditOf,
  said,
  sentenceKey,
  sentenceOf,
  stemsOf,
  whoTakes,
  type Namer,
} from './passages.js';
import { readableNamer } from './sources.js';

export { chainOf } from './passages.js';

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

/** Characters of a quoted side: a news sentence fits, a paragraph run-on is cut. */
const MAX_SIDE = 220;
/** Sources cited per item: the shown passage and up to five more. */
const MAX_SOURCES = 6;
/**
 * A third of the places go to the lead (one or two sentences), and a third of the rest (at least
 * one) to disputes when there are any.
 */
const LEAD_SHARE = 3;
const DISPUTE_SHARE = 3;

const clip = (s: string) => (s.length > MAX_SIDE ? s.slice(0, MAX_SIDE) + '…' : s);

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
