// Golden output snapshots: small inputs whose whole analysis is committed under test/snapshots/, so a
// change of behaviour shows as a reviewed JSON diff. test/snapshots.test.ts compares them on every
// run; `npm run snapshots` (scripts/update-snapshots.ts) rewrites them after a deliberate change.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.js';
import type { Analysis } from '../src/contract.js';
import { root } from './helpers.js';
import { needShared } from './shared-data.js';

export interface SnapshotCase {
  /** file name under test/snapshots/, without .json */
  name: string;
  /** inputs relative to the repository root, so that `source.path` is the same on every machine */
  inputs: string[];
  /** the input is not ours (../shared): commit no text of it, only its findings and a digest */
  foreign?: boolean;
}

export const CASES: SnapshotCase[] = [
  { name: 'invented-story', inputs: ['examples/invented-story'] },
  { name: 'hostile-page', inputs: ['test/fixtures/hostile-page.html'] },
  { name: 'records', inputs: ['test/fixtures/records.jsonl'] },
  { name: 'seeds', inputs: ['../shared/seeds'], foreign: true },
];

export const snapshotFile = (c: SnapshotCase) => join(root, 'test/snapshots', `${c.name}.json`);

/**
 * Longest run of Arabic words a foreign snapshot may keep in a string (a speaker's description, a
 * quoted date in a warning): the length of a gold anchor. A longer run would copy a sentence of
 * text that is not ours, so it is replaced by its word count and a digest.
 */
const MAX_FOREIGN_WORDS = 6;
const LONG_ARABIC_RUN = new RegExp(`(?:[\\u0600-\\u06FF]+\\s+){${MAX_FOREIGN_WORDS}}[\\u0600-\\u06FF]+`);

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The analysis without the article text nor any span's `text`, and no long run of words. */
export function withoutText(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutText);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'text')
        .map(([key, v]) => [key, withoutText(v)]),
    );
  }
  if (typeof value === 'string' && LONG_ARABIC_RUN.test(value)) {
    return `[${value.split(/\s+/).length} words, sha256 ${sha256(value).slice(0, 12)}]`;
  }
  return value;
}

/** The committed form of one case's output: pretty JSON with a final newline. */
export async function snapshotOf(c: SnapshotCase): Promise<string> {
  if (process.cwd() !== root.replace(/\/$/, '')) {
    throw new Error(`snapshots are made from the repository root (cwd is ${process.cwd()})`);
  }
  if (c.foreign) needShared(c.inputs[0].replace(/^\.\.\/shared\/?/, ''));
  const { analysis, problems } = await analyze(c.inputs, { threads: 1 });
  if (problems.length) throw new Error(`${c.name}: input problems ${JSON.stringify(problems)}`);
  const body: unknown = c.foreign ? foreignForm(analysis) : analysis;
  return JSON.stringify(body, null, 2) + '\n';
}

function foreignForm(analysis: Analysis) {
  return {
    note: 'Input not ours (../shared): the findings without any text, and a digest of the whole output.',
    sha256: sha256(JSON.stringify(analysis)),
    findings: withoutText(analysis),
  };
}

/** The JSON path of the first difference between two values, e.g. `quotes[3].speaker.start`. */
export function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (Object.is(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const ao = a as Record<string, unknown>;
    const bo = b as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(ao), ...Object.keys(bo)])];
    for (const k of keys) {
      const step = Array.isArray(a) ? `${path}[${k}]` : path ? `${path}.${k}` : k;
      const d = firstDifference(ao[k], bo[k], step);
      if (d !== null) return d;
    }
    return null;
  }
  return path || '(the whole value)';
}

/** Lines of context around each change, and the most diff lines a hint prints. */
const CONTEXT_LINES = 3;
const MAX_HINT_LINES = 60;
/** Past this many changed lines the diff is not worth computing: the hint shows where it starts. */
const MAX_EDITS = 4000;

interface DiffLine {
  mark: ' ' | '-' | '+';
  line: string;
  /** 1-based line number in the committed file (kept lines, removed lines) or in the new output */
  at: number;
}

/** Myers' shortest line diff of two texts, or null when they differ in more than MAX_EDITS lines. */
function lineDiff(a: string[], b: string[]): DiffLine[] | null {
  const max = Math.min(a.length + b.length, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  const down = (w: Int32Array, k: number, d: number) =>
    k === -d || (k !== d && w[k - 1 + offset] < w[k + 1 + offset]);
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = down(v, k, d) ? v[k + 1 + offset] : v[k - 1 + offset] + 1;
      let y = x - k;
      while (x < a.length && y < b.length && a[x] === b[y]) {
        x++;
        y++;
      }
      v[k + offset] = x;
      if (x >= a.length && y >= b.length) return backtrack(a, b, trace, down, offset);
    }
  }
  return null;
}

function backtrack(
  a: string[],
  b: string[],
  trace: Int32Array[],
  down: (w: Int32Array, k: number, d: number) => boolean,
  offset: number,
): DiffLine[] {
  const out: DiffLine[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    const k = x - y;
    const prevK = down(trace[d], k, d) ? k + 1 : k - 1;
    const prevX = trace[d][prevK + offset];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      out.push({ mark: ' ', line: a[x], at: x + 1 });
    }
    if (d > 0 && x === prevX) out.push({ mark: '+', line: b[prevY], at: prevY + 1 });
    else if (d > 0) out.push({ mark: '-', line: a[prevX], at: prevX + 1 });
    x = prevX;
    y = prevY;
  }
  return out.reverse();
}

/** The changed lines with CONTEXT_LINES around them, gaps shown as "…", at most MAX_HINT_LINES. */
function hunks(diff: DiffLine[]): string[] {
  const near = diff.map(() => false);
  diff.forEach((l, i) => {
    if (l.mark === ' ') return;
    for (let j = Math.max(0, i - CONTEXT_LINES); j <= Math.min(diff.length - 1, i + CONTEXT_LINES); j++)
      near[j] = true;
  });
  const out: string[] = [];
  diff.forEach((l, i) => {
    if (!near[i]) return;
    if (i > 0 && !near[i - 1] && out.length) out.push('  …');
    out.push(`${l.mark}${String(l.at).padStart(6)} ${l.line}`);
  });
  const changed = diff.filter((l) => l.mark !== ' ').length;
  if (out.length <= MAX_HINT_LINES) return [...out, `(${changed} line(s) changed)`];
  return [...out.slice(0, MAX_HINT_LINES), `  … (${changed} line(s) changed in all; showing the first)`];
}

/** A readable hint for a snapshot that no longer matches: where, the changed lines, what to do. */
export function diffHint(file: string, committed: string, current: string): string {
  let where: string;
  try {
    where = `first at ${firstDifference(JSON.parse(committed), JSON.parse(current))}`;
  } catch {
    where = 'the committed file is not valid JSON';
  }
  const old = committed.split('\n');
  const now = current.split('\n');
  const diff = lineDiff(old, now);
  let top = 0;
  while (top < Math.min(old.length, now.length) && old[top] === now[top]) top++;
  const lines = diff
    ? hunks(diff)
    : [`(over ${MAX_EDITS} lines changed; the first change is at line ${top + 1})`];
  return [
    `${file} differs from the current output (${where}); - committed, + now, with line numbers:`,
    ...lines,
    'If the change is intended, run `npm run snapshots` and review `git diff test/snapshots/`.',
  ].join('\n');
}
