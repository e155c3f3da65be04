// Place slots: a place the entity finder names, or a country named by its adjective ("جنود
// مصريين"); a town and its province are one place, two places the gazetteer knows apart are two.
import { farPlaces, nearPlaces } from '../place-names.js';
import { nisbaCountry } from './nisbas.js';
import type { Slot } from './slot.js';

/** The country a word's term names as an adjective (its term, the place slot's key; nisbas.ts). */
export function nisbaOf(term: string): string | undefined {
  return nisbaCountry(term)?.term;
}

/**
 * A sentence's place could be the claim's given otherwise: not one nearby (a town and its province),
 * and of the same sort: a country's adjective is a nationality ("طاقم تحكيم إنجليزي"), rivalled by
 * another nationality, not by where the event was ("مباراة السوبر السعودي في لندن").
 */
export function placesRival(c: Slot, s: Slot): boolean {
  return !!c.country === !!s.country && !nearPlaces(c.text, s.text);
}

/** Two places the gazetteer knows apart (two countries, two towns far apart). */
export function distinctPlaces(c: Slot, s: Slot): boolean {
  return farPlaces(c, s);
}
