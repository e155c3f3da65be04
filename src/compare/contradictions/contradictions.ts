// Contradictions between statements, within and across articles: one file per kind (numeric,
// denied counts, blame, place, status, time; denials of a passage live in denial.ts), the pairing
// helpers they share in pairing.ts. A new kind is a finder file and a line in FINDERS.
import type { Contradiction, Span } from '../../contract.js';
import type { Statement } from '../statements/statement.js';
import type { Update } from '../types.js';
import { findBlame } from './blame.js';
import { findCopyFigures } from './copies.js';
import { findDeniedCounts } from './denied-counts.js';
import { findDistances } from './distance.js';
import { findNumeric } from './numeric.js';
import type { Found } from './pairing.js';
import type { NumberedPair } from './disputes.js';
import { findPlace } from './place.js';
import { findStatus } from './status.js';
import { findTimes } from './time.js';

export type { Found } from './pairing.js';

/** A contradiction kind: its pairs among the statements; a change told on another day goes to `updates`. */
export type Finder = (statements: Statement[], updates: Update[]) => Found[];

/** The finders, in the order their contradictions are numbered (x1, x2, ...). */
export const FINDERS: readonly Finder[] = [
  findNumeric,
  findCopyFigures,
  findDistances,
  findDeniedCounts,
  findBlame,
  findPlace,
  findStatus,
  findTimes,
];

const side = (s: Statement, span?: Span): Contradiction['a'] => ({ ...(span ?? s.span), by: s.voice.by });

/** Turn found pairs into contract contradictions, one per statement pair (with the pair kept). */
export function toContradictions(found: Found[]): {
  contradictions: Contradiction[];
  disputed: Set<number>;
  pairs: NumberedPair[];
} {
  const seen = new Set<string>();
  const contradictions: Contradiction[] = [];
  const pairs: NumberedPair[] = [];
  const disputed = new Set<number>();
  for (const f of found) {
    // one contradiction per kind and pair of displayed passages, whichever statements led there
    const pa = f.aSpan ?? f.a.span;
    const pb = f.bSpan ?? f.b.span;
    const ends = [`${pa.article}@${pa.start}`, `${pb.article}@${pb.start}`].sort();
    const k = [f.kind, ...ends].join(':');
    if (seen.has(k)) continue;
    seen.add(k);
    disputed.add(f.a.id);
    disputed.add(f.b.id);
    const contradiction: Contradiction = {
      id: `x${contradictions.length + 1}`,
      kind: f.kind,
      a: side(f.a, f.aSpan),
      b: side(f.b, f.bSpan),
      explanation: f.explanation,
    };
    contradictions.push(contradiction);
    pairs.push({ contradiction, found: f });
  }
  return { contradictions, disputed, pairs };
}
