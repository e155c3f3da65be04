// A part against its whole: the toll of one event a text singles out among several ("غارة أخرى",
// "إحدى الغارات") against another text's toll of them all. A paper that counts one strike's dead
// and a paper that counts the day's strikes give two scopes, not two accounts of one figure.
import { sentenceTokens } from '../context/context.js';
import { findPhrases } from '../context/match.js';
import { ANOTHER, MANY_EVENTS, ONE_EVENT, ONE_OF } from '../statements/event-words.js';
import type { Statement } from '../statements/statement.js';
import { clauseOf } from './same-incident.js';

/** The count's clause, up to the count, singles out one event of several ("غارة أخرى ... قتل 8"). */
function oneOfSeveral(s: Statement): boolean {
  const [from] = clauseOf(s);
  const { tokens } = s.ctx;
  let at = tokens.findIndex((t) => t.start >= s.span.start);
  if (at < 0) at = tokens.length;
  for (const hit of findPhrases(tokens, ONE_EVENT, from, at))
    if (hit.to < at && ANOTHER.has(tokens[hit.to].key)) return true;
  for (let k = from; k + 1 < at; k++)
    if (ONE_OF.has(tokens[k].key) && MANY_EVENTS.has(tokens[k + 1].key)) return true;
  return false;
}

/** The sentence names one event in the singular ("في غارة على السوق"): it tells one event, not a tally. */
const namesOneEvent = (s: Statement) => findPhrases(sentenceTokens(s.ctx, s.sent), ONE_EVENT).length > 0;

/**
 * One count is the toll of one event its text singles out among several, the other a larger count
 * whose sentence names no single event (the day's or the front's strikes together): a part and its
 * whole. A whole that names one event ("في غارة على السوق") may be that very event, and keeps its pair.
 */
export function partOfSeveral(a: Statement, b: Statement): boolean {
  if (a.ctx === b.ctx) return false;
  const [part, whole] = a.quantity!.high < b.quantity!.low ? [a, b] : [b, a];
  if (part.quantity!.high >= whole.quantity!.low) return false;
  return oneOfSeveral(part) && !oneOfSeveral(whole) && !namesOneEvent(whole);
}
