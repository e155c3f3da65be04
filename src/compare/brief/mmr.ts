// The summary's choice of lines: a pool per tier, then maximal marginal relevance over sentence
// stems, so the lines chosen are well supported and say different things.
import type { SummaryItem } from './summary.js';

export interface Candidate extends SummaryItem {
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
/**
 * Tiers, in order: the lead, disputed points, agreed facts, single-source reports. Relevance is the
 * tier's (4 - tier) / 4 plus 0.02 per voice up to five: at most 0.1, less than the step between
 * tiers, so voices order items within a tier and never across.
 */
/** the lead is tier 0: it is picked apart (lead.ts), before the others */
const TIERS = 4;
export const DISPUTED = 1;
export const AGREED = 2;
export const SINGLE_SOURCE = 3;
export const VOICE_BONUS_CAP = 5;
export const VOICE_BONUS_DIVISOR = 50;

export const relevance = (tier: number) => (TIERS - tier) / TIERS;

/**
 * Each tier among the first MAX_CANDIDATES of its own, so many agreed facts cannot crowd out
 * every dispute: a short summary still shows what the sources disagree on.
 */
export function candidatePool(cands: Candidate[]): Candidate[] {
  return [DISPUTED, AGREED, SINGLE_SOURCE].flatMap((t) =>
    cands
      .filter((c) => c.tier === t)
      .sort((p, q) => q.rel - p.rel)
      .slice(0, MAX_CANDIDATES),
  );
}

/** Maximal marginal relevance: disputes first up to their share, then the best of all. */
export function pickByMmr(pool: Candidate[], n: number, disputeShare: number): Candidate[] {
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
