// The doer of a verbal act (خرق المسلحون، المسلحين انتهكوا، إيران التي عطلت، تعرقل بسبب موقف X) and
// of a claim of responsibility: the subject after or before the verb, the antecedent of a relative,
// a cause or an agent after it, or a subject carried from the clause before.
import { CLAUSE_PUNCT, isComplementiser, clauseOpeners, type Tok } from './words.js';
import {
  carryOpeners,
  causeNouns,
  causes,
  copulas,
  isNounForm,
  relatives,
  stripPrefixes,
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
import { clean, found, type Found } from './found.js';
import { subjectActor } from './grammar.js';

/** An agent or a cause after a verb (عُطّل الاتفاق من قبل ...، بسبب ...). */
const AGENT_AFTER_VERB = 5;

const CAUSE_REACH = 4;

/** Nouns between بسبب and the actor (بسبب موقف X): the reach past بسبب. */
const CAUSE_NOUN_REACH = 3;

/** The phrase before a separated pronoun (هي التي): at most eight words; all of it when four or fewer. */
const COPULA_SUBJECT_WORDS = 8;

const SHORT_SUBJECT_WORDS = 4;

/** Doer of a verbal act at `i`: subject after it (VS), before it (SV), before a relative pronoun, a cause, a carried subject. */
export function doerOfVerb(toks: Tok[], i: number, last: Range2 | null): Found | null {
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
export function claimant(toks: Tok[], i: number): Range2 | null {
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
export function verbSlot(toks: Tok[], i: number): boolean {
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
