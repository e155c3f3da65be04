// The report's tables and charts as plain data: claims × outlets, framing (concept × outlet), the
// timeline, the places for the map, the sources with their leaning, the entity index.
import type { Entity, Span } from '../../contract.js';
import { claimKeyEnglish, nameOfEntity, refsOf, type Context, type Name, type Ref } from './model.js';

export type CellState = 'states' | 'contradicts' | 'silent';

export interface ClaimRow {
  id: string;
  text: string;
  en?: string;
  status: string;
  cells: { state: CellState; refs: Ref[] }[];
}

export interface FramingTerm {
  term: string;
  gloss?: string;
  connotation?: string;
  side?: string;
  count: number;
  refs: Ref[];
}

export interface FramingRow {
  concept: Name;
  conflict?: string;
  /** per column: the words it used, most used first */
  cells: FramingTerm[][];
}

export interface TimelineItem {
  date: string;
  label: string;
  event?: string;
  text: string;
  refs: Ref[];
}

export interface Place {
  name: Name;
  lat: number;
  lon: number;
  count: number;
  refs: Ref[];
}

export interface MapData {
  places: Place[];
  /** countries named, shaded on the map: ISO alpha-2 */
  countries: { code: string; name: Name; count: number; refs: Ref[] }[];
  unplaced: { name: Name; count: number; refs: Ref[] }[];
}

export interface SourceRow {
  article: number;
  leaning?: { label: string; score: number; conflict?: string; evidence: Ref[] };
  sourcing?: Record<string, number | string[]>;
}

export interface EntityRow {
  id: string;
  type: string;
  name: Name;
  aliases: string[];
  count: number;
  /** the mentions of each article that names it */
  byArticle: { a: number; refs: Ref[] }[];
}

const STATUS_ORDER: Record<string, number> = { disputed: 0, corroborated: 1, 'single-source': 2 };

const inside = (s: { article: string; start: number; end: number }, c: typeof s) =>
  s.article === c.article && s.start >= c.start && s.end <= c.end;

/** Claims × columns: states (a statement there), contradicts (the other side of a clash), silent. */
export function buildClaims(ctx: Context): ClaimRow[] {
  const rows = ctx.analysis.claims.map((claim) => {
    const cells = ctx.columns.map(() => ({ state: 'silent' as CellState, refs: [] as Ref[] }));
    for (const st of claim.statements) {
      const a = ctx.articleIndex.get(st.span.article);
      if (a === undefined) continue;
      const cell = cells[ctx.columnOf[a]];
      cell.state = 'states';
      cell.refs.push(...refsOf(ctx, [st.span], 'main'));
    }
    for (const c of ctx.analysis.contradictions) {
      for (const [own, other] of [
        [c.a, c.b],
        [c.b, c.a],
      ]) {
        if (!claim.statements.some((st) => inside(st.span, own))) continue;
        const a = ctx.articleIndex.get(other.article);
        if (a === undefined) continue;
        const cell = cells[ctx.columnOf[a]];
        if (cell.state === 'silent') cell.state = 'contradicts';
        if (cell.state === 'contradicts') cell.refs.push(...refsOf(ctx, [other], 'main'));
      }
    }
    const en = claimKeyEnglish(claim.key);
    return { id: claim.id, text: claim.text, ...(en ? { en } : {}), status: claim.status, cells };
  });
  const voices = (r: ClaimRow) => r.cells.filter((c) => c.state !== 'silent').length;
  return rows.sort(
    (x, y) => (STATUS_ORDER[x.status] ?? 3) - (STATUS_ORDER[y.status] ?? 3) || voices(y) - voices(x),
  );
}

/**
 * Where an article writes a term: every occurrence the comparison found (`mentions`), or for an
 * analysis written before framing carried spans, the first place the text has it.
 */
function termRefs(ctx: Context, a: number, term: string, mentions?: Span[]): Ref[] {
  if (mentions?.length) return refsOf(ctx, mentions, 'main');
  const text = ctx.analysis.articles[a].text;
  for (const form of [term, term.replace(/^ال/, '')]) {
    const at = text.indexOf(form);
    if (at >= 0) return [{ a, s: at, e: at + form.length, r: 'main' }];
  }
  return [];
}

export function buildFraming(ctx: Context): FramingRow[] {
  return ctx.analysis.framing.concepts.map((c) => {
    const cells: FramingTerm[][] = ctx.columns.map(() => []);
    for (const v of c.variants) {
      for (const { article, count, mentions } of v.articles) {
        const a = ctx.articleIndex.get(article);
        if (a === undefined) continue;
        const cell = cells[ctx.columnOf[a]];
        const existing = cell.find((t) => t.term === v.term);
        if (existing) {
          existing.count += count;
          existing.refs.push(...termRefs(ctx, a, v.term, mentions));
        } else
          cell.push({
            term: v.term,
            ...(v.gloss ? { gloss: v.gloss } : {}),
            ...(v.connotation ? { connotation: v.connotation } : {}),
            ...(v.side ? { side: v.side } : {}),
            count,
            refs: termRefs(ctx, a, v.term, mentions),
          });
      }
    }
    for (const cell of cells) cell.sort((x, y) => y.count - x.count);
    const concept: Name = { ar: c.label ?? c.concept, ...(c.en ? { en: c.en } : { en: c.concept }) };
    return { concept, ...(c.conflict ? { conflict: c.conflict } : {}), cells };
  });
}

export function buildTimeline(ctx: Context): TimelineItem[] {
  return ctx.analysis.timeline
    .map((t) => {
      const colon = t.text.indexOf(':');
      return {
        date: t.date,
        label: colon > 0 ? t.text.slice(0, colon) : t.text,
        ...(t.event ? { event: t.event } : {}),
        text: colon > 0 ? t.text.slice(colon + 1).trim() : t.text,
        refs: refsOf(ctx, t.sources, 'main'),
      };
    })
    .sort((x, y) => x.date.localeCompare(y.date));
}

/** The first mention in each article: enough to open every article that names the place. */
function firstMentions(ctx: Context, e: Entity): Ref[] {
  const seen = new Set<string>();
  return refsOf(
    ctx,
    e.mentions.filter((m) => !seen.has(m.article) && seen.add(m.article)),
    'main',
  );
}

export function buildMap(ctx: Context): MapData {
  const out: MapData = { places: [], countries: [], unplaced: [] };
  for (const e of ctx.analysis.entities) {
    if (e.type !== 'LOC') continue;
    const item = { name: nameOfEntity(e), count: e.mentions.length, refs: firstMentions(ctx, e) };
    if (e.geo) out.places.push({ ...item, lat: e.geo.lat, lon: e.geo.lon });
    else if (e.country) out.countries.push({ ...item, code: e.country });
    else out.unplaced.push(item);
  }
  return out;
}

export function buildSources(ctx: Context): SourceRow[] {
  return ctx.analysis.articles.map((a, i) => ({
    article: i,
    ...(a.leaning
      ? {
          leaning: {
            label: a.leaning.label,
            score: a.leaning.score,
            ...(a.leaning.conflict ? { conflict: a.leaning.conflict } : {}),
            evidence: refsOf(ctx, a.leaning.evidence, 'main'),
          },
        }
      : {}),
    ...(a.sourcing ? { sourcing: a.sourcing } : {}),
  }));
}

export function buildEntities(ctx: Context): EntityRow[] {
  return ctx.analysis.entities
    .map((e) => {
      const byArticle = new Map<number, Ref[]>();
      for (const r of refsOf(ctx, e.mentions, 'main')) byArticle.set(r.a, [...(byArticle.get(r.a) ?? []), r]);
      return {
        id: e.id,
        type: e.type,
        name: nameOfEntity(e),
        aliases: e.aliases,
        count: e.mentions.length,
        byArticle: [...byArticle.entries()].map(([a, refs]) => ({ a, refs })),
      };
    })
    .sort((x, y) => y.count - x.count);
}
