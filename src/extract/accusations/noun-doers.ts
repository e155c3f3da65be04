// The doer of a verbal noun or a passive participle (بقصف للمعارضة، خرقهم للاتفاق، المحاصرين من X، قام
// بخرق) and the user of a weapon (قذائف أطلقها مسلحون، نار مصدرها X).
import { CLAUSE_PUNCT, headInfo, isComplementiser, isStop, type Tok } from './words.js';
import {
  isLightVerb,
  isWeaponVerb,
  nounOf,
  nounPronoun,
  origins,
  relatives,
  verbOf,
  type Act,
} from './lexicon.js';
import { actorEnd, agentAfter, isActor, isTarget, type Range2 } from './actors.js';
import { clean, found, type Found } from './found.js';
import { genitiveActor, followsWithin } from './grammar.js';
import { doerOfVerb } from './verb-doers.js';

/** A verbal noun that needs a word finds it right after it. */
const NEEDED_AFTER_NOUN = 2;

/** An agent (من قبل X) after a verbal noun; after a stance noun only right after it. */
const AGENT_AFTER_NOUN = 6;

const AGENT_AFTER_STANCE_NOUN = 1;

/** An agent, or the origin (مصدرها X), after a weapon. */
const AGENT_AFTER_WEAPON = 3;

const ORIGIN_REACH = 3;

/** A light verb (قام بـ، تسعى لـ) before the verbal noun it carries. */
const LIGHT_VERB_REACH = 8;

/** Doer of a verbal noun or passive participle at `i`. */
export function nounDoer(toks: Tok[], i: number, n: Act, prev: Tok[]): Found | null {
  const t = toks[i];
  if (n.needs && !followsWithin(toks, i, n.needs, NEEDED_AFTER_NOUN)) return null;
  // passive doer: "تم تعطيله أمس من قبل مليشيات إيرانية"
  // (a stance noun only right after it: in "التصويت بالرفض لخطة مقترحة من قبل X" X proposed)
  const ag = agentAfter(toks, i + 1, n.genitiveOnly ? AGENT_AFTER_STANCE_NOUN : AGENT_AFTER_NOUN);
  if (ag) return found(ag, { skipTo: ag[1] });
  const x = toks[i + 1];
  if (n.passive) {
    // "المحاصرين من جيش الفتح": a bare من after a passive participle introduces the doer
    const y = toks[i + 2];
    if (clean(x) && x.key === 'من' && clean(y) && isActor(y) && !isTarget(y))
      return found([i + 2, actorEnd(toks, i + 2)], { skipTo: actorEnd(toks, i + 2) });
    return null;
  }
  const og = originAfter(toks, i + 1);
  if (og) return found(og, { skipTo: og[1] });
  if (n.agentOnly) return null;
  // "قاموا بخرق"، "يعمل قائد ... على عرقلة"، "تسعى المليشيات لتعطيل": the light verb's subject
  const lv = lightVerbBefore(toks, i);
  if (lv >= 0) {
    const d = doerOfVerb(toks, lv, null);
    if (d) return d;
  }
  const seg = nounPronoun(t);
  if (seg) {
    // the pronoun is the doer when the object follows (خرقهم للاتفاق، استهدافه تجمعا); before
    // nothing, a conjunction or a preposition it is the object (خطفه وقتله، منعهم من الدخول)
    if (n.genitiveOnly || !clean(x) || !(opensLamObject(x) || takesObject(x))) return null;
    return lastActor(toks, i, prev, seg === 'ه');
  }
  if (!clean(x)) return null;
  // "بقصف للمعارضة": a ل-phrase after the noun names the doer
  if (x.key[0] === 'ل' && x.key.length > 3 && isActor(x) && !n.lamIsObject)
    return found([i + 1, actorEnd(toks, i + 1)], { lam: true });
  // "استهداف مليشيا حزب الله"، "رفض النظام": an actor in the genitive is the doer
  if (genitiveActor(toks, i)) {
    const e = actorEnd(toks, i + 1);
    // "منع الجماعات من الدخول": the genitive is what is prevented, unless a ل-object follows
    if (n.genitiveIsObject && !(toks[e] && clean(toks[e]) && opensLamObject(toks[e]))) return null;
    return found([i + 1, e]);
  }
  return null;
}

/** A ل-phrase object after a verbal noun (للاتفاق، لحافلات), not the ل of purpose before a verbal noun. */
function opensLamObject(t: Tok): boolean {
  return t.key[0] === 'ل' && t.key.length > 3 && !nounOf(t);
}

/** A noun that can be the object right after a verbal noun: no conjunction, preposition or stop word. */
function takesObject(t: Tok): boolean {
  return t.key === t.bare && !/^[بلك]/.test(t.key) && !isStop(t) && !isComplementiser(t) && !verbOf(t);
}

/** A light verb earlier in the clause that carries the verbal noun at `i`, or -1. */
function lightVerbBefore(toks: Tok[], i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - LIGHT_VERB_REACH; k--) {
    if (isLightVerb(toks[k])) return k;
    if (CLAUSE_PUNCT.test(toks[k].gap) || isComplementiser(toks[k]) || verbOf(toks[k])) return -1;
  }
  return -1;
}

/** "... مصدرها الجماعات المسلحة": the source named right after a weapon or an act. */
function originAfter(toks: Tok[], from: number): Range2 | null {
  for (let k = from; k < toks.length - 1 && k < from + ORIGIN_REACH; k++) {
    if (!clean(toks[k])) return null;
    if (origins.has(toks[k].bare) && clean(toks[k + 1]) && isActor(toks[k + 1]))
      return [k + 1, actorEnd(toks, k + 1)];
  }
  return null;
}

/** "قذائف أطلقها مسلحون"، "الألغام التي تركتها الجماعات"، "غارات الطيران"، "رصاص للقناصة". */
export function weaponDoer(toks: Tok[], i: number): Found | null {
  let j = i + 1;
  if (clean(toks[j]) && relatives.has(toks[j].key)) j++;
  const v = toks[j];
  const a = toks[j + 1];
  if (clean(v) && isWeaponVerb(v) && clean(a) && isActor(a) && !isTarget(a)) {
    const e = actorEnd(toks, j + 1);
    return found([j + 1, e], { act: j, skipTo: e });
  }
  const og = agentAfter(toks, i + 1, AGENT_AFTER_WEAPON) ?? originAfter(toks, i + 1);
  if (og) return found(og, { skipTo: og[1] });
  const x = toks[i + 1];
  if (!clean(x) || !isActor(x) || isTarget(x)) return null;
  const lam = x.key[0] === 'ل' && x.key.length > 3;
  if (lam || genitiveActor(toks, i)) {
    const e = actorEnd(toks, i + 1);
    return found([i + 1, e], { skipTo: e, lam });
  }
  return null;
}

/** The nearest earlier actor for a pronoun suffix (خرقهم -> المسلحين); plural for هم. */
function lastActor(toks: Tok[], i: number, prev: Tok[], singular: boolean): Found | null {
  for (let k = i - 1; k >= 0; k--) {
    const t = toks[k];
    if (isActor(t) && (singular || /(ون|ين|ات)$/.test(t.base) || headInfo(t)?.kind === 'organization'))
      return found([k, k + 1]);
  }
  for (let k = prev.length - 1; k >= 0; k--) {
    if (isActor(prev[k]) && /(ون|ين|ات)$/.test(prev[k].base)) return found([k, k + 1], { pronounToks: prev });
  }
  return null;
}
