// What a denial denies: its head word, and the passages that assert it. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../compare.js';
import { article, compareInput } from '../../../test/fixtures/compare.js';
import { rootOf } from './denied-object.js';

const denials = (...articles: ReturnType<typeof article>[]) =>
  compareArticles(compareInput({ articles })).contradictions.filter((c) => c.kind === 'denial');

describe('denied object', () => {
  it('pairs a denial with a passage asserting what it denies', () => {
    const report = article(
      'a',
      'قالت السلطات إن سبب إغلاق المعبر الجنوبي أمام المسافرين أمس كان لأسباب أمنية بحتة.',
      'صحيفة أ',
    );
    const denial = article(
      'b',
      'نفت وزارة النقل صحة الأنباء المتداولة عن إغلاق المعبر الجنوبي أمام المسافرين.',
      'صحيفة ب',
    );
    const [d] = denials(report, denial);
    expect(d?.a.article).toBe('a');
  });

  it('does not pair it with a passage of the same actors that states something else', () => {
    const report = article(
      'a',
      'علمت الصحيفة أنه تم استبعاد حارس مرمى الفريق الأول من المعسكر الخارجي قبل مغادرة البعثة.',
      'صحيفة أ',
    );
    const denial = article(
      'b',
      'نفى وكيل أعمال حارس مرمى الفريق الأول صحة الأنباء التي تشير إلى رفض موكله السفر مع البعثة إلى المعسكر الخارجي.',
      'صحيفة ب',
    );
    expect(denials(report, denial)).toEqual([]);
  });

  describe('a denier\'s own part ("نفى ضلوعه في ...")', () => {
    const denial = article(
      'b',
      'وكان الداعية قد أيد التنظيم علنا، لكنه نفى ضلوعه في تجنيد طلاب الجامعة للقتال في الخارج.',
      'صحيفة ب',
    );
    it('answers a passage telling that act', () => {
      const report = article(
        'a',
        'وقالت مصادر أمنية إن الداعية تولى تجنيد طلاب الجامعة للقتال في الخارج خلال العام الماضي.',
        'صحيفة أ',
      );
      expect(denials(report, denial)[0]?.a.article).toBe('a');
    });
    it('not a passage of the same people and places that tells something else', () => {
      const report = article(
        'a',
        'وأشار أئمة مساجد إلى سفر عدد من طلاب الجامعة للقتال في الخارج خلال الأشهر الأخيرة.',
        'صحيفة أ',
      );
      expect(denials(report, denial)).toEqual([]);
    });
  });

  it('reads the action after a light noun ("قيام القناة بنقل")', () => {
    const schedule = article(
      'a',
      'تقرر أن يلعب الفريق الأول مباراته الودية الثالثة في المعسكر الخارجي مساء الخميس المقبل أمام فريق محلي.',
      'صحيفة أ',
    );
    const denial = article(
      'b',
      'نفت مصادر مقربة من القناة الأنباء عن قيام القناة بنقل مباريات الفريق الأول الودية في المعسكر الخارجي.',
      'صحيفة ب',
    );
    expect(denials(schedule, denial)).toEqual([]);
  });

  it('a passage telling a report false is a second denial, not its target', () => {
    const first = article(
      'a',
      'أكد مدير الإعلام في الوزارة أن حركة العبور تسير بصورة طبيعية، وما يتم تداوله بشأن منع فئات من المسافرين غير صحيح.',
      'صحيفة أ',
    );
    const second = article(
      'b',
      'نفت الوزارة الأنباء التي ترددت عن منع فئات من المسافرين من العبور بصورة طبيعية.',
      'صحيفة ب',
    );
    expect(denials(first, second)).toEqual([]);
  });

  it('"these claims" after a claim told in the same sentence points at it, not at the sentence before', () => {
    const a = article(
      'a',
      'وقال ممثل الشركة إن الشركة لن تسكت عن التصريحات الكاذبة. ودأب المستثمر على اتهام الشركة بالغش في حساباتها، ونفت الشركة هذه المزاعم.',
      'صحيفة أ',
    );
    expect(denials(a)).toEqual([]);
  });

  describe('a denied act on an object ("قصف مدنيين")', () => {
    const denial = article(
      'd',
      'ونفى الجيش أمس مزاعم بأنه قصف مدنيين في قرية الوادي الأخضر خلال غاراته الجوية، وقال إن الهدف كان مستودعا للأسلحة تابعا للمسلحين.',
      'صحيفة د',
    );
    const victims = article(
      'v',
      'وأفاد سكان بأن سبعة مدنيين قتلوا في قصف للطيران على قرية الوادي الأخضر يوم السبت.',
      'صحيفة ف',
    );
    const otherObject = article(
      'o',
      'وواصل الطيران الحربي أمس قصف مستودعات الأسلحة التابعة للمسلحين قرب قرية الوادي الأخضر في غارات جوية مكثفة.',
      'صحيفة س',
    );
    const sameSide = article(
      's',
      'وقالت الحكومة أمس إنها لم تقصف أي منطقة يسكنها مدنيون في قرية الوادي الأخضر خلال الغارات الجوية.',
      'صحيفة ص',
    );

    it('is set against a passage telling that act on that object', () => {
      const [d] = denials(victims, denial);
      expect(d?.a.article).toBe('v');
    });

    it('prefers the passage telling the act on the object denied to the same act on another object', () => {
      const [d] = denials(otherObject, victims, denial);
      expect(d?.a.article).toBe('v');
    });

    it('not against a passage that negates the act: it says what the denial says', () => {
      expect(denials(sameSide, denial)).toEqual([]);
    });

    it("what the denier says after 'وقال' is its own account, not part of what is denied", () => {
      const long = article(
        'l',
        'ونفى الجيش مزاعم بأنه قصف مدنيين في الوادي، وقال إن طائراته استهدفت مستودعات ذخيرة ومخازن وقود ومعسكرات تدريب تابعة للمسلحين في الجبال الشمالية.',
        'صحيفة ل',
      );
      const told = article('t', 'وقال سكان إن قصف الطيران أصاب مدنيين في الوادي صباح السبت.', 'صحيفة ت');
      const [d] = denials(told, long);
      expect(d?.a.article).toBe('t');
    });
  });

  it('roots of derived forms meet', () => {
    expect(rootOf('تصنيع')).toBe(rootOf('يصنع'));
    expect(rootOf('ممنوع')).toBe('منع');
  });
});
