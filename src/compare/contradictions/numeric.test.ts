// The number finder pairs two counts only when they are surely of one incident; blame labels read
// as Arabic, never as the extractor's cue word. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { combineArticles } from '../../pipeline.js';
import { annotated as doc } from '../../../test/fixtures/compare.js';
import { found } from '../../../test/fixtures/contradictions.js';

const numeric = (docs: ReturnType<typeof doc>[]) => found(docs, 'numeric');

describe('numeric: one incident only', () => {
  it('a roundup of two blasts in two districts is no contradiction within itself', () => {
    const roundup = doc(
      'r',
      'وكالة الشمال',
      'قال مصدر في الشرطة إن سيارة مفخخة انفجرت في حي الزهور بمدينة الموصل ما أدى إلى مقتل أربعة أشخاص وإصابة 12. ' +
        'وقال ضابط في الجيش إن عبوة ناسفة انفجرت في حي النور بمدينة الموصل ما أدى إلى مقتل شخصين وإصابة 7.',
    );
    expect(numeric([roundup])).toHaveLength(0);
  });

  it('two sentences of different years are no rival durations ("بالسجن خمس سنوات" vs "منذ ثلاث سنوات")', () => {
    const a = doc('a', 'صحيفة أ', 'قضت محكمة في القاهرة بسجن الوزير السابق خمس سنوات في قضية فساد.');
    const b = doc(
      'b',
      'صحيفة ب',
      'ويقيم الوزير السابق خارج القاهرة منذ ثلاث سنوات بعد تركه منصبه في قضية فساد.',
    );
    expect(numeric([a, b])).toHaveLength(0);
  });

  it('teams sent to two accidents are things, not rival counts', () => {
    const a = doc('a', 'صحيفة أ', 'وجه الهلال الأحمر 3 فرق إسعافية إلى موقع حادث سير في محافظة الطائف.');
    const b = doc('b', 'صحيفة ب', 'وأرسل الدفاع المدني 5 فرق إلى حريق في مستودع بمحافظة الخرج.');
    expect(numeric([a, b])).toHaveLength(0);
  });

  it('still sets two tolls of one blast in one town against each other', () => {
    const a = doc(
      'a',
      'وكالة الشمال',
      'قتل 12 شخصا في انفجار سيارة مفخخة في سوق مدينة الحلة صباح اليوم بحسب مصادر أمنية.',
    );
    const b = doc(
      'b',
      'صحيفة الجنوب',
      'قتل 20 شخصا في انفجار سيارة مفخخة في سوق مدينة الحلة صباح اليوم بحسب مصادر طبية.',
    );
    const found = numeric([a, b]);
    expect(found).toHaveLength(1);
    expect(found[0].explanation).toMatch(/12/);
    expect(found[0].explanation).toMatch(/20/);
  });
});

describe('numeric: whose toll it is', () => {
  it('the "من" of "أكثر من 70 جريحا" names no victim group of the dead before it', () => {
    const a = doc(
      'a',
      'وكالة الشمال',
      'قتل 18 شخصا وأصيب أكثر من 70 في غارة جوية على سوق بلدة الرامة صباح اليوم بحسب مصادر طبية.',
    );
    const b = doc(
      'b',
      'صحيفة الجنوب',
      'قتل 25 شخصا في غارة جوية على سوق بلدة الرامة صباح اليوم بحسب ناشطين.',
    );
    const found = numeric([a, b]);
    expect(found).toHaveLength(1);
    expect(found[0].explanation).toMatch(/18/);
  });

  it('residents named as victims are civilians: their toll is set against a toll of civilians', () => {
    const a = doc(
      'a',
      'وكالة الشمال',
      'قتل ستة من السكان في قصف جوي على قرية الوادي الأخضر أمس بحسب السلطات المحلية.',
    );
    const b = doc(
      'b',
      'صحيفة الجنوب',
      'قتل عشرة مدنيين في قصف جوي على قرية الوادي الأخضر أمس بحسب حزب معارض.',
    );
    expect(numeric([a, b])).toHaveLength(1);
  });

  it('"ثلاثة آلاف" is a figure, not an order of magnitude like "آلاف"', () => {
    const a = doc(
      'a',
      'وكالة الشمال',
      'نزح ثلاثة آلاف شخص من بلدة الرامة أمس هربا من القتال بحسب الأمم المتحدة.',
    );
    const b = doc('b', 'صحيفة الجنوب', 'نزح 5 آلاف شخص من بلدة الرامة أمس هربا من القتال بحسب منظمة محلية.');
    const vague = doc(
      'c',
      'صحيفة الوسط',
      'نزح آلاف الأشخاص من بلدة الرامة أمس هربا من القتال بحسب منظمة محلية.',
    );
    expect(numeric([a, b])).toHaveLength(1);
    expect(numeric([a, vague])).toHaveLength(0);
  });
});

describe('numeric: an early "at least" figure', () => {
  it('a quoted source\'s "at least 14" beside another\'s 20 the same day is an earlier count, not a rival', () => {
    const tv = doc(
      'a',
      'وكالة الشمال',
      'وقال التلفزيون الرسمي إن 20 شخصا قتلوا في تفجير انتحاري استهدف سوق بلدة الرامة مساء أمس.',
    );
    const early = doc(
      'b',
      'صحيفة الجنوب',
      'وقالت مصادر أمنية إن 14 شخصا على الأقل قتلوا في تفجير انتحاري استهدف سوق بلدة الرامة مساء أمس.',
    );
    expect(numeric([tv, early])).toHaveLength(0);
  });
});

describe('blame labels read as Arabic', () => {
  it('an accusation with no event word shows no cue word ("مسؤولية اتهمت")', () => {
    const a = doc(
      'a',
      'صحيفة أ',
      'واتهمت الحكومة اليمنية ميليشيات الحوثي وقوات صالح بخرق الهدنة في تعز. وقالت إن الحوثيين رفضوا الحوار.',
    );
    const b = doc(
      'b',
      'قناة ب',
      'وقال متحدث باسم جماعة الحوثي في صنعاء إن الطيران خرق الهدنة في تعز، متهما قوات التحالف بقصف الأحياء.',
    );
    const r = combineArticles([a, b]);
    // what readers are shown (claim keys are machine keys, never displayed)
    const shown = [
      ...r.claims.map((c) => c.text),
      ...r.contradictions.map((c) => c.explanation),
      ...r.disputes.flatMap((d) => [d.question, ...d.sides.map((x) => x.answer)]),
    ];
    expect(shown.some((t) => t.startsWith('المسؤول'))).toBe(true);
    for (const t of shown) {
      expect(t).not.toMatch(/act:/);
      expect(t).not.toMatch(/(?:مسؤولية|المسؤول عن) (?:اتهمت|متهما|حملت)/);
    }
  });
});
