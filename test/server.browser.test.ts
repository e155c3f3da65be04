// The web app of `sanad serve` in a real browser, used as a person would: Debian's Chromium
// (scripts/install-chromium.sh) driven by playwright-core, against the built CLI serving a fresh
// embedded library. Ingest the example corpus by upload, search, open a story and a quote, switch to
// English, export; a hostile pasted article never runs. Every request outside the server is refused
// and counted, console errors fail the test. Screenshots: test-output/screenshots/app-*.png.
// The time to first render is written to test-output/app-first-render.json.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { auditPage } from './browser-audit.js';
import { launchChromium, MIN_CONTRAST, SCREENSHOTS } from './support/browser.js';
import { root } from './helpers.js';

const shots = SCREENSHOTS;
const EXAMPLES = join(root, 'examples/invented-story');
vi.setConfig({ testTimeout: 240_000 });

let browser: Browser;
let server: ChildProcess;
let base: string;
let tmp: string;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];
const outside: string[] = [];
const timings: Record<string, { firstRender: number; firstContentfulPaint?: number }> = {};

/** Start the built CLI on a free port; resolves with its address from the line it prints. */
function startServer(db: string, extra: string[] = []): Promise<string> {
  server = spawn(
    process.execPath,
    [join(root, 'dist/cli/main.js'), 'serve', '--db', db, '--port', '0', ...extra],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let err = '';
    server.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m) resolve(m[1]);
    });
    server.on('exit', (code) => reject(new Error(`sanad serve exited (${code}): ${err}`)));
  });
}

/** Load the app afresh and measure: navigation start to the first view drawn with data, and FCP. */
async function measureFirstRender(name: string): Promise<void> {
  await page.goto(`${base}/`);
  await page.waitForFunction(() => performance.getEntriesByName('sanad:first-render').length > 0);
  timings[name] = await page.evaluate(() => ({
    firstRender: Math.round(performance.getEntriesByName('sanad:first-render')[0].startTime),
    firstContentfulPaint: Math.round(
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    ),
  }));
}

async function audit(name: string): Promise<void> {
  const result = await page.evaluate(auditPage, MIN_CONTRAST);
  expect(result.problems, name).toEqual([]);
  expect(result.checked, name).toBeGreaterThan(5);
}

/** Wait until the page lists `jobs` jobs (the new one has appeared) and none is queued or running. */
async function waitJobsDone(jobs: number): Promise<void> {
  await expect
    .poll(
      () => page.locator('#jobs-list li[data-state="done"], #jobs-list li[data-state="failed"]').count(),
      {
        timeout: 180_000,
        interval: 500,
      },
    )
    .toBe(jobs);
  expect(await page.locator('#jobs-list li[data-state="failed"]').count()).toBe(0);
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  tmp = mkdtempSync(join(tmpdir(), 'sanad-app-'));
  base = await startServer(join(tmp, 'library'));
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base) || /^(data|blob):/.test(url)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
  if (Object.keys(timings).length)
    writeFileSync(join(root, 'test-output/app-first-render.json'), JSON.stringify(timings, null, 2) + '\n');
  rmSync(tmp, { recursive: true, force: true });
});

describe('the web app in Chromium', () => {
  it('opens on the empty library in Arabic, right to left, accessible', async () => {
    await measureFirstRender('empty library');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.locator('main h1').count()).toBe(1);
    await expect.poll(() => page.locator('main .empty').first().isVisible()).toBe(true);
    await audit('library');
    await page.screenshot({ path: join(shots, 'app-empty.png') });
  });

  it('is usable from the keyboard: skip link, language toggle, navigation', async () => {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lang-toggle');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#/add');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#upload-files').count()).toBe(1);
    await audit('add');
  });

  it('ingests the example corpus by upload, showing the job and its progress', async () => {
    await page.setInputFiles(
      '#upload-files',
      ['state-news.txt', 'opposition-site.html', 'wire.json'].map((f) => join(EXAMPLES, f)),
    );
    await page.click('#upload button[type=submit]');
    await expect.poll(() => page.locator('#jobs-list li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(shots, 'app-upload-progress.png') });
    await waitJobsDone(1);
    expect(await page.locator('#jobs-list li').first().innerText()).toMatch(/stored 3|حُفظ 3/);
    await page.screenshot({ path: join(shots, 'app-upload-done.png'), fullPage: true });
  });

  it('adds a hostile pasted article whose markup stays text and never runs', async () => {
    await page.fill('#paste-title', 'عاجل <script>window.__pwned=1</script> خبر');
    await page.fill('#paste-outlet', 'صحيفة <img src=x onerror="window.__pwned=2">');
    await page.fill(
      '#paste-text',
      'قال المتحدث إن 5 أشخاص أصيبوا <img src=x onerror="window.__pwned=3"> في بلدة النخيل. <script>window.__pwned=4</script>',
    );
    await page.click('#paste button[type=submit]');
    await waitJobsDone(2);
    await page.goto(`${base}/#/`);
    const link = page.locator('main table a', { hasText: '__pwned' }).first();
    await link.click();
    await expect
      .poll(() => page.locator('main h1').innerText())
      .toContain('<script>window.__pwned=1</script>');
    expect(await page.locator('main .article-body').innerText()).toContain(
      '<img src=x onerror="window.__pwned=3">',
    );
    expect(await page.locator('main script, main img').count()).toBe(0);
    await page.locator('main a.story-link').click();
    await expect.poll(() => page.locator('#articles').count()).toBe(1);
    expect(await page.locator('main script, main img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.screenshot({ path: join(shots, 'app-hostile-story.png') });
  });

  it('searches and shows the matches highlighted', async () => {
    await measureFirstRender('library with the examples');
    await page.fill('#q', 'تل الورد');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('ol.hits li').count()).toBeGreaterThan(0);
    const marks = await page.locator('ol.hits mark').allInnerTexts();
    expect(marks).toEqual(expect.arrayContaining(['تل', 'الورد']));
    await audit('search');
    await page.screenshot({ path: join(shots, 'app-search.png') });
  });

  it('checks a claim: the verdict, the stance of each article, and the cited span marked in its article', async () => {
    await page.goto(`${base}/#/check`);
    await page.fill('#claim', 'دخلت 90 حافلة بلدة تل الورد لنقل المسلحين');
    await page.click('form.check button[type=submit]');
    // the first check loads the stance model and reads the articles: slow on a loaded machine
    await expect
      .poll(() => page.locator('ol.checked-articles li.checked').count(), { timeout: 60_000 })
      .toBeGreaterThan(0);
    expect(await page.locator('li.checked[data-stance="disagree"]').count()).toBeGreaterThan(0);
    await audit('check');
    await page.screenshot({ path: join(shots, 'app-check.png'), fullPage: true });
    const cited = page.locator('p.strongest a.evidence');
    const text = await cited.innerText();
    expect(text).toContain('40 حافلة');
    await cited.click();
    await expect.poll(() => page.locator('main .article-body mark').count()).toBe(1);
    expect(await page.locator('main .article-body mark').innerText()).toBe(text);
    await page.screenshot({ path: join(shots, 'app-check-span.png') });
    // back to the search results the next test starts from
    await page.goto(`${base}/#/search?q=${encodeURIComponent('تل الورد')}`);
    await expect.poll(() => page.locator('ol.hits li').count()).toBeGreaterThan(0);
  });

  it('opens a story with the report views: a quote at its span, English, map and timeline', async () => {
    await page.locator('ol.hits a.story-link').first().click();
    await expect.poll(() => page.locator('#speakers a.quote-link').count()).toBeGreaterThan(0);
    await audit('story');
    await page.screenshot({ path: join(shots, 'app-story.png') });
    // a phone: nothing wider than the screen (wide tables scroll in their own boxes)
    await page.setViewportSize({ width: 390, height: 844 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(1);
    await page.screenshot({ path: join(shots, 'app-story-phone.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
    const link = page.locator('#speakers a.quote-link').first();
    const [a, s, e] = (await link.getAttribute('data-refs'))!
      .split(',')
      .find((r) => r.endsWith(':main'))!
      .split(':')
      .map(Number);
    await link.click();
    const text = await page.locator(`.article-text[data-article="${a}"]`).textContent();
    // the main span may be cut into several marks where the speaker and content spans begin and end
    await expect
      .poll(async () => (await page.locator('dialog#reader mark.hl-main').allTextContents()).join(''))
      .toBe(text!.slice(s, e));
    await page.screenshot({ path: join(shots, 'app-quote.png') });
    await page.keyboard.press('Escape');
    // the brief's disputes, as in the report: each side with its statements, each opening its span
    expect(await page.locator('#disputes .side').count()).toBeGreaterThanOrEqual(2);
    const statement = page.locator('#disputes .side:nth-child(2) li.statement a.side-text').first();
    const [da, ds, de] = (await statement.getAttribute('data-refs'))!.split(':').map(Number);
    await statement.click();
    const disputed = await page.locator(`.article-text[data-article="${da}"]`).textContent();
    await expect
      .poll(async () => (await page.locator('dialog#reader mark.hl-main').allTextContents()).join(''))
      .toBe(disputed!.slice(ds, de));
    await page.screenshot({ path: join(shots, 'app-dispute.png') });
    await page.keyboard.press('Escape');
    await page.click('#lang-toggle');
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    expect(await page.locator('#disputes .side h4').first().innerText()).toMatch(/^Account 1/);
    expect(await page.locator('#h-export').innerText()).toBe('Export');
    await page.locator('#timeline').scrollIntoViewIfNeeded();
    await expect.poll(() => page.getAttribute('#timeline-chart', 'data-ready')).toBe('true');
    await page.locator('#map').scrollIntoViewIfNeeded();
    await expect.poll(() => page.getAttribute('#map-chart', 'data-ready')).toBe('true');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(shots, 'app-story-en-map.png') });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(shots, 'app-story-en.png') });
    await page.click('#lang-toggle');
  });

  it('exports the story as JSON and as a CSV of its numbers', async () => {
    const json = page.waitForEvent('download');
    await page.click('nav.exports a[data-format="json"]');
    const jsonFile = join(tmp, 'story.json');
    await (await json).saveAs(jsonFile);
    const analysis = JSON.parse(readFileSync(jsonFile, 'utf8'));
    expect(analysis.schemaVersion).toBe(1);
    expect(analysis.articles.length).toBe(3);
    const csv = page.waitForEvent('download');
    await page.click('nav.exports a[data-format="numbers"]');
    const csvFile = join(tmp, 'numbers.csv');
    await (await csv).saveAs(csvFile);
    expect(readFileSync(csvFile, 'utf8').split('\n')[0]).toMatch(/^number,article,outlet/);
  });

  it('logged no console error and reached nothing outside the server', () => {
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    console.log('time to first render (ms):', JSON.stringify(timings));
  });
});

describe('the web app with a token', () => {
  const TOKEN = 'browser-test-token-0123456789';

  beforeAll(async () => {
    // one library server at a time: stop the first one (it holds its own library)
    const stopped = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await stopped;
    base = await startServer(join(tmp, 'library-token'), ['--token', TOKEN]);
  }, 300_000);

  it('answers 401 without the token, and works once opened with ?token= (then from a cookie)', async () => {
    const denied = await page.goto(`${base}/`);
    expect(denied!.status()).toBe(401);
    problems.length = 0; // the browser logs the 401 it was just shown: expected here
    const opened = await page.goto(`${base}/?token=${TOKEN}`);
    expect(opened!.status()).toBe(200);
    await page.waitForFunction(() => performance.getEntriesByName('sanad:first-render').length > 0);
    expect(page.url()).not.toContain(TOKEN);
    await expect.poll(() => page.locator('main .empty').first().isVisible()).toBe(true);
    const cookies = await context.cookies(base);
    expect(cookies.find((c) => c.name === 'sanad_token')).toMatchObject({
      httpOnly: true,
      sameSite: 'Strict',
    });
    await page.click('a[href="#/add"]');
    await page.click('#analyse button[type=submit]');
    await waitJobsDone(1);
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
  });
});
