// Contradictions between statements, within and across articles: numeric, blame, place, status
// (denial lives in contradictions-denial.ts). Every step buckets statements by key first and
// pairs only a bounded number of buckets per article, so the cost stays linear in the articles.
import type { Contradiction, Span } from '../../contract.js';
import { sameDay, sameStory } from '../context/context.js';
import {
  BLAME_GROUP,
  NUMERIC_CONTRAST,
  TARGET_CLASS,
  placesAgree,
  statusesConflict,
} from '../statements/events.js';
import { findPhrases } from '../context/match.js';
import type { Statement } from '../statements/statements.js';
import { STATUS_LABEL, TOPIC_LABEL } from '../statements/statements.js';
import type { Update } from '../types.js';

/** opposite buckets (articles) one bucket is paired with */
const PARTNERS = 4;
/** numeric contradictions reported for one count (thing and predicate) */
const PER_COUNT = 6;
/** statements of one bucket paired with their best partner */
const PER_BUCKET = 3;

export interface Found {
  kind: Contradiction['kind'];
  a: Statement;
  b: Statement;
  explanation: string;
  /** override the displayed sides (e.g. a denial's own sentence) */
  aSpan?: Span;
  bSpan?: Span;
}

const side = (s: Statement, span?: Span): Contradiction['a'] => ({ ...(span ?? s.span), by: s.voice.by });
const fmt = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '∞');

/** Turn found pairs into contract contradictions, one per statement pair. */
export function toContradictions(found: Found[]): { contradictions: Contradiction[]; disputed: Set<number> } {
  const seen = new Set<string>();
  const contradictions: Contradiction[] = [];
  const disputed = new Set<number>();
  for (const f of found) {
    // one contradiction per kind and pair of displayed passages, whichever statements led there
    const pa = f.aSpan ?? f.a.span;
    const pb = f.bSpan ?? f.b.span;
    const ends = [`${pa.article}@${pa.start}`, `${pb.article}@${pb.start}`].sort();
    const k = [f.kind, ...ends].join(':');
    if (seen.has(k)) continue;
    seen.add(k);
    disputed.add(f.a.id);
    disputed.add(f.b.id);
    contradictions.push({
      id: `x${contradictions.length + 1}`,
      kind: f.kind,
      a: side(f.a, f.aSpan),
      b: side(f.b, f.bSpan),
      explanation: f.explanation,
    });
  }
  return { contradictions, disputed };
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const l = m.get(k);
    if (l) l.push(t);
    else m.set(k, [t]);
  }
  return m;
}

/**
 * Same counted thing with the same predicate (evacuated / killed / injured ...), value intervals
 * that do not overlap ("نحو" allows ±15%). Two counts of one sentence are rivals only when the
 * sentence says so ("فيما كان العدد المعلن ..."). One contradiction per pair of values.
 */
export function findNumeric(statements: Statement[]): Found[] {
  const out: Found[] = [];
  const byKey = groupBy(
    statements.filter((s) => s.kind === 'quantity' && s.quantity!.predicate && !s.quantity!.denied),
    (s) => s.key,
  );
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    // distinct values, a few statements of each; compare a bounded number of them
    const byValue = [...groupBy(list, (s) => `${s.quantity!.low}:${s.quantity!.high}`).values()]
      .slice(0, 12)
      .map((l) => l.slice(0, 4));
    let reported = 0;
    const pairsDone = new Set<string>();
    for (let i = 0; i < byValue.length && reported < PER_COUNT; i++) {
      for (let j = i + 1; j < byValue.length && reported < PER_COUNT; j++) {
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
        reported++;
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
  }
  return out;
}

/**
 * A denied count ("نفى ... خروج ألفي مقاتل") against the same count (thing, predicate, value) stated
 * by another voice: the statement the denial answers, often in another outlet.
 */
export function findDeniedCounts(statements: Statement[]): Found[] {
  const out: Found[] = [];
  const quantities = statements.filter((s) => s.kind === 'quantity' && s.quantity!.predicate);
  const stated = groupBy(
    quantities.filter((s) => !s.quantity!.denied),
    (s) => s.key,
  );
  for (const d of quantities) {
    if (!d.quantity!.denied) continue;
    const q = d.quantity!;
    const match = (stated.get(d.key) ?? []).find(
      (s) =>
        s.voice.id !== d.voice.id &&
        s.quantity!.low <= q.high &&
        q.low <= s.quantity!.high &&
        sameStory(s.ctx, s.sent, d.ctx, d.sent),
    );
    if (!match) continue;
    out.push({
      kind: 'denial',
      a: match,
      b: d,
      aSpan: sentenceOf(match),
      bSpan: sentenceOf(d),
      explanation: `Denial: ${d.voice.by} denies the count "${d.span.text}" that ${match.voice.by} states ("${match.span.text}").`,
    });
  }
  return out;
}

/** predicates of a toll (killed, injured): outlets rarely agree on them, even a day apart */
const TOLLS = new Set(['killed', 'injured']);
/** days apart within which two tolls of one attack are still set against each other */
const TOLL_DAYS = 2;
const DAY_MS = 86_400_000;

/** Whole days between two full dates (YYYY-MM-DD), else undefined. */
function daysApart(a?: string, b?: string): number | undefined {
  if (!a || !b || a.startsWith('-') || b.startsWith('-')) return undefined;
  const d = Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / DAY_MS;
  return Number.isFinite(d) ? Math.round(d) : undefined;
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
  return !ea || !eb || shares(ea, pb) || shares(eb, pa);
}

const shares = (a?: Set<string>, b?: Set<string>) => {
  if (a && b) for (const x of a) if (b.has(x)) return true;
  return false;
};

/** Two counts with non-overlapping values are rivals unless a later date updates one, or one sentence holds both without a contrast. */
function rivalCounts(a: Statement, b: Statement): boolean {
  const toll = TOLLS.has(a.quantity!.predicate ?? '');
  if (sameDay(a.date, b.date) === false) {
    // a later count is an update; a toll a day or two later is still worth showing (as a possible update)
    if (!toll || a.ctx === b.ctx || (daysApart(a.date, b.date) ?? Infinity) > TOLL_DAYS) return false;
  }
  if (a.ctx !== b.ctx) return toll ? sameIncident(a, b) : sameStory(a.ctx, a.sent, b.ctx, b.sent);
  if (a.sent !== b.sent) return true;
  const [x, y] = a.span.start < b.span.start ? [a, b] : [b, a];
  const from = x.ctx.tokens.findIndex((t) => t.start >= x.span.end);
  let to = from;
  while (to >= 0 && to < x.ctx.tokens.length && x.ctx.tokens[to].end <= y.span.start) to++;
  return from >= 0 && findPhrases(x.ctx.tokens, NUMERIC_CONTRAST, from, to).length > 0;
}

function firstPair(
  xs: Statement[],
  ys: Statement[],
  ok: (a: Statement, b: Statement) => boolean,
): [Statement, Statement] | undefined {
  for (const a of xs) for (const b of ys) if (ok(a, b)) return [a, b];
  return undefined;
}

function rangeText(q: { low: number; high: number }): string {
  return q.low === q.high ? fmt(q.low) : `${fmt(q.low)}–${fmt(q.high)}`;
}

/**
 * Pair statements of two buckets: each of the first few statements of either side with its best
 * partner on the other side (by `score`, then text order).
 */
function pairBuckets(
  x: Statement[],
  y: Statement[],
  ok: (a: Statement, b: Statement) => boolean,
  score: (a: Statement, b: Statement) => number,
): [Statement, Statement][] {
  const out = new Map<string, { a: Statement; b: Statement; s: number }>();
  const best = (s: Statement, others: Statement[]) => {
    let top: Statement | undefined;
    let topScore = -Infinity;
    for (const o of others) {
      if (!ok(s, o)) continue;
      const sc = score(s, o);
      if (sc > topScore) {
        top = o;
        topScore = sc;
      }
    }
    return top ? { o: top, s: topScore } : undefined;
  };
  for (const s of x.slice(0, PER_BUCKET)) {
    const m = best(s, y);
    if (m) out.set(`${s.id}:${m.o.id}`, { a: s, b: m.o, s: m.s });
  }
  for (const s of y.slice(0, PER_BUCKET)) {
    const m = best(s, x);
    if (m) out.set(`${m.o.id}:${s.id}`, { a: m.o, b: s, s: m.s });
  }
  // strongest pairs first: when two pairs show the same passages, the first is kept
  return [...out.values()].sort((p, q) => q.s - p.s).map((p) => [p.a, p.b]);
}

/** One statement per sentence and camp/status: the first. */
function onePerSentence(list: Statement[], extra: (s: Statement) => string): Statement[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const k = `${s.ctx.id}:${s.sent}:${extra(s)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Strength of a pair of opposite blames: plain accusations before agent markers before actors,
 * a named voice (a quotation) before the outlet's, then the same event named on both sides.
 */
const blameWeight = (s: Statement) => s.blame!.strength + (s.voice.id.startsWith('outlet:') ? 0 : 0.5);
const blameScore = (a: Statement, b: Statement) =>
  blameWeight(a) + blameWeight(b) + (a.topic && a.topic === b.topic ? 0.25 : 0);

const TARGET_CLASSES = new Set(TARGET_CLASS.values());

/** event blame groups of the lexicon (the deal, the fighting); others are single acts */
const BLAME_GROUP_IDS = new Set(
  [...BLAME_GROUP.entries()].filter(([topic]) => topic !== 'attack').map(([, group]) => group),
);

/** One act: the same class of target (the evacuation route ...) or two shared content words. */
function sameTarget(a: Statement, b: Statement): boolean {
  const tb = new Set(b.blame!.target ?? []);
  let words = 0;
  for (const x of new Set(a.blame!.target ?? [])) {
    if (!tb.has(x)) continue;
    if (TARGET_CLASSES.has(x) || ++words >= 2) return true;
  }
  return false;
}

/** The strongest pair (x, y) blaming different camps, if any; ties go to text order. */
function strongestOpposite(
  xs: Statement[],
  ys: Statement[],
  ok: (a: Statement, b: Statement) => boolean = () => true,
): [Statement, Statement] | undefined {
  let best: [Statement, Statement] | undefined;
  let top = -Infinity;
  for (const a of xs.slice(0, MAX_PER_ARTICLE)) {
    for (const b of ys.slice(0, MAX_PER_ARTICLE)) {
      if (a.blame!.camp === b.blame!.camp || !ok(a, b)) continue;
      const sc = blameScore(a, b);
      if (sc > top) [best, top] = [[a, b], sc];
    }
  }
  return best;
}

/** blame statements of one article and event considered for pairing */
const MAX_PER_ARTICLE = 12;

function blameFound(a: Statement, b: Statement): Found {
  const ga = a.blame!;
  const gb = b.blame!;
  return {
    kind: 'blame',
    a,
    b,
    explanation:
      `Blame for the same ${a.topic === 'attack' ? 'attack' : 'breakdown'} (${TOPIC_LABEL.get(a.topic ?? '') ?? a.topic} / ${TOPIC_LABEL.get(b.topic ?? '') ?? b.topic}) ` +
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
    const sameAct = (a: Statement, b: Statement) => !acts || sameTarget(a, b);
    for (const l of byArticle.values()) {
      const p = strongestOpposite(
        l,
        l,
        (a, b) =>
          a.id < b.id &&
          a.voice.id !== b.voice.id &&
          (!acts || Math.abs(a.sent - b.sent) <= 2 || sameTarget(a, b)),
      );
      if (p) out.push(blameFound(...p));
    }
    // each article meets the PARTNERS nearest articles blaming another camp; each pair once
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
            // one per direction: "X blames the government, Y the opposition" and the reverse
            const xs = byArticle.get(first)!;
            const ys = byArticle.get(second)!;
            for (const c of new Set(xs.map((s) => s.blame!.camp))) {
              const p = strongestOpposite(
                xs.filter((s) => s.blame!.camp === c),
                ys,
                sameAct,
              );
              if (p) out.push(blameFound(...p));
            }
          }
        }
      }
    }
  }
  return out;
}

/** The k buckets nearest to position p (buckets are in article order; binary search, then outward). */
function nearest<T>(list: T[], p: number, posOf: (t: T) => number, k: number): T[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (posOf(list[mid]) < p) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  let l = lo - 1;
  let r = lo;
  while (out.length < k && (l >= 0 || r < list.length)) {
    const dl = l >= 0 ? p - posOf(list[l]) : Infinity;
    const dr = r < list.length ? posOf(list[r]) - p : Infinity;
    if (dr <= dl) out.push(list[r++]);
    else out.push(list[l--]);
  }
  return out;
}

/** statements of one article set against a place the other article denies */
const PER_DENIAL = 2;

/**
 * The destination clashes between two articles: each statement naming a place the other article
 * denies ("وليس إلى إدلب") against that denial; else, when no named place of one agrees with any
 * of the other (an article naming several destinations agrees with one naming any of them), the
 * first named places of both.
 */
function placeClashes(xs: Statement[], ys: Statement[]): [Statement, Statement][] {
  const pos = (l: Statement[]) => l.filter((s) => !s.place!.negated);
  const neg = (l: Statement[]) => l.filter((s) => s.place!.negated);
  const out: [Statement, Statement][] = [];
  const denied = (d: Statement[], named: Statement[], flip: boolean) => {
    for (const b of named) {
      const a = d.find((n) => placesAgree(n.place!.id, b.place!.id));
      if (a && out.length < PER_DENIAL) out.push(flip ? [b, a] : [a, b]);
    }
  };
  denied(neg(xs), pos(ys), false);
  denied(neg(ys), pos(xs), true);
  if (out.length) return out;
  const px = pos(xs);
  const py = pos(ys);
  if (!px.length || !py.length) return out;
  if (px.some((a) => py.some((b) => placesAgree(a.place!.id, b.place!.id)))) return out;
  return [[px[0], py[0]]];
}

/** Across articles: evacuees said to go to places that exclude each other, once per article pair. */
export function findPlace(statements: Statement[]): Found[] {
  const out: Found[] = [];
  const places = statements.filter((s) => s.kind === 'destination');
  for (const list of groupBy(places, (s) => s.topic ?? '').values()) {
    const byArticle = [...groupBy(list, (s) => s.ctx.id).values()];
    // block by the set of places an article names; pair only signatures that clash
    const bySig = groupBy(byArticle, (l) =>
      [...new Set(l.map((s) => (s.place!.negated ? '!' : '') + s.place!.id))].sort().join(','),
    );
    const sigs = [...bySig.entries()];
    for (const [sx, xs] of sigs) {
      for (const [sy, ys] of sigs) {
        if (sy < sx || !placeClashes(xs[0], ys[0]).length) continue;
        xs.forEach((x, i) => {
          // each article meets at most PARTNERS clashing articles of a signature
          const partners = (sy === sx ? ys.slice(i + 1) : ys).slice(0, PARTNERS);
          for (const y of partners) {
            for (const [a, b] of placeClashes(x, y)) {
              const da = `${a.place!.negated ? 'not to ' : 'to '}"${a.place!.label}"`;
              const db = `${b.place!.negated ? 'not to ' : 'to '}"${b.place!.label}"`;
              out.push({
                kind: 'place',
                a,
                b,
                aSpan: sentenceOf(a),
                bSpan: sentenceOf(b),
                explanation: `Destination of the ${TOPIC_LABEL.get(a.topic ?? '') ?? a.topic}: ${a.voice.by} says ${da} ("${a.span.text}"), ${b.voice.by} says ${db} ("${b.span.text}").`,
              });
            }
          }
        });
      }
    }
  }
  return out;
}

function sentenceOf(s: Statement): Span {
  const r = s.ctx.sentences[s.sent];
  return { article: s.ctx.id, start: r.start, end: r.end, text: s.ctx.text.slice(r.start, r.end) };
}

/** A statement a reader can check: dated in its own sentence (1), told by a named voice (0.5). */
function checkable(s: Statement): number {
  const r = s.ctx.sentences[s.sent];
  const dated = s.ctx.dates.some((d) => d.start >= r.start && d.start < r.end) ? 1 : 0;
  return dated + (s.voice.id.startsWith('outlet:') ? 0 : 0.5);
}

/**
 * Across articles: one topic reported with statuses that exclude each other (started vs
 * postponed/suspended). Same day or unknown dates: a contradiction; different days: an update.
 */
export function findStatus(statements: Statement[]): { found: Found[]; updates: Update[] } {
  const found: Found[] = [];
  const updates: Update[] = [];
  const seenUpdates = new Set<string>();
  const reported = new Set<string>();
  const events = onePerSentence(
    statements.filter((s) => s.kind === 'event' && !s.event!.future),
    (s) => s.event!.status,
  );
  for (const list of groupBy(events, (s) => s.topic ?? '').values()) {
    const buckets = [...groupBy(list, (s) => `${s.ctx.id}|${s.event!.status}`).values()];
    const byStatus = groupBy(buckets, (b) => b[0].event!.status);
    for (let i = 0; i < buckets.length; i++) {
      const x = buckets[i];
      const st = x[0].event!.status;
      let partners = 0;
      for (const [other, ys] of byStatus) {
        if (!statusesConflict(st, other) || st > other) continue;
        for (const y of ys) {
          if (partners >= PARTNERS) break;
          if (y[0].ctx.id === x[0].ctx.id) continue; // within one article it is the story unfolding
          partners++;
          for (const [a, b] of pairBuckets(
            x,
            y,
            (p, q) => sameStory(p.ctx, p.sent, q.ctx, q.sent),
            (p, q) => (sameDay(p.date, q.date) ? 2 : 0) + checkable(p) + checkable(q),
          )) {
            const topic = TOPIC_LABEL.get(a.topic ?? '') ?? a.topic;
            const sa = `"${STATUS_LABEL.get(a.event!.status)}" ("${a.span.text}")`;
            const sb = `"${STATUS_LABEL.get(b.event!.status)}" ("${b.span.text}")`;
            const same = sameDay(a.date, b.date);
            if (same === false) {
              const [from, to] = a.date! < b.date! ? [a, b] : [b, a];
              const uk = `${from.ctx.id}@${from.sent}:${to.ctx.id}@${to.sent}`;
              if (seenUpdates.has(uk)) continue;
              seenUpdates.add(uk);
              updates.push({
                topic: a.topic ?? '',
                from: { ...sentenceOf(from), by: from.voice.by, date: from.date, status: from.event!.status },
                to: { ...sentenceOf(to), by: to.voice.by, date: to.date, status: to.event!.status },
                explanation: `Status of the ${topic} changed between ${from.date} and ${to.date}: reported as an update, not a contradiction.`,
              });
              continue;
            }
            // one status contradiction per topic and pair of articles: the best-dated pair
            const pk = `${a.topic}|${[a.ctx.id, b.ctx.id].sort().join('|')}`;
            if (reported.has(pk)) continue;
            reported.add(pk);
            const when = same ? `on the same day (${a.date})` : 'with no date to tell them apart';
            found.push({
              kind: 'status',
              a,
              b,
              aSpan: sentenceOf(a),
              bSpan: sentenceOf(b),
              explanation: `Status of the ${topic} disagrees ${when}: ${a.voice.by} reports ${sa}, ${b.voice.by} reports ${sb}.`,
            });
          }
        }
      }
    }
  }
  return { found, updates };
}
