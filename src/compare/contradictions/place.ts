// Place contradictions: evacuees said to go to places that exclude each other.
import { placesAgree } from '../statements/destinations.js';
import type { Statement } from '../statements/statement.js';
import { TOPIC_LABEL } from '../statements/statement.js';
import { PARTNERS, groupBy, sentenceOf, type Found } from './pairing.js';

/** statements of one article set against a place the other article denies */
const PER_DENIAL = 2;

/**
 * The destination clashes between two articles: each statement naming a place the other article
 * denies ("وليس إلى إدلب") against that denial; else, when no named place of one agrees with any
 * of the other (an article naming several destinations agrees with one naming any of them), the
 * first named places of both.
 */
function placeClashes(xs: Statement[], ys: Statement[]): [Statement, Statement][] {
  const pos = (l: Statement[]) => l.filter((s) => !s.place!.negated);
  const neg = (l: Statement[]) => l.filter((s) => s.place!.negated);
  const out: [Statement, Statement][] = [];
  const denied = (d: Statement[], named: Statement[], flip: boolean) => {
    for (const b of named) {
      const a = d.find((n) => placesAgree(n.place!.id, b.place!.id));
      if (a && out.length < PER_DENIAL) out.push(flip ? [b, a] : [a, b]);
    }
  };
  denied(neg(xs), pos(ys), false);
  denied(neg(ys), pos(xs), true);
  if (out.length) return out;
  const px = pos(xs);
  const py = pos(ys);
  if (!px.length || !py.length) return out;
  if (px.some((a) => py.some((b) => placesAgree(a.place!.id, b.place!.id)))) return out;
  return [[px[0], py[0]]];
}

/** Across articles: evacuees said to go to places that exclude each other, once per article pair. */
export function findPlace(statements: Statement[]): Found[] {
  const out: Found[] = [];
  const places = statements.filter((s) => s.kind === 'destination');
  for (const list of groupBy(places, (s) => s.topic ?? '').values()) {
    const byArticle = [...groupBy(list, (s) => s.ctx.id).values()];
    // block by the set of places an article names; pair only signatures that clash
    const bySig = groupBy(byArticle, (l) =>
      [...new Set(l.map((s) => (s.place!.negated ? '!' : '') + s.place!.id))].sort().join(','),
    );
    const sigs = [...bySig.entries()];
    for (const [sx, xs] of sigs) {
      for (const [sy, ys] of sigs) {
        if (sy < sx || !placeClashes(xs[0], ys[0]).length) continue;
        xs.forEach((x, i) => {
          // each article meets at most PARTNERS clashing articles of a signature
          const partners = (sy === sx ? ys.slice(i + 1) : ys).slice(0, PARTNERS);
          for (const y of partners) for (const [a, b] of placeClashes(x, y)) out.push(placeFound(a, b));
        });
      }
    }
  }
  return out;
}

function placeFound(a: Statement, b: Statement): Found {
  const da = `${a.place!.negated ? 'not to ' : 'to '}"${a.place!.label}"`;
  const db = `${b.place!.negated ? 'not to ' : 'to '}"${b.place!.label}"`;
  return {
    kind: 'place',
    a,
    b,
    aSpan: sentenceOf(a),
    bSpan: sentenceOf(b),
    explanation: `Destination of the ${TOPIC_LABEL.get(a.topic ?? '') ?? a.topic}: ${a.voice.by} says ${da} ("${a.span.text}"), ${b.voice.by} says ${db} ("${b.span.text}").`,
  };
}
