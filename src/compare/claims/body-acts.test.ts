// One body's act retold (body-acts.ts). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildContext, sentenceAt } from '../context/context.js';
import { matchKey } from '../context/match.js';
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
  extra: Record<string, unknown> = {},
) {
  const a = { ...article(id, text, id), ...(extra.author ? { author: extra.author as string } : {}) };
  const ctx = buildContext(a, undefined, [], quotes(a));
  const span = at(a, figure);
  const sent = sentenceAt(ctx, span.start);
  const item = { ctx, sent, span, voice: { id: `origin:${id}`, by: id }, ...extra } as unknown as OriginItem;
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

describe("the paper's own reporter (review of round twenty)", () => {
  const court = () => origin('p', 'وقضت المحكمة بسجن أربعة متهمين في قضية الرشوة.', 'أربعة متهمين');
  it('keeps papers whose own correspondent tells the verdict', () => {
    const ours = origin('a', 'قال مراسلنا في القاعة: قضت المحكمة بسجن ستة متهمين.', 'ستة متهمين');
    const agency = origin('b', 'ونقل مراسل الوكالة من القاعة: قضت المحكمة بسجن ستة متهمين.', 'ستة متهمين');
    expect(bodyActRetold([ours, agency])).toBe(false);
  });
  it('reads a correspondent anywhere in the article, or in its byline', () => {
    const present = origin(
      'c',
      'حضر مراسلنا جلسة النطق بالحكم في العاصمة. وحكمت المحكمة على أربعة متهمين بالسجن ثلاث سنوات.',
      'أربعة متهمين',
    );
    expect(bodyActRetold([court(), present])).toBe(false);
    const told = origin('d', 'وبحسب ما أفاد مراسل الصحيفة، قضت المحكمة بسجن أربعة متهمين.', 'أربعة متهمين');
    expect(bodyActRetold([court(), told])).toBe(false);
    const byline = origin('e', 'وأصدرت المحكمة حكمها بسجن أربعة متهمين.', 'أربعة متهمين', undefined, {
      author: 'عمان - مراسلنا',
    });
    expect(bodyActRetold([court(), byline])).toBe(false);
  });
  it('reads a quoted reporter as a source of its own, not any media speaker', () => {
    const text = 'وأفاد محرر الشؤون القضائية أن المحكمة قضت بسجن أربعة متهمين.';
    const editor = origin('f', text, 'أربعة متهمين', (a) => [
      quote(a, 'محرر الشؤون القضائية', 'وأفاد', 'المحكمة قضت بسجن أربعة متهمين', 'media'),
    ]);
    expect(bodyActRetold([court(), editor])).toBe(false);
    const paperText = 'وذكرت صحيفة الأخبار أن المحكمة قضت بسجن أربعة متهمين.';
    const paper = origin('g', paperText, 'أربعة متهمين', (a) => [
      quote(a, 'صحيفة الأخبار', 'وذكرت', 'المحكمة قضت بسجن أربعة متهمين', 'media'),
    ]);
    expect(bodyActRetold([court(), paper])).toBe(true);
  });
});

describe('an act told in the figure clause only (review of round twenty)', () => {
  it('leaves a toll told after an appointment', () => {
    const a = origin(
      'a',
      'وبعد يومين من تعيين محافظ جديد للمدينة، قتل خمسة أشخاص في انفجار سيارة مفخخة قرب السوق.',
      'خمسة أشخاص',
    );
    const b = origin(
      'b',
      'بعد تعيين المحافظ الجديد بيومين، لقي خمسة أشخاص حتفهم في انفجار سيارة مفخخة.',
      'خمسة أشخاص',
    );
    expect(bodyActRetold([a, b])).toBe(false);
    const c = origin('c', 'وعقب تعيين قائد جديد للشرطة أصيب سبعة أشخاص في اشتباك قرب الجسر.', 'سبعة أشخاص');
    expect(actOf(c.members[0])).toBeUndefined();
  });
  it('never reads a toll as an act, even right after one', () => {
    const toll = { quantity: { predicate: 'killed' }, key: 'n|people|killed' };
    const text = 'وأصدر الرئيس مرسوما بالحداد بعد مقتل ثلاثة أشخاص في الانفجار.';
    const a = origin('a', text, 'ثلاثة أشخاص', undefined, toll);
    const b = origin('b', text, 'ثلاثة أشخاص', undefined, toll);
    expect(actOf(a.members[0])).toBe('decree');
    expect(bodyActRetold([a, b])).toBe(false);
  });
  it("reads an appointment as a decree's object or the figure's governor", () => {
    const decree = origin('a', 'وصدر قرار بتعيين المهندس سالم وأربعة نواب للوزير.', 'أربعة نواب');
    expect(actOf(decree.members[0])).toBe('decree');
    const governs = origin('b', 'وتم تعيين أربعة نواب للوزير أمس.', 'أربعة نواب');
    expect(actOf(governs.members[0])).toBe('decree');
  });
  it('reads a two-word act whose first word is one before the reach', () => {
    // the act's second word is the 15th before the figure, its first the 16th
    const fill = 'في الجلسة التي عقدت صباح أمس في القصر بحضور عدد من الوزراء وقد شمل';
    expect(fill.split(' ')).toHaveLength(14);
    const o = origin('a', `أصدر الرئيس قرارا جمهوريا ${fill} أربعة مستشارين.`, 'أربعة مستشارين');
    expect(actOf(o.members[0])).toBe('decree');
  });
});

describe("a signing is a club's only with a player, a club or a team (review of round twenty)", () => {
  it('leaves any body signing with another', () => {
    const a = origin(
      'a',
      'وجرت مراسم التوقيع مع الجانب التركي بحضور الصحفيين على اتفاق لمدة خمس سنوات.',
      'خمس سنوات',
    );
    const b = origin('b', 'شهد الصحفيون التوقيع مع الوفد التركي على اتفاقية مدتها خمس سنوات.', 'خمس سنوات');
    expect(actOf(a.members[0])).toBeUndefined();
    expect(bodyActRetold([a, b])).toBe(false);
    const firm = origin('c', 'وتم التعاقد مع شركة صينية لتشغيل الميناء لمدة ثلاث سنوات.', 'ثلاث سنوات');
    expect(actOf(firm.members[0])).toBeUndefined();
  });
  it("reads a player's signing and a transfer deal", () => {
    const player = origin('a', 'وتم التعاقد مع اللاعب الدولي لمدة ثلاث سنوات.', 'ثلاث سنوات');
    expect(actOf(player.members[0])).toBe('signing');
    const deal = origin('b', 'وبلغت قيمة صفقة انتقال المهاجم سبعة ملايين يورو.', 'سبعة ملايين يورو');
    expect(actOf(deal.members[0])).toBe('transfer');
  });
});

describe('treatment, verdict and results forms (review of round twenty)', () => {
  it("leaves a team's preparation programme, reads a treatment programme", () => {
    const camp = origin('a', 'ويخوض الفريق البرنامج الإعدادي لمدة ثلاثة أسابيع في النمسا.', 'ثلاثة أسابيع');
    expect(actOf(camp.members[0])).toBeUndefined();
    const both = origin('b', 'ويخضع اللاعب للبرنامج الإعدادي والتأهيلي لمدة أسبوعين.', 'أسبوعين');
    expect(actOf(both.members[0])).toBeUndefined();
    const cure = origin('c', 'ويخضع اللاعب لبرنامج علاجي مدته أسبوعان.', 'أسبوعان');
    expect(actOf(cure.members[0])).toBe('treatment');
  });
  it('reads a verdict told noun first', () => {
    const a = origin('a', 'وقال المحامي إن المحكمة حكمت على أربعة متهمين بالسجن.', 'أربعة متهمين');
    expect(actOf(a.members[0])).toBe('verdict');
    const b = origin('b', 'والمحكمة قضت بسجن أربعة متهمين.', 'أربعة متهمين');
    expect(actOf(b.members[0])).toBe('verdict');
  });
  it("reads results with the owner's pronoun listed", () => {
    const a = origin('a', 'وبلغت أرباحها الصافية ثلاثة ملايين دينار.', 'ثلاثة ملايين دينار');
    expect(actOf(a.members[0])).toBe('results');
  });
  it('lists no form twice under its match key', () => {
    const lex = JSON.parse(readFileSync('lexicons/body-acts.json', 'utf8')) as {
      acts: { forms: string[]; governing?: string[] }[];
    };
    const keys = lex.acts
      .flatMap((a) => [...a.forms, ...(a.governing ?? [])])
      .map((f) => f.split(' ').map(matchKey).join(' '));
    expect(keys.length - new Set(keys).size).toBe(0);
  });
});
