// Entity lexicons (lexicons/*.json + Arabic country names from i18n-iso-countries) compiled once
// into look-up tables on search keys. Shared by the tagger's gazetteer features and the extractor.
import { createRequire } from 'node:module';
import { searchKey } from '../../text/arabic.js';
import type { z } from 'zod';
import { readLexicon } from '../../lexicon.js';
import {
  armedGroupsSchema,
  organizationsSchema,
  outletsSchema,
  personsSchema,
  placesSchema,
  titlesSchema,
} from '../../lexicon-schemas.js';

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MEDIA' | 'GROUP';

/** One lexicon name (or alias), as a sequence of word keys, pointing at its canonical name. */
export interface LexPhrase {
  keys: string[];
  type: EntityType;
  /** search key of the canonical name: every alias of one entry shares it */
  canon: string;
  /** canonical display name */
  name: string;
  /** false: matched by the finder, left out of the tagger's gazetteer features */
  feature?: boolean;
}

/** A named entry of any entity lexicon; `weak` (places only): a tagger feature, never matched by itself. */
type Entry = z.infer<typeof outletsSchema>['entries'][number] & { weak?: boolean };

/** Word keys of a phrase: search key per word, punctuation inside abbreviations (أ.ف.ب) as spaces. */
export function wordKeys(phrase: string): string[] {
  return phrase
    .replace(/[.\u060C,()]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(searchKey);
}

export interface Lexicons {
  /** first word key -> phrases starting with it, longest first */
  phrases: Map<string, LexPhrase[]>;
  /** single-word classes for tagger features: key -> class tags (LOC, ORG, PER, GIVEN, TITLE, ...) */
  wordClass: Map<string, string[]>;
  /** title phrases (word keys), first word -> phrases longest first */
  titles: Map<string, string[][]>;
  /** organisation heads (وزارة، وكالة، حركة...) -> type */
  orgHeads: Map<string, EntityType>;
  notMedia: Set<string>;
  /** institution nouns that take a nisba (الخارجية الروسية) */
  stateNouns: Map<string, string[][]>;
  /** adjectives of official body names that are no nisba (العامة، العليا) */
  bodyAdjectives: Set<string>;
  placeHeads: Set<string>;
  /** place heads that belong to the name (مطار حلب، ريف دمشق) */
  keepHeads: Set<string>;
  /** heads of two places (حيي X وY) */
  dualHeads: Set<string>;
  placePrefixes: Set<string>;
  /** adjectives that make a place of their own after a place name (حلب القديمة) */
  placeSuffixes: Set<string>;
  /** forms of a state (مملكة، جمهورية) that make one place with the country's name or nisba */
  stateForms: Set<string>;
  /** names marked weak (also common words): matched only after a place or organisation head */
  weakPhrases: Map<string, LexPhrase[]>;
  /** nisba adjective key (masculine, ta marbuta folded away) -> country name or '' */
  nisbas: Map<string, string>;
  givenNames: Set<string>;
}

function addPhrase(
  lex: Lexicons,
  surface: string,
  canonName: string,
  type: EntityType,
  weak = false,
  feature = true,
): void {
  const keys = wordKeys(surface);
  if (!keys.length) return;
  const canon = wordKeys(canonName).join(' ');
  if (weak) {
    for (const k of keys) addClass(lex, k, `${type === 'PER' ? 'PER' : type === 'LOC' ? 'LOC' : 'ORG'}w`);
    const weakList = lex.weakPhrases.get(keys[0]) ?? [];
    weakList.push({ keys, type, canon, name: canonName });
    weakList.sort((a, b) => b.keys.length - a.keys.length);
    lex.weakPhrases.set(keys[0], weakList);
    return;
  }
  const list = lex.phrases.get(keys[0]) ?? [];
  if (list.some((p) => p.keys.join(' ') === keys.join(' '))) return; // first entry wins
  list.push(
    feature ? { keys, type, canon, name: canonName } : { keys, type, canon, name: canonName, feature },
  );
  list.sort((a, b) => b.keys.length - a.keys.length);
  lex.phrases.set(keys[0], list);
  if (!feature) return; // word classes are tagger features
  if (keys.length === 1) addClass(lex, keys[0], type === 'PER' ? 'PER' : type === 'LOC' ? 'LOC' : 'ORG');
  else for (const k of keys) addClass(lex, k, `${type === 'PER' ? 'PER' : type === 'LOC' ? 'LOC' : 'ORG'}w`);
}

function addClass(lex: Lexicons, key: string, cls: string): void {
  const list = lex.wordClass.get(key);
  if (!list) lex.wordClass.set(key, [cls]);
  else if (!list.includes(cls)) list.push(cls);
}

/** Masculine key of a nisba adjective: الروسية / الروسيه -> الروسي. */
export function nisbaKey(key: string): string {
  return key.endsWith('يه') ? key.slice(0, -1) : key;
}

function build(): Lexicons {
  const lex = emptyLexicons();
  const orgs = readLexicon('organizations', organizationsSchema);
  const persons = readLexicon('persons', personsSchema);
  const places = readLexicon('places', placesSchema);
  addNames(lex, orgs, persons, places);
  addOrganisationWords(lex, orgs);
  addPlaceWords(lex, places);
  addTitles(lex);
  for (const g of persons.givenNames.names) {
    lex.givenNames.add(searchKey(g));
    addClass(lex, searchKey(g), 'GIVEN');
  }
  return lex;
}

function emptyLexicons(): Lexicons {
  return {
    phrases: new Map(),
    wordClass: new Map(),
    titles: new Map(),
    orgHeads: new Map(),
    notMedia: new Set(),
    stateNouns: new Map(),
    bodyAdjectives: new Set(),
    placeHeads: new Set(),
    keepHeads: new Set(),
    dualHeads: new Set(),
    placePrefixes: new Set(),
    placeSuffixes: new Set(),
    stateForms: new Set(),
    weakPhrases: new Map(),
    nisbas: new Map(),
    givenNames: new Set(),
  };
}

type Organizations = z.infer<typeof organizationsSchema>;
type Persons = z.infer<typeof personsSchema>;
type Places = z.infer<typeof placesSchema>;

/** Every listed name and alias; the order is the priority when two lexicons list the same phrase. */
function addNames(lex: Lexicons, orgs: Organizations, persons: Persons, places: Places): void {
  const add = (entries: Entry[], type: EntityType) => {
    for (const e of entries) {
      const feature = (e as { taggerFeature?: boolean }).taggerFeature !== false;
      addPhrase(lex, e.name, e.name, type, e.weak, feature);
      for (const a of e.aliases ?? []) addPhrase(lex, a, e.name, type, e.weak, feature);
    }
  };
  add(readLexicon('outlets', outletsSchema).entries, 'MEDIA');
  add(readLexicon('armed-groups', armedGroupsSchema).entries, 'GROUP');
  add(orgs.entries, 'ORG');
  add(persons.entries, 'PER');
  add(places.countryAliases, 'LOC');
  add(places.places, 'LOC');
  const skip = new Set(places.skipCountries.map((s) => searchKey(s.name)));
  for (const name of countryNames())
    if (!skip.has(wordKeys(name).join(' '))) addPhrase(lex, name, name, 'LOC');
}

/** Organisation heads (وزارة، وكالة), words that are no outlet, state nouns. */
function addOrganisationWords(lex: Lexicons, orgs: Organizations): void {
  for (const h of orgs.heads) {
    lex.orgHeads.set(searchKey(h.head), h.type);
    if (h.taggerFeature !== false) addClass(lex, searchKey(h.head), `H${h.type}`);
  }
  for (const w of orgs.notMedia) lex.notMedia.add(searchKey(w.word));
  for (const w of orgs.bodyAdjectives.words) lex.bodyAdjectives.add(searchKey(w));
  for (const s of orgs.stateNouns) {
    const keys = wordKeys(s.noun);
    const list = lex.stateNouns.get(keys[0]) ?? [];
    list.push(keys);
    list.sort((a, b) => b.length - a.length);
    lex.stateNouns.set(keys[0], list);
  }
}

/** Place heads (مدينة، محافظة), name prefixes and suffixes, nisba adjectives. */
function addPlaceWords(lex: Lexicons, places: Places): void {
  for (const h of places.heads) {
    lex.placeHeads.add(searchKey(h.head));
    if (h.keepHead) lex.keepHeads.add(searchKey(h.head));
    if (h.dual) lex.dualHeads.add(searchKey(h.head));
    if (h.taggerFeature !== false) addClass(lex, searchKey(h.head), 'HLOC');
  }
  for (const p of places.namePrefixes) lex.placePrefixes.add(searchKey(p.word));
  for (const p of places.nameSuffixes) lex.placeSuffixes.add(searchKey(p.word));
  for (const p of places.stateForms) lex.stateForms.add(searchKey(p.word));
  for (const n of places.nisbas) {
    lex.nisbas.set(searchKey(n.adj), n.country);
    addClass(lex, searchKey(n.adj), 'NISBA');
  }
}

/** Titles by first word, longest first. */
function addTitles(lex: Lexicons): void {
  for (const t of readLexicon('titles', titlesSchema).titles) {
    const keys = wordKeys(t.title);
    const list = lex.titles.get(keys[0]) ?? [];
    list.push(keys);
    list.sort((a, b) => b.length - a.length);
    lex.titles.set(keys[0], list);
    addClass(lex, keys[0], 'TITLE');
  }
}

/** Arabic country names (i18n-iso-countries), some in several forms. */
export function countryNames(): string[] {
  // the package ships one JSON per locale; reading the Arabic one alone keeps start-up small
  const require = createRequire(import.meta.url);
  const ar = require('i18n-iso-countries/langs/ar.json') as { countries: Record<string, string | string[]> };
  return Object.values(ar.countries).flatMap((v) => (Array.isArray(v) ? v : [v]));
}

let cached: Lexicons | undefined;

/** The compiled lexicons (built on first use, then shared). */
export function lexicons(): Lexicons {
  cached ??= build();
  return cached;
}
