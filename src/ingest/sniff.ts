// What a file's bytes are, before any decoding: BOM-less UTF-16 by its byte pattern, a binary file
// by its signature or control bytes, and the counts that weigh UTF-8 against a legacy code page.
import { InputError } from './input-error.js';

/** Bytes looked at to sniff an encoding or a binary file: the first 8 KB decide. */
export const SNIFF = 8192;
const REPLACEMENT = 0xfffd;
/** More than 5% control characters is binary: text has tabs and newlines, almost nothing else. */
export const MAX_CONTROL_SHARE = 0.05;
/**
 * BOM-less UTF-16: over 70% of the bytes on one side are 0x00/0x06 and under 30% on the other.
 * UTF-8 and single-byte Arabic never show that pattern; mixed-script text sits between.
 */
const UTF16_HIGH_SHARE = 0.7;
const UTF16_LOW_SHARE = 0.3;
/** Characters looked at for the Arabic share: enough for a stable share, cheap on a large file. */
const SHARE_SAMPLE = 20000;

// File signatures of common binary formats, so the error can name what the file is.
const MAGIC: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP/Office', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip', [0x1f, 0x8b]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['ELF', [0x7f, 0x45, 0x4c, 0x46]],
];

/** Bytes of an incomplete UTF-8 character at the very end, when that is the file's only flaw; else 0. */
export function endsInsideCharacter(buf: Buffer): number {
  for (let k = 1; k <= 3 && k < buf.length; k++) {
    if (buf[buf.length - k] < 0x80) return 0;
    if (buf[buf.length - k] < 0xc0) continue; // a continuation byte: look further back for the lead
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, buf.length - k));
      return k;
    } catch {
      return 0;
    }
  }
  return 0;
}

/**
 * UTF-16 without BOM: in ASCII-heavy text every other byte is NUL; in Arabic text every other
 * byte is 0x06 (the U+06xx block) or NUL (spaces, digits, punctuation). Looks at the first 8 KB.
 */
export function sniffUtf16(buf: Buffer): { encoding: 'utf-16le' | 'utf-16be'; evidence: string } | null {
  const n = Math.min(buf.length, SNIFF) & ~1;
  if (n < 8) return null;
  let evenHigh = 0;
  let oddHigh = 0;
  for (let i = 0; i < n; i += 2) {
    const a = buf[i];
    const b = buf[i + 1];
    if (a === 0 || a === 0x06) evenHigh++;
    if (b === 0 || b === 0x06) oddHigh++;
  }
  const pairs = n / 2;
  if (oddHigh / pairs > UTF16_HIGH_SHARE && evenHigh / pairs < UTF16_LOW_SHARE) {
    return {
      encoding: 'utf-16le',
      evidence: `${Math.round((oddHigh / pairs) * 100)}% of odd bytes are 0x00/0x06`,
    };
  }
  if (evenHigh / pairs > UTF16_HIGH_SHARE && oddHigh / pairs < UTF16_LOW_SHARE) {
    return {
      encoding: 'utf-16be',
      evidence: `${Math.round((evenHigh / pairs) * 100)}% of even bytes are 0x00/0x06`,
    };
  }
  return null;
}

/** NUL bytes, a known binary signature, or many control bytes mean this is not a text file. */
export function refuseBinary(buf: Buffer, name: string): void {
  for (const [kind, sig] of MAGIC) {
    if (sig.every((b, i) => buf[i] === b)) {
      throw new InputError('BINARY', `${name}: binary file (${kind} signature), not text`);
    }
  }
  const n = Math.min(buf.length, SNIFF);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) nul++;
    else if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  }
  if (nul > 0)
    throw new InputError('BINARY', `${name}: binary file (${nul} NUL byte(s) in the first ${n} bytes)`);
  if (n > 0 && control / n > MAX_CONTROL_SHARE) {
    throw new InputError('BINARY', `${name}: binary file (${control} control bytes in the first ${n} bytes)`);
  }
}

export function countReplacements(s: string): number {
  let k = 0;
  for (let i = s.indexOf('\uFFFD'); i >= 0; i = s.indexOf('\uFFFD', i + 1)) k++;
  return k;
}

export function countMultibyte(s: string): number {
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f && c !== REPLACEMENT) k++;
  }
  return k;
}

/** Share of letters in the Arabic blocks, a cheap check for "this reads as Arabic". */
export function arabicLetterShare(s: string): number {
  let arabic = 0;
  let letters = 0;
  const n = Math.min(s.length, SHARE_SAMPLE);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3)) {
      arabic++;
      letters++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) letters++;
  }
  return letters ? arabic / letters : 0;
}
