// English names, transliterations and coordinates of linked entities, so that a reader without Arabic
// can follow the story. Order of preference: the English name a lexicon gives (persons, organisations,
// outlets, armed groups, places, and the countries of the i18n-iso-countries package); a name built
// from known parts ("الجيش الروسي" -> "Russian army", "ريف إدلب" -> "Idlib countryside"); otherwise
// only the simplified ALA-LC transliteration, which every entity carries.
import { createRequire } from 'node:module';
import { z } from 'zod';
import type { Entity } from '../contract.js';
import { readLexicon } from '../lexicon.js';
import {
  armedGroupsSchema,
  organizationsSchema,
  outletsSchema,
  personsSchema,
  placesSchema,
} from '../lexicon-schemas.js';
import { phraseKey } from '../text/arabic.js';
import { transliterate } from '../text/transliterate.js';

export interface PlaceInfo {
  en?: string;
  lat?: number;
  lon?: number;
  /** ISO 3166-1 alpha-2 */
  country?: string;
}

type PlaceEntry = z.infer<typeof placesSchema>['places'][number];

interface Tables {
  /** phrase key of a name or alias -> what is known of the referent */
  known: Map<string, PlaceInfo>;
  /** key of a kept place head (ريف) -> English pattern with {} */
  heads: Map<string, string>;
  /** key of a nisba (الروسي) -> English adjective */
  nisbas: Map<string, string>;
  /** key of a state noun (الجيش) -> English noun */
  stateNouns: Map<string, string>;
  suffixes: Set<string>;
}

function addNamed(
  known: Map<string, PlaceInfo>,
  e: Pick<PlaceEntry, 'name' | 'aliases' | 'en' | 'lat' | 'lon' | 'country'>,
): void {
  const info: PlaceInfo = {
    ...(e.en ? { en: e.en } : {}),
    ...(e.lat !== undefined && e.lon !== undefined ? { lat: e.lat, lon: e.lon } : {}),
    ...(e.country ? { country: e.country } : {}),
  };
  for (const n of [e.name, ...(e.aliases ?? [])]) {
    const key = phraseKey(n);
    if (!known.has(key)) known.set(key, info);
  }
}

/** Countries: Arabic names of the package, their English names and ISO codes. */
function addCountries(known: Map<string, PlaceInfo>): void {
  const require = createRequire(import.meta.url);
  type Langs = { countries: Record<string, string | string[]> };
  const ar = require('i18n-iso-countries/langs/ar.json') as Langs;
  const en = require('i18n-iso-countries/langs/en.json') as Langs;
  for (const [code, names] of Object.entries(ar.countries)) {
    const english = en.countries[code];
    const info: PlaceInfo = { en: Array.isArray(english) ? english[0] : english, country: code };
    for (const n of Array.isArray(names) ? names : [names]) {
      const key = phraseKey(n);
      if (!known.has(key)) known.set(key, info);
    }
  }
}

function build(): Tables {
  const places = readLexicon('places', placesSchema);
  const orgs = readLexicon('organizations', organizationsSchema);
  const known = new Map<string, PlaceInfo>();
  for (const p of places.places) addNamed(known, p);
  const countryKeys = new Map<string, PlaceInfo>();
  addCountries(countryKeys);
  for (const c of places.countryAliases) {
    const code = countryKeys.get(phraseKey(c.name))?.country;
    addNamed(known, { ...c, ...(code ? { country: code } : {}) });
  }
  for (const [k, v] of countryKeys) if (!known.has(k)) known.set(k, v);
  for (const e of readLexicon('persons', personsSchema).entries) addNamed(known, e);
  for (const e of readLexicon('armed-groups', armedGroupsSchema).entries) addNamed(known, e);
  for (const e of readLexicon('outlets', outletsSchema).entries) addNamed(known, e);
  for (const e of orgs.entries) addNamed(known, e);
  return {
    known,
    heads: new Map(places.heads.filter((h) => h.en).map((h) => [phraseKey(h.head), h.en!])),
    nisbas: new Map(places.nisbas.filter((n) => n.en).map((n) => [phraseKey(n.adj), n.en!])),
    stateNouns: new Map(orgs.stateNouns.filter((s) => s.en).map((s) => [phraseKey(s.noun), s.en!])),
    suffixes: new Set(places.nameSuffixes.map((s) => phraseKey(s.word))),
  };
}

let cached: Tables | undefined;
const tables = (): Tables => (cached ??= build());

/** A masculine key of a nisba adjective (الروسية -> الروسي), as the NER lexicon folds it. */
const masculine = (key: string): string => (key.endsWith('يه') ? key.slice(0, -1) : key);

/** A name made of known parts: a kept head + a place, a place + a suffix, a state noun + a nisba. */
function composed(key: string, t: Tables): PlaceInfo | undefined {
  const words = key.split(' ');
  const pattern = t.heads.get(words[0]);
  const rest = t.known.get(words.slice(1).join(' '));
  if (pattern && rest?.en) return { ...rest, en: pattern.replace('{}', rest.en) };
  if (words.length > 1 && t.suffixes.has(words[words.length - 1])) {
    const base = t.known.get(words.slice(0, -1).join(' '));
    if (base) return { ...base, en: undefined };
  }
  for (let cut = words.length - 1; cut >= 1; cut--) {
    const noun = t.stateNouns.get(words.slice(0, cut).join(' '));
    const adjective = t.nisbas.get(masculine(words.slice(cut).join(' ')));
    if (noun && adjective) return { en: `${adjective} ${noun}` };
  }
  return undefined;
}

/** What the lexicons know of a name: English form, and for places coordinates and country. */
export function lookupName(name: string): PlaceInfo | undefined {
  const t = tables();
  const key = phraseKey(name);
  return t.known.get(key) ?? composed(key, t);
}

/** Entities with `en` (when known), `translit` (always), and for places `geo` and `country`. */
export function nameEntities(entities: Entity[]): Entity[] {
  return entities.map((e) => {
    const candidates = [e.name, ...e.aliases];
    const info = candidates.map(lookupName).find((i) => i !== undefined);
    const isPlace = e.type === 'LOC';
    return {
      ...e,
      ...(info?.en ? { en: info.en } : {}),
      translit: transliterate(e.name),
      ...(isPlace && info?.lat !== undefined ? { geo: { lat: info.lat, lon: info.lon! } } : {}),
      ...(isPlace && info?.country ? { country: info.country } : {}),
    };
  });
}
