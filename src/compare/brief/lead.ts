// The lead of a brief: what happened, where, when and who, in one or two whole sentences taken from
// the most corroborated claims. A sentence qualifies when it stands on its own (it does not open
// with "but", "he added", "from his side": lexicons/brief.json), and it is preferred when it names a
// day and a place and opens its article (a news lede is written to say who, what, where and when).
// A sentence too long for a lead is cut at a clause boundary after the claim's words, never before.
import type { Claim, Span } from '../../contract.js';
import { readLexicon } from '../../lexicon.js';
import { briefSchema } from '../../lexicon-schemas.js';
import type { ArticleCtx } from '../context/context.js';
import { sentenceAt, sentenceSpan, spanOf } from '../context/context.js';
import { findPhrases, indexPhrases } from '../context/match.js';
import { breaksClause } from '../../text/clause.js';

const BRIEF = readLexicon('brief', briefSchema);
const OPENERS = indexPhrases(BRIEF.leadOpeners.forms.map((f): [string, true] => [f, true]));
const BACK_POINTERS = indexPhrases(BRIEF.leadBackPointers.forms.map((f): [string, true] => [f, true]));

/** Sentences in a lead: the "one or two". */
export const LEAD_SENTENCES = 2;
/** Characters of a lead sentence shown whole; a longer one is cut at a clause boundary. */
const LEAD_MAX_CHARS = 280;
/** Words below which a "sentence" is a heading or a caption, not a lead. */
const MIN_LEAD_WORDS = 6;
/** Opener phrases are one to three words long. */
const OPENER_WINDOW = 3;
/** Voices counted in a lead's score: beyond five, more copies say nothing more. */
const VOICE_CAP = 5;
/**
 * Score of a sentence: its claim's independent voices (up to VOICE_CAP), plus a corroborated
 * claim's bonus larger than any sum of the other bonuses, so a corroborated fact always leads;
 * then a point each for a day, a place and an article's opening sentences, and a half for an event
 * (a count alone says less of what happened); a cut sentence loses a point.
 */
const CORROBORATED_BONUS = 10;
const DAY_BONUS = 1;
const PLACE_BONUS = 1;
const LEDE_BONUS = 1;
const EVENT_BONUS = 0.5;
const CUT_PENALTY = 1;
/** Sentences from the top of an article that count as its lede. */
const LEDE_SENTENCES = 2;
/** Share of stems two lead sentences may have in common: more says the same thing twice. */
const MAX_LEAD_OVERLAP = 0.5;
/** Clause boundaries: Arabic and Latin comma and semicolon. */
const CLAUSE_BREAK = /[،؛,;]/;
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'g');

export interface LeadSentence {
  /** the sentence, whole or cut at a clause boundary (then ending in "…") */
  text: string;
  span: Span;
  claim: Claim;
  /** article and sentence index, so the rest of the summary does not repeat it */
  key: string;
  stems: Set<string>;
  score: number;
}

/**
 * True when the sentence opens with a word that leans on the one before it, or points back to it
 * within its first words ("يتزامن ذلك مع ...").
 */
function leansBack(ctx: ArticleCtx, i: number): boolean {
  const from = ctx.sentTok[i];
  const to = Math.min(ctx.tokens.length, from + OPENER_WINDOW, sentenceRange(ctx, i)[1]);
  const hits = findPhrases(ctx.tokens, OPENERS, from, to);
  return hits.some((h) => h.from === from) || findPhrases(ctx.tokens, BACK_POINTERS, from, to).length > 0;
}

function sentenceRange(ctx: ArticleCtx, i: number): [number, number] {
  return [ctx.sentTok[i], i + 1 < ctx.sentTok.length ? ctx.sentTok[i + 1] : ctx.tokens.length];
}

/** The sentence, or its longest head that ends at a clause boundary after `mustReach` and fits. */
function cutAtClause(ctx: ArticleCtx, whole: Span, mustReach: number): { span: Span; cut: boolean } {
  if (whole.end - whole.start <= LEAD_MAX_CHARS) return { span: whole, cut: false };
  let best: number | undefined;
  for (const m of whole.text.matchAll(CLAUSE_BREAKS)) {
    // the comma of "15,000" is the number's own, not a boundary to cut at
    const { text } = whole;
    if (!breaksClause(m[0], text[m.index - 1], text[m.index + 1] ?? '', CLAUSE_BREAK)) continue;
    const at = whole.start + m.index;
    if (at < mustReach) continue;
    if (at - whole.start > LEAD_MAX_CHARS && best !== undefined) break;
    best = at;
  }
  if (best === undefined) return { span: whole, cut: false };
  return { span: spanOf(ctx, whole.start, best), cut: true };
}

function stemsIn(ctx: ArticleCtx, i: number): Set<string> {
  const [from, to] = sentenceRange(ctx, i);
  return new Set(ctx.tokens.slice(from, to).map((t) => t.stem));
}

/** Each sentence holding a statement of the claim, as a scored lead candidate. */
function candidatesOf(claim: Claim, ctxs: Map<string, ArticleCtx>): LeadSentence[] {
  const out: LeadSentence[] = [];
  const base =
    (claim.status === 'corroborated' ? CORROBORATED_BONUS : 0) +
    Math.min(claim.voices ?? 1, VOICE_CAP) +
    (claim.kind === 'event' ? EVENT_BONUS : 0);
  for (const st of claim.statements) {
    const ctx = ctxs.get(st.span.article);
    if (!ctx) continue;
    const i = sentenceAt(ctx, st.span.start);
    const [from, to] = sentenceRange(ctx, i);
    if (to - from < MIN_LEAD_WORDS || leansBack(ctx, i)) continue;
    const whole = sentenceSpan(ctx, i);
    const { span, cut } = cutAtClause(ctx, whole, st.span.end);
    const dated = ctx.dates.some((d) => d.start >= span.start && d.end <= span.end);
    const placed = (ctx.entities?.get(i)?.size ?? 0) > 0;
    const score =
      base +
      (dated ? DAY_BONUS : 0) +
      (placed ? PLACE_BONUS : 0) +
      (i < LEDE_SENTENCES ? LEDE_BONUS : 0) -
      (cut ? CUT_PENALTY : 0);
    out.push({
      text: cut ? `${span.text.trim()}…` : span.text.trim(),
      span,
      claim,
      key: `${ctx.id}:${i}`,
      stems: stemsIn(ctx, i),
      score,
    });
  }
  return out;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / Math.max(1, Math.min(a.size, b.size));
}

/**
 * The lead: the best sentence of the best-corroborated claims (blame aside: it is a dispute's
 * matter), then a second one about another claim that does not repeat the first.
 */
export function pickLead(claims: Claim[], ctxs: Map<string, ArticleCtx>, n = LEAD_SENTENCES): LeadSentence[] {
  const pool = claims
    .filter((c) => c.kind !== 'blame' && c.status !== 'disputed')
    .flatMap((c) => candidatesOf(c, ctxs))
    .sort((a, b) => b.score - a.score || a.span.start - b.span.start);
  const chosen: LeadSentence[] = [];
  for (const c of pool) {
    if (chosen.length >= n) break;
    const repeats = chosen.some(
      (x) => x.key === c.key || x.claim === c.claim || overlap(x.stems, c.stems) > MAX_LEAD_OVERLAP,
    );
    if (!repeats) chosen.push(c);
  }
  return chosen;
}
