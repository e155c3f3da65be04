// Temporary folders of web uploads. An upload is written to its own folder under the system's
// temporary directory and removed once ingested; a server killed mid-upload (kill -9, a power cut)
// cannot remove it, so the next `sanad serve` sweeps such folders at start. Only sanad's own are
// touched: the name carries the prefix and the owning server's pid, and a folder is removed only
// when that process is gone and the folder is older than the sweeping server's start.
import { mkdtemp, opendir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PREFIX = 'sanad-upload-';
// sanad-upload-<pid>-<random>, as mkdtemp makes it from uploadFolder's prefix
const OWNED = /^sanad-upload-(\d+)-[A-Za-z0-9]{6}$/;

/** A fresh folder for one upload, named after this process so that a later sweep knows its owner. */
export function uploadFolder(): Promise<string> {
  return mkdtemp(join(tmpdir(), `${PREFIX}${process.pid}-`));
}

/** Whether a process with this pid runs (one of another user counts as running: EPERM). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Remove the upload folders left by servers that are gone: named by uploadFolder, owned by this
 * user, last changed before `startedAt` (ms) and whose pid runs no process. Returns their paths.
 * A folder of a running server (this one, or another on the same machine) is never touched.
 */
export async function sweepStaleUploads(startedAt: number, parent = tmpdir()): Promise<string[]> {
  const removed: string[] = [];
  const uid = process.getuid?.();
  for await (const e of await opendir(parent)) {
    const owner = OWNED.exec(e.name);
    if (!owner || !e.isDirectory() || running(Number(owner[1]))) continue;
    const path = join(parent, e.name);
    try {
      const st = await stat(path);
      if (st.mtimeMs >= startedAt || (uid !== undefined && st.uid !== uid)) continue;
      await rm(path, { recursive: true, force: true });
      removed.push(path);
    } catch {
      // gone meanwhile, or not ours to remove: left as it is
    }
  }
  return removed;
}
