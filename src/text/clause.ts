// Where a clause starts: the nearest clause break before a word. One walk for every layer that reads
// clauses (quotes, accusations, the comparison); each says what breaks a clause for it (its
// punctuation, a complementiser, a conjoined opener). A point or comma between two digits is the
// number's own separator ("15,000", "3.7 مليار"), never the end of a clause.

/** A gap that is exactly one separator a number may carry inside it (Latin or Arabic). */
const NUMBER_SEPARATOR = /^[.,٫٬]$/;
const DIGITS_END = /[0-9٠-٩]$/;
const DIGITS_START = /^[0-9٠-٩]/;

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
 * The first word of the clause that holds word `t`: walking back from `t`, the first word k > from
 * with a break before it (`breakBefore(k)`: a break between words k-1 and k), else `from`.
 */
export function clauseStartBy(from: number, t: number, breakBefore: (k: number) => boolean): number {
  for (let k = t; k > from; k--) if (breakBefore(k)) return k;
  return from;
}
