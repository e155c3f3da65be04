// Proclitic candidates of a word for lexicon look-ups: "وروسيا" may be "و" + "روسيا", "للجيش" may be
// "ل" + "الجيش". Which reading is right is decided by the caller (a lexicon or vocabulary hit).
import { searchKey } from '../../text/arabic.js';

export interface Candidate {
  /** search key of the word without the stripped proclitics (the article restored after لل) */
  key: string;
  /** proclitic letters stripped, counted in the search key */
  strip: number;
}

// conjunction and preposition proclitics: grammar (a closed set of the language's clitics), not vocabulary: it stays in code, not in lexicons/
const CONJ = new Set(['و', 'ف']);
const PREP = new Set(['ب', 'ل', 'ك']);

function withPrep(rest: string, strip: number, out: Candidate[]): void {
  if (rest.length < 2) return;
  out.push({ key: rest, strip });
  if (rest.startsWith('لل') && rest.length >= 4) out.push({ key: `ا${rest.slice(1)}`, strip: strip + 1 });
  else if (PREP.has(rest[0]) && rest.length >= 3) out.push({ key: rest.slice(1), strip: strip + 1 });
}

/** The word's key first, then readings with و/ف and ب/ل/ك taken off (least stripped first). */
export function cliticCandidates(word: string): Candidate[] {
  return keyCandidates(searchKey(word));
}

/** cliticCandidates of a word by its search key. */
export function keyCandidates(key: string): Candidate[] {
  const out: Candidate[] = [];
  withPrep(key, 0, out);
  if (CONJ.has(key[0]) && key.length >= 3) withPrep(key.slice(1), 1, out);
  if (!out.length) out.push({ key, strip: 0 });
  return out;
}

const MARK = /[\u064B-\u065F\u0670\u0640\u06D6-\u06ED]/;

/** Offset in the surface word after `n` key letters (diacritics and tatweel are not in the key). */
export function surfaceOffset(word: string, n: number): number {
  let i = 0;
  let seen = 0;
  while (i < word.length && seen < n) {
    if (!MARK.test(word[i])) seen++;
    i++;
  }
  while (i < word.length && MARK.test(word[i])) i++;
  return i;
}
