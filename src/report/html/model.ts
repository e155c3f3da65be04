// The report as plain data: what each view shows, built once from the JSON contract. The views
// (views-*.ts) turn it into HTML and the browser script (client/) adds the interaction; the web app
// can serve this model as JSON or render it with the same views. Nothing here touches the DOM or
// the file system.
import type { Analysis, Entity } from '../../contract.js';
import { lookupName } from '../../link/names.js';
import { transliterate } from '../../text/transliterate.js';

/** A span to highlight: article index, [start, end) UTF-16 offsets, and its role in the finding. */
export interface Ref {
  a: number;
  s: number;
  e: number;
  r?: 'main' | 'speaker' | 'cue' | 'content' | 'channel' | 'via' | 'counted';
}

/** A name as shown: the Arabic, and for English readers the English name or a transliteration. */
export interface Name {
  ar: string;
  en?: string;
  translit?: string;
  /** a description rather than a name ("مسؤول عسكري"): English mode shows the Arabic beside it */
  described?: boolean;
}

/** One column of the matrices: an outlet, or an article when the articles name no outlet. */
export interface Column {
  key: string;
  label: Name;
  /** article indexes in this column */
  articles: number[];
}

export interface ArticleInfo {
  index: number;
  id: string;
  title?: string;
  outlet?: Name;
  published?: string;
  column: number;
  text: string;
}

export interface Context {
  analysis: Analysis;
  articleIndex: Map<string, number>;
  entities: Map<string, Entity>;
  columns: Column[];
  /** article index -> column index */
  columnOf: number[];
}

/** A span of the contract as a Ref (unknown articles are dropped by the caller). */
export function refOf(
  ctx: Context,
  span: { article: string; start: number; end: number },
  r?: Ref['r'],
): Ref | undefined {
  const a = ctx.articleIndex.get(span.article);
  if (a === undefined) return undefined;
  return { a, s: span.start, e: span.end, ...(r ? { r } : {}) };
}

export function refsOf(
  ctx: Context,
  spans: ({ article: string; start: number; end: number } | undefined)[],
  r?: Ref['r'],
): Ref[] {
  return spans.flatMap((s) => {
    const ref = s && refOf(ctx, s, r);
    return ref ? [ref] : [];
  });
}

/** A name from the lexicons, or transliterated. */
export function nameOfText(text: string): Name {
  const info = lookupName(text);
  return { ar: text, ...(info?.en ? { en: info.en } : { translit: transliterate(text) }) };
}

export function nameOfEntity(e: Entity): Name {
  return { ar: e.name, ...(e.en ? { en: e.en } : { translit: e.translit ?? transliterate(e.name) }) };
}

/** English for a speaker kind, in the report's labels (src/labels.ts SPEAKER_KIND). */
const KIND_EN: Record<string, string> = {
  official: 'an official',
  anonymous: 'an unnamed source',
  organization: 'an organisation',
  media: 'a media outlet',
  document: 'a document',
};

/**
 * A speaker as shown: a named person by name; an official, an unnamed source or a body described in
 * words ("مصدر عسكري سوري") by its kind in English, with the entity it belongs to when one is linked
 * ("an unnamed source · Syria"), and the Arabic words beside it.
 */
export function nameOfSpeaker(ctx: Context, span: { text: string; entity?: string; kind?: string }): Name {
  const plain = nameOfSpan(ctx, span);
  const e = span.entity ? ctx.entities.get(span.entity) : undefined;
  const isName = e && (e.name === span.text || e.aliases.includes(span.text));
  if (!span.kind || span.kind === 'named' || isName || lookupName(span.text)) return plain;
  const kind = KIND_EN[span.kind] ?? span.kind;
  const owner = e ? (nameOfEntity(e).en ?? nameOfEntity(e).translit) : undefined;
  return { ar: span.text, en: owner ? `${kind} · ${owner}` : kind, described: true };
}

/** A span that may point at an entity: the entity's name when the span is its name, else the text. */
export function nameOfSpan(ctx: Context, span: { text: string; entity?: string }): Name {
  const e = span.entity ? ctx.entities.get(span.entity) : undefined;
  if (e && (e.name === span.text || e.aliases.includes(span.text))) return nameOfEntity(e);
  const own = nameOfText(span.text);
  if (own.en || !e) return own;
  // a description around a known name ("مسؤول في الجبهة الشامية"): English names the entity
  return { ar: span.text, en: nameOfEntity(e).en ?? nameOfEntity(e).translit };
}

function buildColumns(analysis: Analysis): { columns: Column[]; columnOf: number[] } {
  const columns: Column[] = [];
  const byKey = new Map<string, number>();
  const columnOf = analysis.articles.map((a, i) => {
    const key = a.outlet?.name ?? `#${a.id}`;
    let c = byKey.get(key);
    if (c === undefined) {
      c = columns.length;
      byKey.set(key, c);
      const label: Name = a.outlet ? nameOfText(a.outlet.name) : { ar: `#${i + 1}`, en: `#${i + 1}` };
      columns.push({ key, label, articles: [] });
    }
    columns[c].articles.push(i);
    return c;
  });
  return { columns, columnOf };
}

export function buildContext(analysis: Analysis): Context {
  const { columns, columnOf } = buildColumns(analysis);
  return {
    analysis,
    articleIndex: new Map(analysis.articles.map((a, i) => [a.id, i])),
    entities: new Map(analysis.entities.map((e) => [e.id, e])),
    columns,
    columnOf,
  };
}

export function articleInfos(ctx: Context): ArticleInfo[] {
  return ctx.analysis.articles.map((a, index) => ({
    index,
    id: a.id,
    ...(a.title ? { title: a.title } : {}),
    ...(a.outlet ? { outlet: nameOfText(a.outlet.name) } : {}),
    ...(a.published ? { published: a.published } : {}),
    column: ctx.columnOf[index],
    text: a.text,
  }));
}

/** "n|people|evacuated:planned" -> "people (evacuated, planned)": the claim key in English words. */
export function claimKeyEnglish(key: string | undefined): string | undefined {
  if (!key) return undefined;
  const [kind, ...parts] = key.split('|');
  const words = parts.map((p) => p.replace(/[:_-]/g, ' ').replace(/^!/, 'not ').trim()).filter(Boolean);
  const isArabic = (w: string) => /[\u0600-\u06ff]/.test(w);
  // a counted noun the comparison stage kept in Arabic: no English words for it
  if (kind === 'n' && (words.length === 0 || isArabic(words[0]))) return undefined;
  const english = words.filter((w) => !isArabic(w));
  if (english.length === 0) return undefined;
  switch (kind) {
    case 'e':
      return english.length > 2
        ? `${english[1]} ${english[0]} (${english.slice(2).join(', ')})`
        : `${english[1] ?? ''} ${english[0]}`.trim();
    case 'n':
      return `number of ${english[0]}${english.length > 1 ? ` (${english.slice(1).join(', ')})` : ''}`;
    case 'b':
      return `blame for ${english[0]} on the ${english[1] ?? '?'} side`;
    case 'p':
      return `${english[0]}: place ${english.slice(1).join(' ')}`;
    default:
      return english.join(' ');
  }
}
