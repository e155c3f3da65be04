// Inputs read from one stream rather than a file of their own: a zip archive's entries (each read
// as the file it names, by its extension) and standard input.
import { basename, extname } from 'node:path';
import { decodeBytes, InputError } from './decode.js';
import { docsOfText, sniff, type Ctx, type Kind, type ReadOptions } from './docs.js';
import { KINDS, limitOfKind } from './files.js';
import { MAX_JSON_BYTES } from './limits.js';
import { zipEntries } from './zip.js';
import type { InputProblem, RawDoc } from './types.js';
import { problem } from './types.js';

export async function* readZip(path: string, opts: ReadOptions): AsyncGenerator<RawDoc | InputProblem> {
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

export async function* readStdin(opts: ReadOptions): AsyncGenerator<RawDoc | InputProblem> {
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
