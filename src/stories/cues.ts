// The story lexicon (lexicons/stories.json) compiled once into phrase tables on search keys.
import { readLexicon } from '../lexicon.js';
import { storiesSchema } from '../lexicon-schemas.js';
import { lightStem, searchKey } from '../text/arabic.js';

/** A phrase as word keys, so that "لا شك أن" matches word by word whatever its spelling variants. */
export type Phrase = string[];

export interface StoryCues {
  continuations: Phrase[];
  opinionBylines: { keys: Phrase; kind: 'opinion' | 'editorial' }[];
  opinionSignatures: Set<string>;
  /** first word key -> phrases starting with it */
  opinionPhrases: Map<string, Phrase[]>;
  roundupPhrases: Map<string, Phrase[]>;
  reportingVerbs: Set<string>;
  /** light stem of a headline word -> bit of the incident kind it names (see incidentKinds) */
  incidentStems: Map<string, number>;
  /** light stems of the words that make a headline figure a toll of dead or injured (see tollWords) */
  tollStems: Set<string>;
  /** light stems of the words of a border (see borderWords) */
  borderStems: Set<string>;
}

export const phraseKeys = (text: string): Phrase => text.trim().split(/\s+/).map(searchKey);

/**
 * The light stems a headline word of a lexicon form may have: the form's own and the form's after
 * the article, since the light stem reads a leading و as a conjunction only without it (وفاة ->
 * فاه, الوفاة -> وفا).
 */
const formStems = (form: string): string[] => {
  const key = searchKey(form);
  return [...new Set([lightStem(key), lightStem('ال' + key)])];
};

function byFirstWord(phrases: Phrase[]): Map<string, Phrase[]> {
  const m = new Map<string, Phrase[]>();
  for (const p of phrases) {
    const list = m.get(p[0]) ?? [];
    list.push(p);
    m.set(p[0], list);
  }
  return m;
}

/** Light stem -> bits of the incident kinds naming it: a form may name several (a collision). */
function incidentStems(kinds: { forms: string[] }[]): Map<string, number> {
  const bits = new Map<string, number>();
  kinds.forEach((kind, k) => {
    for (const f of kind.forms)
      for (const stem of formStems(f)) bits.set(stem, (bits.get(stem) ?? 0) | (1 << k));
  });
  return bits;
}

let cached: StoryCues | undefined;

export function storyCues(): StoryCues {
  if (cached) return cached;
  const lex = readLexicon('stories', storiesSchema);
  const keys = (list: { text: string }[]) => list.map((e) => phraseKeys(e.text));
  cached = {
    continuations: keys(lex.continuations),
    opinionBylines: lex.opinionBylines.map((e) => ({ keys: phraseKeys(e.text), kind: e.kind })),
    opinionSignatures: new Set(keys(lex.opinionSignatures).map((p) => p.join(' '))),
    opinionPhrases: byFirstWord(keys(lex.opinionPhrases)),
    roundupPhrases: byFirstWord(keys(lex.roundupPhrases)),
    reportingVerbs: new Set(keys(lex.reportingVerbs).map((p) => p.join(' '))),
    incidentStems: incidentStems(lex.incidentKinds),
    tollStems: new Set(lex.tollWords.flatMap((e) => formStems(e.text))),
    borderStems: new Set(lex.borderWords.flatMap((e) => formStems(e.text))),
  };
  return cached;
}

/** The incident kinds a headline names, one bit each (0: none). */
export function incidentKinds(titleKeys: readonly string[]): number {
  const stems = storyCues().incidentStems;
  let kinds = 0;
  for (const k of titleKeys) kinds |= stems.get(lightStem(k)) ?? 0;
  return kinds;
}

/** Whether a headline names a toll of dead or injured (its figures can be revised counts). */
export function namesToll(titleKeys: readonly string[]): boolean {
  const stems = storyCues().tollStems;
  return titleKeys.some((k) => stems.has(lightStem(k)));
}

/** Whether a headline names a border: the countries it names may be neighbours of its event. */
export function namesBorder(titleKeys: readonly string[]): boolean {
  const stems = storyCues().borderStems;
  return titleKeys.some((k) => stems.has(lightStem(k)));
}

/** How many times phrases of `table` occur in a sequence of word keys. */
export function countPhrases(keys: readonly string[], table: Map<string, Phrase[]>): number {
  let n = 0;
  for (let i = 0; i < keys.length; i++) {
    const list = table.get(keys[i]);
    if (!list) continue;
    if (list.some((p) => p.every((w, j) => keys[i + j] === w))) n++;
  }
  return n;
}

/** True when `keys` starts with one of the phrases (after skipping opening punctuation). */
export function startsWithPhrase(keys: readonly string[], phrases: Phrase[]): Phrase | undefined {
  return phrases.find((p) => p.every((w, j) => keys[j] === w));
}
