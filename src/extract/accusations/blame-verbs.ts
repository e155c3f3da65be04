// Verbs of blame: اتهم X Y بـ، حمّل X Y مسؤولية، متهما Y بـ. The accuser is the subject X (or the
// speaker of the quotation around it), the accused the object Y.
import { nounPhraseEnd, opensPrep } from '../quotes/speakers.js';
import { actorBefore, isActor } from './actors.js';
import { clean, type Found } from './found.js';
import { isBlameParticiple, responsibilityNouns } from './lexicon.js';
import { CLAUSE_PUNCT, headInfo, isAdjective, isNameParticle, isStop, type Tok } from './words.js';

/** Words of the accused after a blame verb (اتهم ... X بـ), and of the subject before its object. */
const ACCUSED_WORDS = 7;
const SUBJECT_WORDS = 5;
/** Words of a person's name after a title (رئيس الوزراء أحمد داود أوغلو). */
const TITLE_NAME_WORDS = 4;

/** اتهم X Y بـ / حمّل X Y مسؤولية / متهما Y بـ: accuser X (or the quote's speaker), accused Y. */
export function blameAt(toks: Tok[], i: number): Found | null {
  const t = toks[i];
  const participle = isBlameParticiple(t);
  // "11 متهما ومتهمة": a participle counted by a number, or joined to another, is a noun (the
  // accused), not an act of blame
  const prev = toks[i - 1];
  if (participle && prev && (/^[0-9٠-٩]/.test(prev.key) || isBlameParticiple(prev))) return null;
  let j = i + 1;
  let accuser: [number, number] | undefined;
  if (!participle) {
    const before = actorBefore(toks, i, true);
    const n = toks[j];
    // "اتُّهم بـ ...": a passive with nothing between the verb and its preposition
    if (!before && n && opensPrep(n, ['ب']) && !isActor(n)) return null;
    if (!before && n && (isActor(n) || isNameLike(n))) {
      // subject then object: "اتهم الجيش الحر ايران"، "حمّلت المعارضة وتركيا النظام"
      const e = subjectEnd(toks, j);
      accuser = [j, e];
      j = e;
    } else if (before) accuser = before;
  }
  const o = toks[j];
  // "متهمة بتلك التسجيلات": a passive participle straight into its preposition names no one
  if (participle && o && opensPrep(o, ['ب']) && !isActor(o)) return null;
  // "ولم يُتهم بلاتر بارتكاب ...", "اتُّهمت الحكومة بالتقصير": one phrase before بـ is the accused
  if (accuser && !participle && o && opensPrep(o, ['ب']) && !isActor(o))
    return { accused: accuser, blame: true, skipTo: accuser[1] };
  if (!o || CLAUSE_PUNCT.test(o.gap) || !(isActor(o) || isNameLike(o))) return null;
  const e = Math.max(j + 1, nounPhraseEnd(toks, j, toks.length, { preps: ['ب'], maxLen: ACCUSED_WORDS }));
  let end = e;
  // the accused ends before مسؤولية and before an adverbial في (متهما تركيا في الوقت نفسه)
  for (let k = j + 1; k < e; k++)
    if (responsibilityNouns.has(toks[k].bare) || toks[k].key === 'في') {
      end = k;
      break;
    }
  return { accused: [j, Math.max(j + 1, end)], accuser, blame: true, skipTo: end };
}

function isNameLike(t: Tok): boolean {
  return !t.al && !isStop(t) && !isAdjective(t) && !isNameParticle(t)
    ? /^\p{L}/u.test(t.raw)
    : isNameParticle(t);
}

/** Subject of a blame verb: a head with its adjectives and و-joined actors; the object starts at the next bare actor. */
function subjectEnd(toks: Tok[], j: number): number {
  const role = titleEnd(toks, j);
  if (role > j) return role;
  let k = j + 1;
  while (k < toks.length && k < j + SUBJECT_WORDS) {
    const t = toks[k];
    if (CLAUSE_PUNCT.test(t.gap)) break;
    if (t.key[0] === 'و' && t.key !== t.bare && (isActor(t) || isNameLike(t))) k++;
    else if (t.al && isAdjective(t) && !isActor(t)) k++;
    else if (t.al && toks[k - 1].al && !isActor(t))
      k++; // a definite modifier: الأمم المتحدة، الجيش الحر
    else break;
  }
  return k;
}

/** "رئيس الوزراء أحمد داود أوغلو" / "وزير الخارجية الإيراني": a title, one definite genitive with its
 * adjectives, then a person's name if any, when a word is left after it for the object; else j. */
function titleEnd(toks: Tok[], j: number): number {
  const h = toks[j];
  if (!headInfo(h)?.role || h.al) return j;
  let k = j + 1;
  if (k < toks.length && toks[k].al && clean(toks[k])) k++;
  while (k < toks.length && toks[k].al && isAdjective(toks[k]) && clean(toks[k])) k++;
  let m = k;
  while (
    m < toks.length &&
    m < k + TITLE_NAME_WORDS &&
    clean(toks[m]) &&
    isNameLike(toks[m]) &&
    !isActor(toks[m]) &&
    !opensPrep(toks[m], ['ب'])
  )
    m++;
  const left = (x: number) => x < toks.length && !opensPrep(toks[x], ['ب']);
  if (m > k && left(m)) return m;
  return k > j + 1 && left(k) ? k : j;
}
