// The web app's caches: a story's report view is built once and served again byte for byte until
// the story is analysed again; the byte-bounded LRU drops its least recently used entries first.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openLibrary } from '../src/library/library.js';
import { buildServer } from '../src/server/app.js';
import { ByteLru, shortLived } from '../src/server/cache.js';
import type { JobRunner } from '../src/server/jobs.js';
import type { Db } from '../src/store/db.js';
import { loadAnalysis, saveAnalysis } from '../src/store/stories.js';

const LOCAL = { host: '127.0.0.1:8731' };
// an invented article, so that the library holds one analysed story
const ARTICLE = {
  title: 'وزير الصحة يعلن افتتاح مستشفى جديد في المدينة',
  text:
    'أعلن وزير الصحة يوم الأحد افتتاح مستشفى جديد في المدينة يضم 200 سرير. ' +
    'وقال الوزير في مؤتمر صحفي: "المستشفى سيخدم أكثر من مئة ألف نسمة". ' +
    'وأضاف أن العمل في المشروع استمر ثلاث سنوات.',
};

describe('ByteLru', () => {
  it('returns what was stored and drops the least recently used entry when over its bytes', () => {
    const lru = new ByteLru(ByteLru.bytes('x'.repeat(30)));
    lru.set('a', 'x'.repeat(10));
    lru.set('b', 'y'.repeat(10));
    expect(lru.get('a')).toBe('x'.repeat(10)); // a is now the most recently used
    lru.set('c', 'z'.repeat(15));
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe('x'.repeat(10));
    expect(lru.get('c')).toBe('z'.repeat(15));
    expect(lru.bytesUsed).toBe(ByteLru.bytes('x'.repeat(25)));
    lru.set('huge', 'h'.repeat(31)); // larger than the whole cache: never kept
    expect(lru.get('huge')).toBeUndefined();
    lru.deletePrefix('a');
    expect(lru.size).toBe(1);
  });

  it('shortLived computes once within its time and again after', async () => {
    let calls = 0;
    const get = shortLived(50, async () => ++calls);
    expect(await Promise.all([get(), get(), get()])).toEqual([1, 1, 1]);
    await new Promise((r) => setTimeout(r, 80));
    expect(await get()).toBe(2);
  });
});

describe("a story's report view", () => {
  let dir: string;
  let db: Db;
  let server: { app: FastifyInstance; jobs: JobRunner };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sanad-cache-'));
    db = await openLibrary({ path: join(dir, 'library') });
    server = await buildServer({ db, host: '127.0.0.1', version: 'test' });
    const r = await server.app.inject({
      method: 'POST',
      url: '/api/articles',
      headers: LOCAL,
      payload: ARTICLE,
    });
    expect(r.statusCode).toBe(202);
    await server.jobs.idle();
  }, 300_000);

  afterAll(async () => {
    await server?.app.close();
    await db?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is served from the cache until the story is analysed again', async () => {
    const [story] = (await server.app.inject({ url: '/api/stories', headers: LOCAL })).json().stories;
    expect(story.analysed).toBe(true);
    const view = async () =>
      (await server.app.inject({ url: `/api/stories/${story.id}/view`, headers: LOCAL })).body;
    const first = await view();
    expect(JSON.parse(first)).toMatchObject({ id: story.id, title: ARTICLE.title });

    // the stored analysis changes under the cache without a new analysis (its time and article
    // count stay): the cached body is what is served, byte for byte
    const marker = 'عنوان لم يحلل بعد';
    await db.query(
      `update story_analyses set data = jsonb_set(data, '{articles,0,title}', to_jsonb($2::text)) where story_id = $1`,
      [story.id, marker],
    );
    const second = await view();
    expect(second).toBe(first);
    expect(second).not.toContain(marker);

    // a re-analysis (it covers one more article) makes a new view
    const analysis = (await loadAnalysis(db, story.id))!;
    const renamed = 'عنوان بعد إعادة التحليل';
    analysis.articles[0].title = renamed;
    const [{ n }] = await db.query<{ n: number }>(
      'select article_count as n from story_analyses where story_id = $1',
      [story.id],
    );
    expect(await db.transaction((tx) => saveAnalysis(tx, story.id, n + 1, analysis, 'test'))).toBe(true);
    const third = await view();
    expect(third).not.toBe(first);
    expect(third).toContain(renamed);
    expect(await view()).toBe(third);
  });
});
