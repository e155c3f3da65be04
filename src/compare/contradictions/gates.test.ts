// Gates that keep a finding from being reported unless an editor could sign it (issue 9): a denial
// answers a claim, not the same denial told again; a figure is a whole number of this story, one of
// two accounts, not two items of one list. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { combineArticles } from '../../pipeline.js';
import { annotated as doc } from '../../../test/fixtures/compare.js';
import { found } from '../../../test/fixtures/contradictions.js';

describe('denials', () => {
  const claim = doc(
    'c',
    'صحيفة ج',
    'أعلنت مصادر طبية إغلاق مستشفى المدينة المركزي بسبب نقص الأطباء في قسم الطوارئ.',
  );
  const denial = doc(
    'a',
    'صحيفة أ',
    'نفت وزارة الصحة الأنباء المتداولة عن إغلاق مستشفى المدينة المركزي بسبب نقص الأطباء.',
  );
  const again = doc(
    'b',
    'صحيفة ب',
    'ونفى متحدث باسم الوزارة الأنباء المتداولة عن إغلاق مستشفى المدينة المركزي بسبب نقص الأطباء.',
  );

  it('sets a denial against the claim it answers in another paper', () => {
    const pairs = found([claim, denial], 'denial');
    expect(pairs.map((x) => [x.a.article, x.b.article])).toContainEqual(['c', 'a']);
  });

  it('never sets one denial against the same denial told by another paper', () => {
    const pairs = found([denial, again], 'denial');
    expect(pairs).toHaveLength(0);
  });

  it('reads "لكن ... تنفي ذلك" as answering its own sentence, not the sentence before', () => {
    const one = doc(
      'd',
      'صحيفة د',
      'وصل وفد المراقبين إلى الحدود الشرقية صباح الأحد. ' +
        'وتتهم الحكومة الجماعة بتسليح المقاتلين في الشرق، لكن الجماعة تنفي ذلك.',
    );
    expect(found([one], 'denial')).toHaveLength(0);
  });
});

describe('figures', () => {
  it('the tail of a number whose digit groups are split by the Arabic comma is no figure', () => {
    const a = doc(
      'a',
      'صحيفة أ',
      'ووافقت الوزارة على صرف تعويضات قدرها (164,781,745 ريال) لملاك العقارات في المحافظة.',
    );
    const b = doc(
      'b',
      'صحيفة ب',
      'ووافقت الوزارة على صرف تعويضات قدرها (164،781،745 ريال) لملاك العقارات في المحافظة.',
    );
    expect(found([a, b], 'numeric')).toHaveLength(0);
  });

  it('two items of one account joined by "في حين" are no rivals; another account named is', () => {
    const items = doc(
      'i',
      'صحيفة أ',
      'وبلغ عدد الخارجين من المدينة 4200 شخص، في حين بلغ عدد العائدين إليها 3900 شخص.',
    );
    expect(found([items], 'numeric')).toHaveLength(0);
    const rival = doc(
      'r',
      'صحيفة أ',
      'وبلغ عدد الخارجين من المدينة 4200 شخص، في حين كان العدد المعلن 3900 شخص فقط.',
    );
    expect(found([rival], 'numeric')).toHaveLength(1);
  });

  it('a percentage in a sentence about people leaving counts no people', () => {
    const a = doc('a', 'صحيفة أ', 'وتراجع عدد الخارجين من سوق العمل بنسبة 6% خلال العام.');
    const b = doc('b', 'صحيفة ب', 'وتراجع عدد الخارجين من سوق العمل بنسبة 1% خلال العام.');
    const c = combineArticles([a, b]);
    expect(c.contradictions.filter((x) => x.kind === 'numeric')).toHaveLength(0);
  });

  it('a toll its source says may still rise is a first step, not a rival of a later figure', () => {
    const later = doc('b', 'صحيفة ب', 'وأعلنت الوزارة مقتل 27 شخصا في انفجار السوق الشعبي بالمدينة أمس.');
    const firm = doc('a', 'صحيفة أ', 'وقال المتحدث إن 30 شخصا قتلوا في انفجار السوق الشعبي بالمدينة أمس.');
    expect(found([firm, later], 'numeric')).toHaveLength(1);
    const provisional = doc(
      'a',
      'صحيفة أ',
      'وقال المتحدث إن 30 شخصا قتلوا في انفجار السوق الشعبي بالمدينة أمس، وقد يرتفع عدد القتلى.',
    );
    expect(found([provisional, later], 'numeric')).toHaveLength(0);
  });

  it('a toll told with a past year is another incident, not a rival of this one', () => {
    const a = doc('a', 'صحيفة أ', 'وكانت المدينة شهدت في 1998 تفجيرا أوقع 124 قتيلا.');
    const b = doc('b', 'صحيفة ب', 'وكانت المدينة شهدت في 2013 تفجيرا أوقع 87 قتيلا.');
    expect(found([a, b], 'numeric')).toHaveLength(0);
    const c = doc('c', 'صحيفة ج', 'وشهدت المدينة أمس تفجيرا أوقع 124 قتيلا.');
    const d = doc('d', 'صحيفة د', 'وشهدت المدينة أمس تفجيرا أوقع 87 قتيلا.');
    expect(found([c, d], 'numeric').length).toBeGreaterThan(0);
  });
});

describe('blame of single acts', () => {
  it('two shellings told side by side, each hitting another place, are two acts, not one blamed twice', () => {
    const roundup = doc(
      'r',
      'صحيفة أ',
      'وقال مرصد حقوقي إن قوات النظام قصفت قرية الوادي الأخضر في ريف المحافظة الشمالي. ' +
        'في حين قال مكتب إعلامي معارض إن قوات المعارضة قصفت مدينة الساحل الخاضعة لسيطرة النظام.',
    );
    expect(found([roundup], 'blame')).toHaveLength(0);
  });
});

describe('status and blame of one act', () => {
  it("a delay of a delegation's arrival is no delay of the talks it joins", () => {
    const delay = doc(
      'a',
      'صحيفة أ',
      'وأدى الخلاف على الضمانات إلى تأخير وصول ممثلي البنك إلى العاصمة للمشاركة في جولة جديدة من المفاوضات مع الحكومة.',
    );
    const start = doc('b', 'صحيفة ب', 'وتبدأ المفاوضات مع الحكومة في العاصمة اليوم بمشاركة ممثلي البنك.');
    expect(found([delay, start], 'status')).toHaveLength(0);
  });

  it('who calls to fight and who fights are not blamed for one act', () => {
    const call = doc('a', 'صحيفة أ', 'ودعا الحوثيون أنصارهم في مدينة تعز إلى القتال ضد قوات هادي.');
    const fight = doc('b', 'صحيفة ب', 'وبدأت قوات هادي القتال في مدينة تعز ضد الحوثيين بدعم من التحالف.');
    expect(found([call, fight], 'blame')).toHaveLength(0);
  });
});

describe('one incident per clause', () => {
  const strike = doc(
    's',
    'صحيفة أ',
    'وقال المتحدث إن طيران التحالف وجه ضربة جوية على تجمع للمسلحين، ما أسفر عن مقتل 21 مسلحا قرب تكريت، مبينا أن ضربة أخرى في الفلوجة دمرت موضعا دفاعيا لهم.',
  );
  it('the toll of a strike near one town is not the toll of an attack in another named in the same sentence', () => {
    const attack = doc(
      't',
      'صحيفة ب',
      'وقال مسؤول محلي إن القوات هاجمت مواقع المسلحين شرق الفلوجة وقتلت 31 مسلحا في الفلوجة.',
    );
    expect(found([strike, attack], 'numeric')).toEqual([]);
  });
});
