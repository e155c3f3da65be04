// The brief's first views as plain data: the lead, the disputes side by side, the numbers per
// incident and who said what. See model.ts for the shared shapes.
import type { Quantity, Quote, Span } from '../../contract.js';
import { chainOf, quoteAround, type UpdateSequence } from './model-disputes.js';
import {
  claimKeyEnglish,
  nameOfSpan,
  nameOfSpeaker,
  nameOfText,
  refOf,
  refsOf,
  type Context,
  type Name,
  type Ref,
} from './model.js';

export interface LeadItem {
  text: string;
  kind?: string;
  refs: Ref[];
}

export interface Figure {
  value: number;
  text: string;
  approx?: string;
  column: number;
  published?: string;
  /** a date the article gives next to the figure */
  date?: string;
  disputed: boolean;
  /** who gives the figure, through whom, when it is quoted (speaker first) */
  chain: Name[];
  refs: Ref[];
}

export interface Incident {
  what: Name;
  key?: string;
  figures: Figure[];
  /** the comparison's updates of this count, chained: 24 → 40 → 47 */
  sequence?: UpdateSequence;
}

export interface SpeakerQuote {
  id: string;
  content: string;
  direct: boolean;
  cue: string;
  channel?: Name;
  via: Name[];
  column: number;
  refs: Ref[];
}

export interface SpeakerGroup {
  name: Name;
  kind: string;
  quotes: SpeakerQuote[];
}

export function buildLead(ctx: Context): LeadItem[] {
  return ctx.analysis.summary.map((s) => ({
    text: s.text,
    ...(s.kind ? { kind: s.kind } : {}),
    refs: refsOf(ctx, s.sources),
  }));
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** A date the article gives on the same line as a span, nearest first. */
function dateNear(ctx: Context, span: Span): string | undefined {
  const text = ctx.analysis.articles[ctx.articleIndex.get(span.article) ?? 0].text;
  const lineStart = text.lastIndexOf('\n', span.start) + 1;
  const lineEnd = text.indexOf('\n', span.end);
  const onLine = ctx.analysis.dates.filter(
    (d) => d.article === span.article && d.start >= lineStart && (lineEnd < 0 || d.end <= lineEnd),
  );
  onLine.sort((x, y) => Math.abs(x.start - span.start) - Math.abs(y.start - span.start));
  const d = onLine[0];
  return d ? `${d.value.replace(/^--/, '')}${d.time ? ` ${d.time}` : ''}` : undefined;
}

function figureOf(ctx: Context, q: Quantity, disputed: Set<string>): Figure {
  const a = ctx.articleIndex.get(q.article) ?? 0;
  const span = { article: q.article, start: q.start, end: q.end, text: q.text };
  const published = ctx.analysis.articles[a].published;
  const date = dateNear(ctx, span);
  const quote = quoteAround(ctx, span);
  return {
    value: q.value,
    text: q.counted && q.counted.end > q.end ? `${q.text} ${q.counted.text}` : q.text,
    ...(q.approx ? { approx: q.approx } : {}),
    column: ctx.columnOf[a],
    ...(published ? { published } : {}),
    ...(date ? { date } : {}),
    disputed: disputed.has(`${q.article}:${q.start}`),
    chain: quote ? chainOf(ctx, quote) : [],
    refs: [...refsOf(ctx, [span], 'main'), ...refsOf(ctx, [q.counted], 'counted')],
  };
}

/** Start offsets of figures that a numeric contradiction involves. */
function disputedFigures(ctx: Context): Set<string> {
  const out = new Set<string>();
  for (const c of ctx.analysis.contradictions) {
    if (c.kind !== 'numeric') continue;
    for (const side of [c.a, c.b])
      for (const q of ctx.analysis.quantities)
        if (q.article === side.article && overlaps(q, side)) out.add(`${q.article}:${q.start}`);
  }
  return out;
}

const byTime = (x: Figure, y: Figure) =>
  (x.published ?? '').localeCompare(y.published ?? '') ||
  (x.date ?? '').localeCompare(y.date ?? '') ||
  x.refs[0].a - y.refs[0].a ||
  x.refs[0].s - y.refs[0].s;

/**
 * Figures per incident: the quantity claims of the comparison stage (one count of one event,
 * across outlets), then the other counted figures grouped by what they count.
 */
export function buildNumbers(ctx: Context): Incident[] {
  const disputed = disputedFigures(ctx);
  const used = new Set<string>();
  const byKey = new Map<string, Incident>();
  for (const claim of ctx.analysis.claims) {
    if (!claim.key?.startsWith('n|')) continue;
    const quantities = ctx.analysis.quantities.filter(
      (q) =>
        !q.unit &&
        !used.has(q.id) &&
        claim.statements.some((s) => s.span.article === q.article && overlaps(q, s.span)),
    );
    if (quantities.length === 0) continue;
    for (const q of quantities) used.add(q.id);
    const counted = quantities.find((q) => q.counted)?.counted?.text ?? claim.text;
    const en = claimKeyEnglish(claim.key);
    const incident = byKey.get(claim.key) ?? {
      what: { ...nameOfText(counted), ...(en ? { en } : {}) },
      key: claim.key,
      figures: [],
    };
    incident.figures.push(...quantities.map((q) => figureOf(ctx, q, disputed)));
    byKey.set(claim.key, incident);
  }
  for (const q of ctx.analysis.quantities) {
    if (used.has(q.id) || !q.counted || q.unit) continue;
    const key = q.counted.text.replace(/^ال/, '');
    const incident = byKey.get(key) ?? { what: nameOfText(q.counted.text), figures: [] };
    incident.figures.push(figureOf(ctx, q, disputed));
    byKey.set(key, incident);
  }
  const incidents = [...byKey.values()];
  for (const i of incidents) i.figures.sort(byTime);
  return incidents;
}

/**
 * Each count's updates go with its incident (same claim key); incidents with a sequence come
 * first. Returns the sequences no incident took (status changes, counts without a figure row).
 */
export function attachSequences(incidents: Incident[], sequences: UpdateSequence[]): UpdateSequence[] {
  const byKey = new Map(incidents.flatMap((i) => (i.key ? [[i.key, i] as const] : [])));
  const rest = sequences.filter((s) => {
    const incident = byKey.get(s.topic);
    if (incident) incident.sequence = s;
    return !incident;
  });
  incidents.sort((x, y) => Number(!!y.sequence) - Number(!!x.sequence));
  return rest;
}

function speakerQuote(ctx: Context, q: Quote): SpeakerQuote {
  const a = ctx.articleIndex.get(q.article) ?? 0;
  const main = refOf(ctx, { article: q.article, start: q.start, end: q.end }, 'main');
  return {
    id: q.id,
    content: q.content.text,
    direct: q.direct,
    cue: q.cue.text,
    ...(q.channel ? { channel: nameOfSpan(ctx, q.channel) } : {}),
    via: (q.via ?? []).map((v) => nameOfSpan(ctx, v)),
    column: ctx.columnOf[a],
    refs: [
      ...(main ? [main] : []),
      ...refsOf(ctx, [q.speaker.resolvedFrom ? undefined : q.speaker], 'speaker'),
      ...refsOf(ctx, [q.cue], 'cue'),
      ...refsOf(ctx, [q.content], 'content'),
      ...refsOf(ctx, [q.channel, ...(q.via ?? [])], 'channel'),
    ],
  };
}

/** Quotations grouped by speaker (one group per linked entity, else per spelling), largest first. */
export function buildSpeakers(ctx: Context): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  for (const q of ctx.analysis.quotes) {
    const speaker = q.speaker.resolvedFrom ? { ...q.speaker, text: q.speaker.resolvedFrom.text } : q.speaker;
    const key = speaker.entity ?? speaker.text;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { name: nameOfSpeaker(ctx, speaker), kind: speaker.kind, quotes: [] }));
    g.quotes.push(speakerQuote(ctx, q));
  }
  return [...groups.values()].sort((x, y) => y.quotes.length - x.quotes.length);
}
