// Numeric contradictions: one count (thing and predicate) given values that cannot both hold.
import { sameDay, sameStory } from '../context/context.js';
import { findPhrases } from '../context/match.js';
import { NUMERIC_CONTRAST } from '../statements/events.js';
import type { Statement } from '../statements/statements.js';
import type { Update } from '../types.js';
import { firstPair, groupBy, type Found } from './pairing.js';

/** Numeric contradictions reported for one count (thing and predicate): the rest repeat them. */
const PER_COUNT = 6;
/**
 * Distinct values of one count compared, and statements of each value tried: a count with dozens of
 * values is noise (a running toll), and the first statements of a value are as good as the rest.
 */
const VALUES_PER_COUNT = 12;
const STATEMENTS_PER_VALUE = 4;
/** predicates of a toll (killed, injured): outlets rarely agree on them, even a day apart */
const TOLLS = new Set(['killed', 'injured']);
/** Steps of a rising toll kept as updates per count: the first report, a few revisions, the last. */
const UPDATES_PER_COUNT = 4;

const fmt = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '∞');

/**
 * Same counted thing with the same predicate (evacuated / killed / injured ...), value intervals
 * that do not overlap ("نحو" allows ±15%). Two counts of one sentence are rivals only when the
 * sentence says so ("فيما كان العدد المعلن ..."). One contradiction per pair of values.
 */
export function findNumeric(statements: Statement[], updates: Update[] = []): Found[] {
  const out: Found[] = [];
  const byKey = groupBy(
    statements.filter((s) => s.kind === 'quantity' && s.quantity!.predicate && !s.quantity!.denied),
    (s) => s.key,
  );
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    // distinct values, a few statements of each; compare a bounded number of them
    const byValue = [...groupBy(list, (s) => `${s.quantity!.low}:${s.quantity!.high}`).values()]
      .slice(0, VALUES_PER_COUNT)
      .map((l) => l.slice(0, STATEMENTS_PER_VALUE));
    out.push(...countContradictions(byValue));
    if (TOLLS.has(list[0].quantity!.predicate ?? '')) updates.push(...tollUpdates(list));
  }
  return out;
}

/** Pairs of non-overlapping values of one count, one per pair of articles, at most PER_COUNT. */
function countContradictions(byValue: Statement[][]): Found[] {
  const out: Found[] = [];
  const pairsDone = new Set<string>();
  for (let i = 0; i < byValue.length && out.length < PER_COUNT; i++) {
    for (let j = i + 1; j < byValue.length && out.length < PER_COUNT; j++) {
      const qa = byValue[i][0].quantity!;
      const qb = byValue[j][0].quantity!;
      if (qa.low <= qb.high && qb.low <= qa.high) continue;
      const pair = firstPair(byValue[i], byValue[j], rivalCounts);
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
          `"${b.span.text}" (${rangeText(qb)}); the ranges do not overlap even allowing ±15% for "نحو/حوالي".` +
          laterNote(a, b),
      });
    }
  }
  return out;
}

/** The day a statement was reported: its article's publication date. */
const reportDay = (s: Statement) => s.ctx.article.published?.slice(0, 10);

/**
 * A toll that rises in later reports of one incident: each report that is later and higher than
 * the last step becomes an update (24 -> 40 -> 47), with its source and day.
 */
function tollUpdates(list: Statement[]): Update[] {
  const dated = list.filter((s) => reportDay(s)).sort((a, b) => reportDay(a)!.localeCompare(reportDay(b)!));
  const out: Update[] = [];
  let last: Statement | undefined;
  for (const s of dated) {
    if (!last) {
      last = s;
      continue;
    }
    const later = reportDay(s)! > reportDay(last)!;
    if (!later || s.quantity!.low <= last.quantity!.high || !sameIncident(last, s)) continue;
    out.push({
      topic: s.key,
      from: { ...last.span, by: last.voice.by, date: reportDay(last), status: last.span.text },
      to: { ...s.span, by: s.voice.by, date: reportDay(s), status: s.span.text },
      explanation: `The toll rose in a later report: "${last.span.text}" (${reportDay(last)}) then "${s.span.text}" (${reportDay(s)}).`,
    });
    last = s;
    if (out.length >= UPDATES_PER_COUNT) break;
  }
  return out;
}

/** The explanation's note when the two counts were told on different days. */
function laterNote(a: Statement, b: Statement): string {
  if (sameDay(a.date, b.date) !== false) return '';
  const later = a.date! > b.date! ? a : b;
  return ` Told on different days (${a.date} / ${b.date}): the later report (${later.voice.by}) may be an update of the toll.`;
}

/**
 * One attack in two articles: a place linked anywhere in both, and when both sentences name places,
 * one sentence's place named somewhere in the other article (the toll's sentence often names none,
 * or names the mosque while the city is in the lead).
 */
function sameIncident(a: Statement, b: Statement): boolean {
  const pa = a.ctx.entities?.get(-1);
  const pb = b.ctx.entities?.get(-1);
  if (!pa || !pb || !shares(pa, pb)) return sameStory(a.ctx, a.sent, b.ctx, b.sent);
  const ea = a.ctx.entities?.get(a.sent);
  const eb = b.ctx.entities?.get(b.sent);
  // two sentences that each name places name one place of one incident, or are two incidents
  if (ea?.size && eb?.size) return shares(ea, eb);
  return !ea || !eb || shares(ea, pb) || shares(eb, pa);
}

const shares = (a?: Set<string>, b?: Set<string>) => {
  if (a && b) for (const x of a) if (b.has(x)) return true;
  return false;
};

/** Two counts with non-overlapping values are rivals unless a later date updates one, or one sentence holds both without a contrast. */
function rivalCounts(a: Statement, b: Statement): boolean {
  const toll = TOLLS.has(a.quantity!.predicate ?? '');
  // a toll in a later report that rises is an update (tollUpdates); one that falls still disagrees
  if (toll && a.ctx !== b.ctx && reportDay(a) && reportDay(b) && reportDay(a) !== reportDay(b)) {
    const [early, late] = reportDay(a)! < reportDay(b)! ? [a, b] : [b, a];
    if (late.quantity!.high >= early.quantity!.low) return false;
  } else if (sameDay(a.date, b.date) === false) return false;
  if (a.ctx !== b.ctx) return toll ? sameIncident(a, b) : sameStory(a.ctx, a.sent, b.ctx, b.sent);
  // two sentences of one article: rivals when two speakers give them; one voice telling two figures
  // is telling a sequence (the first toll, then the new one)
  if (a.sent !== b.sent) return a.voice.by !== b.voice.by;
  const [x, y] = a.span.start < b.span.start ? [a, b] : [b, a];
  const from = x.ctx.tokens.findIndex((t) => t.start >= x.span.end);
  let to = from;
  while (to >= 0 && to < x.ctx.tokens.length && x.ctx.tokens[to].end <= y.span.start) to++;
  return from >= 0 && findPhrases(x.ctx.tokens, NUMERIC_CONTRAST, from, to).length > 0;
}

function rangeText(q: { low: number; high: number }): string {
  return q.low === q.high ? fmt(q.low) : `${fmt(q.low)}–${fmt(q.high)}`;
}
