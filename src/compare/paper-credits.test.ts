import { describe, expect, it } from 'vitest';
import { article } from '../../test/fixtures/compare.js';
import { buildContext } from './context/context.js';
import { findOrigins } from './origins.js';
import { papersCredited } from './paper-credits.js';

const ctx = (id: string, text: string, outlet: string) =>
  buildContext(article(id, text, outlet), undefined, [], []);

// invented reports of one municipal decision
const REPORT =
  'قررت البلدية رفع رسوم مواقف السيارات في وسط المدينة إلى خمسة ريالات للساعة اعتبارا من الشهر المقبل. ' +
  'وقال مدير الإدارة المختصة إن القرار يهدف إلى تخفيف الزحام في الشوارع التجارية القديمة.';
const RELAY =
  'وبحسب ما أوردته صحيفة «اليوم»، فإن البلدية سترفع رسوم المواقف في الوسط التجاري إلى خمسة ريالات. ' +
  'وأثار الخبر نقاشا واسعا بين أصحاب المحلات الذين يخشون تراجع أعداد الزبائن.';

describe('papers an article credits', () => {
  it('reads a paper named after a paper word or between quote marks', () => {
    expect([...papersCredited(ctx('r', RELAY, 'okaz'))]).toEqual(['اليوم']);
    expect([...papersCredited(ctx('q', 'وقال المسؤول لـ«الوطن» إن العمل سيبدأ قريبا.', 'okaz'))]).toEqual([
      'الوطن',
    ]);
  });

  it('does not read a bare common word, nor a paper naming itself', () => {
    expect(papersCredited(ctx('t', 'وأعلنت الوزارة اليوم أن الوطن كله سيحتفل بالعيد.', 'okaz')).size).toBe(0);
    expect(papersCredited(ctx('s', 'وقال المسؤول لـ«عكاظ» إن العمل سيبدأ قريبا.', 'okaz')).size).toBe(0);
  });

  it('gives an article that credits a paper of the story the origin of that paper', () => {
    const a = ctx('a', REPORT, 'alyaum');
    const b = ctx('b', RELAY, 'okaz');
    const c = ctx(
      'c',
      'رفعت البلدية رسوم المواقف إلى خمسة ريالات، بحسب ما علمه مراسلنا من مصادر فيها.',
      'sabq',
    );
    const o = findOrigins([a, b, c], new Map());
    expect(o.at(b, b.text.indexOf('وأثار')).id).toBe(o.at(a, 0).id);
    expect(o.at(c, 0).id).not.toBe(o.at(a, 0).id);
  });
});
