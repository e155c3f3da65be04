import { describe, expect, it } from 'vitest';
import { Claim, Contradiction, Framing, Leaning } from '../contract.js';
import { compareArticles } from './compare.js';
import { article, date, compareInput } from '../../test/fixtures/compare.js';

// An invented three-outlet story with agreement, a dispute and dated events.
const a = article(
  'a',
  'أعلنت الأمم المتحدة يوم الاثنين التوصل إلى اتفاق لإجلاء المدنيين من البلدة المحاصرة. ' +
    'وبدأت يوم الثلاثاء عملية إجلاء المدنيين باتجاه إدلب بإشراف الهلال الأحمر. ' +
    'وقال ناشطون إن قوات النظام وميليشياته قصفت الطريق، فيما حمل الثوار النظام مسؤولية خرق الهدنة.',
  'موقع أ',
  '2021-05-04',
);
const b = article(
  'b',
  'أكدت مصادر دبلوماسية يوم الاثنين التوصل إلى اتفاق لإجلاء المدنيين والمسلحين من البلدة. ' +
    'وبدأت يوم الثلاثاء عملية إجلاء المسلحين وعائلاتهم نحو ريف حلب الشمالي بعد تطهير الطريق. ' +
    'وقالت مصادر عسكرية إن المسلحين انتهكوا الهدنة وأطلقوا النار على الحافلات.',
  'قناة ب',
  '2021-05-04',
);
const c = article(
  'c',
  'ذكرت وكالة محلية أن الاتفاق الذي تم التوصل إليه يوم الاثنين يشمل البلدة وقرى مجاورة. ' +
    'وأضافت أن عملية الإجلاء بدأت يوم الثلاثاء وسط إجراءات أمنية مشددة.',
  'وكالة ج',
  '2021-05-04',
);
const dates = [
  date(a, 'يوم الاثنين', '2021-05-03'),
  date(a, 'يوم الثلاثاء', '2021-05-04'),
  date(b, 'يوم الاثنين', '2021-05-03'),
  date(b, 'يوم الثلاثاء', '2021-05-04'),
  date(c, 'يوم الاثنين', '2021-05-03'),
  date(c, 'يوم الثلاثاء', '2021-05-04'),
];

describe('compareArticles', () => {
  const r = compareArticles(compareInput({ articles: [a, b, c], dates, summaryLength: 4 }));

  it('returns contract-shaped claims, contradictions, framing and leaning', () => {
    expect(r.claims.length).toBeGreaterThan(0);
    for (const x of r.claims) expect(Claim.safeParse(x).error).toBeUndefined();
    expect(r.contradictions.length).toBeGreaterThan(0);
    for (const x of r.contradictions) expect(Contradiction.safeParse(x).error).toBeUndefined();
    expect(Framing.safeParse(r.framing).error).toBeUndefined();
    expect(Object.keys(r.leaning).length).toBeGreaterThan(0);
    for (const l of Object.values(r.leaning)) expect(Leaning.safeParse(l).error).toBeUndefined();
  });

  it('every span is the exact text at its offsets', () => {
    const texts = new Map([a, b, c].map((x) => [x.id, x.text]));
    const spans = [
      ...r.claims.flatMap((x) => x.statements.map((s) => s.span)),
      ...r.contradictions.flatMap((x) => [x.a, x.b]),
      ...r.summary.flatMap((s) => s.sources),
      ...r.timeline.flatMap((t) => t.sources),
      ...Object.values(r.leaning).flatMap((l) => l.evidence),
    ];
    expect(spans.length).toBeGreaterThan(10);
    for (const s of spans) expect(texts.get(s.article)!.slice(s.start, s.end)).toBe(s.text);
  });

  it('corroborates what three outlets report and leads the summary with it', () => {
    const reached = r.claims.find((x) => x.text === 'التوصل إلى الاتفاق')!;
    expect(reached.status).toBe('corroborated');
    expect(reached.outlets.sort()).toEqual(['قناة ب', 'موقع أ', 'وكالة ج']);
    expect(r.summary.length).toBeLessThanOrEqual(4);
    expect(r.summary[0].sources.length).toBeGreaterThanOrEqual(2);
    const kinds = r.summary.map((s) => (s as { kind?: string }).kind);
    expect(kinds.indexOf('lead')).toBe(0);
    // a sentence is shown once: the disputed one is not repeated as an agreed fact
    expect(
      r.summary.filter((s) => s.text.includes('قوات النظام وميليشياته قصفت')).length,
    ).toBeLessThanOrEqual(1);
    expect(kinds).toContain('disputed');
    for (const s of r.summary) expect(s.sources.length).toBeGreaterThan(0);
  });

  it('finds the place and blame disputes', () => {
    expect(r.contradictions.some((x) => x.kind === 'place')).toBe(true);
    expect(r.contradictions.some((x) => x.kind === 'blame')).toBe(true);
  });

  it('orders dated events into a timeline with merged sources', () => {
    expect(r.timeline.map((t) => t.date)).toEqual([...r.timeline.map((t) => t.date)].sort());
    const first = r.timeline[0];
    expect(first.date).toBe('2021-05-03');
    expect(first.sources.map((s) => s.article).sort()).toEqual(['a', 'b', 'c']);
    const started = r.timeline.find((t) => t.date === '2021-05-04' && t.text.startsWith('بدء'))!;
    expect(started.sources.length).toBe(3);
  });

  it('keeps only significant distinctive words (z >= 1.96)', () => {
    // the story above is too short for any word to stand out: two outlets that repeat their own word
    const lines = (f: (i: number) => string) => Array.from({ length: 8 }, (_, i) => f(i)).join(' ');
    const x = article(
      'x',
      lines((i) => `وقال شاهد إن الميليشيات نهبت الحي ${i} وإن الميليشيات باقية.`),
      'موقع أ',
    );
    const y = article(
      'y',
      lines((i) => `وأكد مسؤول أن المصالحة تشمل الحي ${i} وأن المصالحة ماضية.`),
      'قناة ب',
    );
    const { distinctive } = compareArticles(compareInput({ articles: [x, y] })).framing;
    expect(distinctive.map((d) => d.term)).toEqual(expect.arrayContaining(['الميليشيات', 'المصالحة']));
    expect(distinctive.map((d) => d.term)).not.toContain('الحي');
    for (const d of distinctive) expect(d.score).toBeGreaterThanOrEqual(1.96);
  });

  it('copes with an empty set and a single article', () => {
    expect(compareArticles(compareInput({ articles: [] })).claims).toEqual([]);
    const one = compareArticles(compareInput({ articles: [a] }));
    expect(one.framing.distinctive).toEqual([]);
    expect(one.warnings.map((w) => w.code)).toContain('COMPARE_NO_DATES');
  });
});
