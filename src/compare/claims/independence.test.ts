// A claim is corroborated by two independent origins of one event: one source named in two
// wordings is one voice. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { combineArticles } from '../../pipeline.js';
import { annotated as doc } from '../../../test/fixtures/compare.js';
import { nearCopy } from './independence.js';

const statusOf = (docs: ReturnType<typeof doc>[], needle: string) =>
  combineArticles(docs)
    .claims.filter((c) => c.statements.some((s) => s.span.text.includes(needle)))
    .map((c) => c.status);

/** Two papers telling one office's statement, the office named in two wordings. */
const officeInTwoWordings = () => [
  doc('a', 'صحيفة أ', 'وقال المكتب الإعلامي للمقاومة إن الهجوم على الحاجز أسفر عن مقتل سبعة من المسلحين.'),
  doc(
    'b',
    'صحيفة ب',
    'وقال المكتب الإعلامي للمقاومة الشعبية إن الهجوم أسفر عن مقتل سبعة من المسلحين وتدمير مدرعة.',
  ),
];

describe('corroboration by independent origins', () => {
  it('one office named in two wordings by two papers is one voice', () => {
    const [a, b] = officeInTwoWordings();
    expect(statusOf([a, b], 'سبعة')).not.toContain('corroborated');
  });

  it("a paper going on telling an office's statement in its own words is that office, not a second voice", () => {
    const a = doc(
      'a',
      'صحيفة أ',
      'أعلنت المديرية العامة للمرور أنها ستغلق الجسر الشمالي للصيانة. ' +
        'وستستمر أعمال الصيانة في الجسر الشمالي نحو ستة أسابيع بحسب الجدول المعتمد.',
    );
    const b = doc(
      'b',
      'صحيفة ب',
      'وقالت المديرية العامة للمرور في بيان إن أعمال الصيانة في الجسر الشمالي ستستمر ستة أسابيع.',
    );
    expect(statusOf([a, b], 'ستة أسابيع')).not.toContain('corroborated');
  });

  it('a short sentence copied with one word changed is one text; two writers of one fact are not', () => {
    const words = (s: string) => s.split(' ');
    const copy = words('ومن المتوقع أن تنتهي المفاوضات التقنية بين الوفدين قبل منتصف الشهر المقبل');
    expect(
      nearCopy(copy, words('ومن المتوقع أن تنتهي المفاوضات الفنية بين الوفدين قبل منتصف الشهر المقبل')),
    ).toBe(true);
    expect(nearCopy(copy, words('ويتوقع الوفدان إنهاء المحادثات الفنية بحلول منتصف الشهر المقبل'))).toBe(
      false,
    );
  });

  it('one man whose compound name two papers write joined and apart is one voice', () => {
    const a = doc(
      'a',
      'صحيفة أ',
      'وقال عبد الرحيم الزيدي إن المصنع الجديد سيوفر ثلاثمئة فرصة عمل لأبناء المحافظة.',
    );
    const b = doc(
      'b',
      'صحيفة ب',
      'وقال عبدالرحيم الزيدي إن المصنع الجديد في المحافظة سيوفر ثلاثمئة فرصة عمل.',
    );
    expect(statusOf([a, b], 'ثلاثمئة')).not.toContain('corroborated');
  });

  it('a police source and a hospital official are two voices', () => {
    const a = doc('a', 'صحيفة أ', 'وقال مصدر في الشرطة إن الانفجار في سوق المدينة أسفر عن مقتل سبعة أشخاص.');
    const b = doc('b', 'صحيفة ب', 'وأفاد مسؤول في مستشفى المدينة بأن سبعة أشخاص قتلوا في انفجار السوق.');
    expect(statusOf([a, b], 'سبعة')).toContain('corroborated');
  });

  it("one outlet's own report and a wire text it ran do not confirm each other", () => {
    const own = doc(
      'a',
      'صحيفة أ',
      'وقال مصدر في الشرطة إن الانفجار في سوق المدينة أسفر عن مقتل سبعة أشخاص.',
    );
    const wire = (id: string, outlet: string) =>
      doc(id, outlet, 'بغداد (رويترز) - أفاد مسؤول في مستشفى المدينة بأن سبعة أشخاص قتلوا في انفجار السوق.');
    expect(statusOf([own, wire('b', 'صحيفة أ')], 'سبعة')).not.toContain('corroborated');
    expect(statusOf([own, wire('b', 'صحيفة ب')], 'سبعة')).toContain('corroborated');
  });
});

describe('voice groups: which origins were folded into one voice, and why', () => {
  // one invented agency text run by five papers, and a hospital official quoted by a sixth
  const WIRE =
    'حلب - (أ ف ب): قتل سبعة أشخاص في انفجار سيارة مفخخة قرب سوق الخضار في حلب صباح الأحد، بحسب ما أعلنت الشرطة. ' +
    'وأضافت الشرطة أن فرق الإسعاف نقلت الجرحى إلى ثلاثة مستشفيات في المدينة، وأن الطرق المؤدية إلى السوق أغلقت حتى المساء.';
  const papers = ['صحيفة أ', 'صحيفة ب', 'صحيفة ج', 'صحيفة د', 'صحيفة هـ'];
  const own = doc(
    'own',
    'صحيفة و',
    'وقال مدير مستشفى الرازي في حلب لمراسلنا إن سبعة أشخاص قتلوا في انفجار السوق وإن بين الجرحى أطفالا.',
  );
  const claimOf = (docs: ReturnType<typeof doc>[], needle: string) =>
    combineArticles(docs).claims.find(
      (c) => c.kind === 'quantity' && c.statements.some((s) => s.span.text.includes(needle)),
    )!;

  it('five papers running one agency text are one voice, "(AFP), carried by five outlets"', () => {
    const copies = papers.map((p, i) => doc(`w${i}`, p, WIRE));
    const c = claimOf([...copies, own], 'سبعة');
    // the police, as the agency's text quotes them, through AFP
    const wire = c.voiceGroups!.find((g) => g.outlets.length === 5)!;
    expect(wire.origin).toBe('الشرطة (AFP)');
    expect(wire.note).toContain('(AFP), carried by five outlets');
    expect(wire.note).toContain("copies of one agency's credited text");
    expect(wire.folded.map((f) => f.reason)).toContain('agency-copy');
    // every fold points at the two statements it joined
    for (const f of wire.folded) expect([f.a.article, f.b.article].every((a) => /^w\d$/.test(a))).toBe(true);
    expect(wire.folded).toHaveLength(wire.statements.length - 1);
    expect(c.voiceGroups!.find((g) => g !== wire)!.kind).toBe('source');
    expect(c.voices).toBe(2);
    expect(c.voiceGroups!.filter((g) => g.counted)).toHaveLength(2);
  });

  it('copies of an agency text that quotes no one are the agency: "AFP, carried by three outlets"', () => {
    const text = WIRE.replace('، بحسب ما أعلنت الشرطة', '');
    const c = claimOf(
      papers.slice(0, 3).map((p, i) => doc(`w${i}`, p, text)),
      'سبعة',
    );
    expect(c.voices).toBe(1);
    expect(c.voiceGroups).toHaveLength(1);
    expect(c.voiceGroups![0]).toMatchObject({ origin: 'AFP', kind: 'agency', counted: true });
    expect(c.voiceGroups![0].note).toMatch(/^AFP, carried by three outlets \(صحيفة أ, صحيفة ب, صحيفة ج\)/);
  });

  it('one office in two wordings is one voice, and the fold says so', () => {
    const [a, b] = officeInTwoWordings();
    const c = claimOf([a, b], 'سبعة');
    expect(c.voiceGroups).toHaveLength(1);
    expect(c.voiceGroups![0].folded.map((f) => f.reason)).toEqual(['same-source']);
    expect(c.voiceGroups![0].note).toContain('one source named in different wordings');
  });
});
