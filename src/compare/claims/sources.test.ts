// One body's statement carried by two papers is one voice, even when one paper tells it in its own
// words and names the body only further on; papers citing different sources stay two voices. Every
// sentence here is invented.
import { describe, expect, it } from 'vitest';
import { combineArticles } from '../../pipeline.js';
import { annotated as doc } from '../../../test/fixtures/compare.js';
import { readLexicon } from '../../lexicon.js';
import { sourceWordsSchema } from '../../lexicon-schemas.js';
import { matchKey } from '../context/match.js';
import { nameWords, oneSourceNamed } from './sources.js';

const claimsWith = (docs: ReturnType<typeof doc>[], needle: string) =>
  combineArticles(docs).claims.filter((c) => c.statements.some((s) => s.span.text.includes(needle)));

describe('the source a statement rests on', () => {
  it('a spokesman is the body he speaks for; two bodies of one region are two', () => {
    const body = nameWords('المتحدث الرسمي باسم هيئة الإسعاف بمنطقة الجوف');
    expect(oneSourceNamed(body, nameWords('هيئة الإسعاف'))).toBe(true);
    expect(oneSourceNamed(body, nameWords('المتحدث الرسمي باسم شرطة منطقة الجوف'))).toBe(false);
    // a ministry named once in full, then as "the ministry"
    expect(oneSourceNamed(nameWords('وزارة النقل'), nameWords('الوزارة'))).toBe(true);
  });

  it('a name that begins with ب is one name with its article and without', () => {
    // "بخيتان" loses its ب as if a preposition, "البخيتان" keeps it once the article is off
    const spokesman = nameWords('سالم بخيتان المتحدث الرسمي');
    expect(oneSourceNamed(spokesman, nameWords('البخيتان'))).toBe(true);
    expect(oneSourceNamed(spokesman, nameWords('سعد الحربي'))).toBe(false);
  });

  it("the press's reports retold by a paper in its own words are one voice", () => {
    const told = 'قدمت شركة النور عرضا لرعاية نادي الساحل لمدة ثماني سنوات بقيمة 600 مليون ريال.';
    const report = doc(
      'a',
      'صحيفة أ',
      'وكشفت تقارير صحفية أمس أن شركة النور قدمت عرضا لرعاية نادي الساحل بقيمة 600 مليون ريال.',
    );
    const retold = claimsWith([report, doc('b', 'صحيفة ب', told)], '600 مليون');
    expect(retold.length).toBeGreaterThan(0);
    for (const c of retold) expect(c.status).not.toBe('corroborated');
  });

  it("a paper's own sentence in an article that cites one body is that body's statement: one voice", () => {
    const a = doc(
      'a',
      'صحيفة أ',
      'وأوضح المتحدث الرسمي باسم هيئة الإسعاف أن الحادث أسفر عن إصابة ثلاثة أطفال بجروح بالغة نقلوا جوا.',
    );
    const b = doc(
      'b',
      'صحيفة ب',
      'أصيب ثلاثة أطفال بجروح خطرة صباح اليوم بعد انقلاب سيارة عائلتهم على الطريق الساحلي. ' +
        'وقال الناطق باسم هيئة الإسعاف إن فرقه باشرت الحادث خلال دقائق.',
    );
    const claims = claimsWith([a, b], 'ثلاثة أطفال');
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.status).not.toBe('corroborated');
    const folded = claims.flatMap((c) => c.voiceGroups!.flatMap((g) => g.folded.map((f) => f.reason)));
    expect(folded).toContain('cited-source');
    const group = claims[0].voiceGroups![0];
    expect(group.origin).toContain('هيئة الإسعاف');
    expect(group.note).toContain('carried by two outlets');
  });

  it('two papers citing different sources are two voices', () => {
    const a = doc(
      'a',
      'صحيفة أ',
      'وقال مدير مستشفى الميناء إن سبعة أشخاص أصيبوا في انهيار المبنى القديم وسط البلدة. ' +
        'وأضاف مدير مستشفى الميناء أن حالتهم مستقرة.',
    );
    const b = doc(
      'b',
      'صحيفة ب',
      'أصيب سبعة أشخاص حين انهار المبنى القديم وسط البلدة فجر الجمعة. ' +
        'وقال أحد السكان ويدعى سالم العتيبي إنه سمع دويا قبل الانهيار.',
    );
    expect(claimsWith([a, b], 'سبعة').map((c) => c.status)).toContain('corroborated');
  });
});

describe('the credit words', () => {
  it('lists each word once as the context reads it (a joined ب is off: "بحسب" is "حسب")', () => {
    const words = readLexicon('source-words', sourceWordsSchema).credits.words;
    const keys = words.map(matchKey);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
});
