// The disputes side by side and the updates as sequences, as plain data for the views. Both read
// the contract's own grouping (`disputes[]`, `updates[]`): the report draws what the comparison
// decided and adds only names, chains of sources and spans to open.
import type { Quote, Span } from '../../contract.js';
import { nameOfSpeaker, nameOfSpan, nameOfText, refsOf, type Context, type Name, type Ref } from './model.js';

/** One statement of a side: its words, who said it through whom, where and when. */
export interface DisputeStatement {
  text: string;
  /** the quoted speaker and the chain it came through, speaker first; empty for the outlet's voice */
  chain: Name[];
  column: number;
  published?: string;
  refs: Ref[];
}

export interface DisputeSide {
  answer: string;
  /** who takes this side, each once: speakers, relays or outlets */
  sources: Name[];
  statements: DisputeStatement[];
}

export interface DisputeView {
  id: string;
  kind: string;
  /** what is disputed, in English with the Arabic words quoted ("How many (قتل)") */
  question: string;
  sides: DisputeSide[];
  /** why each pair clashes, from the comparison stage */
  explanations: string[];
}

/** One step of a sequence: a figure or status, its source, its day, its span. */
export interface SequenceStep {
  text: string;
  source?: Name;
  column: number;
  date?: string;
  refs: Ref[];
}

/** Updates of one topic chained in order: 24 → 40 → 47, each step with its source. */
export interface UpdateSequence {
  topic: string;
  explanations: string[];
  steps: SequenceStep[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** The quotation a span sits in, if any: its speaker, relays and channel make the chain. */
export function quoteAround(ctx: Context, span: Span): Quote | undefined {
  return ctx.analysis.quotes.find((q) => q.article === span.article && overlaps(q, span));
}

export function chainOf(ctx: Context, q: Quote): Name[] {
  return [
    nameOfSpeaker(ctx, q.speaker),
    ...(q.via ?? []).map((v) => nameOfSpan(ctx, v)),
    ...(q.channel ? [nameOfSpan(ctx, q.channel)] : []),
  ];
}

/**
 * A source as the comparison names it: an article id stands for its outlet's own voice (the
 * column's label), anything else is a speaker, relay or outlet name.
 */
export function sourceName(ctx: Context, by: string): Name {
  const a = ctx.articleIndex.get(by);
  return a !== undefined ? ctx.columns[ctx.columnOf[a]].label : nameOfText(by);
}

function statementOf(ctx: Context, span: Span & { by?: string }): DisputeStatement {
  const a = ctx.articleIndex.get(span.article) ?? 0;
  const q = quoteAround(ctx, span);
  const byIsArticle = span.by === undefined || ctx.articleIndex.has(span.by);
  const chain = q ? chainOf(ctx, q) : byIsArticle ? [] : [nameOfText(span.by!)];
  const published = ctx.analysis.articles[a].published;
  return {
    text: span.text,
    chain,
    column: ctx.columnOf[a],
    ...(published ? { published } : {}),
    refs: refsOf(ctx, [span], 'main'),
  };
}

/** Names shown once each: two sources that read the same (an outlet met twice) are one. */
function uniqueNames(names: Name[]): Name[] {
  const byArabic = new Map<string, Name>();
  for (const n of names) if (!byArabic.has(n.ar)) byArabic.set(n.ar, n);
  return [...byArabic.values()];
}

/**
 * A side's sources as shown: a source that is the speaker of one of the side's quoted statements
 * is named as the speaker is (an official described in words reads "an official" in English, not a
 * transliterated description); other sources by sourceName.
 */
function sideSources(
  ctx: Context,
  side: { statements: (Span & { by?: string })[]; sources: string[] },
): Name[] {
  const asSpoken = new Map<string, Name>();
  for (const st of side.statements) {
    const q = st.by ? quoteAround(ctx, st) : undefined;
    const speaker =
      q && (q.speaker.resolvedFrom ? { ...q.speaker, text: q.speaker.resolvedFrom.text } : q.speaker);
    if (speaker && speaker.text === st.by) asSpoken.set(st.by, nameOfSpeaker(ctx, speaker));
  }
  return uniqueNames(side.sources.map((b) => asSpoken.get(b) ?? sourceName(ctx, b)));
}

/** The contract's disputes, each side with its sources, statements, chains and spans. */
export function buildDisputes(ctx: Context): DisputeView[] {
  const why = new Map(ctx.analysis.contradictions.map((c) => [c.id, c.explanation]));
  return (ctx.analysis.disputes ?? []).map((d) => ({
    id: d.id,
    kind: d.kind,
    question: d.question,
    sides: d.sides.map((s) => ({
      answer: s.answer,
      sources: sideSources(ctx, s),
      statements: s.statements.map((x) => statementOf(ctx, x)),
    })),
    explanations: d.contradictions.flatMap((id) => (why.has(id) ? [why.get(id)!] : [])),
  }));
}

type UpdatePoint = NonNullable<Context['analysis']['updates']>[number]['from'];
const pointKey = (p: UpdatePoint) => `${p.article}:${p.start}:${p.end}`;

function stepOf(ctx: Context, p: UpdatePoint): SequenceStep {
  const a = ctx.articleIndex.get(p.article) ?? 0;
  return {
    text: p.status,
    ...(p.by ? { source: sourceName(ctx, p.by) } : {}),
    column: ctx.columnOf[a],
    ...(p.date ? { date: p.date } : {}),
    refs: refsOf(ctx, [p], 'main'),
  };
}

/** The figure a step states: the first quantity inside its span, if any. */
function valueAt(ctx: Context, p: UpdatePoint): number | undefined {
  return ctx.analysis.quantities.find((q) => q.article === p.article && overlaps(q, p))?.value;
}

/**
 * Points of one topic in update order: each update goes from an earlier step to a later one, so
 * the steps are ordered so that every update points forward (ties by day, then by position).
 */
function orderPoints(ctx: Context, edges: { from: UpdatePoint; to: UpdatePoint }[]): UpdatePoint[] {
  const points = new Map<string, UpdatePoint>();
  const before = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    points.set(pointKey(from), from);
    points.set(pointKey(to), to);
    const set = before.get(pointKey(to)) ?? new Set<string>();
    set.add(pointKey(from));
    before.set(pointKey(to), set);
  }
  // a toll's steps by figure first (every update is a rise, so the smaller comes first), then by day
  const value = new Map([...points].map(([k, p]) => [k, valueAt(ctx, p)]));
  const byFigure = (x: UpdatePoint, y: UpdatePoint) => {
    const vx = value.get(pointKey(x));
    const vy = value.get(pointKey(y));
    return vx !== undefined && vy !== undefined ? vx - vy : 0;
  };
  const byTime = (x: UpdatePoint, y: UpdatePoint) =>
    byFigure(x, y) ||
    (x.date ?? '').localeCompare(y.date ?? '') ||
    x.article.localeCompare(y.article) ||
    x.start - y.start;
  const out: UpdatePoint[] = [];
  const placed = new Set<string>();
  const left = [...points.values()].sort(byTime);
  while (left.length) {
    // the earliest point whose predecessors are all placed; a cycle falls back to the earliest
    const i = Math.max(
      0,
      left.findIndex((p) => [...(before.get(pointKey(p)) ?? [])].every((k) => placed.has(k))),
    );
    const [p] = left.splice(i, 1);
    placed.add(pointKey(p));
    out.push(p);
  }
  return out;
}

/** The contract's updates chained per topic: one sequence of steps per topic. */
export function buildSequences(ctx: Context): UpdateSequence[] {
  const byTopic = new Map<string, NonNullable<Context['analysis']['updates']>>();
  for (const u of ctx.analysis.updates ?? []) byTopic.set(u.topic, [...(byTopic.get(u.topic) ?? []), u]);
  return [...byTopic.entries()].map(([topic, list]) => ({
    topic,
    explanations: list.map((u) => u.explanation),
    steps: orderPoints(ctx, list).map((p) => stepOf(ctx, p)),
  }));
}
