// Inputs (files, directories, "-" for stdin) to raw documents. Every input either yields documents
// or a one-line InputProblem naming the file and the reason; nothing is skipped without a word.
//
// Size policy (./limits.ts has each value and why): a .txt/.html/.xml file over 20 MB is refused
// (TOO_LARGE), a .json file over 64 MB too; .jsonl/.ndjson stream line by line (20 MB a line) and
// zips entry by entry under the archive limits; an article over 500,000 characters is refused.
// Files, folders and sidecars: files.ts; zip archives and standard input: streams.ts.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { decodeBytes, InputError } from './decode.js';
import { docsOfRecords, docsOfText, makeDoc, sniff, type Ctx, type Kind, type ReadOptions } from './docs.js';
import { KINDS, countEntries, fileProblem, readSidecar, sortedFiles } from './files.js';
import { MAX_DIR_ENTRIES, MAX_JSON_BYTES, MAX_TEXT_BYTES } from './limits.js';
import { recordsOfJsonl } from './records.js';
import { readStdin, readZip } from './streams.js';
import type { InputProblem, RawDoc } from './types.js';
import { problem } from './types.js';

export type { InputProblem, RawDoc } from './types.js';
export type { ReadOptions } from './docs.js';
export { isProblem } from './types.js';

export { MAX_DIR_ENTRIES, MAX_JSON_BYTES, MAX_TEXT_BYTES } from './limits.js';

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
