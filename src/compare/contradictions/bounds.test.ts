// Floors of one toll ("at least N") told by rival sources, and how their disputes read. Every
// sentence here is invented.
import { describe, expect, it } from 'vitest';
import { combineArticles } from '../../pipeline.js';
import { annotated } from '../../../test/fixtures/compare.js';
import { ofKind, pairOf, statedAndDenied } from '../../../test/fixtures/contradictions.js';
import { differentFloors } from './bounds.js';

const doc = (id: string, outlet: string, body: string, published = '2020-03-01') =>
  annotated(id, outlet, body, published);
const numeric = (r: ReturnType<typeof combineArticles>) => ofKind(r, 'numeric');

describe('differentFloors', () => {
  it('reads two floors as their figures; a floor below a plain figure holds with it', () => {
    expect(differentFloors({ low: 20, high: Infinity }, { low: 27, high: Infinity })).toBe(true);
    expect(differentFloors({ low: 5, high: Infinity }, { low: 6, high: 6 })).toBe(false);
    expect(differentFloors({ low: 27, high: Infinity }, { low: 27, high: Infinity })).toBe(false);
    expect(differentFloors({ low: 25, high: 35 }, { low: 30, high: 30 })).toBe(false);
    // a floor is approximate: "at least 60" against "at least 57" is one figure told round
    expect(differentFloors({ low: 57, high: Infinity }, { low: 60, high: Infinity })).toBe(false);
  });
});

describe('floors of one toll by two sources', () => {
  const observatory = doc(
    'observatory',
    'وكالة أ',
    'قتل 20 شخصا على الأقل في غارة جوية على سوق بلدة كفر سالم يوم الأحد، بحسب ما أفاد المرصد المحلي لحقوق الإنسان.',
  );
  const residents = doc(
    'residents',
    'صحيفة ب',
    'قال سكان في بلدة كفر سالم إن 27 شخصا على الأقل قتلوا في الغارة الجوية التي استهدفت السوق يوم الأحد.',
  );

  it('sets two floors of one toll against each other, each its own side of the dispute', () => {
    const r = combineArticles([observatory, residents]);
    const found = numeric(r);
    expect(found.map(pairOf)).toEqual(['observatory-residents']);
    const d = r.disputes.find((x) => x.contradictions.includes(found[0].id))!;
    expect(d.sides).toHaveLength(2);
    expect(d.question).toMatch(/^How many \(/);
  });

  it('does not read "more than N" as a figure: a magnitude is no rival floor', () => {
    const magnitude = doc(
      'magnitude',
      'صحيفة ج',
      'قال سكان في بلدة كفر سالم إن أكثر من 20 شخصا قتلوا في الغارة الجوية التي استهدفت السوق يوم الأحد.',
    );
    expect(numeric(combineArticles([magnitude, residents]))).toHaveLength(0);
  });

  it('does not set floors of two report days against each other (a toll rises)', () => {
    const later = doc(
      'later',
      'صحيفة ب',
      'قال سكان في بلدة كفر سالم إن 27 شخصا على الأقل قتلوا في الغارة الجوية التي استهدفت السوق يوم الأحد.',
      '2020-03-02',
    );
    expect(numeric(combineArticles([observatory, later]))).toHaveLength(0);
  });
});

describe('disputes: one per question', () => {
  it('puts every denial of one statement in one dispute, on one side', () => {
    const { stated, denied } = statedAndDenied();
    const again = doc(
      'again',
      'صحيفة ج',
      'ونفى المتحدث باسم الفصائل أبو خالد ما أعلنه الإعلام الرسمي عن خروج ثلاثة آلاف مقاتل، وقال إن أغلبهم نساء وأطفال.',
    );
    const r = combineArticles([stated, denied, again]);
    const denials = r.contradictions.filter((c) => c.kind === 'denial');
    const disputes = r.disputes.filter((d) => d.kind === 'denial');
    expect(disputes).toHaveLength(new Set(denials.map((c) => `${c.a.article}@${c.a.start}`)).size);
    for (const d of disputes) expect(d.sides.filter((s) => s.answer.startsWith('نفي: ')).length).toBe(1);
  });
});

describe('disputes of misprinted copies', () => {
  const text = (p: string, v: string) =>
    `قالت الشركة الوطنية في بيان رسمي اليوم إن سعر بيع خام الصحراء الخفيف استقر عند ${p} دولار للبرميل في تعاملات الأسبوع الماضي. ` +
    `وأضاف البيان أن سعر بيع خام الجبل الثقيل تراجع إلى ${v} دولار للبرميل في تعاملات يوم الخميس وفق بيانات الوزارة.`;

  it('gives each misprinted figure its own dispute, its question free of internal keys', () => {
    const r = combineArticles([
      doc('a', 'صحيفة أ', text('54.80', '61.30')),
      doc('b', 'صحيفة ب', text('80.54', '30.61')),
    ]);
    expect(r.contradictions.filter((c) => c.kind === 'numeric')).toHaveLength(2);
    const questions = r.disputes.map((d) => d.question);
    expect(new Set(questions).size).toBe(2);
    for (const q of questions) expect(q).not.toMatch(/\|/);
  });
});
