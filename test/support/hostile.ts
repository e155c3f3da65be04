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
}

/** A zip archive (deflate, no data descriptors) with the entries given. */
export function buildZip(entries: ZipEntrySpec[]): Buffer {
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
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(raw.crc, 16);
    central.writeUInt32LE(raw.deflated.length, 20);
    central.writeUInt32LE(Math.min(size, 0xffffffff), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, raw.deflated);
    centrals.push(central, name);
    offset += 30 + name.length + raw.deflated.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
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
