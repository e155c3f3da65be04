// Status contradictions: one topic reported with statuses that exclude each other (started vs
// postponed/suspended). Same day or unknown dates: a contradiction; different days: an update.
import { sameAnchor, sameDay } from '../context/context.js';
import { statusesConflict } from '../statements/event-words.js';
import type { Statement } from '../statements/statement.js';
import { STATUS_LABEL, TOPIC_LABEL } from '../statements/statement.js';
import type { Update } from '../types.js';
import {
  PARTNERS,
  groupBy,
  namedVoice,
  onePerSentence,
  pairBuckets,
  sentenceOf,
  type Found,
} from './pairing.js';

/**
 * Scores that pick the pair of two buckets a reader is shown: told on the same day outweighs both
 * checkability marks together, a date in the sentence outweighs a named voice.
 */
const SAME_DAY_SCORE = 2;
const DATED_SCORE = 1;
const NAMED_VOICE_SCORE = 0.5;

/** A statement a reader can check: dated in its own sentence, told by a named voice. */
function checkable(s: Statement): number {
  const r = s.ctx.sentences[s.sent];
  const dated = s.ctx.dates.some((d) => d.start >= r.start && d.start < r.end) ? DATED_SCORE : 0;
  return dated + (namedVoice(s) ? NAMED_VOICE_SCORE : 0);
}

/**
 * Words at most between a status word and its topic: "بدأت صباح اليوم عملية إجلاء" is the
 * evacuation's start; "تأخير وصول ممثلي الصندوق ... من المحادثات" delays an arrival, not the talks
 * (most status pairs judged wrong on the dev days had a word this far from its topic).
 */
const STATUS_REACH = 3;

/** The status word governs its topic: they stand a few words apart at most. */
function governsTopic(s: Statement): boolean {
  return (s.event!.topicGap ?? Infinity) <= STATUS_REACH;
}

/** What findStatus has already reported: updates by sentence pair, contradictions by topic and article pair. */
interface Reported {
  updates: Set<string>;
  pairs: Set<string>;
}

/**
 * Across articles: conflicting statuses of one topic. A pair told on different days is pushed to
 * `updates` (the story moved on), not reported as a contradiction.
 */
export function findStatus(statements: Statement[], updates: Update[]): Found[] {
  const found: Found[] = [];
  const reported: Reported = { updates: new Set(), pairs: new Set() };
  const events = onePerSentence(
    statements.filter((s) => s.kind === 'event' && !s.event!.future && governsTopic(s)),
    (s) => s.event!.status,
  );
  for (const list of groupBy(events, (s) => s.topic ?? '').values()) {
    const buckets = [...groupBy(list, (s) => `${s.ctx.id}|${s.event!.status}`).values()];
    const byStatus = groupBy(buckets, (b) => b[0].event!.status);
    for (const x of buckets) {
      for (const [a, b] of conflictingPairs(x, byStatus)) {
        if (sameDay(a.date, b.date) === false) addUpdate(a, b, updates, reported);
        else addContradiction(a, b, found, reported);
      }
    }
  }
  return found;
}

/** Pairs of bucket x with the buckets of up to PARTNERS other articles holding a conflicting status. */
function conflictingPairs(x: Statement[], byStatus: Map<string, Statement[][]>): [Statement, Statement][] {
  const out: [Statement, Statement][] = [];
  const st = x[0].event!.status;
  let partners = 0;
  for (const [other, ys] of byStatus) {
    if (!statusesConflict(st, other) || st > other) continue;
    for (const y of ys) {
      if (partners >= PARTNERS) break;
      if (y[0].ctx.id === x[0].ctx.id) continue; // within one article it is the story unfolding
      partners++;
      out.push(
        ...pairBuckets(
          x,
          y,
          (p, q) => sameAnchor(p.ctx, p.sent, q.ctx, q.sent),
          (p, q) => (sameDay(p.date, q.date) ? SAME_DAY_SCORE : 0) + checkable(p) + checkable(q),
        ),
      );
    }
  }
  return out;
}

function addUpdate(a: Statement, b: Statement, updates: Update[], reported: Reported): void {
  const [from, to] = a.date! < b.date! ? [a, b] : [b, a];
  const uk = `${from.ctx.id}@${from.sent}:${to.ctx.id}@${to.sent}`;
  if (reported.updates.has(uk)) return;
  reported.updates.add(uk);
  const topic = TOPIC_LABEL.get(a.topic ?? '') ?? a.topic;
  updates.push({
    topic: a.topic ?? '',
    from: { ...sentenceOf(from), by: from.voice.by, date: from.date, status: from.event!.status },
    to: { ...sentenceOf(to), by: to.voice.by, date: to.date, status: to.event!.status },
    explanation: `Status of the ${topic} changed between ${from.date} and ${to.date}: reported as an update, not a contradiction.`,
  });
}

/** One status contradiction per topic and pair of articles: the best-dated pair. */
function addContradiction(a: Statement, b: Statement, found: Found[], reported: Reported): void {
  const pk = `${a.topic}|${[a.ctx.id, b.ctx.id].sort().join('|')}`;
  if (reported.pairs.has(pk)) return;
  reported.pairs.add(pk);
  const topic = TOPIC_LABEL.get(a.topic ?? '') ?? a.topic;
  const sa = `"${STATUS_LABEL.get(a.event!.status)}" ("${a.span.text}")`;
  const sb = `"${STATUS_LABEL.get(b.event!.status)}" ("${b.span.text}")`;
  const when = sameDay(a.date, b.date) ? `on the same day (${a.date})` : 'with no date to tell them apart';
  found.push({
    kind: 'status',
    a,
    b,
    aSpan: sentenceOf(a),
    bSpan: sentenceOf(b),
    explanation: `Status of the ${topic} disagrees ${when}: ${a.voice.by} reports ${sa}, ${b.voice.by} reports ${sb}.`,
  });
}
