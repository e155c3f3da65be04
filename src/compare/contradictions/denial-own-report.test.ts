// A denial whose own sentence tells the report it answers ("بينما أفادت مصادر أن ...، نفت ..."):
// it is paired with no passage of another article. Invented sentences.
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../compare.js';
import { article, compareInput } from '../../../test/fixtures/compare.js';

const denials = (...articles: ReturnType<typeof article>[]) =>
  compareArticles(compareInput({ articles })).contradictions.filter((c) => c.kind === 'denial');

const report = article(
  'a',
  'قالت السلطات إن سبب إغلاق المعبر الجنوبي أمام المسافرين أمس كان لأسباب أمنية بحتة.',
  'صحيفة أ',
);

describe('a denial answering its own sentence', () => {
  it('"while sources reported ..., the ministry denied ..." answers its own report', () => {
    const denial = article(
      'b',
      'بينما أفادت مصادر أمنية أن المعبر أغلق ساعات، نفت وزارة النقل صحة الأنباء المتداولة عن إغلاق المعبر الجنوبي أمام المسافرين.',
      'صحيفة ب',
    );
    expect(denials(report, denial)).toEqual([]);
  });
  it('the same denial told alone still answers the other paper', () => {
    const denial = article(
      'c',
      'نفت وزارة النقل صحة الأنباء المتداولة عن إغلاق المعبر الجنوبي أمام المسافرين.',
      'صحيفة ب',
    );
    expect(denials(report, denial)).toHaveLength(1);
  });
});

describe('a report whose reporter is told with a day', () => {
  it('"بينما أفادت مصادر أمنية مساء أمس الاثنين أن ..." still answers its own report', () => {
    const denial = article(
      'm',
      'بينما أفادت مصادر أمنية مساء أمس الاثنين أن المعبر أغلق ساعات، نفت وزارة النقل صحة الأنباء المتداولة عن إغلاق المعبر الجنوبي أمام المسافرين.',
      'صحيفة ب',
    );
    expect(denials(report, denial)).toEqual([]);
  });
});

describe('a sentence that tells no report before its denial', () => {
  const tail = 'نفت وزارة النقل صحة الأنباء المتداولة عن إغلاق المعبر الجنوبي أمام المسافرين.';
  const keeps = (id: string, text: string) =>
    expect(denials(report, article(id, text, 'صحيفة ب'))).toHaveLength(1);
  it('"فيما نقل المسافرون" tells travellers moved, not a report', () => {
    keeps('d', `وفيما نقل المسافرون العالقون إلى مدينة أخرى بالحافلات، ${tail}`);
  });
  it('"فيما كشف الأمن شبكة" tells a network uncovered, not a report', () => {
    keeps('e', `وفيما كشف الأمن شبكة لتهريب الوقود قرب الحدود، ${tail}`);
  });
  it("the denier's own statement before its denial answers nothing in its sentence", () => {
    keeps(
      'f',
      'وفي حين أكدت وزارة النقل أن حركة الشاحنات مستمرة، نفت صحة الأنباء المتداولة عن إغلاق المعبر الجنوبي أمام المسافرين.',
    );
  });
  it('"جاء فيما نقلت الوكالة أن الوزارة نفت" is no rival report', () => {
    keeps(
      'g',
      'وجاء فيما نقلت وكالة الأنباء الرسمية أن وزارة النقل نفت صحة الأنباء المتداولة عن إغلاق المعبر الجنوبي أمام المسافرين.',
    );
  });
  it('an announcement of something else, with no "أن" clause, is no report answered', () => {
    keeps(
      'h',
      'وأعلن الوزير افتتاح طريق جديد فيما أعلن المحافظ موعد الانتخابات المحلية ونفى وزير النقل صحة الأنباء المتداولة عن إغلاق المعبر الجنوبي أمام المسافرين.',
    );
  });
});

describe('prefixed openers', () => {
  for (const opener of ['وفيما', 'وفي حين', 'وبينما', 'فبينما'])
    it(`"${opener} أفادت مصادر أن ..." answers its own report`, () => {
      const denial = article(
        'p',
        `${opener} أفادت مصادر أمنية أن المعبر أغلق ساعات، نفت وزارة النقل صحة الأنباء المتداولة عن إغلاق المعبر الجنوبي أمام المسافرين.`,
        'صحيفة ب',
      );
      expect(denials(report, denial)).toEqual([]);
    });
});
