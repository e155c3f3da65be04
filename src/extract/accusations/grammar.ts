// Small grammatical checks on the words around an act, shared by the readers of verbs and of
// verbal nouns: is the word a verb form or a noun, can it stand as a subject or a genitive, is a
// needed word near.
import { isAdjective, type Tok } from './words.js';
import { isVerbForm } from './lexicon.js';
import { actorEnd, hasPreposition, isActor, isTarget } from './actors.js';

/** A verb form carries no article or ب/ل preposition (بقصف، القصف are nouns). */
export function hasPrefix(t: Tok): boolean {
  // tanween marks a noun or an adverb (منعاً للدخول)
  return t.al || (/^[بل]/.test(t.bare) && !isVerbForm(t.bare)) || /[\u064B-\u064D]/.test(t.raw);
}

/** An actor in the genitive right after an indefinite head at `i` (قصف القوات، غارات طائرات), not
 * after a preposition (الهجمات بطائرات); a nisba there is an adjective (تفجير انتحاري) unless it heads
 * a construct of its own (مسلحي الفصيل). */
export function genitiveActor(toks: Tok[], i: number): boolean {
  const x = toks[i + 1];
  if (toks[i].al || !subjectActor(x)) return false;
  return !isAdjective(x) || actorEnd(toks, i + 1) > i + 2;
}

/** An actor that can stand as a subject or genitive: no conjunction, no preposition, not a target. */
export function subjectActor(x: Tok): boolean {
  return x.key === x.bare && isActor(x) && !isTarget(x) && !hasPreposition(x);
}

/** One of `words` within `n` words after `i` (the article is optional: أطلق النار، إطلاق نار). */
export function followsWithin(toks: Tok[], i: number, words: Set<string>, n: number): boolean {
  for (let k = i + 1; k < toks.length && k <= i + n; k++) if (isNeeded(toks[k], words)) return true;
  return false;
}

export function precedesWithin(toks: Tok[], i: number, words: Set<string>, n: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - n; k--) if (isNeeded(toks[k], words)) return true;
  return false;
}

function isNeeded(t: Tok, words: Set<string>): boolean {
  return words.has(t.key) || words.has(t.bare) || words.has(t.noAl);
}
