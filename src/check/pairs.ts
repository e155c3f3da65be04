// Batch mode: `sanad check --pairs FILE.jsonl`. One { "id", "claim", "article" } record per line (the
// article as plain text) in, one { "id", "stance", "score", "rationale": [[start, end], ...] } line
// per record out, in order. A line that is not a valid record gives an error line in its place (so
// output line n still answers input line n) and a coded message on stderr; no record is dropped.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { SanadError } from '../errors.js';
import type { ProblemCode } from '../codes.js';
import { checkPair } from './check.js';

export interface PairResult {
  id: unknown;
  stance: string;
  score: number;
  rationale: [number, number][];
}

export interface PairError {
  id?: unknown;
  line: number;
  error: { code: ProblemCode; message: string };
}

/** One input line to its output record; a broken line to an error record. */
export function checkPairLine(line: string, lineNo: number): PairResult | PairError {
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (e) {
    return {
      line: lineNo,
      error: { code: 'BAD_JSON', message: `line ${lineNo}: not valid JSON (${(e as Error).message})` },
    };
  }
  const r = rec as { id?: unknown; claim?: unknown; article?: unknown };
  if (!r || typeof r !== 'object' || Array.isArray(r)) {
    return {
      line: lineNo,
      error: { code: 'BAD_RECORD', message: `line ${lineNo}: expected an object { id, claim, article }` },
    };
  }
  const missing = (['id', 'claim', 'article'] as const).filter((k) =>
    k === 'id' ? r.id === undefined || r.id === null : typeof r[k] !== 'string' || !(r[k] as string).trim(),
  );
  if (missing.length) {
    return {
      ...(r.id !== undefined ? { id: r.id } : {}),
      line: lineNo,
      error: { code: 'BAD_PAIR', message: `line ${lineNo}: missing or empty ${missing.join(', ')}` },
    };
  }
  return { id: r.id, ...checkPair(r.claim as string, r.article as string) };
}

/**
 * Check every pair of a JSONL file, writing one line per non-blank input line through `write`.
 * Returns how many records were checked and the errors (also written in place).
 */
export async function checkPairsFile(
  path: string,
  write: (line: string) => void,
): Promise<{ checked: number; errors: PairError[] }> {
  const stream = createReadStream(path, { encoding: 'utf8' });
  const opened = new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (e: NodeJS.ErrnoException) =>
      reject(new SanadError('E_READ', `${path}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`)),
    );
  });
  await opened;
  let lineNo = 0;
  let checked = 0;
  const errors: PairError[] = [];
  for await (const raw of createInterface({ input: stream, crlfDelay: Infinity })) {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!line.trim()) continue;
    const out = checkPairLine(line, lineNo);
    if ('error' in out) errors.push(out);
    else checked++;
    write(JSON.stringify(out));
  }
  return { checked, errors };
}
