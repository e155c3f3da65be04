// Feeds and pages from a local HTTP server: RSS, Atom and JSON Feed by URL, a teaser completed from
// its page (served in Windows-1256), zip archives; `watch` with conditional requests, backoff after
// failures, and no item fetched twice. The articles are invented for these tests.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputProblem } from '../src/ingest/types.js';
import { ingestDocuments } from '../src/library/ingest.js';
import { allowPrivateAddresses } from '../src/library/address-policy.js';
import { openLibrary } from '../src/library/library.js';
import { readSources } from '../src/library/sources.js';
import { watchFeeds } from '../src/library/watch.js';
import type { Db } from '../src/store/db.js';

const S = [
  'افتتحت البلدية اليوم حديقة عامة جديدة في حي الزهور بمساحة عشرة آلاف متر مربع.',
  'وقال رئيس البلدية إن الحديقة تضم ممرات للمشي وملاعب للأطفال ومكتبة صغيرة.',
  'وأضاف أن المشروع استغرق عامين وشارك فيه مهندسون من أبناء المدينة.',
  'وأشار إلى أن البلدية ستفتتح حديقتين أخريين قبل نهاية العام المقبل.',
  'ورحب السكان بالمشروع وطالبوا بزيادة عدد الأشجار في الشوارع المجاورة.',
  'وتعد الحديقة الأكبر من نوعها في المنطقة الشمالية من المدينة.',
];
const LONG = S.join(' ');
const TEASER = 'أعلن نادي المدينة تعاقده مع مدرب جديد.';
const PAGE_TEXT = [
  'أعلن نادي المدينة لكرة القدم اليوم تعاقده مع مدرب جديد لمدة موسمين.',
  'وقال رئيس النادي إن المدرب الجديد يملك خبرة طويلة في تدريب فرق الشباب.',
  'وأضاف أن الإدارة ستدعم الفريق بثلاثة لاعبين جدد قبل بداية الموسم.',
  'ومن المنتظر أن يقود المدرب أول حصة تدريبية للفريق يوم السبت المقبل.',
  'وكان الفريق قد أنهى الموسم الماضي في المركز الخامس في جدول الترتيب.',
].join('\n');

let base = '';
const hits = new Map<string, number>();
const conditional: string[] = [];
let rssItems = 2;

function rss(): string {
  const items = [
    `<item><title>افتتاح حديقة جديدة</title><link>${base}/park</link><guid>park</guid><pubDate>Mon, 05 Jan 2026 08:00:00 GMT</pubDate><description><![CDATA[<p>${LONG}</p>]]></description></item>`,
    `<item><title>النادي يتعاقد مع مدرب</title><link>${base}/coach.html</link><guid>coach</guid><pubDate>Tue, 06 Jan 2026 08:00:00 GMT</pubDate><description>${TEASER}</description></item>`,
    `<item><title>أمطار في المدينة</title><link>${base}/rain</link><guid>rain</guid><pubDate>Wed, 07 Jan 2026 08:00:00 GMT</pubDate><description>هطلت أمطار غزيرة على المدينة صباح اليوم وأغلقت عدة طرق رئيسية في الأحياء الشرقية، وقالت البلدية إن فرقها تعمل على فتح الطرق وتصريف المياه من الشوارع المنخفضة قبل المساء. ودعت السكان إلى تجنب التنقل إلا للضرورة حتى يتحسن الطقس، وأكدت أن المدارس ستعمل كالمعتاد في اليوم التالي. وقال سكان إن المياه دخلت بعض المحلات التجارية في السوق القديمة، فيما أعلنت البلدية أنها ستعوض أصحاب المحلات المتضررة عن خسائرهم خلال أسبوعين.</description></item>`,
  ].slice(0, rssItems);
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>صحيفة المثال</title>${items.join('')}</channel></rss>`;
}

const routes: Record<string, () => { status: number; type?: string; body?: Buffer | string; etag?: string }> =
  {
    '/rss.xml': () => ({ status: 200, type: 'application/rss+xml', body: rss(), etag: `"rss-${rssItems}"` }),
    '/coach.html': () => ({
      status: 200,
      type: 'text/html; charset=windows-1256',
      body: iconv.encode(
        `<html><head><meta charset="windows-1256"><title>النادي يتعاقد مع مدرب</title></head><body><nav>الرئيسية</nav><article>${PAGE_TEXT.split(
          '\n',
        )
          .map((p) => `<p>${p}</p>`)
          .join('')}</article></body></html>`,
        'windows-1256',
      ),
    }),
    '/atom.xml': () => ({
      status: 200,
      type: 'application/atom+xml',
      body: `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>وكالة المثال</title><id>atom</id><updated>2026-01-08T00:00:00Z</updated><entry><title>معرض للكتاب</title><id>book-fair</id><link href="${base}/book-fair"/><published>2026-01-08T09:00:00+03:00</published><updated>2026-01-08T09:00:00+03:00</updated><content type="html">&lt;p&gt;${LONG.replace('حديقة عامة', 'معرضا للكتاب')}&lt;/p&gt;</content></entry></feed>`,
    }),
    '/feed.json': () => ({
      status: 200,
      type: 'application/feed+json',
      body: JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'نشرة المثال',
        items: [
          {
            id: 'market',
            url: `${base}/market`,
            title: 'سوق شعبية',
            content_text: LONG.replace(/الحديقة/g, 'السوق'),
            date_published: '2026-01-09T10:00:00Z',
          },
        ],
      }),
    }),
    '/broken.xml': () => ({
      status: 200,
      type: 'application/rss+xml',
      body: '<rss><channel><item><title>خبر</title></channel>',
    }),
    '/down.xml': () => ({ status: 503 }),
  };

let server: Server;
let db: Db;
const dir = mkdtempSync(join(tmpdir(), 'sanad-feeds-'));
beforeAll(async () => {
  // the feeds here are served on loopback, which sanad refuses to fetch by default (SSRF)
  allowPrivateAddresses(true);
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const route = routes[path]?.();
    if (!route) return void res.writeHead(404).end();
    if (route.etag && req.headers['if-none-match'] === route.etag) {
      conditional.push(path);
      return void res.writeHead(304, { etag: route.etag }).end();
    }
    res.writeHead(route.status, {
      ...(route.type ? { 'content-type': route.type } : {}),
      ...(route.etag ? { etag: route.etag } : {}),
    });
    res.end(route.body ?? '');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  db = await openLibrary({ path: join(dir, 'library') });
}, 600_000);
afterAll(async () => {
  await db?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const titles = async () =>
  (await db.query<{ title: string }>('select title from articles order by title')).map((r) => r.title);

describe('feeds and pages', () => {
  it('ingests RSS, Atom and JSON Feed by URL, and a teaser from its page in Windows-1256', async () => {
    const problems: InputProblem[] = [];
    const report = await ingestDocuments(
      readSources([`${base}/rss.xml`, `${base}/atom.xml`, `${base}/feed.json`], {
        db,
        warn: (p) => problems.push(p),
      }),
      { db, threads: 1 },
    );
    expect(report).toMatchObject({ read: 4, stored: 4 });
    expect(problems).toEqual([]);
    expect(await titles()).toEqual(
      ['افتتاح حديقة جديدة', 'النادي يتعاقد مع مدرب', 'سوق شعبية', 'معرض للكتاب'].sort(),
    );
    const [coach] = await db.query<{ text: string; outlet: string }>(
      `select text, outlet from articles where url = $1`,
      [`${base}/coach.html`],
    );
    expect(coach.text).toContain('يملك خبرة طويلة في تدريب فرق الشباب');
    expect(coach.outlet).toBe('صحيفة المثال');
  });

  it('reads zip archives of records and pages', async () => {
    const zip = join(dir, 'articles.zip');
    writeFileSync(
      zip,
      zipSync({
        'records.json': strToU8(
          JSON.stringify([
            {
              url: 'https://example.org/zip-1',
              title: 'خبر من أرشيف',
              content: S.slice(1, 4).join(' ').replace('الحديقة', 'المكتبة'),
            },
          ]),
        ),
        'page.html': strToU8(
          `<html><body><article><p>${PAGE_TEXT.replace(/المدرب/g, 'الحارس')}</p></article></body></html>`,
        ),
      }),
    );
    const report = await ingestDocuments(readSources([zip], { db }), { db, threads: 1 });
    expect(report).toMatchObject({ read: 2, stored: 2 });
  });

  it('watch: conditional requests, only new items, never an item fetched twice', async () => {
    const warn: InputProblem[] = [];
    const watch = () =>
      watchFeeds([`${base}/rss.xml`], {
        db,
        intervalSeconds: 1,
        rounds: 1,
        warn: (p) => warn.push(p),
        threads: 1,
      });
    await watch(); // first poll: the items are already stored (ingested above): nothing new, no page fetched
    expect(hits.get('/coach.html')).toBe(1);
    await new Promise((r) => setTimeout(r, 1100));
    await watch(); // unchanged feed: a 304 answers the ETag
    expect(conditional).toContain('/rss.xml');
    rssItems = 3; // a new item appears
    await new Promise((r) => setTimeout(r, 1100));
    await watch();
    expect(await titles()).toContain('أمطار في المدينة');
    expect(hits.get('/coach.html')).toBe(1);
    expect(hits.get('/rain') ?? 0).toBe(0); // its text was in the feed: no page fetched
    expect(warn).toEqual([]);
  });

  it('watch: a broken feed or a server error is a warning, then a retry after a growing wait', async () => {
    const warn: InputProblem[] = [];
    const feeds = [`${base}/broken.xml`, `${base}/down.xml`];
    const watch = () =>
      watchFeeds(feeds, { db, intervalSeconds: 1, rounds: 1, warn: (p) => warn.push(p), threads: 1 });
    await watch();
    expect(warn.map((w) => w.code)).toEqual(['FEED_FAILED', 'FEED_FAILED']);
    expect(warn[0].message).toMatch(/broken XML/);
    expect(warn[1].message).toMatch(/HTTP 503/);
    await new Promise((r) => setTimeout(r, 1100));
    await watch(); // one failure: wait 2 s, not 1: not polled yet
    expect(hits.get('/down.xml')).toBe(1);
    await new Promise((r) => setTimeout(r, 1200));
    await watch();
    expect(hits.get('/down.xml')).toBe(2);
    const rows = await db.query<{ url: string; failures: number }>(
      'select url, failures from feeds where failures > 0 order by url',
    );
    expect(rows.map((r) => r.failures)).toEqual([2, 2]);
  });

  it('an unreachable URL is a problem line, not a crash', async () => {
    const report = await ingestDocuments(readSources(['http://127.0.0.1:9/nothing.xml'], { db }), {
      db,
      threads: 1,
    });
    expect(report.problems.map((p) => p.code)).toEqual(['FETCH_FAILED']);
  });
});
