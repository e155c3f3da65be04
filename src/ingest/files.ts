// What read.ts needs of the file system: each file's kind by its extension, the size limit of a kind,
// a folder's entries counted and listed in sorted order, a failed file call as an InputProblem, and
// the NAME.meta.json sidecar beside a text or HTML file.
import { opendir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { InputError } from './decode.js';
import { defined, type Kind } from './docs.js';
import { MAX_JSON_BYTES, MAX_TEXT_BYTES } from './limits.js';
import type { DocMeta, InputProblem } from './types.js';
import { problem, toIsoDate } from './types.js';

export const KINDS: Record<string, Kind> = {
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

/** The most bytes read of one file (or zip entry) of this kind before it is refused. */
export function limitOfKind(kind: Kind | 'sniff'): number {
  return kind === 'json' || kind === 'jsonl' || kind === 'sniff' ? MAX_JSON_BYTES : MAX_TEXT_BYTES;
}

/** Files and folders under `dir` (dotfiles aside), counted one at a time; stops once past `limit`. */
export async function countEntries(dir: string, limit: number): Promise<number> {
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
export async function* sortedFiles(dir: string): AsyncGenerator<string> {
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
export function fileProblem(path: string, e: unknown): InputProblem {
  if (isMissing(e)) return problem(path, 'NOT_FOUND', 'no such file or directory');
  return problem(path, 'UNREADABLE', systemReason(e));
}

/** NAME.meta.json beside NAME.txt / NAME.html: title, outlet, published, url, author. */
export async function readSidecar(path: string): Promise<DocMeta | undefined> {
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
