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
