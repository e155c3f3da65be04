// Bytes to text. Arabic news files come as UTF-8 (with or without BOM), UTF-16 from Windows tools,
// or Windows-1256 from older sites. We detect, never guess silently: every guess is a warning
// that carries its evidence, and bytes we cannot decode are counted, not dropped without a word.
import type { Warning } from '../contract.js';
import type { ProblemCode } from '../codes.js';

export interface Decoded {
  text: string;
  encoding: string;
  warnings: Warning[];
}

/** An input we refuse, with a code a user can search for (BINARY, ...). */
export class InputError extends Error {
  constructor(
    readonly code: ProblemCode,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** Bytes looked at to sniff an encoding or a binary file: the first 8 KB decide. */
const SNIFF = 8192;
const REPLACEMENT = 0xfffd;
/**
 * A damaged UTF-8 file: at least 20 good multibyte characters and under 2% bad sequences among
 * them. Windows-1256 Arabic read as UTF-8 is nearly all bad sequences, so the two stay far apart.
 */
const MIN_UTF8_EVIDENCE = 20;
const MAX_BAD_UTF8_SHARE = 0.02;
/** Windows-1256 is reported as sure when at least 60% of the letters read as Arabic. */
const SURE_ARABIC_SHARE = 0.6;
/** More than 5% control characters is binary: text has tabs and newlines, almost nothing else. */
const MAX_CONTROL_SHARE = 0.05;
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

/**
 * Decode a file's bytes. Order: BOM; BOM-less UTF-16 by its byte pattern; binary check; strict
 * UTF-8; otherwise UTF-8 with a few bad bytes, or Windows-1256 when that reads as Arabic.
 * Throws InputError BINARY for files that are not text.
 */
export function decodeBytes(buf: Buffer, name: string): Decoded {
  const warnings: Warning[] = [];
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return withReplacements(new TextDecoder('utf-8').decode(buf.subarray(3)), 'utf-8-bom', name, warnings);
  }
  if (buf[0] === 0xff && buf[1] === 0xfe) return decodeUtf16(buf.subarray(2), 'utf-16le', name, warnings);
  if (buf[0] === 0xfe && buf[1] === 0xff) return decodeUtf16(buf.subarray(2), 'utf-16be', name, warnings);

  const utf16 = sniffUtf16(buf);
  if (utf16) {
    warnings.push({
      code: 'ENCODING_GUESSED',
      message: `no byte-order mark; read as ${utf16.encoding} because ${utf16.evidence}`,
    });
    return decodeUtf16(buf, utf16.encoding, name, warnings);
  }

  refuseBinary(buf, name);

  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return { text, encoding: 'utf-8', warnings };
  } catch {
    // not clean UTF-8: decide between a damaged UTF-8 file and a legacy Arabic code page
  }
  const loose = new TextDecoder('utf-8').decode(buf);
  const bad = countReplacements(loose);
  const multibyte = countMultibyte(loose);
  const truncated = endsInsideCharacter(buf);
  if (truncated) {
    warnings.push({
      code: 'REPLACED_BYTES',
      message: `the file ends inside a character (truncated?); its last ${truncated} byte(s) became U+FFFD, the rest of the text is kept`,
    });
    return { text: loose, encoding: 'utf-8', warnings };
  }
  const lines = classifyLines(buf);
  if (lines.utf8 > 0 && lines.legacy > 0) return decodeMixed(buf, lines, warnings, name);
  // a UTF-8 file with a few damaged bytes still has far more good multibyte chars than bad ones
  if (multibyte >= MIN_UTF8_EVIDENCE && bad / (bad + multibyte) < MAX_BAD_UTF8_SHARE) {
    warnings.push({
      code: 'ENCODING_GUESSED',
      message: `read as utf-8 with ${bad} invalid byte sequence(s) among ${multibyte} valid non-ASCII characters`,
    });
    return withReplacements(loose, 'utf-8', name, warnings);
  }
  // Node's WHATWG decoder maps all 256 bytes of windows-1256 exactly as iconv-lite did (checked byte
  // for byte), so the old code page needs no dependency
  const cp = new TextDecoder('windows-1256').decode(buf);
  const ratio = arabicLetterShare(cp);
  const sure =
    ratio >= SURE_ARABIC_SHARE ? '' : ' (unsure: few Arabic letters, the file may be in another code page)';
  warnings.push({
    code: 'ENCODING_GUESSED',
    message: `not valid utf-8 (${bad} invalid sequence(s)); read as windows-1256, ${Math.round(ratio * 100)}% of letters Arabic${sure}`,
  });
  return { text: cp, encoding: 'windows-1256', warnings };
}

/** Bytes of an incomplete UTF-8 character at the very end, when that is the file's only flaw; else 0. */
function endsInsideCharacter(buf: Buffer): number {
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
 * A line whose high bytes are mostly valid UTF-8 is UTF-8 (perhaps damaged); one where they are
 * mostly invalid is a legacy code page: Windows-1256 Arabic letters (0xC1-0xFE) almost never pair
 * into valid UTF-8 sequences. Half is the line between: the two kinds sit near 0% and near 100%.
 */
const LEGACY_LINE_BAD_SHARE = 0.5;

interface LineKinds {
  utf8: number;
  legacy: number;
  /** per line, true when it is read as Windows-1256 */
  isLegacy: boolean[];
}

function classifyLines(buf: Buffer): LineKinds {
  const out: LineKinds = { utf8: 0, legacy: 0, isLegacy: [] };
  const utf8 = new TextDecoder('utf-8');
  for (let from = 0; from <= buf.length;) {
    const nl = buf.indexOf(10, from);
    const end = nl < 0 ? buf.length : nl;
    const line = buf.subarray(from, end);
    let legacy = false;
    if (line.some((b) => b >= 0x80)) {
      const text = utf8.decode(line);
      const bad = countReplacements(text);
      legacy = bad / (bad + countMultibyte(text)) >= LEGACY_LINE_BAD_SHARE;
      if (legacy) out.legacy++;
      else out.utf8++;
    }
    out.isLegacy.push(legacy);
    from = end + 1;
  }
  return out;
}

/** UTF-8 lines and Windows-1256 lines in one file (pasted together): each line in its own encoding. */
function decodeMixed(buf: Buffer, lines: LineKinds, warnings: Warning[], name: string): Decoded {
  const utf8 = new TextDecoder('utf-8');
  const cp = new TextDecoder('windows-1256');
  const parts: string[] = [];
  let from = 0;
  for (const legacy of lines.isLegacy) {
    const nl = buf.indexOf(10, from);
    const end = nl < 0 ? buf.length : nl;
    parts.push((legacy ? cp : utf8).decode(buf.subarray(from, end)));
    from = end + 1;
  }
  warnings.push({
    code: 'MIXED_ENCODING',
    message: `${lines.utf8} line(s) read as utf-8 and ${lines.legacy} as windows-1256; each line in its own encoding`,
  });
  return withReplacements(parts.join('\n'), 'mixed', name, warnings);
}

function decodeUtf16(
  buf: Buffer,
  encoding: 'utf-16le' | 'utf-16be',
  name: string,
  warnings: Warning[],
): Decoded {
  const text = new TextDecoder(encoding).decode(buf.length % 2 ? buf.subarray(0, buf.length - 1) : buf);
  if (buf.length % 2) {
    warnings.push({
      code: 'REPLACED_BYTES',
      message: `odd trailing byte in ${encoding} file ignored`,
    });
  }
  // a binary file can mimic the UTF-16 byte pattern; real text has few control chars
  let control = 0;
  const n = Math.min(text.length, SNIFF);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
  }
  if (n > 0 && control / n > MAX_CONTROL_SHARE) {
    throw new InputError(
      'BINARY',
      `${name}: binary file (${control} control chars after reading as ${encoding})`,
    );
  }
  return withReplacements(text, encoding, name, warnings);
}

function withReplacements(text: string, encoding: string, name: string, warnings: Warning[]): Decoded {
  const bad = countReplacements(text);
  if (bad > 0) {
    warnings.push({
      code: 'REPLACED_BYTES',
      message: `${bad} undecodable byte sequence(s) replaced with U+FFFD; the rest of the text is kept`,
    });
  }
  return { text, encoding, warnings };
}

/**
 * UTF-16 without BOM: in ASCII-heavy text every other byte is NUL; in Arabic text every other
 * byte is 0x06 (the U+06xx block) or NUL (spaces, digits, punctuation). Looks at the first 8 KB.
 */
function sniffUtf16(buf: Buffer): { encoding: 'utf-16le' | 'utf-16be'; evidence: string } | null {
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
function refuseBinary(buf: Buffer, name: string): void {
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

function countReplacements(s: string): number {
  let k = 0;
  for (let i = s.indexOf('\uFFFD'); i >= 0; i = s.indexOf('\uFFFD', i + 1)) k++;
  return k;
}

function countMultibyte(s: string): number {
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f && c !== REPLACEMENT) k++;
  }
  return k;
}

/** Share of letters in the Arabic blocks, a cheap check for "this reads as Arabic". */
function arabicLetterShare(s: string): number {
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
