import { describe, expect, it } from 'vitest';
import { compareArticles } from '../compare.js';
import { article, quote, compareInput } from '../../../test/fixtures/compare.js';

// each outlet words the agreement its own way: one sentence copied word for word by three outlets
// would be one wire's voice, not three
const LEAD = 'أعلن الوسطاء التوصل إلى اتفاق لوقف القتال في المدينة.';
const reach = (id: string, outlet: string, extra: string, lead = LEAD) =>
  article(id, `${lead} ${extra}`, outlet, '2022-01-10');

describe('summary', () => {
  const a = reach('a', 'موقع أ', 'وبدأت عملية الإجلاء باتجاه إدلب.');
  const b = reach(
    'b',
    'قناة ب',
    'وبدأت عملية الإجلاء نحو ريف حلب الشمالي.',
    'قال الوسطاء مساء أمس إنهم توصلوا إلى اتفاق لوقف القتال.',
  );
  const c = reach(
    'c',
    'وكالة ج',
    'وأشار المراسل إلى وصول قافلة المساعدات إلى المدينة.',
    'وأكد مصدر في الوفد المفاوض اتفاق لوقف القتال هناك.',
  );

  it('puts agreed facts first, then disputes, then single-source points, each cited', () => {
    const r = compareArticles(compareInput({ articles: [a, b, c], summaryLength: 5 }));
    const kinds = r.summary.map((s) => (s as { kind?: string }).kind);
    expect(kinds[0]).toBe('agreed');
    expect(kinds).toContain('disputed');
    expect(kinds.lastIndexOf('agreed')).toBeLessThan(kinds.indexOf('disputed'));
    const disputed = r.summary.find((s) => (s as { kind?: string }).kind === 'disputed')!;
    expect(disputed.sources.map((s) => s.article).sort()).toEqual(['a', 'b']);
    for (const s of r.summary) expect(s.sources.length).toBeGreaterThan(0);
  });

  it('is bounded by summaryLength and drops near-repeats', () => {
    const r = compareArticles(compareInput({ articles: [a, b, c], summaryLength: 2 }));
    expect(r.summary).toHaveLength(2);
    const texts = r.summary.map((s) => s.text);
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('summary of quotations', () => {
  const a = article(
    'q',
    'وقال القيادي في الفصائل أبو سالم إن عملية الإجلاء بدأت صباح اليوم من الحي الشرقي.',
    'موقع أ',
    '2022-01-10',
  );
  const b = article(
    'r',
    'وبدأت عملية الإجلاء صباح اليوم من الحي الشرقي بحسب ناشطين.',
    'قناة ب',
    '2022-01-10',
  );
  const quotes = [
    quote(a, 'القيادي في الفصائل أبو سالم', 'وقال', 'عملية الإجلاء بدأت صباح اليوم من الحي الشرقي', 'named'),
  ];

  it('quotes the content with its speaker once, not the whole sentence', () => {
    const r = compareArticles(compareInput({ articles: [a, b], quotes, summaryLength: 3 }));
    const item = r.summary.find((s) => s.text.includes('الإجلاء'))!;
    expect(item.text).toContain(
      'القيادي في الفصائل أبو سالم: «عملية الإجلاء بدأت صباح اليوم من الحي الشرقي»',
    );
    expect(item.text).not.toContain('وقال');
    expect(item.text.split('أبو سالم').length).toBe(2);
    expect(item.sources[0].text).toBe('عملية الإجلاء بدأت صباح اليوم من الحي الشرقي');
  });

  it('renders a dispute as "according to A ...; according to B ..." with both cited', () => {
    const x = reach('x', 'موقع أ', 'وبدأت عملية الإجلاء باتجاه إدلب.');
    const y = reach('y', 'قناة ب', 'وبدأت عملية الإجلاء نحو ريف حلب الشمالي.');
    const r = compareArticles(compareInput({ articles: [x, y], summaryLength: 4 }));
    const d = r.summary.find((s) => (s as { kind?: string }).kind === 'disputed')!;
    expect(d.text).toMatch(/^بحسب (موقع أ|قناة ب): «.*»؛ وبحسب (موقع أ|قناة ب): «.*»$/);
    expect(d.sources.map((s) => s.article).sort()).toEqual(['x', 'y']);
    expect(compareArticles(compareInput({ articles: [x, y], summaryLength: 1 })).summary).toHaveLength(1);
  });
});

describe('summary length', () => {
  it('a short summary still shows a dispute when there is one', () => {
    const x = reach('x', 'موقع أ', 'وبدأت عملية الإجلاء باتجاه إدلب. ووصلت قافلة المساعدات إلى المدينة.');
    const y = reach(
      'y',
      'قناة ب',
      'وبدأت عملية الإجلاء نحو ريف حلب الشمالي. ووصلت قافلة المساعدات إلى المدينة.',
    );
    const r = compareArticles(compareInput({ articles: [x, y], summaryLength: 2 }));
    expect(r.summary).toHaveLength(2);
    expect(r.summary.map((s) => (s as { kind?: string }).kind)).toContain('disputed');
    expect(compareArticles(compareInput({ articles: [x, y], summaryLength: 0 })).summary).toHaveLength(0);
  });
});
