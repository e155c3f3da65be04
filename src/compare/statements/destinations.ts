// Destinations of a sentence: a direction word, optional fillers, then a listed place
// (lexicons/places-of-destination.json); "وليس إلى X" denies X. Places nest by their `parent`.
import type { ArticleCtx } from '../context/context.js';
import { findPhrases, indexPhrases } from '../context/match.js';
import { keySet, phraseIndex, placesLexicon } from './event-words.js';

const PLACE = indexPhrases(
  placesLexicon.places.flatMap((p) => p.forms.map((f): [string, string] => [f, p.id])),
);
const PLACE_BY_ID = new Map(placesLexicon.places.map((p) => [p.id, p]));
const DIRECTIONS = keySet(placesLexicon.directions);
const NEGATORS = phraseIndex(placesLexicon.negators);
const FILLERS = keySet(placesLexicon.fillers);

export interface PlaceMention {
  id: string;
  label: string;
  negated: boolean;
  start: number;
  end: number;
}

/** Filler words between a direction and its place (إلى مدينة ...): two at most. */
const MAX_FILLERS = 2;
/** Words a listed destination may span. */
const PLACE_WINDOW = 5;
/** Depth of the `parent` chain followed (a guard against a cycle in the lexicon). */
const MAX_PLACE_DEPTH = 10;

/** Destinations: a direction word, optional filler words, then a listed place; "وليس إلى X" denies X. */
export function readPlaces(ctx: ArticleCtx, from: number, to: number): PlaceMention[] {
  const out: PlaceMention[] = [];
  const tokens = ctx.tokens;
  for (let t = from; t < to; t++) {
    if (!DIRECTIONS.has(tokens[t].key)) continue;
    let j = t + 1;
    while (j < to && j < t + 1 + MAX_FILLERS && FILLERS.has(tokens[j].key)) j++;
    const hit = findPhrases(tokens, PLACE, j, Math.min(to, j + PLACE_WINDOW))[0];
    if (!hit || hit.from !== j) continue;
    const neg = findPhrases(tokens, NEGATORS, Math.max(from, t - 2), t);
    const negated = neg.some((n) => n.to === t);
    const place = PLACE_BY_ID.get(hit.value)!;
    out.push({
      id: place.id,
      label: place.label,
      negated,
      start: tokens[t].start,
      end: tokens[hit.to - 1].end,
    });
    t = hit.to - 1;
  }
  return out;
}

/** True when one place is the other or lies inside it (by the lexicon's `parent` chain). */
export function placesAgree(a: string, b: string): boolean {
  return a === b || isWithin(a, b) || isWithin(b, a);
}

function isWithin(a: string, b: string): boolean {
  let p = PLACE_BY_ID.get(a)?.parent;
  for (let n = 0; p && n < MAX_PLACE_DEPTH; n++) {
    if (p === b) return true;
    p = PLACE_BY_ID.get(p)?.parent;
  }
  return false;
}
