// NewsFANE Gold reader: 50 fine classes mapped to PERS / LOC / ORG / MISC, and the corpus's split
// clitics ("ب غزة", "ان ه") glued back to their host so training words look like news text.

export type Coarse = 'PERS' | 'LOC' | 'ORG' | 'MISC';

/** Fine class -> coarse class (see docs/ner.md for the reasons). Classes not listed are MISC. */
export const FINE_TO_COARSE: Record<string, Coarse> = {
  // people (ACE PER subtypes); Group (nationalities, communities: الصينيون) is not a name -> MISC
  Politician: 'PERS',
  Athlete: 'PERS',
  Artist: 'PERS',
  Other_PER: 'PERS',
  Religious_PER: 'PERS',
  Scientist: 'PERS',
  Businessperson: 'PERS',
  Lawyer: 'PERS',
  Engineer: 'PERS',
  Police: 'PERS',
  Group: 'MISC',
  // GPE, LOC and FAC -> LOC
  Nation: 'LOC',
  'Population-Center': 'LOC',
  'State-or-Province': 'LOC',
  'GPE-Cluster': 'LOC',
  'County-or-District': 'LOC',
  Continent: 'LOC',
  'Water-Body': 'LOC',
  Land: 'MISC', // vehicles (VEH.Land: cars), not land regions
  'Land-Region-Natural': 'LOC',
  Celestial: 'LOC',
  'Building-Grounds': 'LOC',
  Airport: 'LOC',
  Path: 'LOC',
  'Subarea-Facility': 'LOC',
  // organisations of every kind
  Government: 'ORG',
  'Non-Governmental': 'ORG',
  Commercial: 'ORG',
  Educational: 'ORG',
  Media: 'ORG',
  Sports: 'ORG',
  Entertainment: 'ORG',
  'Medical-Science': 'ORG',
  Religious_ORG: 'ORG',
};

/** Coarse BIO tag of a NewsFANE label ("B-Politician" -> "B-PERS"). */
export function coarseTag(label: string): string {
  const m = /^([BI])-(.+)$/.exec(label.trim());
  if (!m) return 'O';
  return `${m[1]}-${FINE_TO_COARSE[m[2]] ?? 'MISC'}`;
}

export interface TaggedSentence {
  tokens: string[];
  tags: string[];
}

/** Sentences of a NewsFANE file (BOM, CRLF, U+200E and the "\t" separator lines tolerated). */
export function readNewsFane(text: string): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  let cur: TaggedSentence = { tokens: [], tags: [] };
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = raw.replace(/\u200E/g, '');
    const [tok, label = 'O'] = line.split('\t');
    if (!tok || !tok.trim()) {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], tags: [] };
      continue;
    }
    cur.tokens.push(tok.trim());
    cur.tags.push(coarseTag(label));
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

/** Held-out part: every 10th sentence (index 9, 19, ...). Never trained on. */
export const isHeldOut = (index: number): boolean => index % 10 === 9;

// NewsFANE's clitic segments: grammar (a closed set of the language's clitics), not vocabulary: it stays in code, not in lexicons/
const PROCLITIC = new Set(['و', 'ف', 'ب', 'ل', 'ال']);
const ENCLITIC = new Set(['ه', 'ها', 'هم', 'هما', 'هن', 'كم', 'كما', 'نا', 'ي', 'ني', 'ك']);
const WORD = /^[\u0621-\u064A\u0660-\u0669\u0671-\u06D3]+$/;

export interface Glued {
  words: string[];
  /** token indexes of each word */
  groups: number[][];
  /** index (into the group) of the host token, which carries the word's tag */
  hosts: number[];
}

/**
 * Glue clitic tokens back: a lone proclitic (و ف ب ل ك ال) joins the next word, a lone pronoun
 * suffix (ه ها هم ...) joins the word before. Text already written as words passes unchanged.
 */
export function glueClitics(tokens: string[]): Glued {
  const words: string[] = [];
  const groups: number[][] = [];
  const hosts: number[] = [];
  let pending: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    const isPro =
      (PROCLITIC.has(t) || (t === 'ك' && next?.startsWith('ال'))) && next !== undefined && WORD.test(next);
    if (isPro) {
      pending.push(i);
      continue;
    }
    const prevWord = words.length ? words[words.length - 1] : '';
    const lastGroup = groups[groups.length - 1];
    if (
      !pending.length &&
      ENCLITIC.has(t) &&
      lastGroup &&
      WORD.test(tokens[lastGroup[lastGroup.length - 1]])
    ) {
      words[words.length - 1] = prevWord + t;
      lastGroup.push(i);
      continue;
    }
    groups.push([...pending, i]);
    hosts.push(pending.length);
    words.push(pending.map((j) => tokens[j]).join('') + t);
    pending = [];
  }
  if (pending.length) {
    for (const j of pending) {
      groups.push([j]);
      hosts.push(0);
      words.push(tokens[j]);
    }
  }
  return { words, groups, hosts };
}

/** Tag of a glued word from its tokens' tags: a B- anywhere wins, else the host's tag. */
export function gluedTag(tags: string[], group: number[], host: number): string {
  for (const j of group) if (tags[j].startsWith('B-')) return tags[j];
  return tags[group[host]];
}

/** Tags for the tokens of a glued word: the host takes the word's tag, clitics O (I- inside a name). */
export function splitTag(tag: string, group: number[], host: number): string[] {
  return group.map((_, k) => (k === host ? tag : k < host && tag.startsWith('I-') ? tag : 'O'));
}
