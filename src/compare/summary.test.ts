import { describe, expect, it } from 'vitest';
import { compareArticles } from './compare.js';
import { article } from './compare-fixtures.js';

const reach = (id: string, outlet: string, extra: string) =>
  article(id, `أعلن الوسطاء التوصل إلى اتفاق لوقف القتال في المدينة. ${extra}`, outlet, '2022-01-10');

describe('summary', () => {
  const a = reach('a', 'موقع أ', 'وبدأت عملية الإجلاء باتجاه إدلب.');
  const b = reach('b', 'قناة ب', 'وبدأت عملية الإجلاء نحو ريف حلب الشمالي.');
  const c = reach('c', 'وكالة ج', 'وأشار المراسل إلى وصول قافلة المساعدات إلى المدينة.');

  it('puts agreed facts first, then disputes, then single-source points, each cited', () => {
    const r = compareArticles({ articles: [a, b, c], summaryLength: 5 });
    const kinds = r.summary.map((s) => (s as { kind?: string }).kind);
    expect(kinds[0]).toBe('agreed');
    expect(kinds).toContain('disputed');
    expect(kinds.lastIndexOf('agreed')).toBeLessThan(kinds.indexOf('disputed'));
    const disputed = r.summary.find((s) => (s as { kind?: string }).kind === 'disputed')!;
    expect(disputed.sources.map((s) => s.article).sort()).toEqual(['a', 'b']);
    for (const s of r.summary) expect(s.sources.length).toBeGreaterThan(0);
  });

  it('is bounded by summaryLength and drops near-repeats', () => {
    const r = compareArticles({ articles: [a, b, c], summaryLength: 2 });
    expect(r.summary).toHaveLength(2);
    const texts = r.summary.map((s) => s.text);
    expect(new Set(texts).size).toBe(texts.length);
  });
});
