// `sanad serve` without a browser: the HTTP API through Fastify's inject (no port opened), over an
// embedded library in a temporary folder. Security defaults first (token, host, origin, 413, CSP,
// escaping of a hostile article), then the API the app uses and the committed OpenAPI document.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { parseHTML } from 'linkedom';
import { allowPrivateAddresses } from '../src/library/address-policy.js';
import { openLibrary } from '../src/library/library.js';
import { buildServer } from '../src/server/app.js';
import type { JobRunner } from '../src/server/jobs.js';
import { checkStartup } from '../src/server/security.js';
import type { Db } from '../src/store/db.js';
import { root } from './helpers.js';
import { multipart as formBody } from './support/multipart.js';

const TOKEN = 'a-test-token-of-sufficient-length';
// small, so that the 413 tests send little
const LIMIT = 64 * 1024;
const LOCAL = { host: '127.0.0.1:8731' };

let dir: string;
let db: Db;
let local: { app: FastifyInstance; jobs: JobRunner };
let open: { app: FastifyInstance; jobs: JobRunner };

/** An upload body addressed to the local host. */
const multipart = (files: { name: string; body: Buffer | string }[]) => formBody(files, LOCAL);

async function finished(jobs: JobRunner, id: string) {
  await jobs.idle();
  const job = jobs.get(id)!;
  expect(job.error).toBeUndefined();
  expect(job.state).toBe('done');
  return job;
}

beforeAll(async () => {
  // the feeds here are served on loopback, which sanad refuses to fetch by default (SSRF)
  allowPrivateAddresses(true);
  dir = mkdtempSync(join(tmpdir(), 'sanad-serve-'));
  db = await openLibrary({ path: join(dir, 'library') });
  local = await buildServer({ db, host: '127.0.0.1', maxUploadBytes: LIMIT, version: 'test' });
  open = await buildServer({ db, host: '0.0.0.0', token: TOKEN, version: 'test' });
}, 300_000);

afterAll(async () => {
  await local?.app.close();
  await open?.app.close();
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('security defaults', () => {
  it('refuses to start off loopback without a token, or with a short one', () => {
    expect(() => checkStartup('0.0.0.0', undefined)).toThrow(/E_TOKEN|needs a token/);
    expect(() => checkStartup('127.0.0.1', 'short')).toThrow(/at least 16/);
    expect(checkStartup('127.0.0.1', undefined)).toBeUndefined();
    expect(checkStartup('0.0.0.0', TOKEN)).toBe(TOKEN);
  });

  it('`sanad serve --host 0.0.0.0` without a token exits at once with E_TOKEN', () => {
    const r = spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), 'serve', '--host', '0.0.0.0'], {
      env: { ...process.env, SANAD_TOKEN: '' },
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr.toString()).toMatch(/needs a token.*\[E_TOKEN\]/);
  });

  it('answers 401 to every request without the token off loopback', async () => {
    for (const url of ['/', '/app.js', '/api/stories', '/api/openapi.json', '/nowhere']) {
      const r = await open.app.inject({ url, headers: { host: 'example.org' } });
      expect(r.statusCode, url).toBe(401);
      expect(r.json().code).toBe('E_UNAUTHORIZED');
    }
    const wrong = await open.app.inject({ url: '/api/stories', headers: { authorization: 'Bearer nope' } });
    expect(wrong.statusCode).toBe(401);
    const post = await open.app.inject({ method: 'POST', url: '/api/analyses' });
    expect(post.statusCode).toBe(401);
  });

  it('accepts the token as a bearer header, or once in the URL (then as a cookie)', async () => {
    const bearer = await open.app.inject({
      url: '/api/stories',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(bearer.statusCode).toBe(200);
    const first = await open.app.inject({ url: `/?token=${TOKEN}` });
    expect(first.statusCode).toBe(200);
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const next = await open.app.inject({ url: '/api/stories', headers: { cookie: cookie.split(';')[0] } });
    expect(next.statusCode).toBe(200);
  });

  it('on loopback answers only to loopback host names, and writes only from its own origin', async () => {
    const rebound = await local.app.inject({ url: '/api/stories', headers: { host: 'attacker.example' } });
    expect(rebound.statusCode).toBe(403);
    expect(rebound.json().code).toBe('E_HOST');
    const cross = await local.app.inject({
      method: 'POST',
      url: '/api/articles',
      headers: { ...LOCAL, origin: 'http://attacker.example' },
      payload: { text: 'نص' },
    });
    expect(cross.statusCode).toBe(403);
    expect(cross.json().code).toBe('E_ORIGIN');
    const sandboxed = await local.app.inject({
      method: 'POST',
      url: '/api/analyses',
      headers: { ...LOCAL, origin: 'null' },
    });
    expect(sandboxed.statusCode).toBe(403);
  });

  it('sends a strict Content-Security-Policy and a page without inline script or style', async () => {
    const r = await local.app.inject({ url: '/', headers: LOCAL });
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(r.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(r.body).not.toMatch(/<style|\sstyle=|\son\w+=/);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    const script = await local.app.inject({ url: '/app.js', headers: LOCAL });
    expect(script.headers['content-type']).toMatch(/javascript/);
    const again = await local.app.inject({
      url: '/app.js',
      headers: { ...LOCAL, 'if-none-match': String(script.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });

  it('refuses a pasted article or an uploaded file over the limit with a clear 413', async () => {
    const big = 'ا'.repeat(LIMIT);
    const paste = await local.app.inject({
      method: 'POST',
      url: '/api/articles',
      headers: LOCAL,
      payload: { text: big },
    });
    expect(paste.statusCode).toBe(413);
    expect(paste.json()).toMatchObject({ code: 'E_TOO_LARGE' });
    const upload = await local.app.inject({
      method: 'POST',
      url: '/api/uploads',
      ...multipart([{ name: 'big.txt', body: Buffer.alloc(LIMIT + 10, 'a') }]),
    });
    expect(upload.statusCode).toBe(413);
    expect(upload.json()).toMatchObject({ code: 'E_TOO_LARGE' });
    expect(upload.json().message).toMatch(/limit/);
  });

  it('keeps a hostile article as text everywhere: API, search, report views', async () => {
    const hostile = readFileSync(join(root, 'test/fixtures/hostile/hostile.html'));
    const r = await local.app.inject({
      method: 'POST',
      url: '/api/uploads',
      ...multipart([{ name: '../../hostile<script>.html', body: hostile }]),
    });
    expect(r.statusCode).toBe(202);
    const job = await finished(local.jobs, r.json().id);
    expect(job.result).toMatchObject({ stored: 1 });
    const { articles } = (await local.app.inject({ url: '/api/articles', headers: LOCAL })).json();
    const article = articles.find((a: { title?: string }) => a.title?.includes('__pwned'));
    expect(article.title).toContain('<script>window.__pwned=1</script>');
    const view = (
      await local.app.inject({ url: `/api/stories/${article.story}/view`, headers: LOCAL })
    ).json();
    expect(view.html).toContain('&lt;script&gt;window.__pwned=');
    // parsed as a browser would: no element or attribute from the article, only its text
    const { document } = parseHTML(`<!doctype html><html><body>${view.html}</body></html>`);
    expect(document.querySelectorAll('script, img, svg, iframe, object, textarea').length).toBe(0);
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        expect(attr.name, el.outerHTML.slice(0, 80)).not.toMatch(/^on/i);
        expect(attr.value).not.toMatch(/^\s*javascript:/i);
      }
    }
    expect(document.querySelector('.article-text')!.textContent).toContain(
      '<script>window.__pwned=5</script>',
    );
  });
});

describe('the API the app uses', () => {
  let story: string;

  it('ingests the example corpus by upload, with progress, into one analysed story', async () => {
    const folder = join(root, 'examples/invented-story');
    const files = ['state-news.txt', 'opposition-site.html', 'wire.json'].map((name) => ({
      name,
      body: readFileSync(join(folder, name)),
    }));
    const r = await local.app.inject({ method: 'POST', url: '/api/uploads', ...multipart(files) });
    expect(r.statusCode).toBe(202);
    const job = await finished(local.jobs, r.json().id);
    expect(job.result).toMatchObject({ read: 3, stored: 3, analysed: 1 });
    expect(job.progress?.stage).toBe('analyze');
    const { stories } = (await local.app.inject({ url: '/api/stories', headers: LOCAL })).json();
    const found = stories.find((s: { articles: number }) => s.articles === 3);
    expect(found.analysed).toBe(true);
    story = found.id;
  });

  it('searches with highlights that are spans of the article text', async () => {
    const r = await local.app.inject({
      url: `/api/search?q=${encodeURIComponent('تل الورد')}`,
      headers: LOCAL,
    });
    const { hits } = r.json();
    expect(hits.length).toBeGreaterThan(0);
    const article = (
      await local.app.inject({ url: `/api/articles/${hits[0].article}`, headers: LOCAL })
    ).json();
    for (const span of hits[0].snippet.highlights)
      expect(['تل', 'الورد']).toContain(article.text.slice(span.start, span.end));
    const empty = await local.app.inject({ url: '/api/search?q=%20', headers: LOCAL });
    expect(empty.statusCode).toBe(400);
  });

  it('exports JSON, Markdown, HTML and the four CSV tables as attachments', async () => {
    const get = (q: string) => local.app.inject({ url: `/api/stories/${story}/export?${q}`, headers: LOCAL });
    const json = await get('format=json');
    expect(json.headers['content-disposition']).toContain(`sanad-${story}.json`);
    expect(json.json().schemaVersion).toBe(1);
    expect((await get('format=md')).headers['content-type']).toMatch(/markdown/);
    expect((await get('format=html')).body).toMatch(/^<!doctype html>/);
    const heads = {
      quotes: 'quote,article',
      claims: 'claim,status',
      disputes: 'dispute,kind',
      numbers: 'number,article',
    };
    for (const [table, head] of Object.entries(heads)) {
      const csv = await get(`format=csv&table=${table}`);
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      expect(csv.body.startsWith(head)).toBe(true);
      expect(csv.body.split('\n').length).toBeGreaterThan(2);
    }
    expect((await get('format=pdf')).statusCode).toBe(400);
    const missing = await local.app.inject({ url: '/api/stories/s999/export', headers: LOCAL });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('E_STORY');
  });

  it('checks a claim against the library, citing spans of the stored article texts', async () => {
    const check = (payload: object) =>
      local.app.inject({ method: 'POST', url: '/api/check', headers: LOCAL, payload });
    const right = (await check({ claim: 'دخلت 40 حافلة بلدة تل الورد لنقل المسلحين' })).json();
    expect(right.searched).toBeGreaterThanOrEqual(3);
    expect(right.articles.some((a: { stance: string }) => a.stance === 'agree')).toBe(true);
    expect(right.articles.some((a: { stance: string }) => a.stance === 'disagree')).toBe(false);
    expect(right.verdict.support).toBeGreaterThanOrEqual(1);
    for (const a of right.articles) {
      const got = (await local.app.inject({ url: `/api/articles/${a.id}`, headers: LOCAL })).json();
      for (const r of a.rationale)
        expect((r.field === 'title' ? got.title : got.text).slice(r.start, r.end)).toBe(r.text);
    }
    // one number changed: the article that counts 40 buses contradicts it, and is the one cited
    const wrong = (await check({ claim: 'دخلت 90 حافلة بلدة تل الورد لنقل المسلحين' })).json();
    expect(wrong.verdict.contradict).toBeGreaterThanOrEqual(1);
    expect(wrong.verdict.strongestContradiction.text).toContain('40 حافلة');
    expect((await check({ claim: '' })).statusCode).toBe(400);
    expect((await check({ claim: 'تل الورد', limit: 0 })).statusCode).toBe(400);
    expect((await check({ text: 'تل الورد' })).statusCode).toBe(400);
  });

  it('adds a feed, reads it once as a job, and lists it', async () => {
    // one invented item, long enough not to be a teaser (its page is not fetched)
    const text = 'أعلنت بلدية المدينة المثال افتتاح جسر جديد فوق النهر صباح اليوم. '.repeat(8);
    const rss =
      '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>صحيفة المثال</title>' +
      `<item><title>افتتاح جسر جديد</title><link>http://127.0.0.1/bridge</link><guid>bridge</guid>` +
      `<pubDate>Mon, 05 Jan 2026 08:00:00 GMT</pubDate><description>${text}</description></item></channel></rss>`;
    const feedServer = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss),
    );
    await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}/feed.xml`;
    try {
      const r = await local.app.inject({
        method: 'POST',
        url: '/api/feeds',
        headers: LOCAL,
        payload: { url },
      });
      expect(r.statusCode).toBe(202);
      const job = await finished(local.jobs, r.json().id);
      expect(job.result).toMatchObject({ status: '1 new', problems: [] });
      const { feeds } = (await local.app.inject({ url: '/api/feeds', headers: LOCAL })).json();
      expect(feeds.map((f: { url: string }) => f.url)).toContain(url);
      const found = await local.app.inject({
        url: `/api/search?q=${encodeURIComponent('جسر')}`,
        headers: LOCAL,
      });
      expect(found.json().hits[0].title).toBe('افتتاح جسر جديد');
    } finally {
      feedServer.close();
    }
    const bad = await local.app.inject({
      method: 'POST',
      url: '/api/feeds',
      headers: LOCAL,
      payload: { url: 'file:///etc/passwd' },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('serves the OpenAPI document that docs/openapi.json holds (npm run openapi)', async () => {
    const served = (await local.app.inject({ url: '/api/openapi.json', headers: LOCAL })).json();
    const committed = JSON.parse(readFileSync(join(root, 'docs/openapi.json'), 'utf8'));
    expect({ ...served, info: { ...served.info, version: committed.info.version } }).toEqual(committed);
    expect(Object.keys(served.paths)).toEqual(
      expect.arrayContaining(['/api/stories', '/api/search', '/api/uploads', '/api/jobs/{id}']),
    );
  });
});
