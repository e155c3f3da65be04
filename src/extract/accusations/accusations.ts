// Who blames whom for what. Verbal acts (خرق المسلحون / المسلحين انتهكوا / إيران التي عطلت / ترفضه
// إيران), verbs of blame (اتهم X Y بـ، حمّل X Y مسؤولية), verbal nouns with their doer (بقصف للمعارضة،
// خرقهم للاتفاق، استهداف مليشيا حزب الله، رفض النظام), light verbs (قام بـ، يعمل X على، تسعى X لـ،
// تستمر X بـ), passive doers (من قبل مليشيات، المحاصرة من X), causes (تعرقل بسبب موقف X), weapons
// with their user (قذائف أطلقها مسلحون، نار مصدرها X), and a doer carried to the next clause of the
// sentence (وتسعى المليشيات لتعطيل الاتفاق، حيث منعت ...).
//
// Conventions: `accuser` is the speaker of the quotation whose content (or cue) holds the act, with
// the same span as that quote's speaker, or the subject of a blame verb, or null for the article's
// own voice. `quote` is "#i", the index of that quote in the array passed in; the pipeline maps it
// to the quote's id. `id` is "" (the pipeline numbers accusations). `act` is the verb or verbal noun
// (without و/ف); `accused` names the doer phrase; [start, end) spans act and accused when they are
// close, and the act alone when the doer was found far away (an earlier clause or sentence).
import type { AccusationDraft, QuoteDraft } from '../../contract.js';
import type { Range } from '../../text/segment.js';
import {
  CLAUSE_PUNCT,
  headInfo,
  isAdjective,
  isComplementiser,
  isStop,
  articleTokens,
  clauseOpeners,
  recordOf,
  type Tok,
} from './words.js';
import {
  carryOpeners,
  claims,
  causeNouns,
  causes,
  copulas,
  isLightVerb,
  isNounForm,
  isVerbForm,
  isWeaponVerb,
  nounOf,
  nounPronoun,
  origins,
  relatives,
  stripPrefixes,
  verbOf,
  verbWithObject,
  weapons,
  type Act,
} from './lexicon.js';
import {
  actorBefore,
  actorEnd,
  agentAfter,
  clauseStartOf,
  clauseSubject,
  hasPreposition,
  isAccusative,
  isActor,
  isTarget,
  type Range2,
} from './actors.js';
import { blameAt } from './blame-verbs.js';
import { clean, found, type Found } from './found.js';

/** Accusations in one article; `quotes` are that article's quotes from findQuotes. */
export function findAccusations(
  text: string,
  article: string,
  sentences: Range[],
  quotes: readonly QuoteDraft[],
): AccusationDraft[] {
  const out: AccusationDraft[] = [];
  let prevToks: Tok[] = [];
  for (const toks of articleTokens(text, sentences)) {
    let last: Range2 | null = null; // doer of the previous act in this sentence
    for (let i = 0; i < toks.length; i++) {
      const r = actAt(toks, i, prevToks, last);
      if (!r) continue;
      out.push(build(text, article, toks, i, r, quotes));
      if (!r.pronounToks) last = r.accused;
      if (r.skipTo) i = r.skipTo - 1;
    }
    prevToks = toks;
  }
  return out;
}

// Reaches, in words. Each trades recall (a longer reach finds a word or a doer further away) for
// precision (it also reaches into the next clause); they were set by reading sentences, not measured
// one by one.
/** A verb that needs a word (حمّل ... مسؤولية) finds it this far after it. */
const NEEDED_AFTER_VERB = 8;
/** A verb with its object pronoun that needs a word (الهجوم الذي نفذه) finds it this far before it. */
const NEEDED_BEFORE_VERB = 3;
/** A verbal noun that needs a word finds it right after it. */
const NEEDED_AFTER_NOUN = 2;
/** An agent (من قبل X) after a verbal noun; after a stance noun only right after it. */
const AGENT_AFTER_NOUN = 6;
const AGENT_AFTER_STANCE_NOUN = 1;
/** An agent or a cause after a verb (عُطّل الاتفاق من قبل ...، بسبب ...). */
const AGENT_AFTER_VERB = 5;
const CAUSE_REACH = 4;
/** Nouns between بسبب and the actor (بسبب موقف X): the reach past بسبب. */
const CAUSE_NOUN_REACH = 3;
/** An agent, or the origin (مصدرها X), after a weapon. */
const AGENT_AFTER_WEAPON = 3;
const ORIGIN_REACH = 3;
/** A light verb (قام بـ، تسعى لـ) before the verbal noun it carries. */
const LIGHT_VERB_REACH = 8;
/** The phrase before a separated pronoun (هي التي): at most eight words; all of it when four or fewer. */
const COPULA_SUBJECT_WORDS = 8;
const SHORT_SUBJECT_WORDS = 4;

/**
 * Whether a word can start an act at all: a verb, a verb with an object pronoun, a weapon, a claim
 * or a verbal noun. Most words are none; this is remembered per word, so actAt returns at once.
 */
function mayStartAct(t: Tok): boolean {
  const w = recordOf(t);
  if (w?.act !== undefined) return w.act;
  const may =
    verbOf(t) !== undefined ||
    verbWithObject(t) !== undefined ||
    weapons.has(stripPrefixes(t)) ||
    claims.has(t.bare) ||
    nounOf(t) !== undefined;
  if (w) w.act = may;
  return may;
}

function actAt(toks: Tok[], i: number, prev: Tok[], last: Range2 | null): Found | null {
  const t = toks[i];
  if (!mayStartAct(t)) return null;
  const v = verbOf(t);
  // a past form that is also a noun (قصف، منع) is a verb only where a clause can start
  if (v && !hasPrefix(t) && !(isNounForm(t.bare) && !verbSlot(toks, i))) {
    if (v.needs && !followsWithin(toks, i, v.needs, NEEDED_AFTER_VERB)) return null;
    return v.blame ? blameAt(toks, i) : doerOfVerb(toks, i, last);
  }
  // "ترفضه إيران"، "قصفها الطيران": a verb with its object pronoun, the subject after it
  const vo = hasPrefix(t) ? undefined : verbWithObject(t);
  // (a verb that needs a word finds it before: "الهجوم الذي نفذه انتحاري")
  if (
    vo &&
    !vo.blame &&
    !vo.agentOnly &&
    (!vo.needs || precedesWithin(toks, i, vo.needs, NEEDED_BEFORE_VERB))
  ) {
    const n = toks[i + 1];
    if (clean(n) && subjectActor(n) && !isAccusative(n)) return found([i + 1, actorEnd(toks, i + 1)]);
  }
  if (weapons.has(stripPrefixes(t))) return weaponDoer(toks, i);
  // "أعلن تنظيم داعش مسؤوليته عن التفجير": the actor before a claim of responsibility
  if (claims.has(t.bare) && toks[i + 1]?.key === 'عن') {
    const a = claimant(toks, i);
    return a ? found(a) : null;
  }
  const n = nounOf(t);
  return n ? nounDoer(toks, i, n, prev) : null;
}

/** A verb form carries no article or ب/ل preposition (بقصف، القصف are nouns). */
function hasPrefix(t: Tok): boolean {
  // tanween marks a noun or an adverb (منعاً للدخول)
  return t.al || (/^[بل]/.test(t.bare) && !isVerbForm(t.bare)) || /[\u064B-\u064D]/.test(t.raw);
}

/** An actor in the genitive right after an indefinite head at `i` (قصف القوات، غارات طائرات), not
 * after a preposition (الهجمات بطائرات); a nisba there is an adjective (تفجير انتحاري) unless it heads
 * a construct of its own (مسلحي الفصيل). */
function genitiveActor(toks: Tok[], i: number): boolean {
  const x = toks[i + 1];
  if (toks[i].al || !subjectActor(x)) return false;
  return !isAdjective(x) || actorEnd(toks, i + 1) > i + 2;
}

/** An actor that can stand as a subject or genitive: no conjunction, no preposition, not a target. */
function subjectActor(x: Tok): boolean {
  return x.key === x.bare && isActor(x) && !isTarget(x) && !hasPreposition(x);
}

/** One of `words` within `n` words after `i` (the article is optional: أطلق النار، إطلاق نار). */
function followsWithin(toks: Tok[], i: number, words: Set<string>, n: number): boolean {
  for (let k = i + 1; k < toks.length && k <= i + n; k++) if (isNeeded(toks[k], words)) return true;
  return false;
}
function precedesWithin(toks: Tok[], i: number, words: Set<string>, n: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - n; k--) if (isNeeded(toks[k], words)) return true;
  return false;
}
function isNeeded(t: Tok, words: Set<string>): boolean {
  return words.has(t.key) || words.has(t.bare) || words.has(t.noAl);
}

/** Doer of a verbal noun or passive participle at `i`. */
function nounDoer(toks: Tok[], i: number, n: Act, prev: Tok[]): Found | null {
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
function weaponDoer(toks: Tok[], i: number): Found | null {
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

/** Doer of a verbal act at `i`: subject after it (VS), before it (SV), before a relative pronoun, a cause, a carried subject. */
function doerOfVerb(toks: Tok[], i: number, last: Range2 | null): Found | null {
  const n = toks[i + 1];
  const p = toks[i - 1];
  // after a relative its antecedent is the subject (الاتفاق الذي يمنع إيران من ...: إيران is the object);
  // "الخلافات بين حلفاء الأسد هي التي عطلت": the phrase before the separated pronoun
  if (p && relatives.has(p.key)) {
    const c = toks[i - 2];
    const a = c && copulas.has(c.key) ? copulaSubject(toks, i - 2) : actorBefore(toks, i - 1);
    return a ? found(a) : null;
  }
  if (clean(n) && subjectActor(n)) {
    // "استهدف مركزاً": an indefinite accusative is the object, the subject is elsewhere
    if (isAccusative(n)) return null;
    return found([i + 1, actorEnd(toks, i + 1)]);
  }
  const sv = actorBefore(toks, i, true);
  if (sv) return found(sv);
  // "تعرقل الاتفاق بسبب موقف المقاتلين"، "عُطّل الاتفاق من قبل ...": a cause or an agent after the verb
  const c = causeAfter(toks, i + 1) ?? agentAfter(toks, i + 1, AGENT_AFTER_VERB);
  if (c) return found(c);
  // a bare form that is also the verbal noun (ومنع العنف) needs an explicit doer
  if (isNounForm(toks[i].bare)) return null;
  const cs = clauseSubject(toks, i);
  if (cs) return found(cs, { far: cs[0] < clauseStartOf(toks, i) });
  // "وتسعى المليشيات لتعطيل الاتفاق، حيث منعت ...": a clause with no subject of its own
  if (last && opensClause(toks, i) && !(n && (isActor(n) || isTarget(n)))) return found(last, { far: true });
  return null;
}

/** The actor phrase nearest before `i` in its clause, preferring one that runs up to it. */
function claimant(toks: Tok[], i: number): Range2 | null {
  let best: Range2 | null = null;
  for (let k = clauseStartOf(toks, i); k < i; k++) {
    if (!subjectActor(toks[k])) continue;
    const e = Math.min(i, actorEnd(toks, k));
    if (e === i) return [k, e];
    best = [k, e];
    k = e - 1;
  }
  return best;
}

/** Where a verb can stand: a clause start, after an opener, a relative, a complementiser or its subject. */
function verbSlot(toks: Tok[], i: number): boolean {
  if (i === 0 || opensClause(toks, i)) return true;
  const p = toks[i - 1];
  return (
    relatives.has(p.key) ||
    clauseOpeners.has(p.key) ||
    clauseOpeners.has(p.bare) ||
    isComplementiser(p) ||
    (isActor(p) && !hasPreposition(p))
  );
}

function opensClause(toks: Tok[], i: number): boolean {
  const t = toks[i];
  if (t.key !== t.bare || CLAUSE_PUNCT.test(t.gap)) return true;
  const p = toks[i - 1];
  return p !== undefined && (carryOpeners.has(p.key) || carryOpeners.has(p.bare));
}

/** "بسبب (موقف) X" within a few words after the verb, in its clause. */
function causeAfter(toks: Tok[], from: number): Range2 | null {
  for (let k = from; k < toks.length - 1 && k < from + CAUSE_REACH; k++) {
    if (k > from && !clean(toks[k])) return null;
    if (!causes.has(toks[k].bare)) continue;
    let m = k + 1;
    while (m < toks.length && m < k + CAUSE_NOUN_REACH && causeNouns.has(stripPrefixes(toks[m]))) m++;
    const a = toks[m];
    return clean(a) && isActor(a) && !isTarget(a) ? [m, actorEnd(toks, m)] : null;
  }
  return null;
}

/** The phrase from the clause start up to a separated pronoun (هي التي): its first actor, or all of it when short. */
function copulaSubject(toks: Tok[], c: number): Range2 | null {
  let a = clauseStartOf(toks, c);
  while (a < c && (clauseOpeners.has(toks[a].key) || clauseOpeners.has(toks[a].bare))) a++;
  if (a >= c || c - a > COPULA_SUBJECT_WORDS) return null;
  for (let k = a; k < c; k++)
    if (isActor(toks[k]) && !isTarget(toks[k])) return [k, Math.min(c, actorEnd(toks, k))];
  return c - a <= SHORT_SUBJECT_WORDS ? [a, c] : null;
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
function build(
  text: string,
  article: string,
  toks: Tok[],
  i: number,
  r: Found,
  quotes: readonly QuoteDraft[],
): AccusationDraft {
  const at = toks[r.act ?? i];
  const src = r.pronounToks ?? toks;
  const accusedStart = src[r.accused[0]].start + (r.lam ? 1 : 0);
  const accusedEnd = src[r.accused[1] - 1].end;
  const sp = (s: number, e: number) => ({ article, start: s, end: e, text: text.slice(s, e) });
  // the act without و/ف, nor the preposition of a verbal noun (بقصف -> قصف، لتعطيل -> تعطيل)
  const prep = /^[بل]/.test(at.bare) && !verbOf(at) && stripPrefixes(at) !== at.bare ? 1 : 0;
  const actStart = at.start + (at.key !== at.bare ? 1 : 0) + prep;
  const act = sp(actStart, at.end);
  let accuser: AccusationDraft['accuser'] = null;
  if (r.accuser) accuser = sp(toks[r.accuser[0]].start, toks[r.accuser[1] - 1].end);
  const qi = quotes.findIndex(
    (q) =>
      (act.start >= q.content.start && act.start < q.content.end) ||
      (q.cue.start <= act.start && act.start < q.cue.end),
  );
  if (qi >= 0) {
    if (!accuser) {
      const s = quotes[qi].speaker;
      accuser = { article, start: s.start, end: s.end, text: s.text };
    }
  }
  const near = !r.pronounToks && !r.far;
  const out: AccusationDraft = {
    article,
    start: near ? Math.min(act.start, accusedStart) : act.start,
    end: near ? Math.max(act.end, accusedEnd) : act.end,
    accuser,
    accused: sp(accusedStart, accusedEnd),
    act,
  };
  // a speaker is not its own accuser (a passive "لم يُتهم X بـ", a threat "توعدت إيران بأنها ستقوم بـ")
  if (accuser && accuser.start < out.accused.end && out.accused.start < accuser.end) out.accuser = null;
  if (qi >= 0) out.quoteIndex = qi;
  return out;
}
