import { describe, expect, it } from 'vitest';
import { findEntityMentions } from './entities.js';
import { inflectedWord } from './fragments.js';

describe('inflectedWord', () => {
  it('knows verbs, nouns with pronouns, indefinite adjectives and ب + verbal noun', () => {
    for (const w of [
      'سيحتاج',
      'ستستأنف',
      'عبرت',
      'يخسرها',
      'عودته',
      'مدتها',
      'فعالياته',
      'رئاسية',
      'ميدانيا',
      'وأطلقوا',
      'بشن',
    ])
      expect(inflectedWord(w), w).toBe(true);
  });

  it('leaves names with the same endings alone', () => {
    for (const w of [
      'بيروت',
      'فيينا',
      'غانا',
      'بلاتيني',
      'بولوني',
      'الخالدية',
      'مارت',
      'بنينا',
      'مدحت',
      'سينس',
    ])
      expect(inflectedWord(w), w).toBe(false);
  });

  it('reads clitic + common noun as no person only when asked for a person', () => {
    expect(inflectedWord('للأبحاث', true)).toBe(true);
    expect(inflectedWord('والحلوى', true)).toBe(true);
    // "بالخالدية" may be ب + a place
    expect(inflectedWord('للأبحاث')).toBe(false);
    // an adjective in -ي whose feminine is common; surnames in -ي have none
    expect(inflectedWord('ميداني', true)).toBe(true);
    expect(inflectedWord('قاسمي', true)).toBe(false);
    expect(inflectedWord('ميداني')).toBe(false);
  });
});

describe('no fragments as entities', () => {
  it('tags no verb or clitic phrase as a name, and keeps the names around them', () => {
    const text =
      'وأضاف فسيرى الجميع نتائج فعالياته في مدتها قال محمد بن سلمان. فأرجو أن تنجح الخطة. ونحمد الله على ذلك. وطالب باراك أوباما بشن حملة قبل عودته إلى لندن.';
    const ms = findEntityMentions(text, 'a');
    const texts = ms.map((m) => m.text);
    for (const bad of ['فسيرى', 'فعالياته', 'مدتها', 'فأرجو', 'بشن', 'عودته'])
      expect(
        texts.some((t) => t.split(' ').includes(bad)),
        bad,
      ).toBe(false);
    expect(texts.some((t) => t.startsWith('ونحمد'))).toBe(false);
    expect(texts).toContain('محمد بن سلمان');
    expect(texts).toContain('لندن');
    expect(ms.some((m) => m.type === 'PER' && m.text.includes('أوباما'))).toBe(true);
  });
});

describe('no common words at the edges of a name', () => {
  const texts = (text: string) => findEntityMentions(text, 'a').map((m) => m.text);

  it('an adverb, an accusative or a verb after a person is no part of the name', () => {
    expect(texts('والتقى شينزو آبي رئيسا للوزراء.')).toContain('شينزو آبي');
    expect(texts('وأكد المدرب فيصل كثيرا على أهمية اللقاء.')).toContain('فيصل');
    expect(texts('وقال سابقاً عبدالرحمن الخالد إن الوقت ضيق.')).toContain('عبدالرحمن الخالد');
    expect(texts('وأكد سامي الحربي أن الفريق لن يخسرها.')).toEqual(['سامي الحربي']);
  });

  it('a name after ب stays whole; common nouns written as surnames stay', () => {
    expect(texts('وبدأ الأمر بطارق الهاشمي.')).toEqual(['طارق الهاشمي']);
    expect(texts('وقال نبيل حرب إن الوضع صعب.')).toEqual(['نبيل حرب']);
  });

  it("a verb or a title ends a body's name", () => {
    expect(texts('وأعلنت هيئة التحقيق ستستدعي الشهود.')).toEqual(['هيئة التحقيق']);
    expect(texts('وحضر رئيس الهيئة العامة للسياحة المهندس سعد الشهري.')).toContain('الهيئة العامة للسياحة');
    expect(texts('وزار جامعة الملك فيصل وفد من الوزارة.')).toContain('جامعة الملك فيصل');
  });

  it('"ال" alone and a verb with an object are never names', () => {
    const ts = texts('وقال ال مسؤول إن الحكومة تدعمهم بقوة ولا تريد أن يخسرها الشعب.');
    expect(ts.some((t) => /^ال$|تدعمهم|يخسرها/.test(t))).toBe(false);
  });
});
