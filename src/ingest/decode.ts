// Bytes to text. Arabic news files come as UTF-8 (with or without BOM), UTF-16 from Windows tools,
// or Windows-1256 from older sites. We detect, never guess silently: every guess is a warning
// that carries its evidence, and bytes we cannot decode are counted, not dropped without a word.
import type { Warning } from '../contract.js';
import { InputError } from './input-error.js';
import {
  MAX_CONTROL_SHARE,
  SNIFF,
  arabicLetterShare,
  countMultibyte,
  countReplacements,
  endsInsideCharacter,
  refuseBinary,
  sniffUtf16,
} from './sniff.js';

export { InputError } from './input-error.js';

export interface Decoded {
  text: string;
  encoding: string;
  warnings: Warning[];
}

/**
 * A damaged UTF-8 file: at least 20 good multibyte characters and under 2% bad sequences among
 * them. Windows-1256 Arabic read as UTF-8 is nearly all bad sequences, so the two stay far apart.
 */
const MIN_UTF8_EVIDENCE = 20;
const MAX_BAD_UTF8_SHARE = 0.02;
/** Windows-1256 is reported as sure when at least 60% of the letters read as Arabic. */
const SURE_ARABIC_SHARE = 0.6;

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
