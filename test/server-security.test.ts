// The threat model of docs/security.md, the points test/server.test.ts does not already attack:
// CSRF on every state-changing route (found from the routes themselves, so a new route is covered),
// upload count and type limits, escaping in the exports, path traversal (exports, static files,
// upload names), SSRF (feeds and pages on private, link-local and loopback addresses, by address and
// by a name that resolves to one) and the SQL of search. Each test attacks the running app through
// Fastify's inject and would fail if its defence were removed. The articles are invented.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowPrivateAddresses, isBlockedAddress } from '../src/library/address-policy.js';
import { fetchUrl } from '../src/library/fetch.js';
import { openLibrary } from '../src/library/library.js';
import { buildServer } from '../src/server/app.js';
import type { JobRunner } from '../src/server/jobs.js';
import { MAX_UPLOAD_FILES, safeName } from '../src/server/routes-ingest.js';
import type { Db } from '../src/store/db.js';
import { root } from './helpers.js';
import { multipart as formBody } from './support/multipart.js';

const LOCAL = { host: '127.0.0.1:8731' };
const TOKEN = 'a-test-token-of-sufficient-length';
const ARTICLE =
  'قال وزير النقل في مؤتمر صحفي اليوم إن الوزارة ستفتتح ثلاثة طرق جديدة قبل نهاية العام. ' +
  'وأضاف الوزير أن الطرق الجديدة ستربط المدن الصغيرة بالعاصمة وتختصر زمن السفر بنحو ساعة. ' +
  'وأشار إلى أن شركات محلية تنفذ المشروع بتمويل من الحكومة.';

let dir: string;
let db: Db;
let local: { app: FastifyInstance; jobs: JobRunner };
let open: { app: FastifyInstance; jobs: JobRunner };
// a feed server on loopback, the stand-in for an internal service; it counts every request it gets
let internal: Server;
let internalUrl: string;
let internalHits = 0;

/** An upload body addressed to the local host. */
const multipart = (files: { name: string; body: Buffer | string }[]) => formBody(files, LOCAL);

async function finished(jobs: JobRunner, id: string) {
  await jobs.idle();
  return jobs.get(id)!;
}

beforeAll(async () => {
  allowPrivateAddresses(false);
  dir = mkdtempSync(join(tmpdir(), 'sanad-sec-'));
  db = await openLibrary({ path: join(dir, 'library') });
  local = await buildServer({ db, host: '127.0.0.1', version: 'test' });
  open = await buildServer({ db, host: '0.0.0.0', token: TOKEN, version: 'test' });
  internal = createServer((_req, res) => {
    internalHits++;
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss version="2.0"><channel/></rss>');
  });
  await new Promise<void>((r) => internal.listen(0, '127.0.0.1', r));
  internalUrl = `http://127.0.0.1:${(internal.address() as AddressInfo).port}`;
}, 300_000);

afterAll(async () => {
  await local?.app.close();
  await open?.app.close();
  await db?.close();
  internal?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every route that changes something: all methods but GET and HEAD, from the OpenAPI document. */
async function stateChangingRoutes(): Promise<{ method: string; url: string }[]> {
  await local.app.ready();
  const doc = local.app.swagger() as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops)
      .filter((m) => !['get', 'head', 'parameters'].includes(m))
      .map((m) => ({ method: m.toUpperCase(), url: path.replace(/\{[^}]+\}/g, 'x') })),
  );
}

describe('threat model', () => {
  it('CSRF: every state-changing route refuses a cross-site origin, and off loopback a request without the token', async () => {
    const routes = await stateChangingRoutes();
    expect(routes.map((r) => `${r.method} ${r.url}`).sort()).toEqual(
      expect.arrayContaining([
        'POST /api/analyses',
        'POST /api/articles',
        'POST /api/feeds',
        'POST /api/uploads',
      ]),
    );
    for (const r of routes) {
      const method = r.method as 'POST';
      const cross = await local.app.inject({
        method,
        url: r.url,
        headers: { ...LOCAL, origin: 'http://attacker.example' },
        payload: {},
      });
      expect(cross.statusCode, `${r.method} ${r.url}`).toBe(403);
      expect(cross.json().code).toBe('E_ORIGIN');
      // a form posted from another site carries the browser's cookie but not an Authorization header;
      // SameSite=Strict keeps the cookie off, and without it the request has no token
      const noToken = await open.app.inject({
        method,
        url: r.url,
        headers: { host: 'sanad.example', origin: 'http://attacker.example' },
        payload: {},
      });
      expect(noToken.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
  });

  it('upload limits: more files than allowed is a 413; a file of no known type is refused as a problem, not stored', async () => {
    const many = Array.from({ length: MAX_UPLOAD_FILES + 1 }, (_, i) => ({ name: `f${i}.txt`, body: 'ا' }));
    const tooMany = await local.app.inject({ method: 'POST', url: '/api/uploads', ...multipart(many) });
    expect(tooMany.statusCode).toBe(413);
    expect(tooMany.json().code).toBe('E_TOO_LARGE');
    const binary = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x01]);
    const r = await local.app.inject({
      method: 'POST',
      url: '/api/uploads',
      ...multipart([{ name: 'tool.exe', body: binary }]),
    });
    expect(r.statusCode).toBe(202);
    const job = await finished(local.jobs, r.json().id);
    expect(job.result).toMatchObject({ stored: 0 });
    expect((job.result as { problems: string[] }).problems.join(' ')).toMatch(/tool\.exe/);
  });

  it('escaping: a hostile article stays text in the HTML export; the Markdown export is a download, never a page', async () => {
    const hostile = readFileSync(join(root, 'test/fixtures/hostile/hostile.html'));
    const r = await local.app.inject({
      method: 'POST',
      url: '/api/uploads',
      ...multipart([{ name: 'hostile.html', body: hostile }]),
    });
    const job = await finished(local.jobs, r.json().id);
    expect(job.result).toMatchObject({ stored: 1 });
    const { articles } = (await local.app.inject({ url: '/api/articles', headers: LOCAL })).json();
    const article = articles.find((a: { title?: string }) => a.title?.includes('__pwned'));
    const html = await local.app.inject({
      url: `/api/stories/${article.story}/export?format=html`,
      headers: LOCAL,
    });
    expect(html.statusCode).toBe(200);
    const { document } = parseHTML(html.body);
    for (const script of document.querySelectorAll('script'))
      expect(script.textContent ?? '').not.toContain('window.__pwned=1</script>');
    for (const el of document.querySelectorAll('img, iframe, object, svg *'))
      for (const attr of el.attributes) expect(attr.name).not.toMatch(/^on/i);
    expect(html.body).not.toMatch(/<script>window\.__pwned/);
    const md = await local.app.inject({
      url: `/api/stories/${article.story}/export?format=md`,
      headers: LOCAL,
    });
    // Markdown is served as a download, never as a page of this origin, and escapes every article
    // string (src/report/markdown-escape.ts; test/markdown-escape.test.ts reads it as a renderer would)
    expect(md.body).toContain('\\<script\\>window.\\_\\_pwned=1\\</script\\>');
    expect(md.body.replace(/\\[\s\S]/g, '')).not.toMatch(/</); // no tag once the escapes are read
    expect(String(md.headers['content-type'])).toMatch(/^text\/markdown/);
    expect(String(md.headers['content-disposition'])).toMatch(/^attachment;/);
    expect(md.headers['x-content-type-options']).toBe('nosniff');
  });

  it('path traversal: no static file or export outside the app, upload names stay in their folder', async () => {
    for (const url of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/app.js/..%2f..%2fpackage.json',
      '/..%5c..%5cpackage.json',
      '/api/stories/..%2f..%2fpackage.json/export?format=json',
      '/api/articles/..%2f..%2fpackage.json',
    ]) {
      const r = await local.app.inject({ url, headers: LOCAL });
      expect(r.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(r.body, url).not.toContain('"devDependencies"');
    }
    for (const name of ['../../etc/passwd', '..\\..\\boot.ini', '/etc/shadow', '....//x', '.env', '..'])
      expect(safeName(name, 0)).toMatch(/^[^./\\][^/\\]*$/);
    const escape = `sanad-escape-${process.pid}.txt`;
    const r = await local.app.inject({
      method: 'POST',
      url: '/api/uploads',
      ...multipart([{ name: `../../../../../../tmp/${escape}`, body: ARTICLE }]),
    });
    await finished(local.jobs, r.json().id);
    expect(existsSync(join('/tmp', escape))).toBe(false);
    // an export's file name comes from the story id, reduced to safe characters
    const { stories } = (await local.app.inject({ url: '/api/stories', headers: LOCAL })).json();
    const exp = await local.app.inject({
      url: `/api/stories/${stories[0].id}/export?format=md`,
      headers: LOCAL,
    });
    expect(String(exp.headers['content-disposition'])).toMatch(/^attachment; filename="sanad-[\w.-]+\.md"$/);
  });

  it('SSRF: feeds and pages on private, link-local or loopback addresses are refused, by address or by name', async () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
    ])
      expect(isBlockedAddress(a), a).toBe(true);
    for (const a of ['8.8.8.8', '93.184.216.34', '2606:4700::1111'])
      expect(isBlockedAddress(a), a).toBe(false);
    const port = new URL(internalUrl).port;
    for (const url of [
      `${internalUrl}/feed.xml`,
      `http://localhost:${port}/feed.xml`,
      `http://[::ffff:127.0.0.1]:${port}/feed.xml`,
      `http://169.254.169.254/latest/meta-data/`,
    ]) {
      const got = await fetchUrl(url);
      expect(got.ok, url).toBe(false);
      expect(got.error, url).toMatch(/private, link-local or loopback/);
    }
    // through the app: adding an internal feed reads nothing from it
    const r = await local.app.inject({
      method: 'POST',
      url: '/api/feeds',
      headers: LOCAL,
      payload: { url: `http://localhost:${port}/feed.xml` },
    });
    const job = await finished(local.jobs, r.json().id);
    expect(JSON.stringify(job.result ?? job.error)).toMatch(/private, link-local or loopback/);
    expect(internalHits).toBe(0);
    // the flag lets a newsroom read its intranet: the same request then reaches the server
    allowPrivateAddresses(true);
    try {
      expect((await fetchUrl(`http://localhost:${port}/feed.xml`)).ok).toBe(true);
    } finally {
      allowPrivateAddresses(false);
    }
    expect(internalHits).toBe(1);
  });

  it('SQL of search: quotes, tsquery operators and SQL in every field are data, never code', async () => {
    const paste = await local.app.inject({
      method: 'POST',
      url: '/api/articles',
      headers: LOCAL,
      payload: { text: ARTICLE, title: 'طرق جديدة', outlet: 'صحيفة المثال', published: '2026-01-05' },
    });
    await finished(local.jobs, paste.json().id);
    const search = (params: Record<string, string>) =>
      local.app.inject({ url: `/api/search?${new URLSearchParams(params)}`, headers: LOCAL });
    expect((await search({ q: 'الطرق' })).json().hits.length).toBeGreaterThan(0);
    for (const q of [
      "'; drop table articles; --",
      "الطرق' | 'x",
      'الطرق | !الوزير & (:*',
      "\\' or 1=1 --",
      '"الطرق',
    ]) {
      const r = await search({ q });
      expect(r.statusCode, q).toBeLessThan(500);
    }
    // an outlet or a story that would match everything were it pasted into the SQL matches nothing
    for (const field of ['outlet', 'story']) {
      const r = await search({ q: 'الطرق', [field]: "x' or '1'='1" });
      expect(r.statusCode, field).toBe(200);
      expect(r.json().hits, field).toEqual([]);
    }
    const [{ n }] = await db.query<{ n: number }>('select count(*)::int as n from articles');
    expect(n).toBeGreaterThan(0);
  });
});
