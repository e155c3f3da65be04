// Numeric contradictions: one count of one incident given values that cannot both hold (the
// one-incident gates are in numeric.test.ts). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../compare.js';
import { annotated, article, at, quantity, compareInput } from '../../../test/fixtures/compare.js';
import { found, ofKind, pairOf, statedAndDenied } from '../../../test/fixtures/contradictions.js';
import { combineArticles } from '../../pipeline.js';

describe('numeric contradictions', () => {
  const a = article(
    'a',
    'قال المحافظ إن عملية الإجلاء ستشمل نحو 15 ألف شخص من الأحياء المحاصرة.',
    'صحيفة أ',
    '2020-03-01',
  );
  const b = article(
    'b',
    'أفادت مصادر محلية بأن عملية الإجلاء تشمل 16 ألف شخص من الأحياء المحاصرة.',
    'قناة ب',
    '2020-03-01',
  );
  const c = article(
    'c',
    'ذكر ناشطون أن عملية الإجلاء لا تشمل سوى 9000 شخص من الأحياء المحاصرة.',
    'موقع ج',
    '2020-03-01',
  );
  const quantities = [
    quantity(a, 'نحو 15 ألف', 15000, { approx: 'about' }, 'شخص'),
    quantity(b, '16 ألف', 16000, {}, 'شخص'),
    quantity(c, '9000', 9000, {}, 'شخص'),
  ];

  it('respects نحو: 15,000 ± 15% agrees with 16,000, and both clash with 9,000', () => {
    const r = compareArticles(compareInput({ articles: [a, b, c], quantities }));
    const numeric = ofKind(r, 'numeric');
    const pairs = numeric.map((x) => [x.a.article, x.b.article].sort().join('-'));
    expect(pairs).not.toContain('a-b');
    expect(pairs.some((p) => p.includes('c'))).toBe(true);
    expect(numeric[0].explanation).toMatch(/9,000/);
    const agreed = r.claims.find((cl) => cl.statements.length === 2 && cl.text.includes('15'));
    expect(agreed?.status).toBe('disputed');
  });

  it('without the approximation 15,000 and 16,000 disagree', () => {
    const exact = [{ ...quantities[0], approx: undefined }, quantities[1]];
    const r = compareArticles(compareInput({ articles: [a, b], quantities: exact }));
    expect(ofKind(r, 'numeric')).toHaveLength(1);
  });
});

describe('numeric: same thing, same predicate', () => {
  const a = article('a', 'قال مسؤول محلي إن نحو 3 آلاف مدني غادروا البلدة أمس.', 'صحيفة أ', '2021-05-02');
  const b = article('b', 'وأفادت مصادر طبية بإصابة عشرات المدنيين بقصف على الطريق.', 'قناة ب', '2021-05-02');
  const c = article('c', 'وذكر ناشطون أن 2000 مدني فقط غادروا البلدة حتى الآن.', 'موقع ج', '2021-05-02');
  const quantities = [
    quantity(a, 'نحو 3 آلاف', 3000, { approx: 'about' }, 'مدني'),
    quantity(b, 'عشرات', 20, { approx: 'range', low: 20, high: 99 }, 'المدنيين'),
    quantity(c, '2000', 2000, {}, 'مدني'),
  ];

  it('does not set civilians who left against civilians injured', () => {
    const r = compareArticles(compareInput({ articles: [a, b, c], quantities }));
    const pairs = ofKind(r, 'numeric').map((x) => [x.a.article, x.b.article].sort().join('-'));
    expect(pairs).toEqual(['a-c']);
    expect(r.claims.find((cl) => cl.text.includes('عشرات'))?.text).toContain('إصابة');
  });

  it('two counts of one sentence are rivals only when the sentence says they differ', () => {
    const parts = article('p', 'وخرج 200 شخص من الحي الشرقي و300 شخص من الحي الغربي.', 'أ', '2021-05-02');
    const q1 = [
      quantity(parts, '200', 200, {}, 'شخص'),
      { ...quantity(parts, '300', 300), counted: at(parts, 'شخص', 1) },
    ];
    expect(
      ofKind(compareArticles(compareInput({ articles: [parts], quantities: q1 })), 'numeric'),
    ).toHaveLength(0);
    const rival = article(
      'r',
      'وتبين أن عدد الراغبين في الخروج 900 شخص، فيما كان العدد المعلن 400 شخص فقط.',
      'ب',
      '2021-05-02',
    );
    const q2 = [
      quantity(rival, '900', 900, {}, 'شخص'),
      { ...quantity(rival, '400', 400), counted: at(rival, 'شخص', 1) },
    ];
    expect(
      ofKind(compareArticles(compareInput({ articles: [rival], quantities: q2 })), 'numeric'),
    ).toHaveLength(1);
  });
});

describe('numeric: death tolls of one attack across outlets', () => {
  // invented reports of one mosque bombing (tolls 17 / 13 / 15) and of another attack elsewhere
  const doc = (id: string, outlet: string, published: string, body: string) =>
    annotated(id, outlet, body, published);
  const a = doc(
    'a',
    'وكالة الشمال',
    '2015-05-22',
    'لقي 17 شخصا مصرعهم وأصيب آخرون في تفجير انتحاري استهدف مسجدا في مدينة القطيف أثناء صلاة الجمعة. وقالت وزارة الداخلية إن مقتل 17 شخصا جاء بعد أن فجر انتحاري حزامه الناسف.',
  );
  const b = doc(
    'b',
    'صحيفة الجنوب',
    '2015-05-22',
    'أعلنت مصادر طبية ارتفاع عدد الشهداء إلى 13 في الهجوم الذي استهدف المصلين. وكان انتحاري قد فجر نفسه داخل مسجد الإمام علي في القطيف. وأضافت المصادر أن عدد الجرحى بلغ 40 مصابا.',
  );
  const c = doc(
    'c',
    'قناة الوسط',
    '2015-05-23',
    'سقط 15 شهيدا بينهم 12 من رجال الأمن في الاعتداء الإرهابي على مسجد في القطيف. وارتفع عدد القتلى إلى 15 بعد وفاة اثنين من المصابين، فيما بلغ عدد الجرحى 25 جريحا.',
  );
  const d = doc(
    'd',
    'وكالة الغرب',
    '2015-05-22',
    'قتل 5 أشخاص في تفجير استهدف مسجدا في مدينة الموصل. وأصيب 8 أشخاص بجروح.',
  );
  const e = doc(
    'e',
    'موقع الشرق',
    '2015-05-22',
    'أصيب 13 شخصا في تفجير استهدف مسجدا في مدينة القطيف أثناء الصلاة.',
  );
  const numeric = (docs: ReturnType<typeof doc>[]) => found(docs, 'numeric');
  const pairs = (docs: ReturnType<typeof doc>[]) => numeric(docs).map(pairOf);

  it('sets 17 killed (شخصا) against "ارتفاع عدد الشهداء إلى 13", once per pair and predicate', () => {
    const found = numeric([a, b]);
    expect(found).toHaveLength(1);
    expect(found[0].explanation).toMatch(/17/);
    expect(found[0].explanation).toMatch(/13/);
  });

  it('flags a toll told a day later, saying it may be an update', () => {
    const found = numeric([a, c]);
    expect(found).toHaveLength(1);
    expect(found[0].explanation).toMatch(/update/);
  });

  it('compares injured with injured, not a part of the toll ("اثنين من المصابين")', () => {
    const found = numeric([b, c]).filter((x) => /injured/.test(x.explanation));
    expect(found).toHaveLength(1);
    expect(found[0].explanation).toMatch(/40/);
    expect(found[0].explanation).toMatch(/25/);
  });

  it('does not set killed against injured', () => {
    expect(pairs([a, e])).toHaveLength(0);
  });

  it('does not compare two attacks in two cities', () => {
    expect(pairs([a, b, c, d]).filter((p) => p.includes('d'))).toHaveLength(0);
  });
});

describe('numeric: only figures of one incident are compared', () => {
  const doc = (id: string, outlet: string, body: string, published = '2019-08-12') =>
    annotated(id, outlet, body, published);
  const numeric = (docs: ReturnType<typeof doc>[]) => found(docs, 'numeric');
  const blast = doc(
    'blast',
    'وكالة الشمال',
    'قتل 24 شخصا وأصيب 60 آخرون في انفجار سيارة مفخخة في سوق مدينة الحلة.',
  );

  it('a first report ("حصيلة أولية") is a step of the toll, not a rival', () => {
    const first = doc(
      'first',
      'صحيفة الجنوب',
      'قتل 12 شخصا في انفجار سيارة مفخخة في سوق مدينة الحلة في حصيلة أولية.',
    );
    const r = combineArticles([blast, first]);
    expect(ofKind(r, 'numeric')).toHaveLength(0);
    expect((r.updates ?? []).some((u) => u.from.article === 'first' && u.to.article === 'blast')).toBe(true);
  });

  it('a rival figure of the same blast is a contradiction', () => {
    const rival = doc('rival', 'قناة الوسط', 'قتل 40 شخصا في انفجار سيارة مفخخة في سوق مدينة الحلة.');
    expect(numeric([blast, rival])).toHaveLength(1);
  });

  it('the wounded still in hospital are a part of the wounded, and a guess is no figure', () => {
    const part = doc(
      'part',
      'قناة الوسط',
      'وقال مسؤول إن 20 جريحا ما زالوا في المستشفى بعد انفجار سيارة مفخخة في مدينة الحلة.',
    );
    const guess = doc(
      'guess',
      'موقع الغرب',
      'وقال شاهد في مدينة الحلة: أعتقد أن عدد المصابين في الانفجار يتجاوز 100.',
    );
    expect(numeric([blast, part, guess])).toHaveLength(0);
  });

  it('a tally over a past month is no toll of this blast', () => {
    const month = doc(
      'month',
      'قناة الوسط',
      'وقال مسؤولون في مدينة الحلة إن 40 شخصا قتلوا في انفجار سيارات مفخخة خلال الشهر الماضي.',
    );
    expect(numeric([blast, month])).toHaveLength(0);
  });

  it('the dead of another group or of a past attack are not this toll', () => {
    const other = doc(
      'other',
      'قناة الوسط',
      'وفي مدينة الحلة قتل 30 من رجال الشرطة في انفجار سيارة مفخخة. وذكرت الصحف أن الانفجار الذي قتل 40 شخصا في مدينة الحلة وقع يوم 5 يونيو.',
    );
    expect(numeric([blast, other])).toHaveLength(0);
  });
});

describe('disputes of a denied count', () => {
  const { stated, denied } = statedAndDenied();

  it('puts the denial on its own side, never beside the statement it denies', () => {
    const r = combineArticles([stated, denied]);
    const d = r.disputes.find((x) => x.kind === 'denial');
    expect(d, JSON.stringify(r.contradictions.map((c) => c.kind))).toBeDefined();
    expect(d!.sides).toHaveLength(2);
    const [affirm, deny] = d!.sides;
    expect(affirm.statements.map((s) => s.article)).toEqual(['stated']);
    expect(deny.statements.map((s) => s.article)).toEqual(['denied']);
    expect(deny.answer.startsWith('نفي: ')).toBe(true);
  });
});
