// Where a clause starts: the nearest clause break before a word. Every walk over a clause's words
// asks breaksClause whether the gap between two words ends one (quotes, accusations, and in the
// comparison signatures, incidents, control, its whole/partial reading and same-incident places; the
// brief's lead asks it of each comma it might cut at); each says what breaks a clause for it (its
// punctuation, a complementiser, a conjoined opener). A single separator with no space between two
// digits ("15,000", "3.7 مليار") is the number's own and ends no clause; "15، 20" and "15،000" (the
// Arabic comma, which the number parser does not read inside a number) still do.
import { DIGIT_CLASS } from './digits.js';

/** A gap that is exactly one separator a number may carry inside it (Latin or Arabic). */
const NUMBER_SEPARATOR = /^[.,٫٬]$/;
const DIGITS_END = new RegExp(`[${DIGIT_CLASS}]$`);
const DIGITS_START = new RegExp(`^[${DIGIT_CLASS}]`);

/**
 * Is `gap`, the text between the word `before` (undefined at a text's start) and the word `after`,
 * a clause break under `punct`? Not when it is the separator inside a number (1,500 / 3.7).
 */
export function breaksClause(gap: string, before: string | undefined, after: string, punct: RegExp): boolean {
  if (!punct.test(gap)) return false;
  return !(
    NUMBER_SEPARATOR.test(gap) &&
    before !== undefined &&
    DIGITS_END.test(before) &&
    DIGITS_START.test(after)
  );
}

/**
 * Does `text` between `from` and `to` hold a clause break under `punct` (one character a match)?
 * For readers that look at a stretch of raw text rather than word by word: the separator of
 * "1,500" or "3.7" in it is the number's own and breaks nothing.
 */
export function breakWithin(text: string, from: number, to: number, punct: RegExp): boolean {
  for (let i = from; i < to; i++) {
    if (!punct.test(text[i])) continue;
    if (breaksClause(text[i], text[i - 1], text[i + 1] ?? '', punct)) return true;
  }
  return false;
}

/**
 * The first word of the clause that holds word `t`: walking back from `t`, the first word k > from
 * with a break before it (`breakBefore(k)`: a break between words k-1 and k), else `from`.
 */
export function clauseStartBy(from: number, t: number, breakBefore: (k: number) => boolean): number {
  for (let k = t; k > from; k--) if (breakBefore(k)) return k;
  return from;
}
