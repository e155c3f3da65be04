// The one way into lexicons/ and models/: every rule file is read here, parsed, checked against a
// zod schema, and cached, so a broken file fails at load with a coded error naming the file and the
// bad entry instead of as a wrong finding later. Paths are resolved from this file, so moving a
// module never breaks a lexicon path.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { SanadError } from './errors.js';

const lexiconDir = new URL('../lexicons/', import.meta.url);
const modelDir = new URL('../models/', import.meta.url);

/**
 * The shape every lexicon file shares: a top-level `note` saying what the file is for. Each reader
 * passes a schema of its own for the entries it uses; `test/lexicons.test.ts` checks that every
 * entry object carries a `note`.
 */
export const lexiconFile = z.looseObject({ note: z.string().min(1) });

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

/** `lexicons/NAME.json`, validated against `schema` (the file's note is always required). */
export function readLexicon<S extends z.ZodType>(name: string, schema: S): z.infer<S>;
/** Until a file has its own schema: only the shared shape is checked; the caller names the type. */
export function readLexicon<T>(name: string): T;
export function readLexicon(name: string, schema: z.ZodType = lexiconFile): unknown {
  const key = `lexicon:${name}`;
  if (cache.has(key)) return cache.get(key);
  const label = `lexicons/${name}.json`;
  const data = parseJson(new URL(`${name}.json`, lexiconDir), label);
  const result = lexiconFile.and(schema).safeParse(data);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new SanadError(
      'LEXICON_INVALID',
      `${label}: ${issuePath(first.path) || '(top level)'}: ${first.message}`,
    );
  }
  cache.set(key, result.data);
  return result.data;
}

/** A gzipped text file under lexicons/ (the word-frequency list), as a string. */
export function readLexiconText(file: string): string {
  try {
    return gunzipSync(readFileSync(new URL(file, lexiconDir))).toString('utf8');
  } catch (e) {
    throw new SanadError('LEXICON_MISSING', `lexicons/${file}: cannot read (${(e as Error).message})`);
  }
}

/** `models/NAME.json`, parsed (each model's reader checks its own fields). */
export function readModel(name: string): unknown {
  return parseJson(new URL(`${name}.json`, modelDir), `models/${name}.json`);
}

/** Every lexicon file name, for the tests that check them all. */
export const lexiconDirectory = lexiconDir;
