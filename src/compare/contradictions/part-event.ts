// A part against its whole: the toll of one event a text singles out among several ("غارة أخرى",
// "إحدى الغارات") against another text's toll of them all. A paper that counts one strike's dead
// and a paper that counts the day's strikes give two scopes, not two accounts of one figure.
import type { Tok } from '../context/context.js';
import { sentenceTokens } from '../context/context.js';
import { findPhrases } from '../context/match.js';
import { ANOTHER, MANY_EVENTS, ONE_EVENT, ONE_OF, TALLY_WORDS, THAT } from '../statements/event-words.js';
import type { Statement } from '../statements/statement.js';
import { clauseOf } from './same-incident.js';

/** At most this many words between "غارة أخرى" and the count it causes ("غارة أخرى أسفرت عن مقتل 8"). */
const CAUSE_GAP = 4;
/** The clause's head: its first words, where its subject stands ("وفي غارة أخرى ..."). */
const HEAD = 2;

/**
 * "Another" as a word of its own: "وأخرى" joins a second event ("غارة وأخرى" is two strikes),
 * not one of several.
 */
const isAnother = (t: Tok) => ANOTHER.has(t.key) && !t.text.startsWith('و');

/** "One of" as a word of its own: "الأحد" (Sunday) reads "أحد" once its ال is stripped. */
const isOneOf = (t: Tok) => ONE_OF.has(t.key) && !t.text.startsWith('ال');

/**
 * The count's clause singles out one event of several as the count's cause or subject: "غارة أخرى"
 * at the clause's head or right after "إن", or a few words before the count ("غارة أخرى أسفرت عن
 * مقتل 8"); "إحدى الغارات" likewise. "عادت بعد غارة أخرى فجرا ... وقتل 8" tells a time, not a cause.
 */
function oneOfSeveral(s: Statement): boolean {
  const [from] = clauseOf(s);
  const { tokens } = s.ctx;
  let at = tokens.findIndex((t) => t.start >= s.span.start);
  if (at < 0) at = tokens.length;
  const causes = (start: number, end: number) =>
    start <= from + HEAD || tokens[start - 1]?.key === THAT || at - end <= CAUSE_GAP;
  for (const hit of findPhrases(tokens, ONE_EVENT, from, at))
    if (hit.to < at && isAnother(tokens[hit.to]) && causes(hit.from, hit.to + 1)) return true;
  for (let k = from; k + 1 < at; k++)
    if (isOneOf(tokens[k]) && MANY_EVENTS.has(tokens[k + 1].key) && causes(k, k + 2)) return true;
  return false;
}

/** The sentence names one event in the singular ("في غارة على السوق"): it tells one event, not a tally. */
const namesOneEvent = (s: Statement) => findPhrases(sentenceTokens(s.ctx, s.sent), ONE_EVENT).length > 0;

/**
 * Positive evidence a count is a tally of several events: its sentence names them in the plural
 * ("غارات", "هجمات") or its clause has a tally word ("حصيلة", "منذ"). A whole that names no event
 * ("قصفا جويا استهدف السوق", "مجزرة") may be the singled-out event in other words.
 */
function tallies(s: Statement): boolean {
  if (sentenceTokens(s.ctx, s.sent).some((t) => MANY_EVENTS.has(t.key))) return true;
  const [from, to] = clauseOf(s);
  return s.ctx.tokens.slice(from, to + 1).some((t) => TALLY_WORDS.has(t.key));
}

/**
 * One count is the toll of one event its text singles out among several, the other a larger count
 * told as a tally of several events and naming no single event: a part and its whole. A whole that
 * names one event ("في غارة على السوق") may be that very event, and keeps its pair.
 */
export function partOfSeveral(a: Statement, b: Statement): boolean {
  if (a.ctx === b.ctx) return false;
  const [part, whole] = a.quantity!.high < b.quantity!.low ? [a, b] : [b, a];
  if (part.quantity!.high >= whole.quantity!.low) return false;
  return oneOfSeveral(part) && !oneOfSeveral(whole) && !namesOneEvent(whole) && tallies(whole);
}
