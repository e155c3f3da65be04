// Tolls told as lower bounds ("قتل 20 على الأقل", "27 على الأقل") by rival sources. As intervals an
// "at least 20" and an "at least 27" overlap, so they never disagree; read as a reporter reads them,
// two sources of one incident on one day that give different floors give two figures. Only such
// pairs are read this way, and only with the incident evidence of a toll (tolls.ts, same-incident.ts):
// same victim group and part, same report day, same place and cause; a source's own lower figure
// that it raises elsewhere in the story is an earlier step of its count, never a rival.
import type { Statement } from '../statements/statement.js';
import { findPhrases } from '../context/match.js';
import { eventsLexicon, phraseIndex } from '../statements/event-words.js';
import { APPROX } from '../statements/quantity.js';
import { isToll } from './tolls.js';
import { reportDay } from './same-incident.js';

type Figure = { low: number; high: number };

const AT_LEAST = phraseIndex(eventsLexicon.incidents.atLeast);
/**
 * Words either side of a count where its "at least" stands: before the number ("ما لا يقل عن 50")
 * or after the counted noun ("20 شخصا على الأقل").
 */
const AT_LEAST_BEFORE = 4;
const AT_LEAST_AFTER = 4;

/** The count is given as "at least N" (not "more than N"): a floor that is the source's figure. */
export function statedFloor(s: Statement): boolean {
  const { ctx } = s;
  const at = ctx.tokens.findIndex((t) => t.end > s.span.start);
  if (at < 0) return false;
  let end = at;
  while (end < ctx.tokens.length && ctx.tokens[end].start < s.span.end) end++;
  const first = ctx.sentTok[s.sent];
  const last = s.sent + 1 < ctx.sentTok.length ? ctx.sentTok[s.sent + 1] : ctx.tokens.length;
  const from = Math.max(first, at - AT_LEAST_BEFORE);
  const to = Math.min(last, end + AT_LEAST_AFTER);
  return findPhrases(ctx.tokens, AT_LEAST, from, to).length > 0;
}

/** A lower bound ("at least N"): its stated figure is its floor. */
const isBound = (q: Figure) => q.high === Infinity;

/**
 * Two floors of one count that differ: "at least 20" against "at least 27", each read as its
 * figure. A floor below a plain figure ("at least 5" while the attack goes on, then 6) holds with
 * it: an open count and a later one (stillCounting, tolls.ts). A floor is itself approximate:
 * figures within the stretch of "about" (APPROX, ±15%) are one figure told round (57 and "at
 * least 60").
 */
export function differentFloors(qa: Figure, qb: Figure): boolean {
  if (!isBound(qa) || !isBound(qb)) return false;
  const [lower, upper] = qa.low < qb.low ? [qa, qb] : [qb, qa];
  return upper.low > lower.low * (1 + APPROX);
}

/** Two voices that are not one source: neither one speaker nor one text. */
function otherSources(a: Statement, b: Statement): boolean {
  if (a.voice.id === b.voice.id || a.voice.by === b.voice.by) return false;
  return !a.voice.origin || a.voice.origin !== b.voice.origin;
}

/**
 * Statements of one count whose source gives a higher figure of it elsewhere in the story: the
 * source raised its own count ("at least 12" then "31"), so the lower one is an earlier step.
 */
export function raisedBySource(list: Statement[]): Set<Statement> {
  const top = new Map<string, number>();
  for (const s of list) top.set(s.voice.id, Math.max(top.get(s.voice.id) ?? -Infinity, s.quantity!.low));
  return new Set(list.filter((s) => s.quantity!.low < top.get(s.voice.id)!));
}

/**
 * Floors of one toll as rivals: a toll (people killed or hurt), both told as "at least N", by two
 * sources in two articles on one report day, neither a step its own source raised. The finder's other tests (same incident,
 * cause, part and whole) still apply.
 */
export function rivalFloors(a: Statement, b: Statement, raised: Set<Statement>): boolean {
  if (!isToll(a) || a.ctx === b.ctx || raised.has(a) || raised.has(b)) return false;
  // a floor is a figure only when told as "at least N"; "more than 20" is a magnitude
  if (!statedFloor(a) || !statedFloor(b)) return false;
  if (!reportDay(a) || reportDay(a) !== reportDay(b)) return false;
  return otherSources(a, b);
}
