// Actor phrases for the accusation rules: who can do a hostile act, where the phrase ends, and where
// the doer of an act sits (after a passive marker, before the verb, at the head of its clause).
import { breaksClause, clauseStartBy } from '../../text/clause.js';
import {
  CLAUSE_PUNCT,
  clauseOpeners,
  headInfo,
  isAdjective,
  isComplementiser,
  isStop,
  type Tok,
} from './words.js';
import {
  agentMarkers,
  extraActors,
  isAffiliation,
  isVerbForm,
  nounOf,
  stripPrefixes,
  targets,
} from './lexicon.js';

export type Range2 = [number, number];

/** A noun that can do a hostile act: an organisation, armed group, state, anonymous group or a named person. */
export function isActor(t: Tok): boolean {
  const h = headInfo(t);
  if (h) return h.kind !== 'document' && h.kind !== 'media';
  // the hamza seat changes with case and a suffix (حلفاؤه، حلفائه -> حلفاء)
  const base = t.base.replace(/[ؤئ]$/, 'ء');
  return (
    extraActors.has(t.bare) ||
    extraActors.has(t.noAl) ||
    extraActors.has(stripPrefixes(t)) ||
    extraActors.has(base)
  );
}

/** A head matched on the word itself, not after stripping clitics (لبنان is a name, لحكومة is ل + حكومة). */
function directActor(t: Tok): boolean {
  return headInfo({ ...t, noAl: '\0', base: '\0' }) !== undefined || extraActors.has(t.bare);
}

/** The word carries a preposition (بطائرات، لحكومة، بالقصف، للمعارضة): it cannot be a subject or a genitive. */
export function hasPreposition(t: Tok): boolean {
  if (/^([بك]ال|لل)/.test(t.key)) return true;
  return /^[بكل]/.test(t.key) && !directActor(t);
}

/** An indefinite accusative (مركزاً، مصدرا): an object, never the subject after a verb; روسيا and ميليشيا stay names. */
export function isAccusative(t: Tok): boolean {
  if (t.al) return false;
  if (t.raw.includes('\u064B')) return true;
  if (!t.bare.endsWith('ا') || t.bare.length < 4) return false;
  // a head only once the alef is dropped
  return !directActor(t);
}

/** People and places an act is done to (lexicon `targets`). */
export function isTarget(t: Tok): boolean {
  return targets.has(t.base) || targets.has(t.noAl);
}

/** A definite word in the genitive: the article with no preposition before it (not بالقصف، للاتفاق). */
function genitiveAl(t: Tok): boolean {
  return t.key.startsWith('ال');
}

// Reaches, in words: longer finds more distant actors and reaches into other clauses.
/** An actor phrase (head, genitive, adjectives, و-joined actors) spans at most seven words. */
const ACTOR_WORDS = 7;
/** The clause's subject stands in its first three words (after أن or the sentence start). */
const CLAUSE_SUBJECT_REACH = 3;
/** "بأنها": the actor the pronoun on أن points at stands within six words before it. */
const PRONOUN_ANTECEDENT_REACH = 6;
/** An actor phrase read backwards from a verb spans at most eight words. */
const ACTOR_BEFORE_WORDS = 8;

/** End of an actor phrase: head, genitive and adjectives, coordinated actors (النظام والمليشيات الإيرانية). */
export function actorEnd(toks: Tok[], i: number): number {
  let j = i + 1;
  while (j < toks.length && j < i + ACTOR_WORDS) {
    const t = toks[j];
    if (CLAUSE_PUNCT.test(t.gap) || isComplementiser(t) || isStop(t)) break;
    const prev = toks[j - 1];
    if (t.al === prev.al && isAdjective(t)) j++;
    else if (
      !prev.al &&
      (isActor(prev) || !isAdjective(prev)) &&
      !headInfo(prev)?.proper &&
      (genitiveAl(t) || (t.key === t.bare && isActor(t))) &&
      !isVerbForm(t.bare) &&
      !nounOf(t) && // "تبنى تنظيم داعش الهجوم": the act is the object, not part of the name
      !isAccusative(t) &&
      !isTarget(t)
    )
      j++;
    else if (t.key[0] === 'و' && isActor(t)) j++;
    else if (isAffiliation(t) && toks[j + 1]?.key[0] === 'ل') j += 2;
    else break;
  }
  return j;
}

/** "من قبل X" / "على يد X" within `within` words of `from`, in the same clause. */
export function agentAfter(toks: Tok[], from: number, within: number): Range2 | null {
  for (let k = from; k < toks.length - 1 && k < from + within; k++) {
    if (CLAUSE_PUNCT.test(toks[k].gap) && k > from) return null;
    for (const m of agentMarkers) {
      if (toks[k].key !== m[0] || (m.length > 1 && toks[k + 1].key !== m[1])) continue;
      const a = k + m.length;
      // "لم يحدث من قبل." is "before", not an agent
      const x = toks[a];
      if (x && !CLAUSE_PUNCT.test(x.gap) && !isStop(x) && !isTarget(x)) return [a, actorEnd(toks, a)];
    }
  }
  return null;
}

/** The subject of the clause an act sits in: the first actor right after the last أن / the sentence start. */
export function clauseSubject(toks: Tok[], i: number): Range2 | null {
  let a = 0;
  let comp = -1;
  for (let k = i - 1; k > 0; k--) {
    if (isComplementiser(toks[k])) {
      a = k + 1;
      comp = k;
      break;
    }
  }
  for (let k = a; k < i && k < a + CLAUSE_SUBJECT_REACH; k++)
    if (isActor(toks[k]) && !isTarget(toks[k])) return [k, actorEnd(toks, k)];
  // "وتوعدت إيران بأنها ستقوم ...": a pronoun on the complementiser points at the actor before it
  if (comp > 0 && /(ه|ها|هم)$/.test(toks[comp].key)) {
    for (let k = comp - 1; k >= 0 && k >= comp - PRONOUN_ANTECEDENT_REACH; k--)
      if (isActor(toks[k]) && !isTarget(toks[k])) return [k, actorEnd(toks, k)];
  }
  return null;
}

/** The actor phrase that ends right before `end`, within its clause (after openers and أن). */
export function actorBefore(toks: Tok[], end: number, initial = false): Range2 | null {
  let a = end;
  while (
    a > 0 &&
    !CLAUSE_PUNCT.test(toks[a].gap) &&
    !isComplementiser(toks[a - 1]) &&
    end - a < ACTOR_BEFORE_WORDS
  )
    a--;
  while (
    a < end &&
    (clauseOpeners.has(toks[a].key) || clauseOpeners.has(toks[a].bare) || isComplementiser(toks[a]))
  )
    a++;
  // the last actor head in the clause, with what follows it up to `end`
  for (let k = a; k < end; k++) {
    // "المخططات الخارجية التي": a definite word after a definite noun is its adjective
    const adj = k > a && toks[k].al && toks[k - 1].al && !isActor(toks[k - 1]);
    if (!isActor(toks[k]) || adj) {
      if (initial) return null; // SV: the subject opens its clause
      continue;
    }
    const e = actorEnd(toks, k);
    // directly before the verb, or with a place between (المسلحين في حلب انتهكوا)
    if (e === end || (e === end - 2 && toks[e].key === 'في')) return [k, e];
    if (initial) return null;
    k = e - 1;
  }
  return null;
}

/** The start of the clause holding `i`: after punctuation or a complementiser. */
export function clauseStartOf(toks: Tok[], i: number): number {
  return clauseStartBy(
    0,
    i,
    (a) =>
      breaksClause(toks[a].gap, toks[a - 1].key, toks[a].key, CLAUSE_PUNCT) || isComplementiser(toks[a - 1]),
  );
}
