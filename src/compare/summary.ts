// Multi-document summary: agreed facts first (corroborated claims), then disputed points with both
// sides cited, then what only one source reports. Redundancy removed by MMR over sentence stems.
import type { Claim, Contradiction, Span } from '../contract.js';
import type { ArticleCtx } from './compare-context.js';
import { sentenceAt, sentenceSpan } from './compare-context.js';

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
      for (const t of ctx.tokens) if (t.sent === i && t.stem.length >= 3) out.add(t.stem);
    }
    return out;
  };
  const cands: Candidate[] = [];
  const seenSentence = new Set<string>();
  const claimCandidate = (c: Claim, tier: number, kind: SummaryItem['kind']) => {
    const first = sentenceOf(c.statements[0].span);
    const key = `${first.ctx.id}:${first.i}`;
    if (seenSentence.has(key)) return;
    seenSentence.add(key);
    const sources = c.statements.slice(0, 6).map((s) => s.span);
    const voices = (c as Claim & { voices?: number }).voices ?? 1;
    const by = [...new Set(c.statements.map((s) => s.by).filter(Boolean))].slice(0, 3).join('، ');
    const text =
      tier === 0 ? `${clip(first.span.text)} (${by})` : `${clip(first.span.text)} (${by}، مصدر واحد)`;
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
  for (const x of contradictions) {
    const a = sentenceOf(x.a).span;
    const b = sentenceOf(x.b).span;
    const text = `${x.a.by ?? ''}: «${clip(a.text)}» — في المقابل، ${x.b.by ?? ''}: «${clip(b.text)}»`;
    cands.push({
      text,
      sources: [x.a, x.b],
      kind: 'disputed',
      tier: 1,
      rel: 2 / 3,
      stems: stemsOf([x.a, x.b]),
    });
  }
  for (const c of claims) if (c.status === 'single-source') claimCandidate(c, 2, 'single-source');
  const pool = cands.sort((p, q) => q.rel - p.rel).slice(0, MAX_CANDIDATES);
  const chosen: Candidate[] = [];
  while (chosen.length < length && pool.length) {
    let bestI = -1;
    let best = -Infinity;
    for (let i = 0; i < pool.length; i++) {
      let sim = 0;
      for (const c of chosen) sim = Math.max(sim, jaccard(pool[i].stems, c.stems));
      const mmr = LAMBDA * pool[i].rel - (1 - LAMBDA) * sim;
      if (mmr > best) [best, bestI] = [mmr, i];
    }
    chosen.push(pool.splice(bestI, 1)[0]);
  }
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
