// Who a sentence blames for an event: an accusation verb, an agent marker (بسبب، من قبل) or the
// event's actor, each with how plainly it blames (lexicons/events.json, section "blame").
import type { Tok } from '../context/context.js';
import { findPhrases, matchKey } from '../context/match.js';
import { eventsLexicon, keySet, phraseIndex } from './event-words.js';
import type { PartyMention } from './events.js';

const AGENT = phraseIndex(eventsLexicon.blame.agentMarkers);
const ACCUSE = keySet(eventsLexicon.blame.accuseVerbs);
const PARTICIPLES = keySet(eventsLexicon.blame.participles);
const RESPONSIBLE = keySet(eventsLexicon.blame.responsibility);
const RESPONSIBILITY = new Set(eventsLexicon.blame.responsibility.requires.map(matchKey));

/**
 * Blame strengths (how plainly the sentence blames), ordering opposite blames when contradictions
 * are paired: an accusation verb names the blamed outright, an agent marker (بسبب، من قبل) ties a
 * party to the event, the actor of an event verb only implies responsibility.
 */
export const ACCUSATION_STRENGTH = 3;
export const AGENT_STRENGTH = 2;
export const ACTOR_STRENGTH = 1;
/** Words after "متهما" within which its party is the accused. */
const PARTICIPLE_REACH = 3;
/** Words after an accusation verb within which a party is its (postposed) subject, the accuser. */
const ACCUSER_AFTER_VERB = 2;
/** Words after an agent marker, or before the trigger, within which a party is the agent or actor. */
const AGENT_REACH = 6;

/**
 * Who is blamed: after an accusation verb, the first party of another camp than the accuser;
 * after an agent marker (بسبب، من قبل، على يد), the first party; else the actor of the trigger:
 * its subject just before it, or the party right after it ("خرق المسلحين"). A party that is
 * the object of an event noun ("خروج المسلحين توقف") is not the actor.
 * trigger -1: accusation verbs only; -2: accusation verbs and agent markers only.
 */
export function findBlame(
  tokens: Tok[],
  from: number,
  to: number,
  trigger: number,
  parties: PartyMention[],
  topicToks: Set<number>,
): { blamed?: PartyMention; accuser?: PartyMention; blameStrength?: number } {
  if (!parties.length) return {};
  const responsibility = anyKey(tokens, from, to, RESPONSIBILITY);
  for (let t = from; t < to; t++) {
    const k = tokens[t].key;
    if (!ACCUSE.has(k) && !(responsibility && RESPONSIBLE.has(k))) continue;
    const before = parties.filter((p) => p.tok < t).pop();
    const after = parties.filter((p) => p.tok > t);
    if (PARTICIPLES.has(k)) {
      // "..., متهما X": the subject is the sentence's speaker; X is the accused
      const blamed = after[0];
      if (!blamed || blamed.tok > t + PARTICIPLE_REACH) continue;
      const accuser = before && before.camp !== blamed.camp ? before : undefined;
      return { blamed, ...(accuser ? { accuser } : {}), blameStrength: ACCUSATION_STRENGTH };
    }
    // verb first ("حمّل الثوار النظام"): the party right after the verb accuses; else the subject before it
    const accuser = after[0] && after[0].tok <= t + ACCUSER_AFTER_VERB ? after[0] : (before ?? after[0]);
    const blamed = after.find((p) => p !== accuser && p.camp !== accuser?.camp);
    if (blamed) return { blamed, ...(accuser ? { accuser } : {}), blameStrength: ACCUSATION_STRENGTH };
  }
  if (trigger === -1) return {};
  for (const m of findPhrases(tokens, AGENT, from, to)) {
    const p = parties.find((x) => x.tok >= m.to && x.tok <= m.to + AGENT_REACH);
    if (p) return { blamed: p, blameStrength: AGENT_STRENGTH };
  }
  if (trigger < 0) return {};
  const isObject = (p: PartyMention) => p.tok > from && topicToks.has(p.tok - 1);
  const before = parties.filter((p) => p.tok < trigger && p.tok >= trigger - AGENT_REACH).pop();
  const after = parties.find((p) => p.tok === trigger + 1);
  const blamed = before && !isObject(before) ? before : after;
  return blamed ? { blamed, blameStrength: ACTOR_STRENGTH } : {};
}

/** True when a token of [from, to) has its key in the set. */
export function anyKey(tokens: Tok[], from: number, to: number, set: Set<string>): boolean {
  for (let t = from; t < to; t++) if (set.has(tokens[t].key)) return true;
  return false;
}
