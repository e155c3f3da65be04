// The one way into lexicons/ and models/: every rule file is read here, parsed, checked against a
// zod schema, and cached, so a broken file fails at load with a coded error naming the file and the
// bad entry instead of as a wrong finding later. Paths are resolved from this file, so moving a
// module never breaks a lexicon path.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { SanadError } from './errors.js';
import type { LEXICON_SCHEMAS, LexiconName } from './lexicon-schemas.js';

const lexiconDir = new URL('../lexicons/', import.meta.url);
const modelDir = new URL('../models/', import.meta.url);

/** The schema of one lexicon file (src/lexicon-schemas.ts): the name picks it, so they cannot drift. */
export type LexiconSchema<N extends LexiconName> = (typeof LEXICON_SCHEMAS)[N];
export type { LexiconName };

const cache = new Map<string, unknown>();

function parseJson(path: URL, label: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    throw new SanadError('LEXICON_MISSING', `${label}: cannot read (${(e as Error).message})`);
  }
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw new SanadError('LEXICON_INVALID', `${label}: not valid JSON (${(e as Error).message})`);
  }
}

/** Where in the file a zod issue points, as `entries[3].note`. */
function issuePath(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${String(p)}` : String(p))).join('');
}

// the fields that name an entry, in the order tried: the message shows the entry a reader searches for
const ENTRY_NAMES = ['name', 'id', 'form', 'phrase', 'word', 'title', 'head', 'noun', 'adj', 'unit', 'past'];

/** What names the innermost list entry on `path` ("الجزيرة" for entries[3]), if it has a name. */
function entryName(data: unknown, path: PropertyKey[]): string | undefined {
  let node = data;
  let name: string | undefined;
  for (const step of path) {
    if (node === null || typeof node !== 'object') break;
    const inList = Array.isArray(node);
    node = (node as Record<PropertyKey, unknown>)[step];
    if (!inList || node === null || typeof node !== 'object') continue;
    const fields = node as Record<string, unknown>;
    const listed = [fields.forms, fields.words].find(Array.isArray) as unknown[] | undefined;
    const found = [...ENTRY_NAMES.map((k) => fields[k]), listed?.[0]].find((v) => typeof v === 'string' && v);
    if (typeof found === 'string') name = found;
  }
  return name;
}

/**
 * `NAME.json` under `dir`, parsed and checked against `schema`, uncached. A mismatch fails with
 * LEXICON_INVALID naming the file, the path to the bad entry and what names that entry. Tests point
 * `dir` at a broken copy; everything else reads through `readLexicon`.
 */
export function loadLexiconFile<S extends z.ZodType>(dir: URL, name: string, schema: S): z.infer<S> {
  const path = new URL(`${name}.json`, dir);
  const label = dir.href === lexiconDir.href ? `lexicons/${name}.json` : fileURLToPath(path);
  const data = parseJson(path, label);
  const result = schema.safeParse(data);
  if (!result.success) {
    const [first, ...more] = result.error.issues;
    const named = entryName(data, first.path);
    const where = `${issuePath(first.path) || '(top level)'}${named ? ` ("${named}")` : ''}`;
    const rest = more.length ? ` (and ${more.length} more)` : '';
    throw new SanadError('LEXICON_INVALID', `${label}: ${where}: ${first.message}${rest}`);
  }
  return result.data;
}

/**
 * Every lexicon as `npm run build` validated it (scripts/build-lexicon-cache.mjs writes this file
 * beside the compiled module): name -> the sha1 of the file it read and the schema's output. A
 * cold run spent about as long compiling and running the zod schemas as on its five articles.
 */
export const VALIDATED_LEXICONS = new URL('./validated-lexicons.json', import.meta.url);
type Validated = Record<string, { sha1: string; data: unknown }>;
let validated: Validated | null | undefined;

/** The build's validated copy of `lexicons/NAME.json`, when the file is unchanged since the build. */
function validatedAtBuild(name: string): unknown {
  if (validated === undefined) {
    try {
      validated = JSON.parse(readFileSync(VALIDATED_LEXICONS, 'utf8')) as Validated;
    } catch {
      validated = null; // not built (tsx, vitest): validate each file as it is read
    }
  }
  const entry = validated?.[name];
  return entry && entry.sha1 === lexiconFileHash(`${name}.json`) ? entry.data : undefined;
}

/** `lexicons/NAME.json`, validated against its schema (src/lexicon-schemas.ts) once, then cached. */
export function readLexicon<N extends LexiconName>(
  name: N,
  schema: LexiconSchema<N>,
): z.infer<LexiconSchema<N>> {
  if (!cache.has(name)) cache.set(name, validatedAtBuild(name) ?? loadLexiconFile(lexiconDir, name, schema));
  return cache.get(name) as z.infer<LexiconSchema<N>>;
}

/**
 * Unpacked copies of the gzipped lexicon texts, written by `npm run build` beside the compiled
 * module (scripts/build-lexicon-cache.mjs): the sha1 of the .gz file as 40 hex characters, then the
 * text. Unpacking the word list cost a fresh process about 20 ms.
 */
export const UNPACKED_TEXTS = new URL('./lexicon-texts/', import.meta.url);
const SHA1_HEX = 40;
/** Where the build puts the unpacked copy of `file` ("wordlist.txt.gz" -> lexicon-texts/wordlist.txt). */
export const unpackedPath = (file: string) => new URL(file.replace(/\.gz$/, ''), UNPACKED_TEXTS);

/** The build's unpacked copy of a gzipped lexicon, when it was made from the file shipped now. */
function unpackedAtBuild(file: string): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(unpackedPath(file));
  } catch {
    return undefined; // not built (tsx, vitest)
  }
  if (bytes.toString('latin1', 0, SHA1_HEX) !== lexiconFileHash(file)) return undefined;
  return bytes.toString('utf8', SHA1_HEX);
}

/** The copy `unpackedAtBuild` reads, as bytes: the .gz file's sha1, then its unpacked text. */
export function unpackedCopy(file: string): Buffer {
  const hash = lexiconFileHash(file);
  if (!hash) throw new SanadError('LEXICON_MISSING', `lexicons/${file}: cannot read`);
  return Buffer.concat([Buffer.from(hash, 'latin1'), gunzipSync(readFileSync(new URL(file, lexiconDir)))]);
}

/**
 * A file the build derived from lexicons/`source` and wrote as `name` beside the unpacked texts
 * (the sha1 of the source, then its bytes), when made from the source shipped now.
 */
export function readBuiltCopy(name: string, source: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(new URL(name, UNPACKED_TEXTS));
  } catch {
    return undefined; // not built (tsx, vitest)
  }
  if (bytes.toString('latin1', 0, SHA1_HEX) !== lexiconFileHash(source)) return undefined;
  return bytes.subarray(SHA1_HEX);
}

/** A gzipped text file under lexicons/ (the word-frequency list), as a string. */
export function readLexiconText(file: string): string {
  const built = unpackedAtBuild(file);
  if (built !== undefined) return built;
  try {
    return gunzipSync(readFileSync(new URL(file, lexiconDir))).toString('utf8');
  } catch (e) {
    throw new SanadError('LEXICON_MISSING', `lexicons/${file}: cannot read (${(e as Error).message})`);
  }
}

const fileHashes = new Map<string, string | undefined>();

/**
 * SHA-1 of a file under lexicons/, as hex: what a file derived from it at build time records, so a
 * reader can tell the derived file is stale (undefined when the file cannot be read).
 */
export function lexiconFileHash(file: string): string | undefined {
  // once a process: a cold run checks three built copies of the word list against it
  if (fileHashes.has(file)) return fileHashes.get(file);
  let hash: string | undefined;
  try {
    hash = createHash('sha1')
      .update(readFileSync(new URL(file, lexiconDir)))
      .digest('hex');
  } catch {
    hash = undefined;
  }
  fileHashes.set(file, hash);
  return hash;
}

/** `models/NAME.json`, parsed (each model's reader checks its own fields). */
export function readModel(name: string): unknown {
  return parseJson(new URL(`${name}.json`, modelDir), `models/${name}.json`);
}

/** A binary model file in models/ (e.g. "ner.bin"), read as bytes. */
export function readModelBytes(file: string): Uint8Array {
  try {
    return readFileSync(new URL(file, modelDir));
  } catch (e) {
    throw new SanadError('LEXICON_MISSING', `models/${file}: cannot read (${(e as Error).message})`);
  }
}

/** The models/ directory (a model that may be absent is looked for there). */
export const modelDirectory = modelDir;

/** The lexicons/ directory, for the tests that check every file in it. */
export const lexiconDirectory = lexiconDir;
