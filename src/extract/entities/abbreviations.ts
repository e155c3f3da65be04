// Abbreviations written letter by letter with dots: "د. ب. أ"، "أ.ف.ب". The sentence's tokens are
// then single letters and dots, so the word-by-word lexicon match does not see the lexicon's spaced
// form ("د ب أ"); this pass reads the letters alone and looks them up.
import { addCand, LEXICON_BONUS, type Sentence } from './sentence.js';

const LETTER = /^[\u0621-\u064A]$/;

/** A lexicon abbreviation written with dots that starts at token i. */
export function addDottedAbbreviation(s: Sentence, i: number): void {
  const { keys, lex } = s;
  if (!LETTER.test(keys[i]) || keys[i + 1] !== '.') return;
  if (i > 0 && (LETTER.test(keys[i - 1]) || keys[i - 1] === '.')) return; // not the first letter
  const letters: string[] = [];
  let end = i;
  for (let k = i; k < keys.length && LETTER.test(keys[k]); k += 2) {
    letters.push(keys[k]);
    end = k + 1;
    if (keys[k + 1] !== '.') break;
  }
  if (letters.length < 2) return;
  const p = lex.phrases.get(letters[0])?.find((ph) => ph.keys.join(' ') === letters.join(' '));
  if (p) addCand(s, { i, j: end, type: p.type, key: p.canon, strip: 0 }, LEXICON_BONUS);
}
