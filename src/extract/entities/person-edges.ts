// A person's name found by one source often stops one word short of the name written: the tagger
// takes the given name and leaves an unknown surname ("فلوريان ماير"), or takes the surname and leaves
// the given name before it ("علي لاريجاني"). Each person candidate gains a longer twin over one name
// word on either side; the longer span wins the overlap when nothing surer holds it.
import { loadWordList } from '../../clean/repair.js';
import { articleNoun, inflectedWord, presentVerb, verbWord } from './fragments.js';
import { givenName, NAME_PARTICLES, nameWord } from './persons.js';
import { bestReadingAt, known, type Sentence } from './sentence.js';

/** Longest name a one-side extension starts from: longer spans are whole names already. */
const EXTEND_UP_TO = 3;

/** Uses in the news word list of a present-tense form after ل that make it a verb ("ليعوض"). */
const VERB_USES = 10;

/** A verb after a clitic: a verb by its form, or a present-tense form the news uses as written. */
function clauseVerb(rest: string): boolean {
  return verbWord(rest) || (/^[يتن]/.test(rest) && loadWordList().count(rest) >= VERB_USES);
}

/**
 * Word k may go on a name before or after it: a given name or a person word of the corpus, or a
 * word no list knows that is neither a verb nor a noun the news writes with the article. Clitics,
 * the article and name particles are left to the other rules ("وسمير" starts a name of its own,
 * "العاشر" and "المغامر" are no names).
 */
function edgeWord(s: Sentence, k: number, first: boolean): boolean {
  const { words, keys, lex, model } = s;
  const w = keys[k];
  if (/^[وف]|^ال/.test(w) || NAME_PARTICLES.has(w) || !nameWord(s, k, first)) return false;
  if (bestReadingAt(s, k).strip > 0) return false;
  if (givenName(w, lex) || model.persons.has(w)) return true;
  // a verb before a name ("يستعرض أبو ..."), a clitic on a verb after it ("ليعوض")
  if (first ? /^[يتن]/.test(w) : /^[لب]/.test(w) && clauseVerb(words[k].slice(1))) return false;
  return (
    !known(w, lex, model.vocab) &&
    !verbWord(words[k]) &&
    !inflectedWord(words[k], true) && // "بشن", "عودته"
    !presentVerb(words[k]) &&
    !articleNoun(words[k]) // "دافع", "هدفين"
  );
}

export function addPersonEdges(s: Sentence): void {
  const { toks, cands } = s;
  const n = cands.length;
  for (let c = 0; c < n; c++) {
    const { i, j, type, key, strip, score } = cands[c];
    if (type !== 'PER' || j - i > EXTEND_UP_TO) continue;
    if (j < toks.length && edgeWord(s, j, false))
      cands.push({ i, j: j + 1, type, key: `${key} ${s.keys[j]}`, strip, score: score + 1 });
    if (i > 0 && strip === 0 && !/^[وف]/.test(s.keys[i]) && edgeWord(s, i - 1, true))
      cands.push({ i: i - 1, j, type, key: `${s.keys[i - 1]} ${key}`, strip: 0, score: score + 1 });
  }
}
