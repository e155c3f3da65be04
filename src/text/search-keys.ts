// Search keys: one key per word token, the same on every database. A key is the word's light stem
// (src/text/arabic.ts: hamza and alef forms, ta marbuta, alef maqsura, diacritics and tatweel folded,
// clitics and one plural/dual/nisba ending off), Latin letters in lower case and Arabic-Indic digits
// as ASCII digits. The database indexes the keys, never the displayed text, so embedded and server
// databases match exactly the same words; offsets stay with the tokens for highlighting.
import { lightStem } from './arabic.js';
import { asciiDigits } from './digits.js';
import { tokenize } from './segment.js';

export interface KeyedToken {
  start: number;
  end: number;
  key: string;
}

/** The search key of one word. */
export function wordKey(word: string): string {
  return lightStem(asciiDigits(word)).toLowerCase();
}

/** Every word of a text with its offsets and key. */
export function searchTokens(text: string): KeyedToken[] {
  return tokenize(text).map((t) => ({ start: t.start, end: t.end, key: wordKey(t.text) }));
}

/** The keys of a text, in word order, separated by spaces: what the database indexes. */
export function keysOf(text: string): string {
  return searchTokens(text)
    .map((t) => t.key)
    .join(' ');
}
