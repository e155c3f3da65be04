// Inputs (files, directories, "-" for stdin) to raw documents. Every input either yields documents
// or a one-line InputProblem naming the file and the reason; nothing is skipped without a word.
//
// Size policy (./limits.ts has each value and why): a .txt/.html/.xml file over 20 MB is refused
// (TOO_LARGE), a .json file over 64 MB too; .jsonl/.ndjson stream line by line (20 MB a line) and
// zips entry by entry under the archive limits; an article over 500,000 characters is refused.
import { opendir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { decodeBytes, InputError } from './decode.js';
import {
  defined,
  docsOfRecords,
  docsOfText,
  makeDoc,
  sniff,
  type Ctx,
  type Kind,
  type ReadOptions,
} from './docs.js';
import { MAX_DIR_ENTRIES, MAX_JSON_BYTES, MAX_TEXT_BYTES } from './limits.js';
import { recordsOfJsonl } from './records.js';
import { zipEntries } from './zip.js';
import type { DocMeta, InputProblem, RawDoc } from './types.js';
import { problem, toIsoDate } from './types.js';

export type { InputProblem, RawDoc } from './types.js';
export type { ReadOptions } from './docs.js';
export { isProblem } from './types.js';

export { MAX_DIR_ENTRIES, MAX_JSON_BYTES, MAX_TEXT_BYTES } from './limits.js';

const KINDS: Record<string, Kind> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'txt',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.zip': 'zip',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

/** Read every input in order; directories recursively in sorted order, dotfiles skipped. */
export async function* readInputs(
  inputs: string[],
  opts: ReadOptions = {},
): AsyncGenerator<RawDoc | InputProblem> {
  const seen = new Set<string>();
  for (const input of inputs) {
    for await (const item of readInput(input, opts)) {
      if ('body' in item) {
        // ids must be unique across one run: spans point at articles by id
        if (seen.has(item.id)) {
          let k = 2;
          while (seen.has(`${item.id}~${k}`)) k++;
          item.warnings.push({
            article: `${item.id}~${k}`,
            code: 'DUPLICATE_ID',
            message: `${item.source.path ?? item.id}: id "${item.id}" already used; renamed "${item.id}~${k}"`,
          });
          item.id = `${item.id}~${k}`;
        }
        seen.add(item.id);
      }
      yield item;
    }
  }
}

async function* readInput(input: string, opts: ReadOptions): AsyncGenerator<RawDoc | InputProblem> {
  if (input === '-') {
    yield* readStdin(opts);
    return;
  }
  if (/^https?:\/\//i.test(input)) {
    yield problem(input, 'UNSUPPORTED', 'URLs are not fetched; save the page and pass the file');
    return;
  }
  let st;
  try {
    st = await stat(input);
  } catch (e) {
    yield fileProblem(input, e);
    return;
  }
  if (!st.isDirectory()) {
    yield* readPath(input, opts);
    return;
  }
  yield* readDirectory(input, opts);
}

/**
 * A directory input, recursively, in sorted order. Its entries are first counted without being
 * held (one streaming pass of `opendir`): past the limit the directory is refused at once, before
 * any file is read, so a folder of millions of files costs one listing pass and no memory. Under
 * the limit each folder's names are held only while its files are read, to sort them.
 */
async function* readDirectory(dir: string, opts: ReadOptions): AsyncGenerator<RawDoc | InputProblem> {
  const limit = opts.maxFiles ?? MAX_DIR_ENTRIES;
  try {
    if ((await countEntries(dir, limit)) > limit) {
      yield problem(
        dir,
        'TOO_MANY_FILES',
        `holds more than ${limit.toLocaleString('en')} files and folders, the limit for one directory ` +
          'input; nothing of it was read. Split it into smaller folders, or raise the limit with ' +
          '--max-files N (memory grows with it: the names are held to sort them, and sanad analyze ' +
          'and sanad stories hold every article; sanad ingest stores them as it goes)',
      );
      return;
    }
    for await (const f of sortedFiles(dir)) yield* readPath(f, opts);
  } catch (e) {
    // a directory inside that cannot be listed: named by the system's own path
    yield fileProblem((e as NodeJS.ErrnoException).path ?? dir, e);
  }
}

/** Files and folders under `dir` (dotfiles aside), counted one at a time; stops once past `limit`. */
async function countEntries(dir: string, limit: number): Promise<number> {
  let n = 0;
  const folders = [dir];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    for await (const e of await opendir(folder, { bufferSize: 256 })) {
      if (e.name.startsWith('.')) continue;
      if (++n > limit) return n; // leaving the loop closes the directory
      if (e.isDirectory()) folders.push(join(folder, e.name));
    }
  }
  return n;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The files under `dir` in sorted order (folders in place), dotfiles and sidecars skipped. */
async function* sortedFiles(dir: string): AsyncGenerator<string> {
  const names: string[] = [];
  const folders = new Set<string>();
  for await (const e of await opendir(dir, { bufferSize: 256 })) {
    if (e.name.startsWith('.')) continue;
    if (e.isDirectory()) folders.add(e.name);
    else if (!e.isFile() || e.name.endsWith('.meta.json')) continue; // sidecars are read with their file
    names.push(e.name);
  }
  names.sort(byCodeUnit);
  for (const name of names) {
    if (folders.has(name)) yield* sortedFiles(join(dir, name));
    else yield join(dir, name);
  }
}

async function* readPath(path: string, opts: ReadOptions): AsyncGenerator<RawDoc | InputProblem> {
  const ext = extname(path).toLowerCase();
  const kind: Kind | 'sniff' | undefined = ext === '' ? 'sniff' : KINDS[ext];
  if (!kind) {
    yield problem(
      path,
      'UNSUPPORTED',
      `unsupported file type "${ext}" (use .txt, .html, .json, .jsonl, .zip, .xml)`,
    );
    return;
  }
  let size: number;
  try {
    ({ size } = await stat(path));
  } catch (e) {
    yield fileProblem(path, e);
    return;
  }
  if (size === 0) {
    yield problem(path, 'EMPTY', 'empty file');
    return;
  }
  const ctx: Ctx = { path, id: basename(path, extname(path)), opts, warnings: [] };
  try {
    if (kind === 'jsonl') yield* docsOfRecords(recordsOfJsonl(path), ctx);
    else if (kind === 'zip') yield* readZip(path, opts);
    else {
      const limit = kind === 'json' ? MAX_JSON_BYTES : MAX_TEXT_BYTES;
      if (size > limit) {
        const mb = (size / 1024 / 1024).toFixed(1);
        yield problem(
          path,
          'TOO_LARGE',
          `${mb} MB is over the ${limit / 1024 / 1024} MB limit for one file; split it or give JSON Lines`,
        );
        return;
      }
      const decoded = decodeBytes(await readFile(path), path);
      ctx.encoding = decoded.encoding;
      ctx.warnings = decoded.warnings;
      if (kind === 'txt' || kind === 'html') ctx.meta = await readSidecar(path);
      yield* docsOfText(decoded.text, kind === 'sniff' ? sniff(decoded.text) : kind, ctx);
    }
  } catch (e) {
    if (e instanceof InputError) yield problem(path, e.code, e.message.replace(`${path}: `, ''));
    else yield problem(path, 'READ_FAILED', (e as Error).message);
  }
}

/**
 * A document fetched over HTTP: the kind comes from the Content-Type (a feed, JSON, a page), else
 * from the content; the URL is the document's id and source.
 */
export async function* readFetched(
  url: string,
  bytes: Buffer,
  contentType: string | undefined,
  opts: ReadOptions = {},
): AsyncGenerator<RawDoc | InputProblem> {
  try {
    const decoded = decodeBytes(bytes, url);
    const type = (contentType ?? '').toLowerCase();
    const kind: Kind = /(rss|atom|xml)/.test(type)
      ? 'feed'
      : /json/.test(type)
        ? 'json'
        : /html/.test(type)
          ? 'html'
          : sniff(decoded.text);
    const ctx: Ctx = { path: url, id: url, opts, encoding: decoded.encoding, warnings: decoded.warnings };
    if (kind === 'html') {
      const { readHtml } = await import('./html.js');
      const { body, meta } = readHtml(decoded.text);
      yield makeDoc(ctx, body, 'html', { ...meta, id: url, url });
    } else yield* docsOfText(decoded.text, kind, ctx);
  } catch (e) {
    if (e instanceof InputError) yield problem(url, e.code, e.message.replace(`${url}: `, ''));
    else yield problem(url, 'READ_FAILED', (e as Error).message);
  }
}

/** A path that does not exist (or runs through a file as if it were a directory). */
function isMissing(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** The system's reason for a failed file call, without the path it repeats ("EACCES: permission denied"). */
function systemReason(e: unknown): string {
  return (e as Error).message.replace(/, \w+ '[^']*'( -> '[^']*')?$/, '');
}

/** A failed stat: NOT_FOUND when the path does not exist, else UNREADABLE with the system's reason. */
function fileProblem(path: string, e: unknown): InputProblem {
  if (isMissing(e)) return problem(path, 'NOT_FOUND', 'no such file or directory');
  return problem(path, 'UNREADABLE', systemReason(e));
}

/** The most bytes read of one file (or zip entry) of this kind before it is refused. */
function limitOfKind(kind: Kind | 'sniff'): number {
  return kind === 'json' || kind === 'jsonl' || kind === 'sniff' ? MAX_JSON_BYTES : MAX_TEXT_BYTES;
}

async function* readZip(path: string, opts: ReadOptions): AsyncGenerator<RawDoc | InputProblem> {
  let n = 0;
  const kindOf = (entry: string) => {
    const ext = extname(entry).toLowerCase();
    return ext === '' ? 'sniff' : KINDS[ext];
  };
  try {
    const entries = zipEntries(path, (entry) => limitOfKind(kindOf(entry) ?? 'txt'));
    for await (const entry of entries) {
      n++;
      const name = `${path}/${entry.name}`;
      if (!('data' in entry)) {
        yield problem(name, entry.code, entry.reason);
        continue;
      }
      const kind = kindOf(entry.name);
      if (!kind || kind === 'zip') {
        yield problem(name, 'UNSUPPORTED', `unsupported file type "${extname(entry.name)}" inside zip`);
        continue;
      }
      if (entry.data.length === 0) {
        yield problem(name, 'EMPTY', 'empty file');
        continue;
      }
      yield* readZipEntry(name, entry.name, entry.data, kind, opts);
    }
  } catch (e) {
    if (e instanceof InputError) yield problem(path, e.code, e.message);
    else yield problem(path, 'BAD_ZIP', `cannot read zip archive (${(e as Error).message})`);
    return;
  }
  if (n === 0) yield problem(path, 'EMPTY', 'zip archive has no files');
}

async function* readZipEntry(
  name: string,
  entryName: string,
  data: Uint8Array,
  kind: Kind | 'sniff',
  opts: ReadOptions,
): AsyncGenerator<RawDoc | InputProblem> {
  try {
    const decoded = decodeBytes(Buffer.from(data.buffer, data.byteOffset, data.length), name);
    const ctx: Ctx = {
      path: name,
      id: basename(entryName, extname(entryName)),
      opts,
      encoding: decoded.encoding,
      warnings: decoded.warnings,
    };
    yield* docsOfText(decoded.text, kind === 'sniff' ? sniff(decoded.text) : kind, ctx);
  } catch (e) {
    if (e instanceof InputError) yield problem(name, e.code, e.message.replace(`${name}: `, ''));
    else yield problem(name, 'READ_FAILED', (e as Error).message);
  }
}

async function* readStdin(opts: ReadOptions): AsyncGenerator<RawDoc | InputProblem> {
  const input = opts.stdin ?? process.stdin;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of input) {
    const b = typeof c === 'string' ? Buffer.from(c) : (c as Buffer);
    size += b.length;
    if (size > MAX_JSON_BYTES) {
      yield problem('-', 'TOO_LARGE', `standard input is over ${MAX_JSON_BYTES / 1024 / 1024} MB`);
      return;
    }
    chunks.push(b);
  }
  if (size === 0) {
    yield problem('-', 'EMPTY', 'standard input is empty');
    return;
  }
  try {
    const decoded = decodeBytes(Buffer.concat(chunks), '-');
    const ctx: Ctx = { path: '-', id: 'stdin', opts, encoding: decoded.encoding, warnings: decoded.warnings };
    yield* docsOfText(decoded.text, sniff(decoded.text), ctx);
  } catch (e) {
    if (e instanceof InputError) yield problem('-', e.code, e.message.replace('-: ', ''));
    else throw e;
  }
}

/** NAME.meta.json beside NAME.txt / NAME.html: title, outlet, published, url, author. */
async function readSidecar(path: string): Promise<DocMeta | undefined> {
  const side = path.slice(0, path.length - extname(path).length) + '.meta.json';
  let raw: string;
  try {
    raw = await readFile(side, 'utf8');
  } catch (e) {
    // no sidecar is the usual case; one that exists but cannot be read is reported
    if (isMissing(e)) return undefined;
    throw new InputError('UNREADABLE', `${path}: sidecar ${basename(side)}: ${systemReason(e)}`);
  }
  try {
    const m = JSON.parse(raw.replace(/^\uFEFF/, '')) as Record<string, unknown>;
    const str = (k: string) => (typeof m[k] === 'string' && (m[k] as string).trim()) || undefined;
    return defined({
      id: str('id'),
      title: str('title'),
      outlet: str('outlet') ?? str('source') ?? str('site'),
      published: toIsoDate(m.published ?? m.date),
      url: str('url') ?? str('link'),
      author: str('author') ?? str('byline'),
    });
  } catch (e) {
    throw new InputError(
      'BAD_JSON',
      `${path}: sidecar ${basename(side)} is not valid JSON (${(e as Error).message})`,
    );
  }
}
