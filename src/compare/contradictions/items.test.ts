// Figures that are items, parts or later readings, not rival accounts of one figure (issue 9, the
// judged dev days' wrong pairs by cause). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { annotated as doc } from '../../../test/fixtures/compare.js';
import { found } from '../../../test/fixtures/contradictions.js';

const numeric = (docs: ReturnType<typeof doc>[]) => found(docs, 'numeric');

describe('copies of one wire: a misprint, not a later reading', () => {
  const quote = (cents: string, price: string, hour: string) =>
    'وتراجع سعر خام القياس العالمي ' +
    `${cents} سنتا إلى ${price} دولار للبرميل بحلول الساعة ${hour} بتوقيت جرينتش بعدما سجل أدنى مستوى له في الجلسة منذ ثلاثة أشهر.`;

  it('a price re-sent later in the day with new figures is no contradiction', () => {
    const a = doc('a', 'صحيفة أ', quote('31', '61.20', '0915'));
    const b = doc('b', 'صحيفة ب', quote('24', '61.27', '1400'));
    const c = doc('c', 'صحيفة ج', quote('31', '61.20', '0915'));
    expect(numeric([a, b, c])).toHaveLength(0);
  });

  it('still reports the digits of a figure printed in another order', () => {
    const sentence = (n: string) =>
      `وأظهرت بيانات رسمية أن مخزونات الوقود في الموانئ الشمالية تراجعت ${n} مليون برميل خلال الأسبوع الماضي بحسب الوكالة.`;
    const found = numeric([doc('a', 'صحيفة أ', sentence('4.1')), doc('b', 'صحيفة ب', sentence('1.4'))]);
    expect(found).toHaveLength(1);
  });
});

describe('items of one account', () => {
  it('killed and wounded of one sentence, in two copies, are two items', () => {
    const sentence =
      'وأوضح متحدث باسم الشرطة أن الهجوم على الحاجز أسفر عن مقتل جنديين وأربعة مدنيين وإصابة تسعة آخرين بجروح.';
    expect(numeric([doc('a', 'صحيفة أ', sentence), doc('b', 'صحيفة ب', sentence)])).toHaveLength(0);
  });

  it('fares in a sentence about carrying passengers are no people leaving', () => {
    const a = doc(
      'a',
      'صحيفة أ',
      'وذكر تقرير سابق للصحيفة أن أجرة نقل الركاب داخل المدن ارتفعت إلى 300 ريال، في حين بلغت أجرة النقل بين المحافظات 7000 ريال بسبب شح الوقود.',
    );
    expect(numeric([a])).toHaveLength(0);
  });
});

describe('parts of a toll', () => {
  it('a toll is the sum of the two figures the other sentence gives', () => {
    const a = doc('a', 'صحيفة أ', 'قتل 11 مسلحا في حملة أمنية شنها الجيش على مخابئ في جبال الريف الشمالي.');
    const b = doc(
      'b',
      'صحيفة ب',
      'وقال المتحدث العسكري إن الحملة على مخابئ في جبال الريف الشمالي أسفرت عن مقتل ثمانية مسلحين بالإضافة إلى مقتل ثلاثة آخرين.',
    );
    expect(numeric([a, b])).toHaveLength(0);
  });

  it("the wounded of two separate accidents are no rival of one accident's", () => {
    const a = doc(
      'a',
      'صحيفة أ',
      'أصيب 14 شخصا في حادثين منفصلين على طرق محافظة الوادي مساء أمس بحسب الهلال الأحمر.',
    );
    const b = doc(
      'b',
      'صحيفة ب',
      'وقال الهلال الأحمر إن حادث سير على طريق محافظة الوادي مساء أمس خلف ست إصابات.',
    );
    expect(numeric([a, b])).toHaveLength(0);
  });
});

describe('things that leave', () => {
  it('fines of two categories in a report on carrying visitors are no count of people leaving', () => {
    const sentence = (n: string, m: string) =>
      `وسجلت الفرق الرقابية في مدينة الطائف على حافلات نقل الزوار ${n} مخالفة لحافلات تعمل بدون ترخيص وغرمت بمبلغ ${m} ألف ريال.`;
    const found = numeric([
      doc('a', 'صحيفة أ', sentence('120', '600')),
      doc('b', 'صحيفة ب', sentence('45', '225')),
    ]);
    expect(found).toHaveLength(0);
  });
});

describe('two incidents of one city', () => {
  it('the wounded of two car bombs in two districts of one city are two tolls', () => {
    const a = doc(
      'a',
      'صحيفة أ',
      'وانفجرت سيارة مفخخة في الكرادة وسط بغداد ما أدى إلى مقتل خمسة أشخاص وجرح 12 بحسب مصدر أمني.',
    );
    const b = doc(
      'b',
      'صحيفة ب',
      'وقتل أربعة أشخاص وجرح 8 في تفجير سيارة مفخخة في الشعلة شمال بغداد بحسب مصادر طبية.',
    );
    expect(numeric([a, b])).toHaveLength(0);
  });
});
