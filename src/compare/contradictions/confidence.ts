// How sure a found contradiction is, from a few general signals of the pair, and the floor it must
// clear to be reported. The signals come from the judged development days (test/gold/
// contradictions-dev*.judged.json, docs/contradiction-confidence.md): each marks a cause of pairs
// an editor judged wrong there, and none marks a pair judged right on any of the three sets.
import type { Span } from '../../contract.js';
import type { ArticleCtx } from '../context/context.js';
import { MANY_ACT_TOPICS } from '../statements/event-words.js';
import type { Voice } from '../statements/voices.js';
import { deniesItself } from './denial.js';
import type { Found } from './pairing.js';

/** A reported pair clears this confidence or is left out of the findings. */
export const REPORT_FLOOR = 0.5;
/** A pair with no doubt: two passages a finder set against each other. */
const BASE = 0.7;
/** A copy of one text with other digits: the strongest evidence, one text told two ways. */
const MISPRINT = 0.9;
/** Each doubt halves the confidence: one doubt is enough to leave a pair out. */
const DOUBT = 0.5;
/**
 * Two reports of one toll seldom differ by a factor of two: on the judged days every pair that far
 * apart across articles counted another scope (a part against the whole, the dead against all the
 * cases, another accident), and every pair judged right was within a factor of 1.7.
 */
const FAR_APART = 2;

/** The signals of one pair, each a cause of wrong pairs on the judged days. */
export interface Doubts {
  /** two counts of two articles a factor of two or more apart: another scope, not a rival figure */
  farApart: boolean;
  /**
   * a denial set against its own article's text that no one is said to state (no quotation, no
   * reporting verb naming a speaker): the denial answers the claim its own sentence tells
   */
  ownText: boolean;
  /** the passage a denial is set against denies too: the same side told twice */
  bothDeny: boolean;
  /** one voice on both sides of a denial: nobody denies their own words */
  oneVoice: boolean;
  /** a status of a topic made of many acts (fighting): one launched, another halted, is a sequence */
  manyActs: boolean;
}

/** Confidence of a pair from its doubts: a base, halved for each doubt. */
export function confidence(doubts: Doubts, misprint = false): number {
  const n = Object.values(doubts).filter(Boolean).length;
  return (misprint ? MISPRINT : BASE) * DOUBT ** n;
}

const NO_DOUBT: Doubts = {
  farApart: false,
  ownText: false,
  bothDeny: false,
  oneVoice: false,
  manyActs: false,
};

/** Doubts of a pair a statement finder set against each other (counts, status, time, blame, place). */
export function foundDoubts(f: Found): Doubts {
  const qa = f.a.quantity;
  const qb = f.b.quantity;
  const far =
    f.kind === 'numeric' &&
    f.figures === undefined &&
    qa !== undefined &&
    qb !== undefined &&
    f.a.ctx.id !== f.b.ctx.id &&
    ratio(qa.value, qb.value) >= FAR_APART;
  const manyActs =
    f.kind === 'status' && [f.a.topic, f.b.topic].some((t) => t !== undefined && MANY_ACT_TOPICS.has(t));
  return { ...NO_DOUBT, farApart: far, manyActs };
}

/** Larger over smaller; Infinity when one is zero or less (no figure to compare). */
function ratio(x: number, y: number): number {
  const lo = Math.min(x, y);
  return lo > 0 ? Math.max(x, y) / lo : Infinity;
}

/** A denial's passages: `a` is what is denied, `b` the denial. */
interface DenialSides {
  a: Span & { by?: string };
  b: Span & { by?: string };
}

/** Doubts of a denial, read from its two passages and who speaks in each. */
export function denialDoubts(
  d: DenialSides,
  ctxs: Map<string, ArticleCtx>,
  voiceOf: (ctx: ArticleCtx, offset: number) => Voice,
): Doubts {
  const ca = ctxs.get(d.a.article);
  const cb = ctxs.get(d.b.article);
  if (!ca || !cb) return NO_DOUBT;
  const va = voiceOf(ca, d.a.start);
  const vb = voiceOf(cb, d.b.start);
  return {
    ...NO_DOUBT,
    ownText: ca === cb && !quoted(va) && (d.a.by === undefined || d.a.by === ca.outlet),
    bothDeny: deniesItself(ca, d.a),
    // unquoted passages share their text's voice id: only a quoted speaker's id names a person
    oneVoice: (quoted(va) && va.id === vb.id) || sameName(d.a.by, d.b.by),
  };
}

/** A quoted speaker or a wire's credited text, not the outlet's own narration. */
function quoted(v: Voice): boolean {
  return v.id.startsWith('source:') || v.id.startsWith('wire:');
}

/**
 * Two names of one speaker: most words of the shorter name are in the longer ("الإدارة العامة
 * للتعليم بالمدينة" and "الإدارة العامة للتعليم بمنطقة المدينة"). A word is compared without its
 * one-letter prefixes (ب، ل، و) and the article.
 */
const SAME_NAME_SHARE = 0.75;
function sameName(x?: string, y?: string): boolean {
  if (!x || !y) return false;
  const words = (s: string) =>
    new Set(
      s
        .split(/\s+/)
        .map((w) => w.replace(/^[وبل]?(ال)?/, ''))
        .filter((w) => w.length > 1),
    );
  const [a, b] = [words(x), words(y)].sort((p, q) => p.size - q.size);
  if (a.size < 2) return false;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared >= SAME_NAME_SHARE * a.size;
}
