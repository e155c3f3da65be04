// Arabic numbers as written in news: digit runs (Western and Arabic-Indic, with thousands
// separators and decimals) and number words in every case and gender form, joined by و.
// The words are data (lexicons/number-words.json); this file is the grammar that combines them.
// Tokens are read in number-tokens.ts and joined by the grammar of number-grammar.ts.
import { readToken, type Read, type Vague } from './number-tokens.js';
import { step, type State } from './number-grammar.js';

export { NUMBER_KEYS, isNumberKey, isVagueAmount } from './number-tokens.js';

/** A number read from the text. */
export interface NumberParse {
  /** first character of the number, after any proclitic */
  start: number;
  end: number;
  value: number;
  /** vague amounts (عشرات الآلاف): the range; value is low */
  low?: number;
  high?: number;
  /** the largest scale word used (1000 for "15 ألف"), 1 if none */
  scale: number;
  /** how many tokens were read */
  tokens: number;
  /** the number begins with a digit run */
  digits: boolean;
  /** search key of the first token without proclitics, for context checks (ألف, اثنين, تسع) */
  firstKey: string;
}
/** Parse a number starting at pos (spaces allowed before it). Null when none starts there. */
export function parseNumberAt(text: string, pos: number): NumberParse | null {
  const first = readToken(text, pos, true);
  if (!first) return null;
  const start = first.start + first.prefix;
  if (first.vague) return readVague(text, first, start);
  if (!first.word) return null;
  const st: State = {
    total: 0,
    group: 0,
    empty: true,
    hundreds: false,
    unit: 0,
    tens: false,
    teen: false,
    digits: false,
    lastScale: Infinity,
    lastKind: '',
    tokens: 0,
  };
  let good: NumberParse | null = null;
  let partnerOpen = false;
  let paren = false;
  let read: Read | null = first;
  while (read && read.word) {
    if (!step(st, read.word, st.tokens > 0 && read.and)) break;
    partnerOpen = !!read.word.partner;
    st.lastKind = read.word.kind;
    st.tokens++;
    if (!partnerOpen) {
      good = {
        start: paren && st.tokens > 1 ? start - 1 : start,
        end: read.end,
        value: st.total + st.group,
        scale: st.lastScale === Infinity ? 1 : st.lastScale,
        tokens: st.tokens,
        digits: first.word?.kind === 'digits',
        firstKey: first.key,
      };
    }
    let end = read.end;
    // Saudi papers bracket the digits: "(300) ألف ريال"
    if (st.tokens === 1 && read.word.kind === 'digits' && text[end] === ')' && text[start - 1] === '(') {
      paren = true;
      end++;
    }
    read = readToken(text, end, false);
    // a number does not run across a line break
    if (read && text.slice(end, read.start).includes('\n')) break;
  }
  // a lone word before a digit run is not a number phrase (the verb تسع before 500)
  if (good && good.tokens === 1 && first.word.kind !== 'digits' && read?.word?.kind === 'digits') return null;
  return good;
}

/** عشرات / مئات الآلاف / بضعة آلاف: a range, scaled by a following plural scale word. */
function readVague(text: string, first: Read, start: number): NumberParse {
  const v = first.vague as Vague;
  let base = v.base;
  let end = first.end;
  let tokens = 1;
  const next = readToken(text, end, false);
  if (
    next &&
    !next.and &&
    next.vague &&
    next.vague.base >= 1000 &&
    next.vague.base > base &&
    next.prefix === 0
  ) {
    base *= next.vague.base;
    end = next.end;
    tokens = 2;
  }
  const low = v.low * base;
  return {
    start,
    end,
    value: low,
    low,
    high: (v.high + 1) * base - 1,
    scale: base,
    tokens,
    digits: false,
    firstKey: first.key,
  };
}

/**
 * Value of a phrase that is wholly an Arabic number: "ثلاثة وعشرون" -> 23, "بثلاثة" -> 3,
 * "مئتا ألف" -> 200000, "2.5 مليون" -> 2500000. Null when anything else is in the phrase, for
 * vague amounts (عشرات), and for words that are only numbers inside compounds (أحد alone).
 */
export function parseNumberWords(phrase: string): number | null {
  const p = parseNumberAt(phrase, 0);
  if (!p || p.low !== undefined) return null;
  return phrase.slice(p.end).trim() === '' ? p.value : null;
}
