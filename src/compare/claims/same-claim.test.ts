// A corroborated claim states one thing: one figure of one incident, one act. Every sentence here
// is invented.
import { describe, expect, it } from 'vitest';
import { combineArticles } from '../../pipeline.js';
import { annotated as doc } from '../../../test/fixtures/compare.js';

const corroborated = (docs: ReturnType<typeof doc>[]) =>
  combineArticles(docs).claims.filter((c) => c.status === 'corroborated');

describe('a corroborated claim states one thing', () => {
  it('"at least 12" and 19 are two figures, not one confirmed toll', () => {
    const a = doc('a', 'صحيفة أ', 'وقال مصدر في الشرطة إن انفجار السوق أسفر عن مقتل 12 شخصا على الأقل.');
    const b = doc('b', 'صحيفة ب', 'وأفاد مسؤول في المستشفى بأن انفجار السوق أسفر عن مقتل 19 شخصا.');
    const tolls = corroborated([a, b]).filter((c) => c.kind === 'quantity');
    expect(tolls).toHaveLength(0);
  });

  it('"about 20" and 21 told by two sources are one claim, not a confirmed figure', () => {
    // they agree within about's stretch, but neither states the other's figure: on the judged
    // days such pairs were figures of different things or one estimate rounded (docs/voices.md)
    const a = doc('a', 'صحيفة أ', 'وقال مصدر في الشرطة إن انفجار السوق أسفر عن مقتل نحو 20 شخصا.');
    const b = doc('b', 'صحيفة ب', 'وأفاد مسؤول في المستشفى بأن انفجار السوق أسفر عن مقتل 21 شخصا.');
    const tolls = combineArticles([a, b]).claims.filter((c) => c.kind === 'quantity');
    expect(tolls.find((c) => c.statements.length === 2)?.status).toBe('single-source');
  });

  it('"about 20" and 20 told by two sources are one confirmed figure', () => {
    const a = doc('a', 'صحيفة أ', 'وقال مصدر في الشرطة إن انفجار السوق أسفر عن مقتل نحو 20 شخصا.');
    const b = doc('b', 'صحيفة ب', 'وأفاد مسؤول في المستشفى بأن انفجار السوق أسفر عن مقتل 20 شخصا.');
    const [toll] = corroborated([a, b]).filter((c) => c.kind === 'quantity');
    expect(toll?.statements.map((s) => s.span.article)).toEqual(['a', 'b']);
  });

  it('one figure told of a shelling and of a battle is not one claim', () => {
    const a = doc('a', 'صحيفة أ', 'وقال مصدر طبي إن قصف الحي الشرقي أدى إلى مقتل سبعة مدنيين.');
    const b = doc('b', 'صحيفة ب', 'وقال قائد ميداني إن المعارك عند مدخل المدينة أدت إلى مقتل سبعة مدنيين.');
    expect(corroborated([a, b]).filter((c) => c.kind === 'quantity')).toHaveLength(0);
  });

  it("a precise figure two papers retell is one body's figure, a round one two reports", () => {
    // box-office estimates, an exchange's turnover: reporters retell them, they do not find them
    const film = (figure: string) => [
      doc(
        'a',
        'صحيفة أ',
        `وحقق الفيلم الجديد في أسبوعه الأول إيرادات بلغت ${figure} مليون دولار في دور العرض.`,
      ),
      doc(
        'b',
        'صحيفة ب',
        `تصدر الفيلم شباك التذاكر بعدما جمع ${figure} مليون دولار خلال عطلة نهاية الأسبوع.`,
      ),
    ];
    expect(corroborated(film('50.2')).filter((c) => c.kind === 'quantity')).toHaveLength(0);
    expect(corroborated(film('50')).filter((c) => c.kind === 'quantity')).toHaveLength(1);
  });
});
