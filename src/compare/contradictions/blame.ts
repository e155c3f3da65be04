// Blame contradictions: the same breakdown or attack blamed on different camps.
import { sameAnchor } from '../context/context.js';
import { AGENT_STRENGTH } from '../statements/find-blame.js';
import { BLAME_GROUP, TARGET_CLASS } from '../statements/event-words.js';
import type { Statement } from '../statements/statement.js';
import { blameSubject } from '../statements/blame.js';
import { PARTNERS, groupBy, namedVoice, nearest, onePerSentence, type Found } from './pairing.js';

/** blame statements of one article and event considered for pairing */
const MAX_PER_ARTICLE = 12;
/**
 * Bonuses in a pair's score, added to each side's strength (whole steps: an accusation above an
 * agent marker above the actor of a verb): a named voice is worth half a step, the same event named
 * on both sides a quarter, so they order pairs of equal strength without overturning strength.
 */
const NAMED_VOICE_BONUS = 0.5;
const SAME_TOPIC_BONUS = 0.25;
/** Single acts in one article clash when told at most this many sentences apart (side by side). */
const SIDE_BY_SIDE_SENTENCES = 2;
/** Shared content words of two targets that make one act (unless a target class is shared). */
const SHARED_TARGET_WORDS = 2;

/**
 * Strength of a pair of opposite blames: plain accusations before agent markers before actors,
 * a named voice (a quotation) before the outlet's, then the same event named on both sides.
 */
const blameWeight = (s: Statement) => s.blame!.strength + (namedVoice(s) ? NAMED_VOICE_BONUS : 0);
const blameScore = (a: Statement, b: Statement) =>
  blameWeight(a) + blameWeight(b) + (a.topic && a.topic === b.topic ? SAME_TOPIC_BONUS : 0);

const TARGET_CLASSES = new Set(TARGET_CLASS.values());

/** event blame groups of the lexicon (the deal, the fighting); others are single acts */
export const BLAME_GROUP_IDS = new Set(
  [...BLAME_GROUP.entries()].filter(([topic]) => topic !== 'attack').map(([, group]) => group),
);

type Accept = (a: Statement, b: Statement) => boolean;

/** One act: the same class of target (the evacuation route ...) or two shared content words. */
export function sameTarget(a: Statement, b: Statement): boolean {
  const tb = new Set(b.blame!.target ?? []);
  let words = 0;
  for (const x of new Set(a.blame!.target ?? [])) {
    if (!tb.has(x)) continue;
    if (TARGET_CLASSES.has(x) || ++words >= SHARED_TARGET_WORDS) return true;
  }
  return false;
}

/**
 * Both acts name what they hit and share no word of it: two acts told side by side ("قصفت قوات
 * النظام قرية كذا، في حين قصفت المعارضة مدينة كذا"), each side's own, not one act blamed twice.
 */
function otherTargets(a: Statement, b: Statement): boolean {
  const ta = a.blame!.target ?? [];
  const tb = new Set(b.blame!.target ?? []);
  return ta.length > 0 && tb.size > 0 && !ta.some((x) => tb.has(x));
}

/**
 * Acts whose doer alone is a blame (a breach, a refusal): the doer of any other act (who started
 * the fighting, announced a truce or called to arms) is told by every report and blames nobody
 * without an accusation or an agent marker (every such pair judged on the dev days was wrong).
 */
const DOER_BLAMED = new Set(['violated', 'refused']);

/**
 * Two blames of one act. The deal of a story is one act wherever it is told; the fighting is many
 * (two fronts of a war are two acts): its blames need sentences naming one entity, and an accusation
 * or an agent marker on one side at least.
 */
function oneAct(a: Statement, b: Statement): boolean {
  const plain = (s: Statement) => s.blame!.strength >= AGENT_STRENGTH;
  const blames = (s: Statement) => plain(s) || DOER_BLAMED.has(s.event?.status ?? '');
  if (!blames(a) || !blames(b)) return false;
  if (a.blame!.group !== BLAME_GROUP.get('fighting')) return true;
  return (plain(a) || plain(b)) && sameAnchor(a.ctx, a.sent, b.ctx, b.sent);
}

/** The strongest pair (x, y) blaming different camps, if any; ties go to text order. */
function strongestOpposite(
  xs: Statement[],
  ys: Statement[],
  ok: Accept = () => true,
): [Statement, Statement] | undefined {
  let best: [Statement, Statement] | undefined;
  let top = -Infinity;
  for (const a of xs.slice(0, MAX_PER_ARTICLE)) {
    for (const b of ys.slice(0, MAX_PER_ARTICLE)) {
      if (a.blame!.camp === b.blame!.camp || !ok(a, b) || !oneAct(a, b)) continue;
      const sc = blameScore(a, b);
      if (sc > top) [best, top] = [[a, b], sc];
    }
  }
  return best;
}

function blameFound(a: Statement, b: Statement): Found {
  const ga = a.blame!;
  const gb = b.blame!;
  return {
    kind: 'blame',
    a,
    b,
    explanation:
      `Blame for the same ${a.topic === 'attack' ? 'attack' : 'breakdown'} (${blameSubject(a.topic) ?? 'an act'} / ${blameSubject(b.topic) ?? 'an act'}) ` +
      `falls on different sides: "${ga.party}" (${ga.camp}) according to ${a.voice.by}, "${gb.party}" (${gb.camp}) according to ${b.voice.by}.`,
  };
}

/**
 * The same breakdown (one blame group) blamed on different camps. Per event and pair of articles
 * one contradiction: the strongest opposite pair (an accusation verb beats an agent marker beats
 * the actor of a verb). Within one article only when two different voices blame opposite camps.
 */
export function findBlame(statements: Statement[]): Found[] {
  const out: Found[] = [];
  const blames = onePerSentence(
    statements.filter((s) => s.kind === 'blame'),
    (s) => `${s.blame!.group}|${s.blame!.camp}`,
  );
  for (const list of groupBy(blames, (s) => s.blame!.group).values()) {
    const byArticle = groupBy(list, (s) => s.ctx.id);
    // single acts (an attack, a siege) clash only when they hit the same thing, or are told side by side
    const acts = list[0].blame!.target !== undefined || !BLAME_GROUP_IDS.has(list[0].blame!.group);
    out.push(...withinArticles(byArticle, acts), ...acrossArticles(byArticle, acts));
  }
  return out;
}

/** Two voices of one article blaming opposite camps for the same event. */
function withinArticles(byArticle: Map<string, Statement[]>, acts: boolean): Found[] {
  const out: Found[] = [];
  for (const l of byArticle.values()) {
    const p = strongestOpposite(
      l,
      l,
      (a, b) =>
        a.id < b.id &&
        a.voice.id !== b.voice.id &&
        (!acts ||
          sameTarget(a, b) ||
          (Math.abs(a.sent - b.sent) <= SIDE_BY_SIDE_SENTENCES && !otherTargets(a, b))),
    );
    if (p) out.push(blameFound(...p));
  }
  return out;
}

/** Each article meets the PARTNERS nearest articles blaming another camp; each pair once. */
function acrossArticles(byArticle: Map<string, Statement[]>, acts: boolean): Found[] {
  const out: Found[] = [];
  const sameAct: Accept = (a, b) => !acts || sameTarget(a, b);
  const ids = [...byArticle.keys()];
  const pos = new Map(ids.map((id, i) => [id, i]));
  const camps = groupBy(
    ids.flatMap((id) => [...new Set(byArticle.get(id)!.map((s) => s.blame!.camp))].map((c) => ({ id, c }))),
    (x) => x.c,
  );
  const done = new Set<string>();
  for (const [camp, xs] of camps) {
    for (const [other, ys] of camps) {
      if (other === camp) continue;
      for (const x of xs) {
        for (const y of nearest(ys, pos.get(x.id)!, (e) => pos.get(e.id)!, PARTNERS + 1)) {
          if (y.id === x.id) continue;
          const [first, second] = pos.get(x.id)! < pos.get(y.id)! ? [x.id, y.id] : [y.id, x.id];
          const k = `${first}|${second}`;
          if (done.has(k)) continue;
          done.add(k);
          out.push(...eachDirection(byArticle.get(first)!, byArticle.get(second)!, sameAct));
        }
      }
    }
  }
  return out;
}

/** One per direction: "X blames the government, Y the opposition" and the reverse. */
function eachDirection(xs: Statement[], ys: Statement[], sameAct: Accept): Found[] {
  const out: Found[] = [];
  for (const c of new Set(xs.map((s) => s.blame!.camp))) {
    const p = strongestOpposite(
      xs.filter((s) => s.blame!.camp === c),
      ys,
      sameAct,
    );
    if (p) out.push(blameFound(...p));
  }
  return out;
}
