// Hostile inputs built at run time (nothing big is committed): zip archives written byte by byte so
// that a test controls every field an attacker controls (names, declared sizes, entry counts), and a
// child `sanad analyze` whose peak memory is measured from inside the process.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { crc32, deflateRawSync, constants } from 'node:zlib';
import { root } from '../helpers.js';

export interface ZipEntrySpec {
  name: string;
  /** the entry's content, deflated here */
  data?: Buffer;
  /** already deflated bytes with their true size and CRC (a bomb) */
  raw?: { deflated: Buffer; size: number; crc: number };
  /** sizes written in the headers, when they should lie */
  declaredSize?: number;
  /**
   * zip64: the unpacked size the central directory declares in the entry's zip64 extra field (its
   * 32-bit field then reads 0xFFFFFFFF); the local header keeps the true size, so a reader that
   * trusts the stream alone unpacks the entry without noticing
   */
  declaredSize64?: number;
}

export interface ZipOptions {
  /** write zip64 end records (the zip64 end record and its locator) declaring this many entries */
  zip64Count?: number;
}

/** A zip archive (deflate, no data descriptors) with the entries given. */
export function buildZip(entries: ZipEntrySpec[], options: ZipOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const raw = e.raw ?? {
      deflated: deflateRawSync(e.data ?? Buffer.alloc(0)),
      size: e.data?.length ?? 0,
      crc: crc32(e.data ?? Buffer.alloc(0)),
    };
    const size = e.declaredSize ?? raw.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(raw.crc, 14);
    local.writeUInt32LE(raw.deflated.length, 18);
    local.writeUInt32LE(Math.min(size, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    const extra = zip64Extra(e.declaredSize64);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(raw.crc, 16);
    central.writeUInt32LE(raw.deflated.length, 20);
    central.writeUInt32LE(extra.length ? 0xffffffff : Math.min(size, 0xffffffff), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, raw.deflated);
    centrals.push(central, name, extra);
    offset += 30 + name.length + raw.deflated.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  if (options.zip64Count === undefined) return Buffer.concat([...locals, cd, end]);
  // zip64: the classic record's fields say "see the zip64 record" (all ones)
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([...locals, cd, zip64Records(options.zip64Count, cd.length, offset), end]);
}

/** The zip64 extra field (header 0x0001) of a central record: its unpacked size, 64-bit. */
function zip64Extra(size: number | undefined): Buffer {
  if (size === undefined) return Buffer.alloc(0);
  const extra = Buffer.alloc(12);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(8, 2);
  extra.writeBigUInt64LE(BigInt(size), 4);
  return extra;
}

/** The zip64 end record (56 bytes) and its locator (20 bytes), written just after the directory. */
function zip64Records(count: number, dirSize: number, dirOffset: number): Buffer {
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4); // the record's size after this field
  record.writeUInt16LE(45, 12); // version needed: zip64
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(dirSize), 40);
  record.writeBigUInt64LE(BigInt(dirOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(dirOffset + dirSize), 8);
  locator.writeUInt32LE(1, 16); // disks
  return Buffer.concat([record, locator]);
}

/**
 * `megabytes` MB of zeros as raw deflate without holding them: one 1 MB block compressed once
 * (about 1 KB, ending on a sync flush so that it can be repeated) and repeated, then a final empty block.
 */
export function zerosDeflated(megabytes: number): { deflated: Buffer; size: number; crc: number } {
  const mb = Buffer.alloc(1024 * 1024);
  const block = deflateRawSync(mb, { finishFlush: constants.Z_SYNC_FLUSH, level: 9 });
  let crc = 0;
  for (let i = 0; i < megabytes; i++) crc = crc32(mb, crc);
  const parts = new Array<Buffer>(megabytes).fill(block);
  parts.push(Buffer.from([0x03, 0x00]));
  return { deflated: Buffer.concat(parts), size: megabytes * mb.length, crc };
}

export interface MeasuredRun {
  status: number;
  stdout: string;
  stderr: string;
  /** peak resident memory of the child, MB */
  peakMb: number;
  seconds: number;
}

// Loaded into the child with --import: writes its peak RSS (KB) to the file named by SANAD_PEAK_FILE.
const PEAK_HOOK = `data:text/javascript,${encodeURIComponent(
  "import {writeFileSync} from 'node:fs'; process.on('exit', () => writeFileSync(process.env.SANAD_PEAK_FILE, String(process.resourceUsage().maxRSS)));",
)}`;

/** `sanad analyze ARGS` in a child process, with its peak memory and wall time. */
export function measuredAnalyze(args: string[], peakFile: string): Promise<MeasuredRun> {
  rmSync(peakFile, { force: true });
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', PEAK_HOOK, `${root}dist/cli/main.js`, 'analyze', '--quiet', ...args],
      { cwd: root, env: { ...process.env, SANAD_PEAK_FILE: peakFile } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      let peakKb = NaN;
      try {
        peakKb = Number(readFileSync(peakFile, 'utf8'));
      } catch {
        // no file: the child died before exit handlers ran; NaN fails every bound
      }
      resolve({
        status: code ?? -1,
        stdout,
        stderr,
        peakMb: peakKb / 1024,
        seconds: (Date.now() - t0) / 1000,
      });
    });
  });
}

/** A file of `bytes` bytes written in 1 MB pieces from a repeated line. */
export function writeRepeated(path: string, line: string, bytes: number): void {
  const unit = Buffer.from(line, 'utf8');
  const piece = Buffer.alloc(1024 * 1024);
  for (let at = 0; at < piece.length; at += unit.length) unit.copy(piece, at);
  writeFileSync(path, '');
  for (let done = 0; done < bytes; done += piece.length)
    writeFileSync(path, piece.subarray(0, Math.min(piece.length, bytes - done)), { flag: 'a' });
}
