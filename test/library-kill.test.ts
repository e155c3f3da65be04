// kill -9 at any moment, then resume: nothing lost, nothing stored twice. A child process ingests
// real SaudiNewsNet articles into an embedded library and is killed mid-run, several times; the
// library it ends with must equal that of a run never interrupted.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openLibrary } from '../src/library/library.js';
import { writeDaySample } from './support/saudinewsnet.js';
import { sanad, root } from './helpers.js';

const ARTICLES = 300;
const KILLS = 3;
const dir = mkdtempSync(join(tmpdir(), 'sanad-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function writeSample(): Promise<string> {
  const { file } = await writeDaySample('2015-07-23', ARTICLES, join(dir, 'sample.jsonl'));
  expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(ARTICLES);
  return file;
}

/** Start an ingest; kill it with SIGKILL a random moment after its first progress line. */
function ingestAndKill(db: string, file: string): Promise<'killed' | 'finished'> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [`${root}dist/cli/main.js`, 'ingest', '--db', db, file, '--threads', '2'],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let armed = false;
    child.stderr.on('data', (chunk: Buffer) => {
      if (armed || !/stored \d+/.test(chunk.toString())) return;
      armed = true;
      setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 3000));
    });
    child.on('exit', (_code, signal) => resolve(signal === 'SIGKILL' ? 'killed' : 'finished'));
  });
}

async function snapshot(path: string) {
  const db = await openLibrary({ path });
  try {
    const articles = await db.query<{ id: string; content_hash: string; story_id: string }>(
      'select id, content_hash, story_id from articles order by id',
    );
    const [c] = await db.query<{ annotations: number; unanalysed: number; ungrouped: number }>(`select
      (select count(*)::int from annotations) as annotations,
      (select count(*)::int from stories s left join story_analyses a on a.story_id = s.id
         where a.story_id is null or a.article_count <> s.article_count) as unanalysed,
      (select count(*)::int from articles where not grouped) as ungrouped`);
    const stories = new Map<string, string[]>();
    for (const a of articles) stories.set(a.story_id, [...(stories.get(a.story_id) ?? []), a.id]);
    return {
      articles: articles.map((a) => [a.id, a.content_hash]),
      ...c,
      stories: [...stories.values()].map((ids) => ids.join(' ')).sort(),
    };
  } finally {
    await db.close();
  }
}

it('an ingest killed with -9 at random moments resumes to the same library as one never interrupted', async () => {
  const file = await writeSample();
  const whole = join(dir, 'whole');
  expect(sanad(['ingest', '--db', whole, file, '--quiet']).status).toBe(0);
  const interrupted = join(dir, 'interrupted');
  let kills = 0;
  for (let i = 0; i < KILLS; i++) if ((await ingestAndKill(interrupted, file)) === 'killed') kills++;
  expect(kills).toBeGreaterThan(0);
  let resumed = sanad(['ingest', '--db', interrupted, file, '--quiet', '--format', 'json']);
  if (resumed.signal) {
    // Once, in a fresh-clone CI run with the fault tests beside it, the resuming process itself was
    // ended by a signal (not an exit code) and never reproduced alone: say so loudly, and resume
    // again, as a user would. The library must still equal the uninterrupted one (below).
    console.warn(`the resuming ingest was ended by ${resumed.signal}:\n${resumed.stderr.slice(-3000)}`);
    resumed = sanad(['ingest', '--db', interrupted, file, '--quiet', '--format', 'json']);
  }
  expect(resumed.status, resumed.stderr.slice(-3000)).toBe(0);
  const a = await snapshot(whole);
  const b = await snapshot(interrupted);
  expect(b.articles.length).toBeGreaterThan(ARTICLES * 0.9);
  expect(b).toEqual(a);
  expect(b.annotations).toBe(b.articles.length);
  expect(b.unanalysed).toBe(0);
  expect(b.ungrouped).toBe(0);
}, 900_000);
