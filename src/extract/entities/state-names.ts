// A state named with its form: "مملكة البحرين", "جمهورية مصر العربية" (form + a listed country + its
// nisbas) and "الجمهورية اليمنية", "المملكة الأردنية الهاشمية" (the definite form + a feminine nisba
// of a country) are one place, the country (its key, so that the mentions link to it).
import { wordKeys } from '../ner/lexicon.js';
import { nisbaKey } from '../ner/lexicon.js';
import { addCand, matchFrom, PATTERN_BONUS, type Sentence } from './sentence.js';

/** Nisbas after the name or the first nisba ("العربية", "الهاشمية"): three cover official names. */
const STATE_NISBAS = 3;

/** The state form read at word i: 1 indefinite (مملكة), 2 definite (المملكة), 0 none. */
function stateForm(s: Sentence, i: number): { kind: number; strip: number } {
  for (const r of s.infos[i].readings) {
    if (s.lex.stateForms.has(r.key)) return { kind: 1, strip: r.strip };
    if (r.key.startsWith('ال') && s.lex.stateForms.has(r.key.slice(2))) return { kind: 2, strip: r.strip };
  }
  return { kind: 0, strip: 0 };
}

/** A feminine nisba (agreeing with the form): "اليمنيه", "العربيه". */
function feminineNisba(s: Sentence, k: number): boolean {
  const w = s.keys[k];
  return w.startsWith('ال') && w.endsWith('يه') && s.lex.nisbas.has(nisbaKey(w));
}

/** A word holds a state form's letters: read its readings only then (this runs on every word). */
const holdsForm = (key: string, forms: Set<string>) => {
  for (const f of forms) if (key.includes(f)) return true;
  return false;
};

export function addStateNames(s: Sentence): void {
  const { toks, keys, lex } = s;
  for (let i = 0; i + 1 < toks.length; i++) {
    if (!holdsForm(keys[i], lex.stateForms)) continue;
    const { kind, strip } = stateForm(s, i);
    if (!kind) continue;
    let j = i + 1;
    let country = '';
    if (kind === 1) {
      const listed = lex.phrases
        .get(keys[j])
        ?.find((p) => p.type === 'LOC' && matchFrom(keys, j + 1, p.keys));
      if (!listed) continue;
      country = listed.canon;
      j += listed.keys.length;
    } else {
      if (!feminineNisba(s, j)) continue;
      country = lex.nisbas.get(nisbaKey(keys[j])) ?? '';
      if (!country) continue; // "الجمهورية العربية" alone names no one state
      j++;
    }
    for (let n = 0; n < STATE_NISBAS && j < toks.length && feminineNisba(s, j); n++) j++;
    addCand(s, { i, j, type: 'LOC', key: wordKeys(country).join(' '), strip }, PATTERN_BONUS);
  }
}
