// Country adjectives (nisbas) for the claim checker: "جنود يمنيين" and "في اليمن" name one place, and
// "جانيين إثيوبيين" names another. The curated list of lexicons/places.json (which the entity finder
// reads too) holds the common ones; the rest are built by rule from every one-word country name the
// gazetteer knows (the i18n-iso-countries names and their aliases): اليمن -> اليمني, إثيوبيا ->
// الإثيوبي, السعودية -> السعودي. Spellings with or without hamza, ة/ه and ى/ي are one term already
// (terms.ts folds them); the feminine and plural forms (-ية, -يون, -يين) reach the same term.
// Cities are left out: their adjectives are family names far more often (البغدادي، الحلبي، المكي).
import { createRequire } from 'node:module';
import { readLexicon } from '../../lexicon.js';
import { placesSchema } from '../../lexicon-schemas.js';
import { lookupName } from '../../link/names.js';
import { searchKey } from '../../text/arabic.js';
import { termTokens } from '../terms.js';

export interface Nisba {
  /** the term of the country's name, as a place slot's key ("يمن") */
  term: string;
  /** ISO 3166-1 alpha-2, when the gazetteer knows the country */
  code?: string;
}

/** The adjective the rule builds from a one-word country name, with its article (اليمن -> اليمني). */
export function nisbaByRule(name: string): string | undefined {
  if (/\s/.test(name.trim())) return undefined;
  const base = name.trim().replace(/^ال/, '');
  // a name ending in ي is its own adjective (تشيلي، جيبوتي): the name is read as a place already
  if (base.length < 3 || base.endsWith('ي')) return undefined;
  // إثيوبيا -> إثيوبي, إيطاليا -> إيطالي, كندا -> كندي, سورية -> سوري, مصر -> مصري
  const stem = /[اة]$/.test(base) ? base.slice(0, -1) : base;
  return `ال${stem.endsWith('ي') ? stem : `${stem}ي`}`;
}

const termOf = (text: string) => termTokens(text).find((t) => t.term)?.term;

/** Every one-word name of a country the gazetteer knows, with its ISO code. */
function countryNames(): [string, string][] {
  const require = createRequire(import.meta.url);
  const ar = require('i18n-iso-countries/langs/ar.json') as { countries: Record<string, string | string[]> };
  const out = Object.entries(ar.countries).flatMap(([code, n]) => [n].flat().map((name) => [name, code]));
  // other spellings (سورية، أميركا), not a capital standing for its state (موسكو، طهران)
  for (const c of readLexicon('places', placesSchema).countryAliases) {
    const code = lookupName(c.name)?.country;
    for (const name of [c.name, ...c.aliases])
      if (code && lookupName(name)?.lat === undefined) out.push([name, code]);
  }
  return out as [string, string][];
}

function build(): Map<string, Nisba> {
  const places = readLexicon('places', placesSchema);
  const countries = countryNames();
  const codeOf = new Map(countries.map(([name, code]) => [searchKey(name), code]));
  const out = new Map<string, Nisba>();
  const skip = new Set([
    ...places.nisbaSkips.map((s) => searchKey(s.word)),
    ...places.skipCountries.map((s) => searchKey(nisbaByRule(s.name) ?? s.name)),
  ]);
  const add = (adj: string, country: string) => {
    const term = termOf(country);
    if (!term || skip.has(searchKey(adj))) return;
    // the package's code first: "عمان" is Oman there, Amman in the gazetteer of towns
    const code = codeOf.get(searchKey(country)) ?? lookupName(country)?.country;
    const nisba = { term, ...(code ? { code } : {}) };
    // the adjective with and without its article: the stem of each may differ
    for (const form of [adj, adj.replace(/^ال/, '')]) {
      const key = termOf(form);
      if (key && !out.has(key)) out.set(key, nisba);
    }
  };
  for (const n of [...places.nisbas, ...places.nisbaForms]) if (n.country) add(n.adj, n.country);
  for (const [name] of countries) {
    const adj = nisbaByRule(name);
    if (adj) add(adj, name);
  }
  return out;
}

/**
 * A word written as an adjective: the nisba's ي with the endings of its feminine, plural and dual
 * forms (يمني، يمنية، يمنيون، يمنيين، يمنيتين، يمنيات). A term alone is not enough: the stem of
 * "الكوبي" is كوب (a cup), of "السعودي" سعود (a man's name).
 */
const ADJECTIVE_ENDING = /ي(ه|ون|ين|ان|تان|تين|ات)?$/;

let table: Map<string, Nisba> | undefined;

/** The country a word's term names as an adjective; a plural keeps the nisba's ي ("مصريين": مصري). */
export function nisbaCountry(term: string): Nisba | undefined {
  table ??= build();
  return table.get(term) ?? (term.endsWith('ي') ? table.get(term.slice(0, -1)) : undefined);
}

/** The country a word names as an adjective, when it is written as one (ADJECTIVE_ENDING). */
export function nisbaOfWord(t: { text: string; term: string }): Nisba | undefined {
  return ADJECTIVE_ENDING.test(searchKey(t.text)) ? nisbaCountry(t.term) : undefined;
}
