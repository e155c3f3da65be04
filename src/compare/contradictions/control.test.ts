// Finders of issue 9 on invented sentences: who holds a place, ordinals, copies that disagree on a
// figure, a toll's place named after a preposition, and "at least" tolls.
import { describe, expect, it } from 'vitest';
import type { Article, Entity } from '../../contract.js';
import { compareArticles } from '../compare.js';
import { article, compareInput, quantity } from '../../../test/fixtures/compare.js';
import { place, reportsOn } from '../../../test/fixtures/contradictions.js';

const day = '2021-05-10';
const run = (articles: Article[], entities: Entity[], quantities = [] as ReturnType<typeof quantity>[]) =>
  compareArticles(compareInput({ articles, entities, quantities }));

describe('control of a place', () => {
  const [taken, repelled, denied, attempt] = reportsOn(day, [
    ['a', 'صحيفة أ', 'أعلنت قوات الحكومة أنها سيطرت على الزهراء بعد معارك عنيفة.'],
    ['b', 'قناة ب', 'قال قائد ميداني إن مقاتليه صدوا هجوما على الزهراء وإن البلدة لا تزال صامدة.'],
    ['c', 'موقع ج', 'ونفى المتحدث باسم الفصائل سقوط الزهراء في أيدي القوات.'],
    ['d', 'موقع د', 'وقالت مصادر إن القوات تحاول السيطرة على الزهراء منذ أيام.'],
  ]);
  const later = article('e', 'صدت الفصائل هجوما على الزهراء فجر اليوم.', 'موقع هـ', '2021-05-13');
  const all = [taken, repelled, denied, attempt, later];
  const town = place(
    'z',
    'الزهراء',
    all.map((a) => [a, 'الزهراء']),
  );

  it('sets "taken" against "repelled" and against a denied fall, on the same day', () => {
    const r = run([taken, repelled, denied], [town]);
    const status = r.contradictions.filter((c) => c.kind === 'status');
    expect(status.map((c) => [c.a.article, c.b.article].join('-')).sort()).toEqual(['a-b', 'a-c']);
    expect(status[0].a.text).toContain('سيطرت على الزهراء');
    // one dispute for the place: the taken side and the held side, each with its sources
    const d = r.disputes.find((x) => x.contradictions.includes(status[0].id))!;
    expect(d.sides).toHaveLength(2);
    expect(d.sides.find((s) => s.statements.length === 2)?.sources).toEqual(['قناة ب', 'موقع ج']);
  });

  it('a denial before a number with a thousands separator still governs the fall after it', () => {
    // the comma of "1,200" is the number's own: "نفى" and "سقوط" stand in one clause
    const counted = article(
      'f',
      'ونفى اللواء البالغ 1,200 مقاتل سقوط الزهراء في أيدي القوات.',
      'موقع و',
      day,
    );
    const r = run(
      [taken, counted],
      [
        place(
          'z',
          'الزهراء',
          [taken, counted].map((a) => [a, 'الزهراء']),
        ),
      ],
    );
    const status = r.contradictions.filter((c) => c.kind === 'status');
    expect(status.map((c) => [c.a.article, c.b.article].join('-'))).toEqual(['a-f']);
  });

  it('confronting people in a place says nothing of who holds it', () => {
    const confronted = article(
      'g',
      'ودعا النائب الشرطة إلى التصدي للمحتجين المتجمعين في الزهراء بحزم.',
      'صحيفة ز',
      day,
    );
    const r = run(
      [taken, confronted],
      [
        place(
          'z',
          'الزهراء',
          [taken, confronted].map((a) => [a, 'الزهراء']),
        ),
      ],
    );
    expect(r.contradictions.filter((c) => c.kind === 'status')).toHaveLength(0);
  });

  it('an attempt is no capture, and a report of another day is an update', () => {
    const r = run([attempt, repelled, taken, later], [town]);
    const pairs = r.contradictions
      .filter((c) => c.kind === 'status')
      .map((c) => [c.a.article, c.b.article].join('-'));
    expect(pairs).toEqual(['a-b']);
    expect(r.updates.some((u) => u.topic === 'control|z')).toBe(true);
  });

  it('a report called "baseless" is the held side, and a denial of the report', () => {
    const phrase = article(
      'f',
      'وقال المتحدث باسم الفصائل إن الأنباء عن سقوط الزهراء في أيدي القوات عارية عن الصحة.',
      'موقع و',
      day,
    );
    const fell = article(
      'g',
      'أعلنت القوات الحكومية سقوط الزهراء في أيدي قواتها بعد معارك عنيفة.',
      'صحيفة ز',
      day,
    );
    const r = run(
      [fell, phrase],
      [
        place('z', 'الزهراء', [
          [fell, 'الزهراء'],
          [phrase, 'الزهراء'],
        ]),
      ],
    );
    expect(r.contradictions.map((c) => c.kind).sort()).toEqual(['denial', 'status']);
    const denial = r.contradictions.find((c) => c.kind === 'denial')!;
    expect(denial.a.article).toBe('g');
    expect(denial.b.by).toContain('المتحدث باسم الفصائل');
  });

  it('a place the story does not name as a place is never disputed', () => {
    expect(run([taken, repelled], []).contradictions).toHaveLength(0);
  });
});

describe('ordinals', () => {
  const fourth = article('a', 'وأصبحت المنيرة رابع محافظة تخرج عن سيطرة المسلحين.', 'صحيفة أ', day);
  const third = article('b', 'وباتت المنيرة ثالث محافظة تخرج عن سيطرة المسلحين خلال الشهر.', 'قناة ب', day);
  const both = article(
    'c',
    'انتهت الجولة الثانية من المحادثات في فيينا، وتبدأ الجولة الثالثة في فيينا الشهر المقبل.',
    'موقع ج',
    day,
  );
  const round = article('d', 'وبدأت في فيينا الجولة الرابعة من المحادثات.', 'موقع د', day);
  const entities = [
    place('m', 'المنيرة', [
      [fourth, 'المنيرة'],
      [third, 'المنيرة'],
    ]),
    place('v', 'فيينا', [
      [both, 'فيينا'],
      [round, 'فيينا'],
    ]),
  ];

  it('"the fourth province" vs "the third" of one place is a dispute', () => {
    const r = run([fourth, third], entities);
    expect(r.contradictions).toHaveLength(1);
    expect(r.contradictions[0].explanation).toContain('رابع محافظة');
    expect(r.disputes[0].sides.map((s) => s.answer).sort()).toEqual(['ثالث محافظة', 'رابع محافظة']);
  });

  it('an article naming two rounds tells a sequence and takes no side', () => {
    expect(run([both, round], entities).contradictions).toHaveLength(0);
  });
});

describe('copies of one text that disagree on a figure', () => {
  const sentence = (n: string) =>
    `وأوضح البيان أن عدد المتدربين الذين أنهوا البرنامج في المعهد المهني بلغ ${n} متدربا هذا العام.`;
  const copies = ['a', 'b', 'c'].map((id) => article(id, sentence('84'), `صحيفة ${id}`, day));
  const odd = article('d', sentence('48'), 'صحيفة د', day);
  const qs = [
    ...copies.map((a) => quantity(a, '84', 84, {}, 'متدربا')),
    quantity(odd, '48', 48, {}, 'متدربا'),
  ];

  it('the odd copy is set against the figure most copies give', () => {
    const r = run([...copies, odd], [], qs);
    const numeric = r.contradictions.filter((c) => c.kind === 'numeric');
    expect(numeric).toHaveLength(1);
    expect(numeric[0].b.article).toBe('d');
    expect(numeric[0].explanation).toMatch(/Copies of one text/);
  });

  it('one formula told of two flights is no misprint: other details, or other days', () => {
    const flight = (id: string, n: string, what: string, published: string) =>
      article(
        id,
        `وصلت إلى مطار المدينة الدولي طائرة إغاثة تحمل ${n} طنا من المساعدات ${what} المقدمة من مركز الملك للإغاثة.`,
        `صحيفة ${id}`,
        published,
      );
    const first = flight('e', '40', 'الطبية والأدوية والمستلزمات الجراحية', day);
    const second = flight('f', '25', 'الغذائية والخيام والبطانيات الشتوية', day);
    const later = flight('g', '25', 'الطبية والأدوية والمستلزمات الجراحية', '2021-05-14');
    const tons = (a: Article, n: string) => quantity(a, n, Number(n), {}, 'طنا');
    const r = run([first, second, later], [], [tons(first, '40'), tons(second, '25'), tons(later, '25')]);
    expect(r.contradictions.filter((c) => c.kind === 'numeric')).toHaveLength(0);
  });
});

describe('a toll and its place', () => {
  const [a, b, c, d] = reportsOn(day, [
    ['a', 'صحيفة أ', 'وقال المتحدث إن المعارك في القرنة خلفت 12 قتيلا في صفوف الفصائل.'],
    ['b', 'قناة ب', 'وذكرت مصادر محلية أن المعارك خلفت 7 قتلى في صفوف الفصائل في جبهتي الوادي والقرنة.'],
    ['c', 'موقع ج', 'وأسفر الهجوم عن مقتل 27 شخصا في السوق.'],
    ['d', 'موقع د', 'وأسفر الهجوم عن مقتل 30 شخصا على الأقل في السوق.'],
  ]);
  const entities = [place('q', 'القرنة', [[a, 'القرنة']]), place('w', 'الوادي', [[b, 'الوادي']])];

  it('links the place a tagger missed after a preposition ("والقرنة")', () => {
    const qs = [quantity(a, '12 قتيلا', 12, {}, 'قتيلا'), quantity(b, '7 قتلى', 7, {}, 'قتلى')];
    const numeric = run([a, b], entities, qs).contradictions.filter((x) => x.kind === 'numeric');
    expect(numeric).toHaveLength(1);
  });

  it("reads the group named before the count as a party of the story's conflict", () => {
    const x = article('x', 'وقال المتحدث إن المعارك في تعز خلفت 15 قتيلا من الحوثيين.', 'صحيفة س', day);
    const y = article('y', 'وفي تعز تكبدت ميليشيات المتمردين 25 قتيلا خلال المعارك.', 'قناة ص', day);
    const taiz = place('t', 'تعز', [
      [x, 'تعز'],
      [y, 'تعز'],
    ]);
    const qs = [quantity(x, '15 قتيلا', 15, {}, 'قتيلا'), quantity(y, '25 قتيلا', 25, {}, 'قتيلا')];
    const numeric = run([x, y], [taiz], qs).contradictions.filter((c) => c.kind === 'numeric');
    expect(numeric).toHaveLength(1);
  });

  it('"29 people out of a hundred wounded" still in hospital are wounded still in hospital', () => {
    const x = article('x', 'وقال الوزير إن 29 شخصا من أصل مئة جريح لا يزالون في المستشفيات.', 'صحيفة س', day);
    const y = article('y', 'وأعلن نائب الوزير أن 35 جريحا ما زالوا في المستشفيات.', 'قناة ص', day);
    const qs = [quantity(x, '29 شخصا', 29, {}, 'شخصا'), quantity(y, '35 جريحا', 35, {}, 'جريحا')];
    const numeric = run([x, y], [], qs).contradictions.filter((c) => c.kind === 'numeric');
    expect(numeric).toHaveLength(1);
    expect(numeric[0].explanation).toContain('wounded');
  });

  it('"at least 30" above 27 is a toll still counted, not a rival', () => {
    const qs = [
      quantity(c, '27 شخصا', 27, {}, 'شخصا'),
      quantity(d, '30 شخصا', 30, { approx: 'more-than' }, 'شخصا'),
    ];
    expect(run([c, d], [], qs).contradictions).toHaveLength(0);
  });
});

describe('how far a place lies', () => {
  const near = article('a', 'وتقع قاعدة السلام على بعد 35 كيلومترا شمال الميناء.', 'صحيفة أ', day);
  const far = article('b', 'وتبعد قاعدة السلام نحو 70 كيلومترا شمالي الميناء.', 'قناة ب', day);
  const south = article('c', 'ويقع مخيم السلام على بعد 70 كيلومترا جنوب الميناء.', 'موقع ج', day);
  const base = place('s', 'السلام', [
    [near, 'السلام'],
    [far, 'السلام'],
    [south, 'السلام'],
  ]);
  const port = place('p', 'الميناء', [
    [near, 'الميناء'],
    [far, 'الميناء'],
    [south, 'الميناء'],
  ]);
  const qs = [
    quantity(near, '35 كيلومترا', 35, {}, 'كيلومترا'),
    quantity(far, 'نحو 70 كيلومترا', 70, { approx: 'about' }, 'كيلومترا'),
    quantity(south, '70 كيلومترا', 70, {}, 'كيلومترا'),
  ];

  it('35 km north vs about 70 km north of one place disagree; south is another place', () => {
    const numeric = run([near, far, south], [base, port], qs).contradictions.filter(
      (c) => c.kind === 'numeric',
    );
    expect(numeric.map((c) => [c.a.article, c.b.article].join('-'))).toEqual(['a-b']);
    expect(numeric[0].explanation).toContain('Distances from');
  });
});
