// Sorted "word<TAB>count" lines kept as bytes, one byte a character, and searched in place: what
// `npm run build` writes for the word list (scripts/build-lexicon-cache.mjs), so a fresh run reads
// the file and decodes no text at all (decoding the 1.5 MB list and summing its counts took a cold
// `sanad analyze` more than its glued-word repair). Only a list of ASCII and the Arabic letters
// ء..ي can be written so (the shipped one is); any other stays text (see repair.ts).
import { DEFAULT_COUNT, type Lines } from './sorted-lines.js';

/** Arabic letters ء (U+0621) .. ي (U+064A) are written as bytes 0xA1 .. 0xCA. */
const ARABIC_FIRST = 0x0621;
const ARABIC_LAST = 0x064a;
const SHIFT = 0x0580;
const TAB = 9;
const NEWLINE = 10;
/** size (uint32) and total (float64) before the lines */
export const BYTES_HEADER = 12;

/**
 * The byte a query character compares as: itself for ASCII, its byte for ء..ي; a character the
 * list cannot hold sorts as it does in code-unit order (between ASCII and ء, or after ي) and
 * equals no byte of the list.
 */
function queryUnit(c: number): number {
  if (c < 0x80) return c;
  if (c < ARABIC_FIRST) return 0x80;
  if (c <= ARABIC_LAST) return c - SHIFT;
  return 0x100;
}

/** The lines as bytes after a header with their number and the sum of their counts; undefined when a character cannot be written. */
export function encodeLines(text: string, size: number, total: number): Buffer | undefined {
  const out = Buffer.alloc(BYTES_HEADER + text.length);
  out.writeUInt32LE(size, 0);
  out.writeDoubleLE(total, 4);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) out[BYTES_HEADER + i] = c;
    else if (c >= ARABIC_FIRST && c <= ARABIC_LAST) out[BYTES_HEADER + i] = c - SHIFT;
    else return undefined;
  }
  return out;
}

/** Lines written by encodeLines, read in place (the same search as SortedLines over text). */
export class ByteLines implements Lines {
  readonly size: number;
  readonly total: number;
  readonly end: number;
  private readonly b: Buffer;

  constructor(file: Buffer) {
    this.size = file.readUInt32LE(0);
    this.total = file.readDoubleLE(4);
    this.b = file.subarray(BYTES_HEADER);
    this.end = this.b.length;
  }

  next(at: number): number {
    const nl = this.b.indexOf(NEWLINE, at);
    return nl < 0 ? this.end : nl + 1;
  }

  wordEnd(at: number): number {
    const b = this.b;
    let e = at;
    while (e < b.length && b[e] !== TAB && b[e] !== NEWLINE) e++;
    return e;
  }

  private decode(from: number, to: number): string {
    let s = '';
    for (let k = from; k < to; k++) {
      const u = this.b[k];
      s += String.fromCharCode(u < 0x80 ? u : u + SHIFT);
    }
    return s;
  }

  entry(at: number): [string, number] {
    const e = this.wordEnd(at);
    return [this.decode(at, e), this.countAfter(e)];
  }

  countAfter(e: number): number {
    const b = this.b;
    if (b[e] !== TAB) return DEFAULT_COUNT;
    let n = 0;
    for (let k = e + 1; k < b.length && b[k] !== NEWLINE; k++) n = n * 10 + (b[k] - 48);
    return n;
  }

  compare(at: number, w: string, prefix: boolean): number {
    const len = this.wordEnd(at) - at;
    const m = Math.min(len, w.length);
    for (let k = 0; k < m; k++) {
      const d = this.b[at + k] - queryUnit(w.charCodeAt(k));
      if (d) return d;
    }
    if (len === w.length || (prefix && len > w.length)) return 0;
    return len - w.length;
  }

  lowerBound(w: string, prefix: boolean): number {
    let lo = 0;
    let hi = this.end;
    while (lo < hi) {
      const probe = lo + ((hi - lo) >> 1);
      const mid = probe === 0 ? 0 : this.b.lastIndexOf(NEWLINE, probe - 1) + 1;
      if (this.compare(mid, w, prefix) < 0) lo = this.next(mid);
      else hi = mid;
    }
    return lo;
  }
}
