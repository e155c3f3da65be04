// The claim's names and event read together in one passage, on sentences written for this test.
import { describe, expect, it } from 'vitest';
import { annotateText } from './check.js';
import { eventFeatures } from './event-features.js';
import { matchTerms, readArticle, readClaim } from './views.js';

const features = (claim: string, article: string) => {
  const c = readClaim(claim);
  const a = readArticle(annotateText(article));
  return eventFeatures(c, a, matchTerms(c, a));
};

describe('event features', () => {
  const claim = 'افتتح الأمير خالد الفيصل مستشفى الواحة الجديد في مدينة جدة';
  it('a passage naming the actor, the place and the event together covers the rare words', () => {
    const f = features(
      claim,
      'افتتاح مستشفى جديد\nافتتح الأمير خالد الفيصل أمس مستشفى الواحة الجديد في مدينة جدة بحضور عدد من المسؤولين.',
    );
    expect(f.rareWindow).toBeGreaterThan(0.9);
  });
  it('the same words scattered over an article about other things cover less in one passage', () => {
    const f = features(
      claim,
      [
        'الأمير خالد الفيصل يستقبل وفدا من رجال الأعمال.',
        'وناقش اللقاء خطط التنمية في المنطقة.',
        'وفي سياق آخر، ارتفعت درجات الحرارة اليوم.',
        'ويشهد مستشفى الواحة ازدحاما في العيادات الخارجية.',
        'وتستضيف مدينة جدة معرضا للكتاب الشهر المقبل.',
      ].join('\n'),
    );
    expect(f.rareWindow).toBeLessThan(0.7);
  });
});
