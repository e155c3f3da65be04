// Text to raw documents: what one file's (or entry's, or page's) decoded text holds, by its kind: a
// plain text, an HTML page, a JSON or JSON Lines record file, a feed. read.ts finds the inputs and
// decodes them; this module turns each text into documents or coded problems.
import type { Warning } from '../contract.js';
import { arabicRatio } from '../text/arabic.js';
// the HTML and feed readers (linkedom, Readability, feedsmith, fast-xml-parser) are imported on the
// first HTML or feed input: a run on text files never loads them (about a third of a cold start)
import { MAX_ARTICLE_CHARS } from './limits.js';
import { recordsOfJson, type RecordItem } from './records.js';
import type { DocMeta, InputProblem, RawDoc } from './types.js';
import { problem, toIsoDate } from './types.js';

export type Kind = 'txt' | 'html' | 'json' | 'jsonl' | 'zip' | 'feed';

export interface ReadOptions {
  /** YYYY-MM-DD for plain files that carry no date */
  published?: string;
  stdin?: NodeJS.ReadableStream;
  /** most files and folders read from one directory input (default MAX_DIR_ENTRIES, ./limits.ts) */
  maxFiles?: number;
}

const NOT_ARABIC_BELOW = 0.3;

export interface Ctx {
  path: string;
  /** id for a single-document input */
  id: string;
  opts: ReadOptions;
  encoding?: string;
  warnings: Warning[];
  meta?: DocMeta;
}

/** Guess the kind of an input without a name (stdin, files without extension) from its content. */
export function sniff(text: string): Kind {
  const head = text.slice(0, 2000).trimStart();
  if (head.startsWith('{') || head.startsWith('[')) {
    const firstLine = head.split('\n', 1)[0].trim();
    // one complete object per line is JSON Lines
    if (head.startsWith('{') && firstLine.endsWith('}') && head.length > firstLine.length + 1) {
      try {
        JSON.parse(firstLine);
        return 'jsonl';
      } catch {
        // not an object per line: one JSON document, whose own parse error the JSON reader reports
        return 'json';
      }
    }
    return 'json';
  }
  if (
    /^<\?xml[^>]*>\s*(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(head) ||
    /^<(rss|feed)\b/i.test(head)
  ) {
    return 'feed';
  }
  if (/^</.test(head) && /<(html|body|p|div|article|!doctype)\b/i.test(head)) return 'html';
  return 'txt';
}

export async function* docsOfText(text: string, kind: Kind, ctx: Ctx): AsyncGenerator<RawDoc | InputProblem> {
  if (!text.trim()) {
    yield problem(ctx.path, 'EMPTY', 'no text in file');
    return;
  }
  if (kind === 'txt') {
    yield makeDoc(ctx, text, 'txt', ctx.meta ?? {});
  } else if (kind === 'html') {
    const { readHtml } = await import('./html.js');
    const { body, meta, warnings } = readHtml(text);
    yield makeDoc({ ...ctx, warnings: [...ctx.warnings, ...warnings] }, body, 'html', {
      ...meta,
      ...defined(ctx.meta ?? {}),
    });
  } else if (kind === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      yield problem(ctx.path, 'BAD_JSON', `not valid JSON (${(e as Error).message})`);
      return;
    }
    const { isJsonFeed } = await import('./feed.js');
    if (isJsonFeed(value)) yield* docsOfFeed(value as object, ctx);
    else yield* docsOfRecords(recordsOfJson(value, ctx.path), ctx);
  } else if (kind === 'jsonl') {
    yield* docsOfRecords(linesOf(text, ctx.path), ctx);
  } else if (kind === 'feed') {
    yield* docsOfFeed(text, ctx);
  } else yield problem(ctx.path, 'UNSUPPORTED', `a ${kind} cannot be read here`);
}

export async function* docsOfFeed(input: string | object, ctx: Ctx): AsyncGenerator<RawDoc | InputProblem> {
  const { readFeed } = await import('./feed.js');
  let feed;
  try {
    feed = readFeed(input);
  } catch (e) {
    yield problem(ctx.path, 'BAD_FEED', (e as Error).message);
    return;
  }
  let i = 0;
  for (const it of feed.items) {
    const id = it.meta.id ?? it.meta.url ?? `${ctx.id}#${i}`;
    yield makeDoc(
      { ...ctx, id, warnings: [...ctx.warnings] },
      it.body,
      'html',
      { ...it.meta, outlet: it.meta.outlet ?? feed.outlet },
      `${ctx.path}#${i}`,
    );
    i++;
  }
  if (feed.items.length === 0) yield problem(ctx.path, 'EMPTY', 'feed has no items');
}

function* linesOf(text: string, path: string): Generator<RecordItem> {
  // JSON Lines already in memory (stdin, zip entries): same rules as the streaming reader
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    try {
      yield* [...recordsOfJson(JSON.parse(lines[i]), `${path}:${i + 1}`)].map((r) =>
        'record' in r ? { index: i, record: r.record } : r,
      );
    } catch (e) {
      yield problem(`${path}:${i + 1}`, 'BAD_JSON', `line ${i + 1} is not JSON (${(e as Error).message})`);
    }
  }
}

export async function* docsOfRecords(
  items: AsyncIterable<RecordItem> | Iterable<RecordItem>,
  ctx: Ctx,
): AsyncGenerator<RawDoc | InputProblem> {
  for await (const it of items) {
    if (!('record' in it)) {
      yield it;
      continue;
    }
    const { body, meta } = it.record;
    const id = meta.id ?? meta.url ?? `${ctx.id}#${it.index}`;
    yield makeDoc({ ...ctx, id, warnings: [...ctx.warnings] }, body, 'json', meta, `${ctx.path}#${it.index}`);
  }
}

export function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export function makeDoc(
  ctx: Ctx,
  body: string,
  format: RawDoc['format'],
  meta: DocMeta,
  where = ctx.path,
): RawDoc | InputProblem {
  if (!body || !body.trim()) return problem(where, 'EMPTY', 'no article text');
  if (body.length > MAX_ARTICLE_CHARS) {
    const n = (x: number) => x.toLocaleString('en-US');
    return problem(
      where,
      'TOO_LARGE',
      `article text of ${n(body.length)} characters is over the limit of ${n(MAX_ARTICLE_CHARS)} for one article`,
    );
  }
  const id = meta.id && format !== 'json' ? meta.id : ctx.id;
  const published = toIsoDate(meta.published) ?? ctx.opts.published;
  const warnings = ctx.warnings.map((w) => ({ ...w, article: id }));
  if (arabicRatio(body) < NOT_ARABIC_BELOW) {
    warnings.push({
      article: id,
      code: 'NOT_ARABIC',
      message: `less than 30% of the letters are Arabic; kept as is`,
    });
  }
  const doc: RawDoc = {
    id,
    source: defined({ path: ctx.path === '-' ? undefined : ctx.path, url: meta.url }),
    body,
    format,
    warnings,
  };
  if (meta.title) doc.title = meta.title;
  if (meta.outlet) doc.outlet = meta.outlet;
  if (published) doc.published = published;
  if (meta.author) doc.author = meta.author;
  if (ctx.encoding) doc.encoding = ctx.encoding;
  return doc;
}
