import { describe, expect, it } from 'vitest';
import { buildContext } from './context/context.js';
import { compareArticles } from './compare.js';
import { article, quote, compareInput } from '../../test/fixtures/compare.js';
import { estimateJaccard, findDuplicates, signature } from './dedup.js';

const story =
  'بدأت صباح اليوم عملية إجلاء الجرحى والمرضى من الأحياء الشرقية للمدينة عبر المعبر الجنوبي، ' +
  'بإشراف فرق الهلال الأحمر التي دخلت بعشرات سيارات الإسعاف. وقال مسؤول في الفرق الطبية إن العملية ' +
  'ستستمر حتى المساء، وإن الأولوية للحالات الحرجة والأطفال، على أن يتبعهم المدنيون الراغبون في المغادرة.';
const other =
  'عقد وزراء خارجية الدول المجاورة اجتماعا في العاصمة لبحث ملف اللاجئين وتمويل برامج الإغاثة، ' +
  'واتفقوا على تشكيل لجنة فنية تجتمع كل شهر لمتابعة تنفيذ التعهدات المالية.';

describe('near-duplicates', () => {
  const a = article('a', story, 'وكالة أ', '2020-03-01');
  const copy = article(
    'copy',
    story.replace('صباح اليوم', 'صباح الخميس') + ' المصدر: وكالات',
    'موقع ب',
    '2020-03-02',
  );
  const b = article('b', other, 'قناة ج', '2020-03-01');

  it('estimates high similarity for a republished copy and low for another story', () => {
    const keys = (t: string) => buildContext(article('x', t), undefined, [], []).tokens.map((x) => x.key);
    const s1 = signature(keys(a.text))!;
    expect(estimateJaccard(s1, signature(keys(copy.text))!)).toBeGreaterThan(0.7);
    expect(estimateJaccard(s1, signature(keys(b.text))!)).toBeLessThan(0.2);
  });

  it('groups the copy with its earliest original', () => {
    const ctxs = [copy, a, b].map((x) => buildContext(x, undefined, [], []));
    const { duplicates, groupOf } = findDuplicates(ctxs);
    expect(duplicates).toEqual([{ canonical: 'a', copies: ['copy'], similarity: expect.any(Number) }]);
    expect(groupOf.get('copy')).toBe('a');
    expect(groupOf.get('b')).toBe('b');
  });

  it('counts a republished copy as one voice', () => {
    const r = compareArticles(compareInput({ articles: [a, copy] }));
    const started = r.claims.find((c) => c.text.startsWith('بدء الإجلاء'))!;
    expect(started.statements).toHaveLength(2);
    expect(started.status).toBe('single-source');
    expect(r.warnings.some((w) => w.code === 'COMPARE_DUPLICATE')).toBe(true);
  });
});

describe('independent voices', () => {
  const a = article(
    'a',
    'وقالت مصادر معارضة لوكالة رويترز إن عملية الإجلاء توقفت مساء اليوم.',
    'صحيفة أ',
    '2020-03-01',
  );
  const b = article(
    'b',
    'ونقلت رويترز عن مصادر معارضة أن عملية الإجلاء توقفت مساء اليوم في المدينة.',
    'قناة ب',
    '2020-03-01',
  );
  const c = article('c', 'وأكد مراسلنا أن عملية الإجلاء توقفت بعد ظهر اليوم.', 'موقع ج', '2020-03-01');

  it('two outlets relaying the same wire are one voice; an own reporter is another', () => {
    const quotes = [
      quote(a, 'مصادر معارضة', 'وقالت', 'عملية الإجلاء توقفت مساء اليوم', 'anonymous', 'رويترز'),
      quote(b, 'مصادر معارضة', 'ونقلت', 'عملية الإجلاء توقفت مساء اليوم في المدينة', 'anonymous', 'رويترز'),
    ];
    const two = compareArticles(compareInput({ articles: [a, b], quotes }));
    const claim = (r: typeof two) => r.claims.find((x) => x.text.startsWith('توقف الإجلاء'))!;
    expect(claim(two).status).toBe('single-source');
    expect(claim(compareArticles(compareInput({ articles: [a, b, c], quotes }))).status).toBe('corroborated');
  });
});
