// Pairing helpers shared by the contradiction finders. Every finder buckets statements by key first
// and pairs only a bounded number of buckets per article, so the cost stays linear in the articles.
import type { Contradiction, Span } from '../../contract.js';
import type { Statement } from '../statements/statement.js';

/**
 * Opposite buckets (articles) one bucket is paired with, nearest first. Four shows a contradiction
 * between neighbouring reports of one story without pairing a wire republished a thousand times
 * with every copy: more finds more pairs, at a cost quadratic in this number.
 */
export const PARTNERS = 4;
/** Statements of one bucket paired with their best partner: the first few carry the story. */
export const PER_BUCKET = 3;

/** A contradiction found between two statements, before it is numbered. */
export interface Found {
  kind: Contradiction['kind'];
  a: Statement;
  b: Statement;
  explanation: string;
  /** override the displayed sides (e.g. a denial's own sentence) */
  aSpan?: Span;
  bSpan?: Span;
  /**
   * figures that are not two counts of one incident: copies of one text in the same words with
   * other digits (copies.ts, a misprint), or distances of one place (distance.ts)
   */
  figures?: 'copies' | 'distance';
}

/**
 * A contradiction a finder reads from the text itself rather than from statements (who holds a
 * place, ordinals): its two passages, and the question and answers its dispute groups by.
 */
export interface FoundPair {
  kind: Contradiction['kind'];
  a: Span & { by?: string };
  b: Span & { by?: string };
  explanation: string;
  /** [key, how it reads]: pairs with one key are one dispute */
  question: [string, string];
  /** how each side's answer reads; sides with one answer merge */
  answers: [string, string];
}

export function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const l = m.get(k);
    if (l) l.push(t);
    else m.set(k, [t]);
  }
  return m;
}

/** The first pair (x, y) that `ok` accepts, in list order. */
export function firstPair(
  xs: Statement[],
  ys: Statement[],
  ok: (a: Statement, b: Statement) => boolean,
): [Statement, Statement] | undefined {
  for (const a of xs) for (const b of ys) if (ok(a, b)) return [a, b];
  return undefined;
}

/**
 * Pair statements of two buckets: each of the first few statements of either side with its best
 * partner on the other side (by `score`, then text order).
 */
export function pairBuckets(
  x: Statement[],
  y: Statement[],
  ok: (a: Statement, b: Statement) => boolean,
  score: (a: Statement, b: Statement) => number,
): [Statement, Statement][] {
  const out = new Map<string, { a: Statement; b: Statement; s: number }>();
  const best = (s: Statement, others: Statement[]) => {
    let top: Statement | undefined;
    let topScore = -Infinity;
    for (const o of others) {
      if (!ok(s, o)) continue;
      const sc = score(s, o);
      if (sc > topScore) {
        top = o;
        topScore = sc;
      }
    }
    return top ? { o: top, s: topScore } : undefined;
  };
  for (const s of x.slice(0, PER_BUCKET)) {
    const m = best(s, y);
    if (m) out.set(`${s.id}:${m.o.id}`, { a: s, b: m.o, s: m.s });
  }
  for (const s of y.slice(0, PER_BUCKET)) {
    const m = best(s, x);
    if (m) out.set(`${m.o.id}:${s.id}`, { a: m.o, b: s, s: m.s });
  }
  // strongest pairs first: when two pairs show the same passages, the first is kept
  return [...out.values()].sort((p, q) => q.s - p.s).map((p) => [p.a, p.b]);
}

/** One statement per sentence and camp/status: the first. */
export function onePerSentence(list: Statement[], extra: (s: Statement) => string): Statement[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const k = `${s.ctx.id}:${s.sent}:${extra(s)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The k buckets nearest to position p (buckets are in article order; binary search, then outward). */
export function nearest<T>(list: T[], p: number, posOf: (t: T) => number, k: number): T[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (posOf(list[mid]) < p) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  let l = lo - 1;
  let r = lo;
  while (out.length < k && (l >= 0 || r < list.length)) {
    const dl = l >= 0 ? p - posOf(list[l]) : Infinity;
    const dr = r < list.length ? posOf(list[r]) - p : Infinity;
    if (dr <= dl) out.push(list[r++]);
    else out.push(list[l--]);
  }
  return out;
}

/** The whole sentence of a statement, as a span (what a reader is shown for a denial or a place). */
export function sentenceOf(s: Statement): Span {
  const r = s.ctx.sentences[s.sent];
  return { article: s.ctx.id, start: r.start, end: r.end, text: s.ctx.text.slice(r.start, r.end) };
}

/** A statement told by a named voice (a quotation), not in the outlet's own words. */
export function namedVoice(s: Statement): boolean {
  return !s.voice.id.startsWith('outlet:');
}
