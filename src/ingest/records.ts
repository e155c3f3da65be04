// JSON records to documents: one object, an array of objects, JSON Lines (zip archives of those,
// the SaudiNewsNet day files, are unpacked by ./zip.ts). Field names vary by source, so each field has a list of
// accepted names, first match wins.
import { createReadStream } from 'node:fs';
import { MAX_JSONL_LINE_BYTES } from './limits.js';
import type { DocMeta, InputProblem } from './types.js';
import { problem, toIsoDate } from './types.js';

const FIELDS = {
  body: ['content', 'text', 'body', 'article', 'articleBody', 'description', 'summary'],
  title: ['title', 'headline', 'name'],
  url: ['url', 'link', 'href', 'permalink'],
  outlet: ['source', 'outlet', 'site', 'site_name', 'publisher', 'newspaper'],
  published: [
    'published',
    'date',
    'pubDate',
    'published_at',
    'datePublished',
    'publishedAt',
    'date_extracted',
    'time',
  ],
  author: ['author', 'byline', 'authors', 'creator', 'writer'],
  id: ['id', 'guid', '_id', 'uuid'],
} as const;

export interface Record_ {
  body: string;
  meta: DocMeta;
}

function pick(rec: Record<string, unknown>, names: readonly string[]): unknown {
  for (const n of names) {
    const v = rec[n];
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
}

function asText(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    const parts = v.map(asText).filter((x): x is string => !!x);
    return parts.length ? parts.join('، ') : undefined;
  }
  if (v && typeof v === 'object') {
    // {"name": "..."} objects, as in schema.org authors and publishers
    const o = v as Record<string, unknown>;
    return asText(o.name ?? o['#text'] ?? o.value);
  }
  return undefined;
}

/** A record's text and metadata, or null when it is not an object. */
export function readRecord(rec: unknown): Record_ | null {
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) return null;
  const r = rec as Record<string, unknown>;
  const body = pick(r, FIELDS.body);
  const source = pick(r, FIELDS.outlet);
  const url = asText(pick(r, FIELDS.url));
  return {
    body: typeof body === 'string' ? body : (asText(body) ?? ''),
    meta: {
      id: asText(pick(r, FIELDS.id)),
      title: asText(pick(r, FIELDS.title)),
      url: url && /^https?:\/\//i.test(url) ? url : url,
      // "source" may be a URL or an object in some dumps; keep a name only
      outlet: typeof source === 'string' && !/^https?:/i.test(source) ? source.trim() : asText(source),
      published: toIsoDate(pick(r, FIELDS.published)),
      author: asText(pick(r, FIELDS.author)),
    },
  };
}

export type RecordItem = { index: number; record: Record_ } | InputProblem;

/** Records of one parsed JSON value: an object, an array, or an object wrapping an array. */
export function* recordsOfJson(value: unknown, path: string): Generator<RecordItem> {
  let list: unknown[] | null = Array.isArray(value) ? value : null;
  if (!list && value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const wrapped = ['articles', 'items', 'data', 'records', 'results', 'docs'].find((k) =>
      Array.isArray(o[k]),
    );
    list = wrapped ? (o[wrapped] as unknown[]) : [value];
  }
  if (!list) {
    yield problem(path, 'BAD_JSON', 'JSON holds neither an object nor an array of objects');
    return;
  }
  for (let i = 0; i < list.length; i++) {
    const record = readRecord(list[i]);
    if (record) yield { index: i, record };
    else yield problem(`${path}#${i}`, 'BAD_RECORD', 'record is not a JSON object');
  }
}

/**
 * JSON Lines read line by line: memory stays bounded by the longest line, and a line over
 * MAX_JSONL_LINE_BYTES is skipped unread (TOO_LARGE) while the lines after it are still read.
 */
export async function* recordsOfJsonl(path: string): AsyncGenerator<RecordItem> {
  let i = -1;
  for await (const line of linesOfFile(path, MAX_JSONL_LINE_BYTES)) {
    i++;
    if (line === null) {
      const limit = `${MAX_JSONL_LINE_BYTES / 1024 / 1024} MB`;
      yield problem(
        `${path}:${i + 1}`,
        'TOO_LARGE',
        `line ${i + 1} is over the ${limit} limit for one record`,
      );
      continue;
    }
    const s = i === 0 ? line.replace(/^\uFEFF/, '') : line;
    if (!s.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(s);
    } catch (e) {
      yield problem(`${path}:${i + 1}`, 'BAD_JSON', `line ${i + 1} is not JSON (${(e as Error).message})`);
      continue;
    }
    const record = readRecord(value);
    if (record) yield { index: i, record };
    else yield problem(`${path}:${i + 1}`, 'BAD_RECORD', `line ${i + 1} is not a JSON object`);
  }
}

/** Lines of a UTF-8 file ("\n" or "\r\n"); a line longer than `max` bytes comes as null, unread. */
async function* linesOfFile(path: string, max: number): AsyncGenerator<string | null> {
  const utf8 = new TextDecoder('utf-8');
  let parts: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  const finish = (): string | null => {
    const line = tooLong ? null : utf8.decode(Buffer.concat(parts)).replace(/\r$/, '');
    parts = [];
    length = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, from)) {
      add(chunk.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    add(chunk.subarray(from));
  }
  if (length > 0 || tooLong) yield finish();

  function add(piece: Buffer): void {
    length += piece.length;
    if (length > max) {
      tooLong = true;
      parts = [];
    } else if (!tooLong) parts.push(piece);
  }
}
