// kill -9 during a web upload: `sanad serve` is ingesting an uploaded file of real SaudiNewsNet
// articles (read from /work/shared at test time, never copied) when it is killed; a new server on
// the same library gets the same upload again. The library must equal that of one uninterrupted
// ingest of the file: nothing lost, nothing stored twice, every article annotated once, every
// article grouped and every story analysed. The killed server's upload folder (in this test's own
// TMPDIR) is gone once the new server has started (src/server/upload-folders.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openLibrary } from '../src/library/library.js';
import { writeDaySample } from './support/saudinewsnet.js';
import { root, sanadAsync } from './helpers.js';

// enough articles that the ingest is well under way, not finished, when the server is killed
const ARTICLES = 120;
const POLL_MS = 200;
const dir = mkdtempSync(join(tmpdir(), 'sanad-upkill-'));
const servers: ChildProcess[] = [];
// the servers' temporary directory: their upload folders, and nothing else's
const serverTmp = join(dir, 'tmp');
mkdirSync(serverTmp);
const uploadFolders = () => readdirSync(serverTmp).filter((n) => n.startsWith('sanad-upload-'));
afterAll(() => {
  for (const s of servers) if (s.exitCode === null && s.signalCode === null) s.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

async function writeSample(): Promise<string> {
  return (await writeDaySample('2015-07-22', ARTICLES, join(dir, 'upload.jsonl'))).file;
}

function serve(db: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [`${root}dist/cli/main.js`, 'serve', '--db', db, '--port', '0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, TMPDIR: serverTmp },
  });
  servers.push(child);
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (c: Buffer) => {
      err += c.toString();
      const m = /at (http:\/\/\S+)/.exec(err);
      if (m) resolve({ url: m[1], child });
    });
    child.on('exit', (code, signal) => reject(new Error(`serve exited ${code ?? signal}: ${err}`)));
  });
}

async function upload(url: string, file: string): Promise<string> {
  const form = new FormData();
  form.append('files', new Blob([readFileSync(file)]), 'upload.jsonl');
  const r = await fetch(`${url}/api/uploads`, { method: 'POST', body: form });
  expect(r.status).toBe(202);
  return ((await r.json()) as { id: string }).id;
}

interface JobView {
  state: string;
  progress?: { stored: number };
  result?: unknown;
  error?: string;
}

async function job(url: string, id: string): Promise<JobView> {
  return (await (await fetch(`${url}/api/jobs/${id}`)).json()) as JobView;
}

async function snapshot(path: string) {
  const db = await openLibrary({ path });
  try {
    const articles = await db.query<{ id: string; content_hash: string }>(
      'select id, content_hash from articles order by id',
    );
    const [c] = await db.query<{
      annotations: number;
      once: number;
      unanalysed: number;
      ungrouped: number;
    }>(`select
      (select count(*)::int from annotations) as annotations,
      (select count(*)::int from articles a where (select count(*) from annotations n where n.article_id = a.id) = 1) as once,
      (select count(*)::int from stories s left join story_analyses a on a.story_id = s.id
         where a.story_id is null or a.article_count <> s.article_count) as unanalysed,
      (select count(*)::int from articles where not grouped) as ungrouped`);
    return { articles: articles.map((a) => [a.id, a.content_hash]), ...c };
  } finally {
    await db.close();
  }
}

it('a server killed with -9 during an upload ingest resumes to the library of one uninterrupted ingest', async () => {
  const file = await writeSample();
  const lib = join(dir, 'served');
  const first = await serve(lib);
  const id = await upload(first.url, file);
  let seen: JobView = { state: 'queued' };
  for (let t = 0; t < 600 && !(seen.progress?.stored && seen.progress.stored > 0); t++) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    seen = await job(first.url, id);
  }
  // killed in the middle: some batches stored, the rest (and the grouping, the analyses) not
  expect(seen.state).toBe('running');
  first.child.kill('SIGKILL');
  await new Promise((r) => first.child.once('exit', r));
  expect(uploadFolders()).toEqual([expect.stringMatching(`^sanad-upload-${first.child.pid}-`)]);

  const second = await serve(lib);
  expect(uploadFolders()).toEqual([]); // the killed server's folder, removed at start
  const again = await upload(second.url, file);
  let done: JobView = { state: 'queued' };
  for (let t = 0; t < 3000 && (done.state === 'queued' || done.state === 'running'); t++) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    done = await job(second.url, again);
  }
  expect(done.state, done.error).toBe('done');
  second.child.kill('SIGTERM');
  await new Promise((r) => second.child.once('exit', r));

  const whole = join(dir, 'whole');
  const reference = await sanadAsync(['ingest', '--db', whole, file, '--quiet']);
  expect(reference.status, reference.stderr).toBe(0);
  const a = await snapshot(whole);
  const b = await snapshot(lib);
  expect(b.articles.length).toBeGreaterThan(ARTICLES * 0.9);
  expect(b).toEqual(a);
  expect(b.once).toBe(b.articles.length);
  expect(b.unanalysed).toBe(0);
  expect(b.ungrouped).toBe(0);
}, 900_000);
