// Leaning of an article or outlet from the framing words it uses in its own voice.
// score in [-1, 1]: positive = pro-government, negative = pro-opposition (sides as the framing
// lexicon defines them for the conflict the text is judged under).
import type { Span } from '../../contract.js';
import type { ArticleCtx } from '../context/context.js';
import { spanOf } from '../context/context.js';
import type { Leaning } from '../types.js';
import { framingLexicon, variantIn, type FramingHit } from './framing.js';

/** Words inside a quotation are the speaker's choice, not the outlet's: they count this much. */
const QUOTED = 0.3;
/** Below this total weight, or with fewer than MIN_EVIDENCE words, the text is called neutral. */
const MIN_WEIGHT = 2;
const MIN_EVIDENCE = 3;
/**
 * A score this far from 0 over at least PLAIN_EVIDENCE words is never neutral, even when most words
 * are quoted: an outlet whose own voice is a string of "أعلن الثوار أن ..." chose those voices.
 * 0.35 with two words: on the dev sides (test/gold/leaning-dev.sides.json, 44 partisan articles)
 * 0.6 with three left 18 articles without a side, most at 0.4-0.6 from two or three loaded words.
 * One of the words must be the outlet's own: a single quoted speaker's words alone commit no side.
 */
const HIGH_SCORE = 0.35;
const PLAIN_EVIDENCE = 2;
/** When the weaker side reaches this share of the stronger, the text is mixed. */
const MIXED_RATIO = 0.6;
/**
 * Added to the two sides' total before dividing: a pseudo-count that keeps a text with one or two
 * framing words near 0 (one word scores 1/3, not 1), so the score grows with the evidence.
 */
const SCORE_SMOOTHING = 2;
/** Evidence spans shown: a neutral text's strongest words, each side of a mixed one, a leaning's. */
const NEUTRAL_EVIDENCE = 6;
const MIXED_EVIDENCE_PER_SIDE = 5;
const LEANING_EVIDENCE = 10;
/** Scores are rounded to three decimals in the output: enough to sort, stable across platforms. */
const SCORE_DIGITS = 1000;

const CONFLICT_ORDER = new Map(framingLexicon.conflicts.map((c, i) => [c.id, i]));

/** The conflict most of the framing words belong to (ties: lexicon order), if any. */
export function mainConflict(hits: FramingHit[]): string | undefined {
  const n = new Map<string, number>();
  for (const h of hits) for (const v of h.variants) n.set(v.conflict, (n.get(v.conflict) ?? 0) + 1);
  let best: string | undefined;
  let bestN = 0;
  for (const [c, k] of n) {
    const better = k > bestN || (k === bestN && best && CONFLICT_ORDER.get(c)! < CONFLICT_ORDER.get(best)!);
    if (better) {
      best = c;
      bestN = k;
    }
  }
  return best;
}

/** Judge one text (an article, or all of an outlet's articles) from its framing hits. */
export function judgeLeaning(hits: FramingHit[], ctxOf: (article: string) => ArticleCtx): Leaning {
  const conflict = mainConflict(hits);
  if (!conflict) return { label: 'neutral', score: 0, evidence: [] };
  let gov = 0;
  let opp = 0;
  const govHits: { h: FramingHit; w: number }[] = [];
  const oppHits: { h: FramingHit; w: number }[] = [];
  for (const h of hits) {
    const v = variantIn(h, conflict);
    if (!v || v.side === 'neutral' || v.weight <= 0) continue;
    const w = v.weight * (h.inQuote ? QUOTED : 1);
    if (v.side === 'pro-government') {
      gov += w;
      govHits.push({ h, w });
    } else {
      opp += w;
      oppHits.push({ h, w });
    }
  }
  const score = clamp((gov - opp) / (gov + opp + SCORE_SMOOTHING));
  const toSpans = (list: { h: FramingHit; w: number }[], k: number): Span[] =>
    [...list]
      .sort((a, b) => b.w - a.w || a.h.start - b.h.start)
      .slice(0, k)
      .map(({ h }) => spanOf(ctxOf(h.article), h.start, h.end));
  const strong = gov >= opp ? govHits : oppHits;
  const ownVoice = strong.filter((x) => !x.h.inQuote).length;
  const round = Math.round(score * SCORE_DIGITS) / SCORE_DIGITS;
  const plain =
    Math.abs(score) >= HIGH_SCORE && govHits.length + oppHits.length >= PLAIN_EVIDENCE && ownVoice >= 1;
  if (!plain && (gov + opp < MIN_WEIGHT || ownVoice < MIN_EVIDENCE)) {
    return {
      label: 'neutral',
      score: round,
      evidence: toSpans([...govHits, ...oppHits], NEUTRAL_EVIDENCE),
      conflict,
    };
  }
  if (Math.min(gov, opp) >= MIXED_RATIO * Math.max(gov, opp)) {
    return {
      label: 'mixed',
      score: round,
      evidence: [...toSpans(govHits, MIXED_EVIDENCE_PER_SIDE), ...toSpans(oppHits, MIXED_EVIDENCE_PER_SIDE)],
      conflict,
    };
  }
  const label = gov > opp ? 'pro-government' : 'pro-opposition';
  return { label, score: round, evidence: toSpans(strong, LEANING_EVIDENCE), conflict };
}

/** Leaning per article and per outlet. */
export function judgeLeanings(
  ctxs: ArticleCtx[],
  hitsByArticle: Map<string, FramingHit[]>,
): { articles: Record<string, Leaning>; outlets: Record<string, Leaning> } {
  const byId = new Map(ctxs.map((c) => [c.id, c]));
  const ctxOf = (id: string) => byId.get(id)!;
  const articles: Record<string, Leaning> = {};
  const perOutlet = new Map<string, FramingHit[]>();
  for (const ctx of ctxs) {
    const hits = hitsByArticle.get(ctx.id) ?? [];
    articles[ctx.id] = judgeLeaning(hits, ctxOf);
    if (ctx.article.outlet) {
      const list = perOutlet.get(ctx.outlet) ?? [];
      for (const h of hits) list.push(h);
      perOutlet.set(ctx.outlet, list);
    }
  }
  const outlets: Record<string, Leaning> = {};
  for (const [outlet, hits] of perOutlet) outlets[outlet] = judgeLeaning(hits, ctxOf);
  return { articles, outlets };
}

function clamp(x: number): number {
  return Math.max(-1, Math.min(1, x));
}
