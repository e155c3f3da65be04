import { describe, expect, it } from 'vitest';
import { compareArticles } from '../compare.js';
import { article, compareInput, date } from '../../../test/fixtures/compare.js';

// invented reports of a front line: a capture, a call that refuses to name its speaker, a
// negated capture and a signing that is only expected
const a = article(
  'front-a',
  'وسيطرت القوات يوم الأحد على التلة المطلة على الطريق الساحلي. ' +
    'وقال ضابط رفض الكشف عن اسمه لوسائل الإعلام يوم الاثنين إن الهجوم المقبل سيكون أكبر.',
  'موقع أ',
  '2022-03-08',
);
const b = article(
  'front-b',
  'ولم تسيطر القوات يوم الأحد على الجسر الشمالي رغم المحاولات. ' +
    'ومن المنتظر توقيع الاتفاق يوم الخميس في العاصمة بحضور الوسطاء.',
  'قناة ب',
  '2022-03-08',
);
const dates = [
  date(a, 'يوم الأحد', '2022-03-06'),
  date(a, 'يوم الاثنين', '2022-03-07'),
  date(b, 'يوم الأحد', '2022-03-06'),
  date(b, 'يوم الخميس', '2022-03-10'),
];

describe('timeline', () => {
  const r = compareArticles(compareInput({ articles: [a, b], dates }));
  const byDate = (d: string) => r.timeline.filter((t) => t.date === d);

  it('keeps a capture as a done event of its day, with its source', () => {
    const sunday = byDate('2022-03-06');
    expect(sunday).toHaveLength(1);
    expect((sunday[0] as { event?: string }).event).toBe('captured');
    expect(sunday[0].text.startsWith('سيطرة: ')).toBe(true);
    expect(sunday[0].sources.map((s) => s.article)).toEqual(['front-a']);
  });

  it('leaves out a negated capture and a refusal that is not about the fighting', () => {
    expect(r.timeline.some((t) => t.sources.some((s) => s.text.includes('لم تسيطر')))).toBe(false);
    expect(r.timeline.some((t) => ((t as { event?: string }).event ?? '').startsWith('refused'))).toBe(false);
  });

  it('marks an expected signing as planned', () => {
    const thursday = byDate('2022-03-10');
    expect(thursday).toHaveLength(1);
    expect(thursday[0].text).toMatch(/^[^:]*\(متوقع\): /);
  });
});
