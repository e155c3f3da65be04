// `sanad analyze --format html` end to end, without a browser: one self-contained file, a strict
// CSP whose hashes match the inlined blocks, article texts on the page equal to the contract's, every
// span link inside its article, and a hostile article that stays text.
import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Analysis } from '../src/contract.js';
import { parseRefs } from '../src/report/html/spans.js';
import { root, sanad, seedsDir } from './helpers.js';

/** Size budget for the seeds report: the chart library (~540 KB) and the font (~165 KB) dominate. */
const MAX_REPORT_BYTES = 1_600_000;
export const hostileDir = join(root, 'test/fixtures/hostile');

function analyze(input: string, format: 'json' | 'html', out: string): void {
  const r = sanad(['analyze', input, '--format', format, '--output', out]);
  expect(r.status, r.stderr).toBe(0);
}

function load(html: string) {
  return parseHTML(html).document;
}

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('sanad analyze --format html', () => {
  let tmp: string;
  let html: string;
  let analysis: Analysis;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'sanad-report-'));
    analyze(seedsDir, 'html', join(tmp, 'seeds.html'));
    analyze(seedsDir, 'json', join(tmp, 'seeds.json'));
    html = readFileSync(join(tmp, 'seeds.html'), 'utf8');
    analysis = JSON.parse(readFileSync(join(tmp, 'seeds.json'), 'utf8'));
  });

  it('writes one right-to-left Arabic page within the size budget', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="ar" dir="rtl">')).toBe(true);
    expect(statSync(join(tmp, 'seeds.html')).size).toBeLessThan(MAX_REPORT_BYTES);
    expect(html).toContain("font-family:'Noto Naskh Arabic'");
    expect(html).toContain('src:url(data:font/woff2;base64,');
  });

  it('loads nothing from elsewhere: no external src, href, url() or import', () => {
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?\s*(?:https?:|\/\/)/i);
    expect(html).not.toMatch(/url\(\s*["']?(?:https?:|\/\/)/i);
    expect(html).not.toMatch(/@import/);
    const doc = load(html);
    for (const el of doc.querySelectorAll('[src]')) expect(el.getAttribute('src')).toMatch(/^data:/);
    for (const el of doc.querySelectorAll('link')) expect(el.getAttribute('rel')).not.toBe('stylesheet');
  });

  it('declares a strict Content Security Policy whose hashes match the inline style and script', () => {
    const doc = load(html);
    const csp =
      doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    const scripts = [...doc.querySelectorAll('script')].filter((s) => !s.getAttribute('type'));
    expect(scripts).toHaveLength(1);
    expect(csp).toContain(`script-src ${sha(scripts[0].textContent ?? '')}`);
    const styles = [...doc.querySelectorAll('style')];
    expect(styles).toHaveLength(1);
    expect(csp).toContain(`style-src ${sha(styles[0].textContent ?? '')}`);
    expect(doc.querySelectorAll('[style]')).toHaveLength(0);
  });

  it('holds every article text exactly as the contract has it, and every link points inside one', () => {
    const doc = load(html);
    analysis.articles.forEach((a, i) => {
      expect(doc.querySelector(`.article-text[data-article="${i}"]`)?.textContent).toBe(a.text);
    });
    const links = [...doc.querySelectorAll('a.ref[data-refs]')];
    expect(links.length).toBeGreaterThan(100);
    for (const link of links)
      for (const r of parseRefs(link.getAttribute('data-refs'))) {
        expect(r.a).toBeLessThan(analysis.articles.length);
        expect(r.e).toBeLessThanOrEqual(analysis.articles[r.a].text.length);
      }
  });

  it('has every section of the brief, with English labels beside the Arabic ones', () => {
    const doc = load(html);
    for (const id of [
      'lead',
      'disputes',
      'numbers',
      'speakers',
      'claims',
      'framing',
      'timeline',
      'map',
      'sources',
      'entities',
    ])
      expect(doc.querySelector(`section#${id} h2 .en`)?.textContent, id).toBeTruthy();
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(html).toContain('Russian Reconciliation Centre');
    expect(html).toContain('gunmen — denies political standing');
  });
});

describe('a hostile article', () => {
  let doc: ReturnType<typeof load>;
  let html: string;
  beforeAll(() => {
    const tmp = mkdtempSync(join(tmpdir(), 'sanad-hostile-'));
    analyze(hostileDir, 'html', join(tmp, 'hostile.html'));
    html = readFileSync(join(tmp, 'hostile.html'), 'utf8');
    doc = load(html);
  });

  it('reaches the page as text: no script, handler or javascript: URL of its own', () => {
    expect(doc.querySelectorAll('script')).toHaveLength(2);
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) {
        expect(attr.startsWith('on'), `${el.tagName} ${attr}`).toBe(false);
        expect(el.getAttribute(attr) ?? '').not.toMatch(/^\s*javascript:/i);
      }
    }
    for (const tag of ['img', 'iframe', 'svg', 'b', 'textarea'])
      expect(doc.querySelectorAll(tag)).toHaveLength(0);
    expect(html).not.toContain('<script>window.__pwned');
    const texts = [...doc.querySelectorAll('.article-text')].map((e) => e.textContent).join('\n');
    expect(texts).toContain('<script>window.__pwned=5</script>');
    expect(texts).toContain('<iframe src="javascript:window.__pwned=26">');
  });
});
