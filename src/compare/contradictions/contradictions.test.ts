import { describe, expect, it } from 'vitest';
import { compareArticles } from '../compare.js';
import { article, at, date, quantity, quote, compareInput } from '../../../test/fixtures/compare.js';
import { annotateArticle, combineArticles } from '../../pipeline.js';

const kinds = (r: ReturnType<typeof compareArticles>, kind: string) =>
  r.contradictions.filter((c) => c.kind === kind);

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
    'ذكر ناشطون أن عملية الإجلاء لا تشمل سوى 2000 شخص من الأحياء المحاصرة.',
    'موقع ج',
    '2020-03-01',
  );
  const quantities = [
    quantity(a, 'نحو 15 ألف', 15000, { approx: 'about' }, 'شخص'),
    quantity(b, '16 ألف', 16000, {}, 'شخص'),
    quantity(c, '2000', 2000, {}, 'شخص'),
  ];

  it('respects نحو: 15,000 ± 15% agrees with 16,000, and both clash with 2,000', () => {
    const r = compareArticles(compareInput({ articles: [a, b, c], quantities }));
    const numeric = kinds(r, 'numeric');
    const pairs = numeric.map((x) => [x.a.article, x.b.article].sort().join('-'));
    expect(pairs).not.toContain('a-b');
    expect(pairs.some((p) => p.includes('c'))).toBe(true);
    expect(numeric[0].explanation).toMatch(/2,000/);
    const agreed = r.claims.find((cl) => cl.statements.length === 2 && cl.text.includes('15'));
    expect(agreed?.status).toBe('disputed');
  });

  it('without the approximation 15,000 and 16,000 disagree', () => {
    const exact = [{ ...quantities[0], approx: undefined }, quantities[1]];
    const r = compareArticles(compareInput({ articles: [a, b], quantities: exact }));
    expect(kinds(r, 'numeric')).toHaveLength(1);
  });
});

describe('denial', () => {
  const text =
    'أكد مسؤول عسكري أن الاتفاق سيسمح بخروج خمسة آلاف مقاتل من البلدة. إلا أن قياديا في الفصائل نفى هذا التصريح، موضحا أن الجرحى فقط سيغادرون.';
  const a = article('a', text, 'وكالة أ', '2020-03-01');

  it('points "نفى هذا التصريح" at the previous quotation', () => {
    const quotes = [
      quote(a, 'مسؤول عسكري', 'أكد', 'الاتفاق سيسمح بخروج خمسة آلاف مقاتل من البلدة', 'official'),
    ];
    const r = compareArticles(compareInput({ articles: [a], quotes }));
    const [d] = kinds(r, 'denial');
    expect(d.a.text).toContain('سيسمح بخروج');
    expect(d.a.by).toBe('مسؤول عسكري');
    expect(d.b.text).toContain('نفى هذا التصريح');
    expect(d.b.by).toContain('قياديا في الفصائل');
  });

  it('finds the denied statement without a quotation extractor', () => {
    const [d] = kinds(compareArticles(compareInput({ articles: [a] })), 'denial');
    expect(d.a.text).toContain('أكد مسؤول عسكري');
  });

  it('matches a denial by content across articles', () => {
    const b = article(
      'b',
      'أعلنت الحكومة إغلاق معبر الحدود الشمالي أمام الشاحنات التجارية بسبب الاشتباكات.',
      'قناة ب',
    );
    const c = article(
      'c',
      'نفى الناطق باسم الهيئة إغلاق معبر الحدود الشمالي أمام الشاحنات التجارية.',
      'موقع ج',
    );
    const [d] = kinds(compareArticles(compareInput({ articles: [b, c] })), 'denial');
    expect(d.a.article).toBe('b');
    expect(d.b.article).toBe('c');
  });
});

describe('blame', () => {
  const a = article(
    'a',
    'توقفت عملية إجلاء المدنيين من المدينة بعد قطع الطريق من قبل ميليشيات النظام عند المعبر.',
    'موقع معارض',
    '2020-03-02',
  );
  const b = article(
    'b',
    'قال مصدر عسكري إن عملية الإجلاء توقفت بسبب خرق المسلحين للاتفاق عند المعبر.',
    'وكالة رسمية',
    '2020-03-02',
  );

  it('sets the same breakdown blamed on different camps side by side', () => {
    const r = compareArticles(compareInput({ articles: [a, b] }));
    const [x] = kinds(r, 'blame');
    expect([x.a.article, x.b.article].sort()).toEqual(['a', 'b']);
    expect(x.explanation).toMatch(/government/);
    expect(x.explanation).toMatch(/opposition/);
  });

  it('reads the accused from the accusation verb: "اتهم X Y"', () => {
    const c = article('c', 'واتهم الجيش الحر إيران بعرقلة الهدنة في المدينة.', 'موقع ج');
    const d = article('d', 'وقالت وكالة رسمية إن المسلحين انتهكوا الهدنة في المدينة.', 'وكالة د');
    const [x] = kinds(compareArticles(compareInput({ articles: [c, d] })), 'blame');
    expect(x.explanation).toContain('"إيران" (government)');
    expect(x.explanation).toContain('"المسلحين" (opposition)');
  });
});

describe('place', () => {
  const a = article('a', 'وسيتم إخراج المقاتلين وعائلاتهم في حافلات باتجاه إدلب خلال ساعات.', 'وكالة أ');
  const b = article(
    'b',
    'وطالبت الفصائل بإجلاء المدنيين إلى ريف حلب الشمالي وليس إلى محافظة إدلب.',
    'موقع ب',
  );
  const c = article('c', 'ووصلت أولى الحافلات بعد إخراج المدنيين إلى مدينة إعزاز.', 'قناة ج');

  it('reports a destination conflict, with "وليس إلى" as a denied place', () => {
    const r = compareArticles(compareInput({ articles: [a, b, c] }));
    const place = kinds(r, 'place');
    const pairs = place.map((x) => [x.a.article, x.b.article].sort().join('-'));
    expect(pairs).toContain('a-b');
    expect(pairs).toContain('a-c');
    // إعزاز lies in ريف حلب الشمالي: b and c agree
    expect(pairs).not.toContain('b-c');
    expect(place.some((x) => x.explanation.includes('not to "إدلب"'))).toBe(true);
  });
});

describe('status', () => {
  const started = (published: string) =>
    article('s', 'بدأت صباح اليوم عملية إجلاء الجرحى من الأحياء الشرقية.', 'قناة أ', published);
  const postponed = (published: string) =>
    article('p', 'أفاد ناشطون أن عملية الإجلاء تأجلت إلى وقت لاحق لأسباب غير واضحة.', 'موقع ب', published);

  it('started vs postponed on the same day is a contradiction', () => {
    const r = compareArticles(compareInput({ articles: [started('2020-03-01'), postponed('2020-03-01')] }));
    const [x] = kinds(r, 'status');
    expect(x.explanation).toMatch(/same day/);
    expect(r.updates).toHaveLength(0);
  });

  it('started vs postponed on different days is an update, not a contradiction', () => {
    const r = compareArticles(compareInput({ articles: [started('2020-03-02'), postponed('2020-03-01')] }));
    expect(kinds(r, 'status')).toHaveLength(0);
    expect(r.updates).toHaveLength(1);
    expect(r.updates[0].from.status).toBe('postponed');
    expect(r.updates[0].to.status).toBe('started');
  });

  it('uses a date mentioned in the sentence over the publication date', () => {
    const s = article(
      's',
      'بدأت يوم الثلاثاء عملية إجلاء الجرحى من الأحياء الشرقية.',
      'قناة أ',
      '2020-03-05',
    );
    const p = postponed('2020-03-05');
    const r = compareArticles(
      compareInput({ articles: [s, p], dates: [date(s, 'يوم الثلاثاء', '2020-03-03')] }),
    );
    expect(kinds(r, 'status')).toHaveLength(0);
    expect(r.updates).toHaveLength(1);
  });

  it('an expected start ("من المتوقع أن تبدأ") does not contradict a postponement', () => {
    const e = article('e', 'ومن المتوقع أن تبدأ عملية الإجلاء مساء اليوم.', 'قناة أ', '2020-03-01');
    expect(
      kinds(compareArticles(compareInput({ articles: [e, postponed('2020-03-01')] })), 'status'),
    ).toHaveLength(0);
  });
});

describe('numeric: same thing, same predicate', () => {
  const a = article('a', 'قال مسؤول محلي إن نحو 3 آلاف مدني غادروا البلدة أمس.', 'صحيفة أ', '2021-05-02');
  const b = article('b', 'وأفادت مصادر طبية بإصابة عشرات المدنيين بقصف على الطريق.', 'قناة ب', '2021-05-02');
  const c = article('c', 'وذكر ناشطون أن 500 مدني فقط غادروا البلدة حتى الآن.', 'موقع ج', '2021-05-02');
  const quantities = [
    quantity(a, 'نحو 3 آلاف', 3000, { approx: 'about' }, 'مدني'),
    quantity(b, 'عشرات', 20, { approx: 'range', low: 20, high: 99 }, 'المدنيين'),
    quantity(c, '500', 500, {}, 'مدني'),
  ];

  it('does not set civilians who left against civilians injured', () => {
    const r = compareArticles(compareInput({ articles: [a, b, c], quantities }));
    const pairs = kinds(r, 'numeric').map((x) => [x.a.article, x.b.article].sort().join('-'));
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
      kinds(compareArticles(compareInput({ articles: [parts], quantities: q1 })), 'numeric'),
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
      kinds(compareArticles(compareInput({ articles: [rival], quantities: q2 })), 'numeric'),
    ).toHaveLength(1);
  });
});

describe('blame: one per event and pair of articles', () => {
  const gov = article(
    'g',
    'وقال مصدر في المعارضة إن قوات النظام عرقلت الاتفاق عند المعبر. ' +
      'واتهمت الفصائل النظام بتعطيل الهدنة. ' +
      'وأضاف المصدر أن المليشيات الإيرانية انتهكت الاتفاق مرة أخرى.',
    'موقع معارض',
    '2021-05-02',
  );
  const opp = article(
    'o',
    'وقال مصدر عسكري إن المسلحين خرقوا الاتفاق واستهدفوا الحافلات. ' +
      'وحمّل الجيش الجماعات الإرهابية مسؤولية تعطيل الهدنة.',
    'وكالة رسمية',
    '2021-05-02',
  );

  it('pairs the strongest opposite statements once, not every pair', () => {
    const blame = kinds(compareArticles(compareInput({ articles: [gov, opp] })), 'blame');
    expect(blame).toHaveLength(1);
    expect([blame[0].a.article, blame[0].b.article].sort()).toEqual(['g', 'o']);
  });

  it('a side named as the object of an event is not blamed ("توقف خروج المسلحين")', () => {
    const plain = article(
      'p',
      'وتوقف خروج المسلحين من الحي بعد الظهر. وقالت مصادر إن إجلاء المسلحين تأخر ساعتين.',
      'قناة',
      '2021-05-02',
    );
    expect(kinds(compareArticles(compareInput({ articles: [gov, plain] })), 'blame')).toHaveLength(0);
  });

  it('reads "متهما X" with X as the accused', () => {
    const part = article(
      'm',
      'وقال القيادي في الفصائل إن الهدنة انهارت، متهما المليشيات الإيرانية بعرقلة الاتفاق.',
      'موقع',
      '2021-05-02',
    );
    const blame = kinds(compareArticles(compareInput({ articles: [part, opp] })), 'blame');
    expect(blame[0]?.explanation).toContain('"المليشيات الإيرانية" (government)');
  });
});

describe('precision on one story', () => {
  it('a planned count is not a rival of a count already done', () => {
    const plan = article(
      'p',
      'وأكد مسؤول أن الاتفاق سيسمح بخروج نحو 9 آلاف شخص من المدينة.',
      'أ',
      '2021-05-02',
    );
    const done = article('d', 'وتوقفت العملية بعد خروج حوالي 3 آلاف شخص من المدينة.', 'ب', '2021-05-02');
    const quantities = [
      quantity(plan, 'نحو 9 آلاف', 9000, { approx: 'about' }, 'شخص'),
      quantity(done, 'حوالي 3 آلاف', 3000, { approx: 'about' }, 'شخص'),
    ];
    expect(
      kinds(compareArticles(compareInput({ articles: [plan, done], quantities })), 'numeric'),
    ).toHaveLength(0);
  });

  it('an article naming several destinations agrees with one naming any of them', () => {
    const both = article(
      'a',
      'وتتجه الحافلات بعد إخراج المقاتلين إلى إدلب، فيما يتجه آخرون إلى مدينة إعزاز.',
      'أ',
    );
    const one = article('b', 'وبدأ إخراج المقاتلين باتجاه إدلب صباح اليوم.', 'ب');
    expect(kinds(compareArticles(compareInput({ articles: [both, one] })), 'place')).toHaveLength(0);
  });
});

describe('denied counts and attacks', () => {
  const state = article(
    's',
    'وقال مصدر عسكري إن الحافلات نقلت نحو 3 آلاف مسلح من البلدة، وإن الجماعات المسلحة استهدفت الممر الآمن بالقذائف.',
    'وكالة رسمية',
    '2021-05-02',
  );
  const rebel = article(
    'r',
    'ونفى القيادي أبو سالم ما أعلنه إعلام النظام عن خروج 3 آلاف مقاتل، متهما قوات النظام بقصف الحافلات قرب المعبر.',
    'موقع معارض',
    '2021-05-02',
  );
  const quantities = [
    quantity(state, 'نحو 3 آلاف', 3000, { approx: 'about' }, 'مسلح'),
    quantity(rebel, '3 آلاف', 3000, {}, 'مقاتل'),
  ];

  it('sets a denied count against the same count stated elsewhere, without corroborating it', () => {
    const r = compareArticles(compareInput({ articles: [state, rebel], quantities }));
    const [d] = kinds(r, 'denial');
    expect(d.a.article).toBe('s');
    expect(d.b.article).toBe('r');
    expect(r.claims.find((c) => c.kind === 'quantity')?.status).not.toBe('corroborated');
  });

  it('two accounts of one attack on the evacuation route blame different sides', () => {
    const accusations = [
      {
        id: 'a1',
        ...at(state, 'الجماعات المسلحة استهدفت'),
        accuser: null,
        accused: at(state, 'الجماعات المسلحة'),
        act: at(state, 'استهدفت'),
      },
      {
        id: 'a2',
        ...at(rebel, 'متهما قوات النظام بقصف'),
        accuser: at(rebel, 'أبو سالم'),
        accused: at(rebel, 'قوات النظام'),
        act: at(rebel, 'بقصف'),
      },
    ];
    const r = compareArticles(compareInput({ articles: [state, rebel], quantities, accusations }));
    const blame = kinds(r, 'blame');
    expect(blame).toHaveLength(1);
    expect(blame[0].explanation).toMatch(/same attack/);
  });
});

describe('time', () => {
  const plan = article(
    'p',
    'وقال مسؤول محلي إن عملية الإجلاء يتوقع أن تبدأ في حوالي الساعة السابعة من صباح اليوم.',
    'موقع أ',
  );
  const noon = article('n', 'بدأت ظهر اليوم عملية إجلاء الجرحى من الأحياء الشرقية.', 'قناة ب');
  const morning = article('m', 'بدأت صباح اليوم عملية إجلاء الجرحى من الأحياء الشرقية.', 'وكالة ج');

  it('an expected start at 7 in the morning and a start at noon is a delay, not a contradiction', () => {
    expect(kinds(compareArticles(compareInput({ articles: [plan, noon] })), 'time')).toHaveLength(0);
  });

  it('two reports of the start, at dawn and at noon, disagree', () => {
    const dawn = article('d', 'بدأت فجر اليوم عملية إجلاء الجرحى من الأحياء الشرقية.', 'صحيفة د');
    const [t] = kinds(compareArticles(compareInput({ articles: [dawn, noon] })), 'time');
    expect([t.a.article, t.b.article].sort()).toEqual(['d', 'n']);
    expect(t.explanation).toMatch(/11:30–14:30/);
  });

  it('a morning start agrees with 7 in the morning', () => {
    expect(kinds(compareArticles(compareInput({ articles: [plan, morning] })), 'time')).toHaveLength(0);
  });

  it('reports of the start on two different dates disagree; a plan for another day does not', () => {
    const a = article(
      'a',
      'بدأت يوم الثلاثاء عملية إجلاء الجرحى من الأحياء الشرقية.',
      'قناة أ',
      '2020-03-05',
    );
    const b = article(
      'b',
      'بدأت مساء الأربعاء عملية إجلاء الجرحى من الأحياء الشرقية.',
      'موقع ب',
      '2020-03-05',
    );
    const dates = [date(a, 'يوم الثلاثاء', '2020-03-03'), date(b, 'مساء الأربعاء', '2020-03-04')];
    const [t] = kinds(compareArticles(compareInput({ articles: [a, b], dates })), 'time');
    expect(t.explanation).toMatch(/^Date of/);
  });
});

describe('one story', () => {
  it('counts of two different stories are not compared: soldiers are a thing, tied by no place or words', () => {
    const a = article('a', 'وقتل خمسة جنود في هجوم على نقطة تفتيش قرب مدينة الرمادي.', 'أ', '2021-05-02');
    const b = article('b', 'وقتل ثمانية جنود في هجوم على طريق مدينة قندهار.', 'ب', '2021-05-02');
    const quantities = [quantity(a, 'خمسة', 5, {}, 'جنود'), quantity(b, 'ثمانية', 8, {}, 'جنود')];
    const entity = (id: string, x: typeof a, name: string) => ({
      id,
      type: 'LOC' as const,
      name,
      aliases: [],
      mentions: [at(x, name)],
    });
    const entities = [entity('e1', a, 'الرمادي'), entity('e2', b, 'قندهار')];
    // precision first: with no place linked, two sentences in other words are no proof of one incident
    expect(kinds(compareArticles(compareInput({ articles: [a, b], quantities })), 'numeric')).toHaveLength(0);
    expect(
      kinds(compareArticles(compareInput({ articles: [a, b], quantities, entities })), 'numeric'),
    ).toHaveLength(0);
  });
});

describe('numeric: death tolls of one attack across outlets', () => {
  // invented reports of one mosque bombing (tolls 17 / 13 / 15) and of another attack elsewhere
  const doc = (id: string, outlet: string, published: string, body: string) =>
    annotateArticle({ id, source: {}, outlet, published, body, format: 'txt', warnings: [] });
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
  const numeric = (docs: ReturnType<typeof doc>[]) =>
    combineArticles(docs).contradictions.filter((x) => x.kind === 'numeric');
  const pairs = (docs: ReturnType<typeof doc>[]) =>
    numeric(docs).map((x) => [x.a.article, x.b.article].sort().join('-'));

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
    annotateArticle({ id, source: {}, outlet, published, body, format: 'txt', warnings: [] });
  const run = (docs: ReturnType<typeof doc>[]) => combineArticles(docs);
  const numeric = (docs: ReturnType<typeof doc>[]) =>
    run(docs).contradictions.filter((x) => x.kind === 'numeric');
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
    const r = run([blast, first]);
    expect(r.contradictions.filter((x) => x.kind === 'numeric')).toHaveLength(0);
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

  it('the dead of another group or of a past attack are not this toll', () => {
    const other = doc(
      'other',
      'قناة الوسط',
      'وفي مدينة الحلة قتل 30 من رجال الشرطة في انفجار سيارة مفخخة. وذكرت الصحف أن الانفجار الذي قتل 40 شخصا في مدينة الحلة وقع يوم 5 يونيو.',
    );
    expect(numeric([blast, other])).toHaveLength(0);
  });
});

describe('places: a phrase that names no place resolves to no place', () => {
  it('"غرب المدينة" in a Mosul story is not west Aleppo', () => {
    const a = article(
      'a',
      'وقال مسؤول إن العائلات ستنقل من الموصل إلى غرب المدينة.',
      'صحيفة أ',
      '2017-03-01',
    );
    const b = article(
      'b',
      'وذكرت مصادر أن العائلات ستنقل من الموصل إلى ريف المدينة.',
      'قناة ب',
      '2017-03-01',
    );
    const r = compareArticles(compareInput({ articles: [a, b] }));
    expect(JSON.stringify(r.claims)).not.toContain('حلب');
    expect(kinds(r, 'place')).toHaveLength(0);
  });
});

describe('disputes of a denied count', () => {
  const doc = (id: string, outlet: string, body: string) =>
    annotateArticle({ id, source: {}, outlet, published: '2020-03-01', body, format: 'txt', warnings: [] });
  const stated = doc(
    'stated',
    'وكالة أ',
    'وقال مصدر عسكري إن 30 حافلة دخلت القرية لنقل نحو ثلاثة آلاف مسلح مع عائلاتهم إلى الشمال.',
  );
  const denied = doc(
    'denied',
    'موقع ب',
    'ونفى القيادي في الفصائل أبو سامر ما أعلنه الإعلام الرسمي عن خروج ثلاثة آلاف مقاتل، موضحا أن معظمهم مدنيون.',
  );

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
