// Numeric contradictions: one count (thing and predicate) given values that cannot both hold.
// Which counts are one incident: same-incident.ts; tolls and their updates: tolls.ts.
import { sameDay, sameStory } from '../context/context.js';
import { wholeNumber } from '../../text/whole-number.js';
import { findPhrases } from '../context/match.js';
import { NUMERIC_CONTRAST } from '../statements/event-words.js';
import type { Statement } from '../statements/statement.js';
import type { Update } from '../types.js';
import {
  bothTell,
  numberFragment,
  otherTells,
  partAndRest,
  pastYear,
  rivalAccountBetween,
  rounded,
} from './figures.js';
import { firstPair, groupBy, type Found } from './pairing.js';
import { differentFloors, raisedBySource, rivalFloors } from './bounds.js';
import {
  contrastBefore,
  namedBoth,
  otherCauses,
  otherDays,
  reportDay,
  sameDurationEvent,
  sameEventWords,
  sameIncident,
  samePlaceNamed,
  samePlaces,
} from './same-incident.js';
import {
  PEOPLE_CLASSES,
  classOf,
  farApart,
  incidentKey,
  diedOrHurt,
  isToll,
  stepUpdates,
  stillCounting,
  supersedes,
  tollUpdates,
} from './tolls.js';
import { partOfSeveral } from './part-event.js';
import { tollsOfSentences, woundedWhoDied, type TollsOfSentence } from './toll-shift.js';

/** Numeric contradictions reported for one count (thing and predicate): the rest repeat them. */
const PER_COUNT = 6;

/**
 * Distinct values of one count compared, and statements of each value tried: a count with dozens of
 * values is noise (a running toll), and the first statements of a value are as good as the rest.
 */
const VALUES_PER_COUNT = 12;
const STATEMENTS_PER_VALUE = 4;

const fmt = (n: number) => (Number.isFinite(n) ? wholeNumber(n) : '∞');

/**
 * Counts of one incident (same predicate, victim group and part of it: see incidentKey) whose value
 * intervals do not overlap ("نحو" allows ±15%). What is no figure of one incident is never compared:
 * an order of magnitude ("عشرات"), a guess, a tally over several places. A first report or a
 * rise told as such is a step of the toll (an update), not a rival. Two counts of one sentence are
 * rivals only when the sentence says so ("فيما كان العدد المعلن ..."). One contradiction per pair of values.
 */
export function findNumeric(statements: Statement[], updates: Update[] = []): Found[] {
  const out: Found[] = [];
  const byIncident = groupBy(statements.filter(comparable), incidentKey);
  const tolls = tollsOfSentences(statements);
  for (const list of byIncident.values()) {
    if (list.length < 2) continue;
    const toll = isToll(list[0]);
    if (toll) updates.push(...stepUpdates(list));
    // a first report is superseded, never a rival; a rise is a rival only of figures above it
    const figures = list.filter((s) => s.quantity!.incident.step !== 'initial');
    // distinct values, a few statements of each; compare a bounded number of them
    const byValue = [...groupBy(figures, (s) => `${s.quantity!.low}:${s.quantity!.high}`).values()]
      .slice(0, VALUES_PER_COUNT)
      .map((l) => l.slice(0, STATEMENTS_PER_VALUE));
    out.push(...countContradictions(byValue, toll ? raisedBySource(figures) : new Set(), tolls));
    if (toll) updates.push(...tollUpdates(figures));
  }
  return out;
}

/** A count that can be set against another: a stated figure of one incident. */
function comparable(s: Statement): boolean {
  if (s.kind !== 'quantity' || !s.quantity!.predicate || s.quantity!.denied) return false;
  const i = s.quantity!.incident;
  // "عائلة واحدة", "أحدهم": the word "one" after a noun qualifies it, it counts nothing
  if (s.quantity!.value === 1 && !/[0-9٠-٩]/.test(s.quantity!.text)) return false;
  // the tail of a number misread ("164،781،745" as 745) or a past year's count is no figure of this story
  if (numberFragment(s) || pastYear(s)) return false;
  return !i.vague && !i.estimate && !i.several;
}

/**
 * Pairs of non-overlapping values of one count, one per pair of articles, at most PER_COUNT; floors
 * of a toll ("at least N") that differ count as values apart when two sources give them (bounds.ts).
 */
function countContradictions(
  byValue: Statement[][],
  raised: Set<Statement>,
  tolls: TollsOfSentence,
): Found[] {
  const out: Found[] = [];
  // the wounded who died: one account's toll updated, not a rival (toll-shift.ts)
  const rivalOrShift = (a: Statement, b: Statement) => rivalCounts(a, b) && !woundedWhoDied(a, b, tolls);
  const pairsDone = new Set<string>();
  for (let i = 0; i < byValue.length && out.length < PER_COUNT; i++) {
    for (let j = i + 1; j < byValue.length && out.length < PER_COUNT; j++) {
      const qa = byValue[i][0].quantity!;
      const qb = byValue[j][0].quantity!;
      const apart = !(qa.low <= qb.high && qb.low <= qa.high);
      const floors = !apart && differentFloors(qa, qb);
      if (!apart && !floors) continue;
      const rivals = floors
        ? (a: Statement, b: Statement) => rivalFloors(a, b, raised) && rivalOrShift(a, b)
        : rivalOrShift;
      const pair = firstPair(byValue[i], byValue[j], rivals);
      if (!pair) continue;
      const [a, b] = pair;
      // one contradiction per pair of articles and count: the first (most-stated) values
      const pk = [a.ctx.id, b.ctx.id].sort().join('|');
      if (pairsDone.has(pk)) continue;
      pairsDone.add(pk);
      const thing = a.key
        .split('|')
        .slice(1)
        .filter((x) => x !== '-')
        .join(', ');
      out.push({
        kind: 'numeric',
        a,
        b,
        explanation:
          `Numbers disagree on the same count (${thing}): "${a.span.text}" (${rangeText(qa)}) vs ` +
          `"${b.span.text}" (${rangeText(qb)}); ` +
          (floors
            ? `two sources give different floors of one toll on the same day (${a.voice.by} / ${b.voice.by}).`
            : `the ranges do not overlap even allowing ±15% for "نحو/حوالي".`) +
          laterNote(a, b),
      });
    }
  }
  return out;
}

/** The explanation's note when the two counts were told on different days. */
function laterNote(a: Statement, b: Statement): string {
  if (sameDay(a.date, b.date) !== false) return '';
  const later = a.date! > b.date! ? a : b;
  return ` Told on different days (${a.date} / ${b.date}): the later report (${later.voice.by}) may be an update of the toll.`;
}

/** Two counts with non-overlapping values are rivals unless a later date updates one, or one sentence holds both without a contrast. */
function rivalCounts(a: Statement, b: Statement): boolean {
  if (otherDays(a, b) || supersedes(a, b) || supersedes(b, a)) return false;
  const toll = isToll(a);
  if (toll && (farApart(a, b) || stillCounting(a, b))) return false;
  // a toll in a later report that rises is an update (tollUpdates); one that falls still disagrees
  const reportsApart = a.ctx !== b.ctx && reportDay(a) && reportDay(b) && reportDay(a) !== reportDay(b);
  if (reportsApart) {
    const [early, late] = reportDay(a)! < reportDay(b)! ? [a, b] : [b, a];
    // whoever died or was hurt (pilgrims, workers: nouns no people class lists), a toll rises the
    // same way; for those the rise only removes the pair, every other test still applies
    if (diedOrHurt(a) && late.quantity!.high >= early.quantity!.low) return false;
  }
  if (!(toll && reportsApart) && sameDay(a.date, b.date) === false) return false;
  if (otherCauses(a, b) || !sameDurationEvent(a, b)) return false;
  // two items both texts give, a figure and its rounding, an item the other sentence also gives, a part and the whole
  if (bothTell(a, b) || rounded(a, b) || otherTells(a, b) || partAndRest(a, b)) return false;
  // one event's toll a text singles out among several, against a toll of them all (part-event.ts)
  if (partOfSeveral(a, b)) return false;
  if (a.ctx !== b.ctx) {
    if (toll) return sameIncident(a, b);
    // a thing (teams, years, vehicles) only told of the same place in the same words
    if (!PEOPLE_CLASSES.has(classOf(a))) return samePlaceNamed(a, b) && sameEventWords(a, b);
    // people who left, fled ...: the same place named, or the same words; with no place linked in
    // either article nothing tells two stories apart (as sameStory)
    if (!a.ctx.entities && !b.ctx.entities) return true;
    return sameStory(a.ctx, a.sent, b.ctx, b.sent) && (samePlaceNamed(a, b) || sameEventWords(a, b));
  }
  // two sentences of one article: a roundup tells one figure per incident, and one voice telling
  // two figures tells a sequence; rivals only when two named speakers give them for the same places
  // and the later sentence says it differs ("في حين قال مصدر آخر ...")
  if (a.sent !== b.sent)
    return a.voice.by !== b.voice.by && namedBoth(a, b) && samePlaces(a, b) && contrastBefore(a, b);
  const [x, y] = a.span.start < b.span.start ? [a, b] : [b, a];
  const from = x.ctx.tokens.findIndex((t) => t.start >= x.span.end);
  let to = from;
  while (to >= 0 && to < x.ctx.tokens.length && x.ctx.tokens[to].end <= y.span.start) to++;
  return (
    from >= 0 && findPhrases(x.ctx.tokens, NUMERIC_CONTRAST, from, to).length > 0 && rivalAccountBetween(x, y)
  );
}

function rangeText(q: { low: number; high: number }): string {
  return q.low === q.high ? fmt(q.low) : `${fmt(q.low)}–${fmt(q.high)}`;
}
