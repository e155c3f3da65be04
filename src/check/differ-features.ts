// The part that differs, sentence by sentence: for each of the best two or three sentences, whether
// it gives one part of the claim otherwise (a count, a date, a name in a slot of the claim, the
// winner: a fact; a negation, a denial, an opposite word: a cue) and how much of the rest of the
// claim that same sentence states. The article-level evidence weighs a contradiction by the best
// two sentences' coverage, wherever in them the differing part stands; here it is weighed by the
// sentence that holds it, so a headline stating half the claim with another place in it is told
// from a background sentence.
import type { NumberFinding } from './numbers.js';
import type { FactFinding } from './facts.js';
import type { SlotFinding } from './slots.js';
import type { ScoredSentence } from './sentences.js';
import type { TermMatches } from './views.js';
import { matchedTerms } from './views.js';

export interface DifferingPart {
  t: ScoredSentence;
  kind: 'fact' | 'cue';
  /** share of the rest of the claim the sentence states (a slot's frame, else its coverage) */
  rest: number;
}

/** The sentence of `top` holding an offset of the article text (a title held apart holds none). */
function sentenceAt(top: ScoredSentence[], offset: number) {
  return top.find((t) => t.sentence.index >= 0 && offset >= t.sentence.start && offset < t.sentence.end);
}

/** Every differing part found in a best sentence, with the share of the rest of the claim it states. */
export function differingParts(
  top: ScoredSentence[],
  numbers: NumberFinding[],
  facts: FactFinding[],
  slots: SlotFinding[],
  cueParts: { t: ScoredSentence; kind: 'fact' | 'cue' }[],
): DifferingPart[] {
  const out: DifferingPart[] = cueParts.map((p) => ({ ...p, rest: p.t.coverage }));
  for (const n of numbers) {
    const t = n.status === 'conflict' ? sentenceAt(top, n.article.start) : undefined;
    if (t) out.push({ t, kind: 'fact', rest: t.coverage });
  }
  for (const f of facts) {
    const t = f.kind === 'date' && f.status === 'conflict' ? sentenceAt(top, f.start) : undefined;
    if (t) out.push({ t, kind: 'fact', rest: t.coverage });
  }
  for (const c of slots) {
    const t = c.status === 'clash' ? top.find((x) => x.sentence === c.sentence) : undefined;
    if (t) out.push({ t, kind: 'fact', rest: c.frame });
  }
  return out;
}

/** Share of a sentence's content words that are the claim's: high for a headline of the claim's event. */
function claimShare(t: ScoredSentence, matched: Set<string>): number {
  const terms = [...t.sentence.terms].filter((x) => !/^\d/.test(x));
  return terms.length ? terms.filter((x) => matched.has(x)).length / terms.length : 0;
}

export function differFeatures(parts: DifferingPart[], top: ScoredSentence[], matches: TermMatches) {
  const best = (kind: string) =>
    parts.filter((p) => p.kind === kind).sort((a, b) => b.rest - a.rest)[0] as DifferingPart | undefined;
  const fact = best('fact');
  const cue = best('cue');
  const matched = matchedTerms(matches);
  return {
    differFact: fact?.rest ?? 0,
    differCue: cue?.rest ?? 0,
    differShare: fact ? claimShare(fact.t, matched) : 0,
    differElsewhere: fact && top[0] && fact.t !== top[0] ? 1 : 0,
    differSentences: new Set(parts.map((p) => p.t)).size,
  };
}
