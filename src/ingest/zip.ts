// Zip archives, streamed entry by entry through fflate, under the limits of ./limits.ts: an archive
// that holds too many entries or unpacks to too much (a zip bomb) is refused in bounded memory; an
// entry too large for its kind, an archive inside the archive or a name that leaves the archive's
// folder is skipped with its reason, and the other entries are read.
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import type { UnzipFile } from 'fflate';
import type { ProblemCode } from '../codes.js';
import { InputError } from './decode.js';
import {
  MAX_ZIP_DIRECTORY_BYTES,
  MAX_ZIP_ENTRIES,
  MAX_ZIP_RATIO,
  MAX_ZIP_TOTAL_BYTES,
  ZIP_RATIO_AFTER_BYTES,
  ZIP_READ_CHUNK,
} from './limits.js';

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

/** An entry not read, with the problem code and reason to report for it. */
export interface ZipSkip {
  name: string;
  code: ProblemCode;
  reason: string;
}

const MB = 1024 * 1024;
const mb = (n: number) => `${(n / MB).toFixed(1)} MB`;
const NESTED = /\.(zip|jar|docx|xlsx|odt|epub|7z|rar|tar|tgz|gz|bz2|xz)$/i;

/** Why an entry name is unsafe to use as a path (absolute, a drive, "..", NUL), or null. */
export function unsafeEntryName(name: string): string | null {
  if (name.includes('\0')) return 'its name holds a NUL character';
  if (/^([/\\]|[A-Za-z]:)/.test(name)) return 'its name is an absolute path';
  if (name.split(/[/\\]/).includes('..')) return 'its name climbs out of the archive with ".."';
  return null;
}

/**
 * Entries of a zip file, one at a time: only the current entry's bytes are held, never more than
 * `limitOf(name)` of them. Directories and dotfiles (__MACOSX, .DS_Store) are skipped silently.
 * Throws InputError ARCHIVE_LIMIT when the whole archive must be refused (entry count, total size,
 * pack ratio); entries yielded before that stay read.
 */
export async function* zipEntries(
  path: string,
  limitOf: (name: string) => number,
): AsyncGenerator<ZipEntry | ZipSkip> {
  checkDirectory(path);
  // loaded here, not at start: building its tables costs a run that reads no zip tens of ms
  const { Unzip, UnzipInflate } = await import('fflate');
  let pushed = 0; // archive bytes given to the unpacker so far
  const ready: (ZipEntry | ZipSkip)[] = [];
  let failure: Error | null = null;
  let started = 0;
  let finished = 0;
  let entries = 0; // including skipped ones
  let total = 0;
  const unzip = new Unzip((file: UnzipFile) => {
    entries++;
    if (entries > MAX_ZIP_ENTRIES) {
      failure ??= limitError(`holds more than ${MAX_ZIP_ENTRIES} entries`);
      return;
    }
    const base = file.name.split('/').pop() ?? '';
    if (file.name.endsWith('/') || base.startsWith('.') || file.name.startsWith('__MACOSX')) return;
    const unsafe = unsafeEntryName(file.name);
    if (unsafe)
      return void ready.push({ name: file.name, code: 'UNSAFE_PATH', reason: `not read: ${unsafe}` });
    if (NESTED.test(file.name)) {
      ready.push({
        name: file.name,
        code: 'NESTED_ARCHIVE',
        reason: 'an archive inside an archive is not opened (one level only); unpack it and give it directly',
      });
      return;
    }
    const limit = limitOf(file.name);
    // the ratio is judged on the archive bytes read since the entry began, never on its headers
    const startedAt = pushed;
    const chunks: Uint8Array[] = [];
    let size = 0;
    let skipped = false;
    started++;
    file.ondata = (err, chunk, final) => {
      if (err) return void (failure ??= err);
      total += chunk.length;
      if (total > MAX_ZIP_TOTAL_BYTES)
        failure ??= limitError(`unpacks to more than the ${mb(MAX_ZIP_TOTAL_BYTES)} limit for one archive`);
      if (!skipped) {
        size += chunk.length;
        const packed = Math.max(pushed - startedAt, ZIP_READ_CHUNK);
        if (size > ZIP_RATIO_AFTER_BYTES && size / packed > MAX_ZIP_RATIO) {
          failure ??= limitError(
            `${file.name} unpacks over ${Math.floor(size / packed)} times its packed size (limit ${MAX_ZIP_RATIO}): a zip bomb`,
          );
        } else if (size > limit) {
          skipped = true;
          chunks.length = 0;
          ready.push({
            name: file.name,
            code: 'TOO_LARGE',
            reason: `unpacks to over ${mb(limit)}, the limit for one file of its kind; split it or give JSON Lines`,
          });
        } else chunks.push(chunk);
      }
      if (!final) return;
      finished++;
      if (!skipped) ready.push({ name: file.name, data: concat(chunks) });
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for await (const chunk of createReadStream(path, { highWaterMark: ZIP_READ_CHUNK })) {
    pushed += (chunk as Buffer).length;
    unzip.push(chunk as Buffer, false);
    while (ready.length) yield ready.shift()!;
    if (failure) throw failure;
  }
  unzip.push(new Uint8Array(0), true);
  while (ready.length) yield ready.shift()!;
  if (failure) throw failure;
  if (started > finished)
    throw new Error(`archive is truncated: ${started - finished} entry(ies) incomplete`);
  if (entries === 0 && !isEmptyZip(path)) throw new Error('no readable entries');
}

function limitError(reason: string): InputError {
  return new InputError('ARCHIVE_LIMIT', `refused: the archive ${reason}; no further entry was read`);
}

/**
 * The central directory's count of entries and sum of unpacked sizes, checked before anything is
 * unpacked, so that an archive over the limits is refused at once. A zip64 archive keeps its true
 * count, directory place and sizes in 64-bit fields (the zip64 end record and each entry's zip64
 * extra field); those are read too, so a zip64 directory declaring billions of entries or terabytes
 * is refused from the directory alone. The directory may lie; the streaming counts above hold anyway.
 * An archive without a readable directory is left to the stream.
 */
function checkDirectory(path: string): void {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    readSync(fd, tail, 0, tailLength, size - tailLength);
    const at = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (at < 0 || at + 22 > tailLength) return;
    const end = zip64End(fd, tail, at) ?? {
      count: tail.readUInt16LE(at + 10),
      dirSize: tail.readUInt32LE(at + 12),
      dirOffset: tail.readUInt32LE(at + 16),
    };
    if (end.count > MAX_ZIP_ENTRIES)
      throw limitError(`holds ${end.count} entries, over the limit of ${MAX_ZIP_ENTRIES}`);
    if (end.dirSize > MAX_ZIP_DIRECTORY_BYTES || end.dirOffset + end.dirSize > size) return;
    const dir = Buffer.alloc(end.dirSize);
    readSync(fd, dir, 0, end.dirSize, end.dirOffset);
    // walked record by record: the 16-bit count of the end record wraps past 65,535 entries
    let unpacked = 0;
    let entries = 0;
    for (let p = 0; p + 46 <= dir.length && dir.readUInt32LE(p) === 0x02014b50; entries++) {
      unpacked += unpackedSize(dir, p);
      p += 46 + dir.readUInt16LE(p + 28) + dir.readUInt16LE(p + 30) + dir.readUInt16LE(p + 32);
    }
    if (entries > MAX_ZIP_ENTRIES)
      throw limitError(`holds ${entries} entries, over the limit of ${MAX_ZIP_ENTRIES}`);
    if (unpacked > MAX_ZIP_TOTAL_BYTES)
      throw limitError(`says it unpacks to ${mb(unpacked)}, over the ${mb(MAX_ZIP_TOTAL_BYTES)} limit`);
  } finally {
    closeSync(fd);
  }
}

/** A 64-bit little-endian field as a number; past 2^53 it is Infinity, over every limit all the same. */
function readUInt64(buf: Buffer, at: number): number {
  const n = buf.readBigUInt64LE(at);
  return n > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : Number(n);
}

/**
 * The zip64 end record's count, directory size and offset, found through the zip64 locator
 * ("PK\x06\x07", 20 bytes) just before the classic end record; undefined for a classic archive.
 */
function zip64End(
  fd: number,
  tail: Buffer,
  at: number,
): { count: number; dirSize: number; dirOffset: number } | undefined {
  if (at < 20 || tail.readUInt32LE(at - 20) !== 0x07064b50) return undefined;
  const recordAt = readUInt64(tail, at - 20 + 8);
  const record = Buffer.alloc(56);
  if (!Number.isFinite(recordAt) || readSync(fd, record, 0, 56, recordAt) < 56) return undefined;
  if (record.readUInt32LE(0) !== 0x06064b50) return undefined;
  return {
    count: readUInt64(record, 32),
    dirSize: readUInt64(record, 40),
    dirOffset: readUInt64(record, 48),
  };
}

/**
 * The unpacked size a directory record declares: its 32-bit field, or, when that is 0xFFFFFFFF,
 * the first value of its zip64 extra field (header 0x0001), where zip64 archives keep the true size.
 */
function unpackedSize(dir: Buffer, p: number): number {
  const size = dir.readUInt32LE(p + 24);
  if (size !== 0xffffffff) return size;
  const extraAt = p + 46 + dir.readUInt16LE(p + 28);
  const extraEnd = Math.min(dir.length, extraAt + dir.readUInt16LE(p + 30));
  for (let q = extraAt; q + 4 <= extraEnd; q += 4 + dir.readUInt16LE(q + 2)) {
    if (dir.readUInt16LE(q) === 0x0001 && q + 12 <= extraEnd) return readUInt64(dir, q + 4);
  }
  return size;
}

// An empty zip is only the 22-byte end-of-central-directory record ("PK\x05\x06").
function isEmptyZip(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(4);
    readSync(fd, head, 0, 4, 0);
    return head.equals(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  } finally {
    closeSync(fd);
  }
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
