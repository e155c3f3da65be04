// One body's act retold (body-acts.ts). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { buildContext } from '../context/context.js';
import { article, at, quote } from '../../../test/fixtures/compare.js';
import type { Quote } from '../../contract.js';
import { actOf, bodyActRetold } from './body-acts.js';
import type { OriginGroup, OriginItem } from './independence.js';

/** A counted origin of one statement: the figure `figure` of an invented article. */
function origin(
  id: string,
  text: string,
  figure: string,
  quotes: (a: ReturnType<typeof article>) => Quote[] = () => [],
) {
  const a = article(id, text, id);
  const ctx = buildContext(a, undefined, [], quotes(a));
  const span = at(a, figure);
  const item = { ctx, sent: 0, span, voice: { id: `origin:${id}`, by: id } } as unknown as OriginItem;
  return { members: [item], folds: [], counted: true } as OriginGroup;
}

describe('actOf', () => {
  it("reads a figure told right after a body's act as that act's", () => {
    const g = origin(
      'a',
      'أصدر الرئيس قرارا جمهوريا بتعيين خمسة مستشارين للشؤون الاقتصادية.',
      'خمسة مستشارين',
    );
    expect(actOf(g.members[0])).toBe('decree');
    const loan = origin('b', 'انتقل المدافع سالم إلى نادي الشروق لمدة موسم واحد بنظام الإعارة.', 'موسم واحد');
    expect(actOf(loan.members[0])).toBe('transfer');
  });
  it('leaves a figure whose act word is far off or absent', () => {
    const far = origin(
      'c',
      'تم التعاقد مع المدرب الجديد الذي وصل أمس إلى المدينة برفقة مساعديه وأفراد أسرته بعد رحلة طويلة من العاصمة الأوروبية التي يقيم فيها منذ سنوات وعمره 58 عاما.',
      '58 عاما',
    );
    expect(actOf(far.members[0])).toBeUndefined();
    const none = origin('d', 'وصل الفريق إلى المعسكر الذي يستمر عشرة أيام.', 'عشرة أيام');
    expect(actOf(none.members[0])).toBeUndefined();
  });
});

describe('bodyActRetold', () => {
  const court1 = () => origin('p', 'وقضت المحكمة بسجن ستة متهمين في قضية الأموال العامة.', 'ستة متهمين');
  const court2 = () => origin('q', 'حكمت المحكمة أمس على ستة متهمين بالسجن عامين.', 'ستة متهمين');
  it("folds papers that each tell the figure as the court's verdict, with no source of their own", () => {
    expect(bodyActRetold([court1(), court2()])).toBe(true);
  });
  it('keeps a claim one of whose origins does not tell the act', () => {
    const seen = origin('r', 'شاهد مراسلنا ستة متهمين يدخلون القاعة صباحا.', 'ستة متهمين');
    expect(bodyActRetold([court1(), seen])).toBe(false);
  });
  it('keeps a claim one of whose origins quotes a person or unnamed sources of its own', () => {
    const text = 'وقال المحامي خالد إن المحكمة حكمت على ستة متهمين بالسجن عامين.';
    const lawyer = origin('s', text, 'ستة متهمين', (a) => [
      quote(a, 'المحامي خالد', 'وقال', 'المحكمة حكمت على ستة متهمين بالسجن عامين', 'named'),
    ]);
    expect(bodyActRetold([court1(), lawyer])).toBe(false);
  });
  it('needs two counted origins', () => {
    expect(bodyActRetold([court1()])).toBe(false);
  });
});
