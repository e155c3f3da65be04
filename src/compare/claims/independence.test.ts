// A claim is corroborated by two independent origins of one event: one source named in two
// wordings is one voice. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { annotateArticle, combineArticles } from '../../pipeline.js';

const doc = (id: string, outlet: string, body: string, published = '2015-07-22') =>
  annotateArticle({ id, source: {}, outlet, published, body, format: 'txt', warnings: [] });
const statusOf = (docs: ReturnType<typeof doc>[], needle: string) =>
  combineArticles(docs)
    .claims.filter((c) => c.statements.some((s) => s.span.text.includes(needle)))
    .map((c) => c.status);

describe('corroboration by independent origins', () => {
  it('one office named in two wordings by two papers is one voice', () => {
    const a = doc(
      'a',
      'صحيفة أ',
      'وقال المكتب الإعلامي للمقاومة إن الهجوم على الحاجز أسفر عن مقتل سبعة من المسلحين.',
    );
    const b = doc(
      'b',
      'صحيفة ب',
      'وقال المكتب الإعلامي للمقاومة الشعبية إن الهجوم أسفر عن مقتل سبعة من المسلحين وتدمير مدرعة.',
    );
    expect(statusOf([a, b], 'سبعة')).not.toContain('corroborated');
  });

  it('a police source and a hospital official are two voices', () => {
    const a = doc('a', 'صحيفة أ', 'وقال مصدر في الشرطة إن الانفجار في سوق المدينة أسفر عن مقتل سبعة أشخاص.');
    const b = doc('b', 'صحيفة ب', 'وأفاد مسؤول في مستشفى المدينة بأن سبعة أشخاص قتلوا في انفجار السوق.');
    expect(statusOf([a, b], 'سبعة')).toContain('corroborated');
  });
});
