// The HTML report in a real browser, used as a person would: Debian's Chromium (installed by
// scripts/install-chromium.sh) driven by playwright-core, with every network request refused.
// Screenshots go to test-output/screenshots/ (git-ignored) for a person to look at.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Analysis } from '../src/contract.js';
import { root, sanad, seedsDir } from './helpers.js';
import { auditPage } from './browser-audit.js';
import { launchChromium, MIN_CONTRAST, SCREENSHOTS } from './support/browser.js';

const shots = SCREENSHOTS;
// a page load and a few clicks take seconds, but the machine is shared with the other test files
vi.setConfig({ testTimeout: 180_000 });

let browser: Browser;
let tmp: string;
let analysis: Analysis;
/** three invented reports of one toll rising day by day (test/fixtures/toll) */
let toll: Analysis;
const urls: Record<string, string> = {};

function report(name: string, input: string): void {
  const file = join(tmp, `${name}.html`);
  const r = sanad(['analyze', input, '--format', 'html', '--output', file]);
  expect(r.status, r.stderr).toBe(0);
  urls[name] = pathToFileURL(file).href;
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  tmp = mkdtempSync(join(tmpdir(), 'sanad-browser-'));
  report('seeds', seedsDir);
  report('hostile', join(root, 'test/fixtures/hostile'));
  report('toll', join(root, 'test/fixtures/toll'));
  const tollJson = join(tmp, 'toll.json');
  expect(sanad(['analyze', join(root, 'test/fixtures/toll'), '--output', tollJson]).status).toBe(0);
  toll = JSON.parse(readFileSync(tollJson, 'utf8'));
  const json = join(tmp, 'seeds.json');
  expect(sanad(['analyze', seedsDir, '--output', json]).status).toBe(0);
  analysis = JSON.parse(readFileSync(json, 'utf8'));
  browser = await launchChromium();
}, 900_000);

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  context: BrowserContext;
  problems: string[];
  requests: string[];
}

/** A fresh page on a report, every request but the report file itself refused and recorded. */
async function open(name: string, viewport = { width: 1280, height: 900 }, query = ''): Promise<Opened> {
  const context = await browser.newContext({ viewport });
  const problems: string[] = [];
  const requests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    requests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    if (!/^(file|data|blob):/.test(r.url())) requests.push(r.url());
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(urls[name] + query);
  await page.waitForLoadState('load');
  return { page, context, problems, requests };
}

async function close(o: Opened): Promise<void> {
  expect(o.problems).toEqual([]);
  expect(o.requests).toEqual([]);
  await o.context.close();
}

describe('the seeds report in Chromium', () => {
  it('opens right to left in Arabic with its sections, without errors or requests', async () => {
    const o = await open('seeds');
    const { page } = o;
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('section > h2').count()).toBeGreaterThanOrEqual(11);
    expect(await page.locator('#h-disputes .ar').isVisible()).toBe(true);
    expect(await page.locator('#h-disputes .en').isVisible()).toBe(false);
    await page.screenshot({ path: join(shots, 'seeds-ar-top.png') });
    await close(o);
  });

  it('opens a quote with exactly its characters highlighted', async () => {
    const o = await open('seeds');
    const { page } = o;
    const link = page.locator('#speakers a.quote-link').first();
    const refs = (await link.getAttribute('data-refs'))!;
    const main = refs.split(',').find((r) => r.endsWith(':main'))!;
    const [a, s, e] = main.split(':').map(Number);
    const content = refs.split(',').find((r) => r.endsWith(':content'))!;
    const [, cs, ce] = content.split(':').map(Number);
    await link.click();
    const dialog = page.locator('dialog#reader');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    const text = analysis.articles[a].text;
    const highlighted = await dialog.locator('mark.hl-main').allTextContents();
    expect(highlighted.join('')).toBe(text.slice(s, e));
    const contentMarks = await dialog.locator('mark.hl-content').allTextContents();
    expect(contentMarks.join('')).toBe(text.slice(cs, ce));
    // the whole article is there, unchanged, around the marks
    expect(await dialog.locator('.reader-text').textContent()).toBe(text);
    await page.screenshot({ path: join(shots, 'seeds-quote-highlight.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    await close(o);
  });

  it('opens a number and a dispute at their spans', async () => {
    const o = await open('seeds');
    const { page } = o;
    for (const selector of ['#numbers a.ref', '#disputes a.side-text']) {
      const link = page.locator(selector).first();
      const [a, s, e] = (await link.getAttribute('data-refs'))!.split(',')[0].split(':').map(Number);
      await link.click();
      const marks = await page.locator('dialog#reader mark.hl-main').allTextContents();
      expect(marks.join('')).toBe(analysis.articles[a].text.slice(s, e));
      await page.keyboard.press('Escape');
    }
    await close(o);
  });

  it('switches every label to English, left to right, names in English, quotes still Arabic', async () => {
    const o = await open('seeds');
    const { page } = o;
    await page.click('#lang-toggle');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    expect(await page.getAttribute('#lang-toggle', 'aria-pressed')).toBe('true');
    expect(await page.locator('#h-disputes').innerText()).toMatch(/^Disputes/);
    // no Arabic label is left visible in the navigation and headings
    const visible = await page
      .locator('nav a, section > h2, h3')
      .evaluateAll((els) =>
        els
          .filter((el) => (el as HTMLElement).offsetParent !== null)
          .map((el) => (el as HTMLElement).innerText),
      );
    const labels = visible.filter((t) => /[\u0600-\u06ff]/.test(t.replace(/\([^)]*\)/g, '')));
    // h3 of a speaker or incident is a name: only a described speaker keeps its Arabic, in brackets
    expect(labels.filter((t) => !/[a-z]/i.test(t))).toEqual([]);
    await expect.poll(() => page.locator('#speakers').innerText()).toContain('Russian Reconciliation Centre');
    expect(await page.locator('#framing').innerText()).toContain('gunmen — denies political standing');
    expect(await page.locator('#speakers blockquote').first().getAttribute('dir')).toBe('rtl');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(shots, 'seeds-en-top.png') });
    await page.click('nav a[href="#framing"]');
    await page.screenshot({ path: join(shots, 'seeds-en-framing.png') });
    await close(o);
  });

  it('draws the map and the timeline with ECharts, and their lists open the article', async () => {
    const o = await open('seeds');
    const { page } = o;
    await page.click('nav a[href="#map"]');
    await expect.poll(() => page.getAttribute('#map-chart', 'data-ready')).toBe('true');
    expect(await page.locator('#map-chart canvas').count()).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(shots, 'seeds-map.png') });
    await page.locator('#map ul.places a.ref').first().click();
    expect(await page.locator('dialog#reader mark.hl').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await page.click('nav a[href="#timeline"]');
    await expect.poll(() => page.getAttribute('#timeline-chart', 'data-ready')).toBe('true');
    expect(await page.locator('#timeline-chart canvas').count()).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(shots, 'seeds-timeline.png') });
    // in English the charts redraw with English labels
    await page.click('#lang-toggle');
    await page.click('nav a[href="#map"]');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(shots, 'seeds-en-map.png') });
    await close(o);
  });

  it('works from the keyboard: skip link, toggle, a finding opened with Enter and closed with Escape', async () => {
    const o = await open('seeds');
    const { page } = o;
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lang-toggle');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const link = page.locator('#lead a.ref').first();
    await link.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('dialog#reader').evaluate((d) => (d as HTMLDialogElement).open))
      .toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.closest('#lead') !== null)).toBe(true);
    await close(o);
  });

  it('meets basic accessibility: names for controls and regions, headings in order, text contrast', async () => {
    const o = await open('seeds');
    const { page } = o;
    const result = await page.evaluate(auditPage, MIN_CONTRAST);
    expect(result.problems).toEqual([]);
    expect(result.checked).toBeGreaterThan(200);
    await close(o);
  });

  it('reads on a phone and prints', async () => {
    const o = await open('seeds', { width: 390, height: 844 });
    const { page } = o;
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.screenshot({ path: join(shots, 'seeds-phone.png') });
    await page.click('nav a[href="#disputes"]');
    await page.screenshot({ path: join(shots, 'seeds-phone-disputes.png') });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.top').isVisible()).toBe(false);
    await page.setViewportSize({ width: 800, height: 1100 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(shots, 'seeds-print.png') });
    await close(o);
  });
});

/** Clicks a finding and returns the text of its main marks and the article it should come from. */
async function openedSpan(page: Page, link: ReturnType<Page['locator']>, of: Analysis) {
  const [a, s, e] = (await link.getAttribute('data-refs'))!.split(',')[0].split(':').map(Number);
  await link.click();
  const dialog = page.locator('dialog#reader');
  await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
  const marks = (await dialog.locator('mark.hl-main').allTextContents()).join('');
  return { marks, expected: of.articles[a].text.slice(s, e) };
}

describe('the brief in Chromium: disputes side by side, numbers with their updates', () => {
  it('shows each dispute with its sides and sources, and a statement opens at its span', async () => {
    const o = await open('seeds');
    const { page } = o;
    expect(await page.locator('#disputes article.dispute').count()).toBe(analysis.disputes.length);
    const first = page.locator('#disputes article.dispute').first();
    expect(await first.locator('.side').count()).toBe(analysis.disputes[0].sides.length);
    // a statement of the second side, not only the first link of the section
    const statement = page.locator('#disputes .side:nth-child(2) li.statement a.side-text').first();
    const { marks, expected } = await openedSpan(page, statement, analysis);
    expect(marks).toBe(expected);
    expect(marks.length).toBeGreaterThan(0);
    await page.screenshot({ path: join(shots, 'seeds-dispute-highlight.png') });
    await page.keyboard.press('Escape');
    await page.click('#lang-toggle');
    expect(await page.locator('#disputes .side h4').first().innerText()).toMatch(/^Account 1/);
    expect(await page.locator('#disputes .side .sources .label').first().innerText()).toBe('Held by:');
    await first.scrollIntoViewIfNeeded();
    await first.screenshot({ path: join(shots, 'seeds-en-dispute.png') });
    await close(o);
  });

  it('shows a rising toll as a sequence with sources, each step opening its span', async () => {
    const o = await open('toll');
    const { page } = o;
    const steps = page.locator('#numbers ol.sequence > li:not(.arrow)');
    const texts = await steps.locator('a.step').allInnerTexts();
    expect(texts.map((t) => Number(/\d+/.exec(t)?.[0]))).toEqual([24, 40, 47]);
    // each step names its source (here the outlets' own voice) and its day
    expect(await steps.locator('.step-by time').allInnerTexts()).toEqual([
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
    ]);
    const { marks, expected } = await openedSpan(page, steps.last().locator('a.step'), toll);
    expect(marks).toBe(expected);
    expect(marks).toContain('47');
    await page.keyboard.press('Escape');
    await page.click('#lang-toggle');
    expect(await page.locator('#numbers .sequence-box .label').first().innerText()).toBe(
      'How the figure changed',
    );
    expect(await page.locator('#numbers thead').first().innerText()).toMatch(/Outlet\s+Figure\s+Source/);
    await page.click('nav a[href="#numbers"]');
    await page.locator('#numbers').screenshot({ path: join(shots, 'toll-en-numbers.png') });
    await close(o);
  });

  it('opens a framing term at one of its occurrences', async () => {
    const o = await open('seeds');
    const { page } = o;
    const term = page.locator('#framing ul.terms a.ref').first();
    const refs = (await term.getAttribute('data-refs'))!.split(',').map((r) => r.split(':').map(Number));
    // every occurrence the outlet wrote is a span, not only the first
    const count = Number((await term.locator('.n').innerText()).replace(/\D/g, ''));
    expect(refs).toHaveLength(count);
    await term.click();
    const first = refs[0][0];
    const expected = refs
      .filter(([a]) => a === first)
      .map(([a, s, e]) => analysis.articles[a].text.slice(s, e));
    await expect.poll(() => page.locator('dialog#reader mark.hl-main').allTextContents()).toEqual(expected);
    await page.keyboard.press('Escape');
    await close(o);
  });
});

describe('the hostile report in Chromium', () => {
  it('runs nothing from the article: no handler fires, no dialog, no CSP violation', async () => {
    const o = await open('hostile');
    const { page } = o;
    // give any injected handler its chance: hover and click everything the article put on the page
    for (const el of (await page.locator('.article-text, summary, a.ref').all()).slice(0, 12)) {
      await el.hover({ timeout: 2000 }).catch(() => undefined);
    }
    await page.locator('#articles summary').first().click();
    await page.locator('a.ref').first().click();
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const text = await page.locator('.article-text').first().textContent();
    expect(text).toContain('<script>window.__pwned=5</script>');
    await page.screenshot({ path: join(shots, 'hostile.png') });
    await close(o);
  });
});
