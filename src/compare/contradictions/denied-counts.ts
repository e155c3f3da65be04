// A denied count against the same count stated by another voice.
import { sameStory } from '../context/context.js';
import type { Statement } from '../statements/statement.js';
import { groupBy, sentenceOf, type Found } from './pairing.js';

/**
 * A denied count ("نفى ... خروج ألفي مقاتل") against the same count (thing, predicate, value) stated
 * by another voice: the statement the denial answers, often in another outlet.
 */
export function findDeniedCounts(statements: Statement[]): Found[] {
  const out: Found[] = [];
  const quantities = statements.filter((s) => s.kind === 'quantity' && s.quantity!.predicate);
  const stated = groupBy(
    quantities.filter((s) => !s.quantity!.denied),
    (s) => s.key,
  );
  for (const d of quantities) {
    if (!d.quantity!.denied) continue;
    const q = d.quantity!;
    const match = (stated.get(d.key) ?? []).find(
      (s) =>
        s.voice.id !== d.voice.id &&
        s.quantity!.low <= q.high &&
        q.low <= s.quantity!.high &&
        sameStory(s.ctx, s.sent, d.ctx, d.sent),
    );
    if (!match) continue;
    out.push({
      kind: 'denial',
      a: match,
      b: d,
      aSpan: sentenceOf(match),
      bSpan: sentenceOf(d),
      explanation: `Denial: ${d.voice.by} denies the count "${d.span.text}" that ${match.voice.by} states ("${match.span.text}").`,
    });
  }
  return out;
}
