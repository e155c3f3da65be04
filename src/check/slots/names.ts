// Name slots (actors and places): a name's key word, two spellings of one name, a claim's name among
// a sentence's words, and a rival that is one of a list beside another of the claim's names.
import { lookupName } from '../../link/names.js';
import { sameName } from '../place-names.js';
import { stemWeight, termTokens } from '../terms.js';
import { termCredit, type TermMatches } from '../views.js';
import { nisbaOf } from './places.js';
import type { Slot } from './slot.js';

/** The rarest content word of a name ("داعش" of "تنظيم داعش", "البحرينية" of "القوات المسلحة البحرينية"). */
export function nameKey(text: string): string | undefined {
  let best: { term: string; weight: number } | undefined;
  for (const t of termTokens(text)) {
    if (!t.term || /^\d/.test(t.term)) continue;
    const weight = stemWeight(t.stem);
    if (!best || weight > best.weight) best = { term: t.term, weight };
  }
  return best?.term;
}

/**
 * The key of a place: its word the gazetteer knows as a place ("الطائف" of "مطار الطائف"), else its
 * rarest word. The rarest word may be the kind of place ("مطار"), which a rival of the same kind
 * shares ("مطار ينبع"): the claim's airport was then found in every sentence (sixteenth round).
 */
export function placeKey(text: string): string | undefined {
  const known = termTokens(text).find((t) => {
    if (!t.term || /^\d/.test(t.term)) return false;
    const p = lookupName(t.text);
    return p?.country !== undefined || p?.lat !== undefined;
  });
  return known && termTokens(text).length > 1 ? known.term : nameKey(text);
}

/**
 * Two places, the claim's and a sentence's, share a word that is neither's key ("مطار الطائف" /
 * "مطار ينبع"): the sentence's stands where the claim's does.
 */
export function sameHead(c: Slot, s: Slot): boolean {
  const words = (x: Slot) =>
    termTokens(x.text)
      .filter((t) => t.term && t.term !== x.key)
      .map((t) => t.term);
  const other = words(s);
  return c.key !== s.key && words(c).some((w) => other.includes(w));
}

/** Two name slots say the same: one key or one text, in two spellings. */
export function sameNames(a: Slot, b: Slot): boolean {
  return sameName(a.key, b.key) || sameName(a.text, b.text);
}

/** The claim's value of a slot among some terms (an actor or a place). */
export function nameIn(slot: Slot, matches: TermMatches, terms: Set<string>): boolean {
  return (
    termCredit(matches.get(slot.key), terms) > 0 ||
    // a country named by its adjective on one side ("سوري" / "سوريا")
    [...terms].some((v) => sameName(v, slot.key) || nisbaOf(v) === slot.key)
  );
}

/** Tokens between two names of one list ("بنكيران، ووالي طنجة محمد يعقوبي"). */
const LIST_GAP = 4;

/**
 * The rival stands beside another of the claim's names of its kind in the sentence: one of a list
 * (a second host, a second town), not the claim's name given otherwise.
 */
export function listed(claimSlots: Slot[], c: Slot, own: Slot[], rival: Slot): boolean {
  return own.some(
    (o) =>
      o !== rival &&
      o.kind === rival.kind &&
      claimSlots.some((x) => x !== c && x.kind === o.kind && sameNames(x, o)) &&
      Math.max(o.from - rival.to, rival.from - o.to) <= LIST_GAP,
  );
}
