// JSON records to documents: one object, an array of objects, JSON Lines, and zip archives of
// those (the SaudiNewsNet day files). Field names vary by source, so each field has a list of
// accepted names, first match wins.
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
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

/** JSON Lines read line by line: memory stays bounded by the longest line. */
export async function* recordsOfJsonl(path: string): AsyncGenerator<RecordItem> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let i = -1;
  for await (const line of lines) {
    i++;
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

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

/**
 * Entries of a zip file, one at a time: the archive is streamed through fflate and only the
 * current entry's bytes are held. Directories and dotfiles (__MACOSX, .DS_Store) are skipped.
 */
export async function* zipEntries(path: string): AsyncGenerator<ZipEntry> {
  const ready: ZipEntry[] = [];
  let failure: Error | null = null;
  let started = 0;
  let finished = 0;
  let entries = 0; // including skipped ones
  const unzip = new Unzip((file: UnzipFile) => {
    entries++;
    const base = file.name.split('/').pop() ?? '';
    if (file.name.endsWith('/') || base.startsWith('.') || file.name.startsWith('__MACOSX')) return;
    const chunks: Uint8Array[] = [];
    started++;
    file.ondata = (err, chunk, final) => {
      if (err) {
        failure = err;
        return;
      }
      chunks.push(chunk);
      if (final) finished++;
      if (final) ready.push({ name: file.name, data: concat(chunks) });
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const stream = createReadStream(path);
  for await (const chunk of stream) {
    unzip.push(chunk as Buffer, false);
    if (failure) throw failure;
    while (ready.length) yield ready.shift()!;
  }
  unzip.push(new Uint8Array(0), true);
  if (failure) throw failure;
  while (ready.length) yield ready.shift()!;
  if (started > finished)
    throw new Error(`archive is truncated: ${started - finished} entry(ies) incomplete`);
  if (entries === 0 && !isEmptyZip(path)) throw new Error('no readable entries');
}

// An empty zip is only the 22-byte end-of-central-directory record ("PK\x05\x06").
function isEmptyZip(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(4);
    readSync(fd, head, 0, 4, 0);
    return head.equals(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  } finally {
    closeSync(fd);
  }
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
