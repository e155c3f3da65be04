// Names of two slots compared: two spellings of one foreign name (their consonant skeletons), and
// two places the gazetteer knows as one (a town and its province) or as two (two countries, two
// towns far apart).
import { lookupName } from '../link/names.js';
import { lookAlike } from './terms.js';

/** A slot's name: its text and its rarest word. */
export interface NamedSlot {
  text: string;
  key: string;
  /** a country named by its adjective: its ISO code (the adjective is in no gazetteer) */
  country?: string;
}

/** Two places closer than this are one place named at two levels (a town and its province). */
const NEAR_KM = 150;
const EARTH_KM = 6371;

/** Both places are in the gazetteer and lie within NEAR_KM of each other. */
export function nearPlaces(a: string, b: string): boolean {
  const x = lookupName(a);
  const y = lookupName(b);
  if (x?.lat === undefined || y?.lat === undefined) return false;
  const rad = Math.PI / 180;
  const dLat = (y.lat - x.lat) * rad;
  const dLon = (y.lon! - x.lon!) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(x.lat * rad) * Math.cos(y.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.sqrt(h)) < NEAR_KM;
}

/** Letters a transliterated name may write or leave out (long vowels): "جيرمان" / "جرمان", "كابل" / "كابول". */
const LONG_VOWELS = /[اويىأإآءؤئ]/g;
/** Letters one foreign sound is written with ("g": كريغ / كريج, رودريغو / رودريقو). */
const G_LETTERS = /[غجق]/g;
/** Shortest consonant skeleton that tells two names apart. */
const MIN_SKELETON = 3;

/** The consonants of a name, spaces out and its "g" letters one: عبدربه / عبد ربه, إنجرليك / إنغرليك. */
function skeleton(name: string): string {
  return name.replace(/\s+/g, '').replace(/ة/g, 'ه').replace(G_LETTERS, 'ج').replace(LONG_VOWELS, '');
}

/** Two name words are one name: look-alike, or the same consonants in a foreign name's two spellings. */
export function sameName(a: string, b: string): boolean {
  if (lookAlike(a, b)) return true;
  const x = skeleton(a);
  return x.length >= MIN_SKELETON && x === skeleton(b);
}

/** A place of the gazetteer, by its full name or its rarest word ("العاصمة القطرية الدوحة"). */
const placeOf = (s: NamedSlot) =>
  s.country ? { country: s.country } : (lookupName(s.text) ?? lookupName(s.key));

/** Two places the gazetteer knows apart: in two countries, or two towns far from each other. */
export function farPlaces(a: NamedSlot, b: NamedSlot): boolean {
  const x = placeOf(a);
  const y = placeOf(b);
  if (x?.country && y?.country && x.country !== y.country) return true;
  return x?.lat !== undefined && y?.lat !== undefined && !nearPlaces(a.text, b.text);
}

/** A word of the name is a place the gazetteer knows: a misread span ("سعد شمال عدن"), not a person. */
export function holdsPlace(name: string): boolean {
  return name.split(/\s+/).some((w) => {
    const p = lookupName(w);
    return p?.country !== undefined || p?.lat !== undefined;
  });
}
