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

  it('opens with a lead, then disputes, then agreed and single-source points, each cited', () => {
    const r = compareArticles(compareInput({ articles: [a, b, c], summaryLength: 5 }));
    const kinds = r.summary.map((s) => (s as { kind?: string }).kind);
    expect(kinds[0]).toBe('lead');
    expect(kinds).toContain('disputed');
    expect(kinds.lastIndexOf('lead')).toBeLessThan(kinds.indexOf('disputed'));
    const order = ['lead', 'disputed', 'agreed', 'single-source'];
    const ranks = kinds.map((k) => order.indexOf(k!));
    expect([...ranks].sort((x, y) => x - y)).toEqual(ranks);
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

  it('leads with the whole sentence, not the quotation cut out of it', () => {
    const r = compareArticles(compareInput({ articles: [a, b], quotes, summaryLength: 3 }));
    const lead = r.summary[0];
    expect((lead as { kind?: string }).kind).toBe('lead');
    expect(lead.text.startsWith('وقال القيادي في الفصائل أبو سالم إن عملية الإجلاء')).toBe(true);
    expect(lead.sources[0].text.trim()).toBe(a.text);
  });

  it('quotes the content with its speaker once, not the whole sentence', () => {
    // the lead goes to the agreement, so the quotation is shown as a quotation
    const a2 = article(
      'q',
      'وتوصل الطرفان إلى اتفاق لوقف القتال في المدينة. ' + a.text,
      'موقع أ',
      '2022-01-10',
    );
    const b2 = article(
      'r',
      'أعلن الوسطاء التوصل إلى اتفاق بين الطرفين بعد مفاوضات طويلة. ' + b.text,
      'قناة ب',
      '2022-01-10',
    );
    const quotes2 = [
      quote(
        a2,
        'القيادي في الفصائل أبو سالم',
        'وقال',
        'عملية الإجلاء بدأت صباح اليوم من الحي الشرقي',
        'named',
      ),
    ];
    const r = compareArticles(compareInput({ articles: [a2, b2], quotes: quotes2, summaryLength: 3 }));
    expect(r.summary[0].text).toContain('اتفاق');
    const item = r.summary.find(
      (s) => s.text.includes('الإجلاء') && (s as { kind?: string }).kind !== 'lead',
    )!;
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

describe('the lead', () => {
  // two outlets report the same agreement in their own words; one of them opens a sentence with
  // "وأضاف", which leans on the sentence before and cannot lead
  const x = article(
    'x-101',
    'وأضاف أن الوسطاء توصلوا إلى اتفاق لوقف القتال في البلدة. ووصل الوفد المفاوض إلى البلدة في الصباح الباكر.',
    'aawsat',
    '2022-01-10',
  );
  const y = article(
    'y-202',
    'أعلنت اللجنة التوصل إلى اتفاق يوقف القتال في البلدة بعد ليلة من المفاوضات الشاقة. وكانت الاشتباكات قد استمرت أسبوعا.',
    'alyaum',
    '2022-01-10',
  );

  it('is whole sentences that stand on their own, credited by outlet name', () => {
    const r = compareArticles(compareInput({ articles: [x, y], summaryLength: 3 }));
    const lead = r.summary.filter((s) => (s as { kind?: string }).kind === 'lead');
    expect(lead.length).toBeGreaterThan(0);
    for (const l of lead) expect(l.text.startsWith('وأضاف')).toBe(false);
    expect(lead[0].text.startsWith('أعلنت اللجنة التوصل إلى اتفاق')).toBe(true);
    // a whole sentence: it starts where its sentence starts
    const src = lead[0].sources[0];
    expect(y.text.slice(0, src.start).trim()).toBe('');
    for (const s of r.summary) {
      expect(s.text).not.toMatch(/x-101|y-202|aawsat|alyaum/);
    }
    expect(lead[0].text).toMatch(/الشرق الأوسط|اليوم/);
  });

  it('never leads with a sentence that points back ("يتزامن ذلك مع ...")', () => {
    const back = article(
      'z-303',
      'يتزامن ذلك مع إعلان الوسطاء التوصل إلى اتفاق لوقف القتال في البلدة صباح اليوم. ووصل الوفد إلى البلدة.',
      'okaz',
      '2022-01-10',
    );
    const r = compareArticles(compareInput({ articles: [back, y], summaryLength: 3 }));
    const lead = r.summary.filter((s) => (s as { kind?: string }).kind === 'lead');
    expect(lead.length).toBeGreaterThan(0);
    for (const l of lead) expect(l.text).not.toMatch(/ذلك/);
  });

  it('cuts a long sentence at a clause boundary after the claim, never mid-clause', () => {
    // both reports hold the agreement in one run-on sentence far longer than a lead
    const runOn = (n: string) =>
      Array.from({ length: 30 }, (_, i) => `وقال ${n} رقم ${i + 1} إن الأمور هادئة`).join('، ');
    const a = article(
      'z-303',
      `أعلنت اللجنة التوصل إلى اتفاق يوقف القتال في البلدة، ${runOn('شاهد')}.`,
      'okaz',
    );
    const b = article('w-404', `وتوصل الطرفان إلى اتفاق لوقف القتال في البلدة، ${runOn('ساكن')}.`, 'sabq');
    const r = compareArticles(compareInput({ articles: [a, b], summaryLength: 3 }));
    const lead = r.summary[0];
    expect((lead as { kind?: string }).kind).toBe('lead');
    const src = lead.sources[0];
    const text = src.article === 'z-303' ? a.text : b.text;
    expect(src.start).toBe(0);
    expect(text[src.end]).toBe('،');
    expect(src.end).toBeLessThan(text.length / 2);
    expect(lead.text).toMatch(/…/);
  });
});
