// Figures a report compares with ("مقارنة بزيادة بنسبة 4.7% في العام 2013", "بعد أن كان في المركز
// 92"): the value of another time or thing, next to the one it reports. A false claim often takes
// that figure for the reported one (seventeenth round: 8 of the disagreements called agree on the dev
// sets), so such a figure neither gives the claim's figure nor rivals it.
import type { QuantityDraft } from '../contract.js';
import { articleNoun, presentVerb } from '../extract/entities/fragments.js';
import { readLexicon } from '../lexicon.js';
import { checkCuesSchema } from '../lexicon-schemas.js';
import { searchKey } from '../text/arabic.js';
import { PARTICLES, withoutProclitic } from './proclitics.js';
import type { TermToken } from './terms.js';

/**
 * Words before a figure searched for the end of a comparison phrase: at most three words stand
 * between the phrase and the figure ("مقارنة بزيادة بنسبة 4.7%").
 */
const COMPARED_REACH = 4;

interface Phrase {
  words: string[];
  /** the word after the phrase must be one of these, or start with one of `prefixes` ("مقارنة بـ") */
  objects?: Set<string>;
  prefixes?: string[];
}

let phrases: Phrase[] | undefined;

function comparisonPhrases(): Phrase[] {
  if (phrases) return phrases;
  const { forms, withObject } = readLexicon('check-cues', checkCuesSchema).comparisons;
  const split = (f: string) => f.split(/\s+/).map(searchKey);
  phrases = [
    ...forms.map((f) => ({ words: split(f) })),
    ...withObject.forms.map((f) => ({
      words: split(f),
      objects: new Set(withObject.objects.map(searchKey)),
      prefixes: withObject.objectPrefixes.map(searchKey),
    })),
  ];
  return phrases;
}

/** A comparison phrase ends at token i (its first word with or without one proclitic chain). */
function phraseEndsAt(tokens: readonly TermToken[], i: number): boolean {
  return comparisonPhrases().some((p) => {
    const from = i - p.words.length + 1;
    if (from < 0) return false;
    const said = p.words.every((w, k) => {
      const key = searchKey(tokens[from + k].text);
      return k === 0 ? withoutProclitic(key, PARTICLES).includes(w) : key === w;
    });
    if (!said || !p.objects) return said;
    // a bare "comparative" ("دراسة مقارنة شملت") compares with nothing
    const next = tokens[i + 1] ? searchKey(tokens[i + 1].text) : '';
    return p.objects.has(next) || p.prefixes!.some((x) => next.startsWith(x) && next.length > x.length);
  });
}

/** Proclitics before a verb that starts a new clause: "لتصل", "وبلغ", "فيصل", "وليبلغ". */
const VERB_PROCLITICS = ['', 'و', 'ف', 'ل', 'ول', 'فل'];

/**
 * A verb that starts a new clause, whose figure is the report's own ("مقارنة بالعام الماضي لتصل 55
 * ألف طن"): ل / و / ف + an imperfect (لتصل، ويبلغ), or a perfect (بلغت، وبلغ، ارتفع) whose imperfect
 * is a common verb (presentVerb). A bare imperfect is left out: after "كان" it goes on with the old
 * value ("بعد أن كان يبلغ 40"), and a verbal noun looks like one (تراجع، تزايد). A word the news
 * writes with the article is a noun (العدد، التراجع), not a verb.
 */
function clauseVerb(word: string): boolean {
  const key = searchKey(word);
  return withoutProclitic(key, VERB_PROCLITICS).some((bare) => {
    if (bare.length < 3 || articleNoun(bare)) return false;
    if (bare !== key && /^[يت]/.test(bare) && presentVerb(bare)) return true;
    // a perfect: its imperfect is ي + the stem (بلغ: يبلغ), without a derived form's ا (ارتفع: يرتفع)
    const stem = bare.replace(/(?<=^.{3,})ت$/, '');
    const imperfect = `ي${stem.replace(/^ا/, '')}`;
    return stem.length >= 3 && presentVerb(imperfect);
  });
}

/**
 * A figure stands at most three words after a comparison phrase of its sentence, with no other
 * figure and no verb that starts a new clause between (`quantities`: the sentence's figures, to tell
 * where the previous one ends).
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
  return before.some(
    ({ i }, k) => phraseEndsAt(tokens, i) && !before.slice(k + 1).some(({ t }) => clauseVerb(t.text)),
  );
}
