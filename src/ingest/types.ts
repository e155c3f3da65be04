// Shapes the readers produce: one RawDoc per article, or one InputProblem per input we could not use.
import type { Warning } from '../contract.js';
import type { ProblemCode } from '../codes.js';

export interface RawDoc {
  /** file name without extension for files; the record's id, else its url, else file#index */
  id: string;
  source: { path?: string; url?: string };
  title?: string;
  outlet?: string;
  /** YYYY-MM-DD */
  published?: string;
  author?: string;
  body: string;
  format: 'txt' | 'html' | 'json';
  encoding?: string;
  warnings: Warning[];
}

/** One line, naming the file and the reason; `code` is one of the PROBLEM codes below. */
export interface InputProblem {
  path: string;
  code: ProblemCode;
  message: string;
}

/** Metadata a reader found beside the text (HTML meta tags, sidecar files, record fields). */
export interface DocMeta {
  id?: string;
  title?: string;
  outlet?: string;
  published?: string;
  author?: string;
  url?: string;
}

export function problem(path: string, code: ProblemCode, reason: string): InputProblem {
  return { path, code, message: reason.replace(/\s*\n\s*/g, ' ') };
}

export function isProblem(x: RawDoc | InputProblem): x is InputProblem {
  return !('body' in x);
}

const MONTHS: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};

/**
 * A date field to YYYY-MM-DD: "2015-07-21 02:51:58", ISO with time zone (the writer's local date
 * is kept, not shifted to UTC), "2015/07/21", RFC 822 ("Tue, 21 Jul 2015 02:51:58 GMT").
 */
export function toIsoDate(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) {
    const ms = v < 1e11 ? v * 1000 : v; // seconds or milliseconds since 1970
    return new Date(ms).toISOString().slice(0, 10);
  }
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/.exec(s);
  if (m) return valid(m[1], m[2], m[3]);
  m = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(s);
  if (m && MONTHS[m[2].toLowerCase()]) return valid(m[3], MONTHS[m[2].toLowerCase()], m[1]);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s); // day first, as Arabic sites write it
  if (m) return valid(m[3], m[2], m[1]);
  return undefined;
}

function valid(y: string, mo: string, d: string): string | undefined {
  const mm = mo.padStart(2, '0');
  const dd = d.padStart(2, '0');
  if (+mm < 1 || +mm > 12 || +dd < 1 || +dd > 31) return undefined;
  return `${y}-${mm}-${dd}`;
}
