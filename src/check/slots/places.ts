// Place slots: a place the entity finder names, or a country named by its adjective ("جنود
// مصريين"); a town and its province are one place, two places the gazetteer knows apart are two.
import { readLexicon } from '../../lexicon.js';
import { placesSchema } from '../../lexicon-schemas.js';
import { farPlaces, nearPlaces } from '../place-names.js';
import { termTokens } from '../terms.js';
import type { Slot } from './slot.js';

/**
 * Nisba adjectives of countries (lexicons/places.json: "السوري", Syrian), by term, to the term of the
 * country's name: "جنود سوريين" and "في سوريا" name one place.
 */
const NISBA = new Map(
  readLexicon('places', placesSchema).nisbas.flatMap((n) => {
    const adj = termTokens(n.adj)[0]?.term;
    const country = termTokens(n.country).find((t) => t.term)?.term;
    return adj && country ? [[adj, country] as const] : [];
  }),
);

/** The country a word's term names as an adjective; a plural keeps the nisba's ي ("مصريين": مصري). */
export function nisbaOf(term: string): string | undefined {
  return NISBA.get(term) ?? (term.endsWith('ي') ? NISBA.get(term.slice(0, -1)) : undefined);
}

/** A sentence's place could be the claim's given otherwise: not one nearby (a town and its province). */
export function placesRival(c: Slot, s: Slot): boolean {
  return !nearPlaces(c.text, s.text);
}

/** Two places the gazetteer knows apart (two countries, two towns far apart). */
export function distinctPlaces(c: Slot, s: Slot): boolean {
  return farPlaces(c, s);
}
