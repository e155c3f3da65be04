// A server killed mid-upload leaves the upload's temporary folder; the next `sanad serve` removes it
// at start. Only sanad's own are removed: named sanad-upload-<pid>-…, the pid no longer running, and
// older than the new server's start. The folders live in a temporary directory of this test (TMPDIR).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sweepStaleUploads } from '../src/server/upload-folders.js';
import { root } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'sanad-sweep-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The pid of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

/** An upload folder holding one half-written file, last changed an hour ago. */
function folder(parent: string, name: string): string {
  const path = join(parent, name);
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, 'upload.jsonl'), '{"text": "half');
  const hourAgo = new Date(Date.now() - 3600_000);
  utimesSync(path, hourAgo, hourAgo);
  return path;
}

describe('stale upload folders', () => {
  it('are removed when their server is gone; a running server, a new folder and others are kept', async () => {
    const parent = join(dir, 'unit');
    const stale = folder(parent, `sanad-upload-${deadPid()}-a1B2c3`);
    const live = folder(parent, `sanad-upload-${process.pid}-d4E5f6`); // this process runs
    const other = folder(parent, 'sanad-upload-notapid'); // not named by uploadFolder
    const unrelated = folder(parent, `someone-else-${deadPid()}-g7H8i9`);
    const fresh = folder(parent, `sanad-upload-${deadPid()}-j0K1l2`);
    const started = Date.now() - 60_000; // `fresh` changed after this server started
    utimesSync(fresh, new Date(), new Date());
    expect(await sweepStaleUploads(started, parent)).toEqual([stale]);
    expect([stale, live, other, unrelated, fresh].map(existsSync)).toEqual([false, true, true, true, true]);
  });

  it('`sanad serve` removes the folder a killed server left, before it serves', async () => {
    const tmp = join(dir, 'tmp');
    const stale = folder(tmp, `sanad-upload-${deadPid()}-m3N4o5`);
    const live = folder(tmp, `sanad-upload-${process.pid}-p6Q7r8`);
    const child = spawn(
      process.execPath,
      [`${root}dist/cli/main.js`, 'serve', '--db', join(dir, 'lib'), '--port', '0'],
      { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, TMPDIR: tmp } },
    );
    let err = '';
    await new Promise<void>((resolve, reject) => {
      child.stderr!.on('data', (c: Buffer) => {
        err += c.toString();
        if (/serving .* at http/.test(err)) resolve();
      });
      child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
    });
    child.kill('SIGTERM');
    expect(err).toMatch(/removed 1 upload folder\(s\) left by a stopped server/);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
  }, 120_000);
});
