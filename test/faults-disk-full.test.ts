// A full disk while ingesting. The library lives on a small tmpfs this test mounts (it needs root;
// skipped otherwise, and scripts/faults.sh says so): an ingest of real SaudiNewsNet articles (read
// from /work/shared at test time) fills it. The ingest must stop with a clear coded message, not a
// stack trace; once there is room again (the tmpfs remounted larger) the same ingest must finish the
// library: every input article stored exactly once, annotated once, grouped, every story analysed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openLibrary } from '../src/library/library.js';
import { writeDaySample } from './support/saudinewsnet.js';
import { sanadAsync } from './helpers.js';

const ARTICLES = 300;
// an empty embedded library takes about 39 MB: this leaves a few MB for articles, so the disk fills
// after some batches are stored and before the last
const SMALL = '44m';
const LARGE = '400m';
const isRoot = process.getuid?.() === 0;
const dir = mkdtempSync(join(tmpdir(), 'sanad-diskfull-'));
const mnt = join(dir, 'mnt');
let mounted = false;
afterAll(() => {
  if (mounted) execFileSync('umount', [mnt]);
  rmSync(dir, { recursive: true, force: true });
});

function writeSample(): Promise<{ file: string; urls: string[] }> {
  return writeDaySample('2015-07-23', ARTICLES, join(dir, 'sample.jsonl'), { distinctBodies: true });
}

it.skipIf(!isRoot)(
  'an ingest that fills the disk stops with E_DISK_FULL; with room again it resumes: nothing lost, nothing twice',
  async () => {
    const { file, urls } = await writeSample();
    execFileSync('mkdir', ['-p', mnt]);
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${SMALL}`, 'tmpfs', mnt]);
    mounted = true;
    const lib = join(mnt, 'library');
    const full = await sanadAsync(['ingest', '--db', lib, file, '--quiet', '--threads', '1']);
    expect(full.status).toBe(1);
    expect(full.stderr).toMatch(/the disk is full .*\[E_DISK_FULL\]/);
    expect(full.stderr).not.toMatch(/internal error|\n\s+at /);

    execFileSync('mount', ['-o', `remount,size=${LARGE}`, mnt]);
    const resumed = await sanadAsync([
      'ingest',
      '--db',
      lib,
      file,
      '--quiet',
      '--threads',
      '1',
      '--format',
      'json',
    ]);
    expect(resumed.status, resumed.stderr).toBe(0);
    const db = await openLibrary({ path: lib });
    try {
      const stored = await db.query<{ url: string }>('select url from articles');
      expect(stored.map((r) => r.url).sort()).toEqual(urls);
      const [c] = await db.query<{ once: number; unanalysed: number; ungrouped: number }>(`select
      (select count(*)::int from articles a where (select count(*) from annotations n where n.article_id = a.id) = 1) as once,
      (select count(*)::int from stories s left join story_analyses a on a.story_id = s.id
         where a.story_id is null or a.article_count <> s.article_count) as unanalysed,
      (select count(*)::int from articles where not grouped) as ungrouped`);
      expect(c).toEqual({ once: urls.length, unanalysed: 0, ungrouped: 0 });
      // the first run stored some batches before the disk filled: the second did not store them again
      expect(JSON.parse(resumed.stdout).skipped).toBeGreaterThan(0);
    } finally {
      await db.close();
    }
  },
  900_000,
);
