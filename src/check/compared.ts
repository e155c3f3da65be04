// Figures a report compares with ("مقارنة بزيادة بنسبة 4.7% في العام 2013", "بعد أن كان في المركز
// 92"): the value of another time or thing, next to the one it reports. A false claim often takes
// that figure for the reported one (seventeenth round: 8 of the disagreements called agree on the dev
// sets), so such a figure neither gives the claim's figure nor rivals it.
import type { QuantityDraft } from '../contract.js';
import { readLexicon } from '../lexicon.js';
import { checkCuesSchema } from '../lexicon-schemas.js';
import { searchKey } from '../text/arabic.js';
import type { TermToken } from './terms.js';

/** Words between a comparison word and the figure it introduces ("مقارنة بزيادة بنسبة 4.7%"). */
const COMPARED_REACH = 4;
/** Proclitics a comparison phrase's first word may carry ("وبالمقارنة", "بعد" needs none). */
const PROCLITICS = ['و', 'ب', 'ل', 'ف', 'وب', 'ول'];

let phrases: string[][] | undefined;

function comparisonPhrases(): string[][] {
  phrases ??= readLexicon('check-cues', checkCuesSchema).comparisons.forms.map((f) =>
    f.split(/\s+/).map(searchKey),
  );
  return phrases;
}

/** The phrase's first word, with or without one proclitic chain. */
function firstWordIs(token: string, word: string): boolean {
  return token === word || PROCLITICS.some((p) => token === p + word);
}

/** A comparison phrase ends at token i. */
function phraseEndsAt(tokens: readonly TermToken[], i: number): boolean {
  return comparisonPhrases().some((p) => {
    const from = i - p.length + 1;
    if (from < 0) return false;
    return p.every((w, k) => {
      const key = searchKey(tokens[from + k].text);
      return k === 0 ? firstWordIs(key, w) : key === w;
    });
  });
}

/**
 * A figure stands within COMPARED_REACH words after a comparison phrase of its sentence, with no
 * other figure between (`quantities`: the sentence's figures, to tell where the previous one ends).
 */
export function comparedFigure(
  q: QuantityDraft,
  tokens: readonly TermToken[],
  quantities: readonly QuantityDraft[],
): boolean {
  const previousEnd = Math.max(
    -1,
    ...quantities.filter((o) => o !== q && o.end <= q.start).map((o) => o.end),
  );
  const before = tokens
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.end <= q.start && t.start >= previousEnd)
    .slice(-COMPARED_REACH);
  return before.some(({ i }) => phraseEndsAt(tokens, i));
}
