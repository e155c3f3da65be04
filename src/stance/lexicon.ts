// Negation cues and contrast pairs for the stance model, loaded once from lexicons/ and keyed by
// light stem so that look-ups on a pair's words are single Map hits.
import { lightStem } from '../text/arabic.js';
import { readLexicon } from '../lexicon.js';
import { antonymsSchema, negationSchema, stanceFunctionWordsSchema } from '../lexicon-schemas.js';

/** Light stem -> negation kind (particle, deny, refuse, fail, cancel, doubt). */
export const NEGATION_STEMS: ReadonlyMap<string, string> = (() => {
  const lex = readLexicon('negation', negationSchema);
  const out = new Map<string, string>();
  for (const e of lex.entries) for (const f of e.forms) out.set(lightStem(f), e.kind);
  return out;
})();

/** One pole of a contrast group, e.g. "rise:a". */
export type Pole = string;

/** Light stem -> the poles it belongs to (a word may sit in several groups). */
export const ANTONYM_STEMS: ReadonlyMap<string, Pole[]> = (() => {
  const lex = readLexicon('antonyms', antonymsSchema);
  const out = new Map<string, Pole[]>();
  const add = (form: string, pole: Pole) => {
    const s = lightStem(form);
    const list = out.get(s) ?? [];
    if (!list.includes(pole)) list.push(pole);
    out.set(s, list);
  };
  for (const g of lex.groups) {
    for (const f of g.a) add(f, `${g.name}:a`);
    for (const f of g.b) add(f, `${g.name}:b`);
  }
  return out;
})();

/** The opposite pole of "group:a" is "group:b" and back. */
export function oppositePole(p: Pole): Pole {
  return p.endsWith(':a') ? `${p.slice(0, -2)}:b` : `${p.slice(0, -2)}:a`;
}

/** Light stems of function words that rewrites add or drop freely. */
export const FUNCTION_STEMS: ReadonlySet<string> = (() => {
  const lex = readLexicon('stance-function-words', stanceFunctionWordsSchema);
  return new Set(lex.entries.flatMap((e) => e.forms.map(lightStem)));
})();
