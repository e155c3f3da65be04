// When two origins corroborate a claim (corroboration.ts). Every case here is invented.
import { describe, expect, it } from 'vitest';
import { buildContext } from '../context/context.js';
import { combineArticles } from '../../pipeline.js';
import { annotated as doc, article, date } from '../../../test/fixtures/compare.js';
import { bodyVoices, corroborates, describedOfficial } from './corroboration.js';
import {
  figures,
  sentenceFigures,
  specificity,
  statedFigure,
  statementFigures,
  writtenSpecificity,
} from './figures.js';
import type { OriginGroup, OriginItem } from './independence.js';

describe('corroborates', () => {
  const clear = {
    blame: false,
    apart: false,
    oneOutlet: false,
    oneRelease: false,
    oneBody: false,
    weakStatus: false,
    noSameFigure: false,
    publishedFigure: false,
    rewrittenRelease: false,
    bodyAct: false,
  };
  it('two independent voices and no doubt corroborate', () => {
    expect(corroborates(2, clear, 2)).toBe(true);
    expect(corroborates(1, clear, 2)).toBe(false);
  });
  it('blame by camp, or origins whose sentences share almost no words, do not', () => {
    expect(corroborates(3, { ...clear, blame: true }, 2)).toBe(false);
    expect(corroborates(3, { ...clear, apart: true }, 2)).toBe(false);
  });
  it('origins all found in one outlet do not', () => {
    expect(corroborates(2, { ...clear, oneOutlet: true }, 2)).toBe(false);
  });
  it("origins giving the same several figures (one release's numbers) do not", () => {
    expect(corroborates(2, { ...clear, oneRelease: true }, 2)).toBe(false);
  });
  it('origins two only by two named speakers, or a status that confirms nothing, do not', () => {
    expect(corroborates(2, { ...clear, oneBody: true }, 2)).toBe(false);
    expect(corroborates(2, { ...clear, weakStatus: true }, 2)).toBe(false);
  });
  it('a count no two origins state exactly, a precise published figure, or one release rewritten do not', () => {
    expect(corroborates(2, { ...clear, noSameFigure: true }, 2)).toBe(false);
    expect(corroborates(2, { ...clear, publishedFigure: true }, 2)).toBe(false);
    expect(corroborates(2, { ...clear, rewrittenRelease: true }, 2)).toBe(false);
  });
  it('papers retelling an act only its body witnesses (a decree, a verdict, a loan) do not', () => {
    expect(corroborates(2, { ...clear, bodyAct: true }, 2)).toBe(false);
  });
});

describe('statedFigure', () => {
  it('gives a point, "about" or an open bound its value, and a range both bounds', () => {
    expect(statedFigure({ value: 15, low: 15, high: 15 })).toBe('15');
    expect(statedFigure({ value: 15, low: 12.75, high: 17.25 })).toBe('15');
    expect(statedFigure({ value: 30, low: 30, high: Infinity })).toBe('30');
    expect(statedFigure({ value: 50, low: 50, high: 65 })).toBe('50-65');
    expect(statedFigure({ value: 50, low: 0, high: 50 })).toBe('0-50');
  });
});

describe('bodyVoices', () => {
  const origin = (id: string) =>
    ({
      members: [{ voice: { id, by: id }, ctx: { quotes: [] }, span: { start: 0 } } as unknown as OriginItem],
      folds: [],
      counted: true,
    }) as OriginGroup;
  it('counts named speakers of one claim as one voice, papers and unnamed sources each as theirs', () => {
    expect(bodyVoices([origin('source:the minister'), origin('source:the ministry')])).toBe(1);
    expect(bodyVoices([origin('source:the minister'), origin('outlet:a')])).toBe(2);
    expect(bodyVoices([origin('outlet:a'), origin('wire:b'), origin('source:c')])).toBe(3);
  });
});

describe('describedOfficial', () => {
  it('reads an indefinite official as described, a definite title or a name as named', () => {
    expect(describedOfficial('official', 'مسؤول في الهيئة المثال')).toBe(true);
    expect(describedOfficial('official', 'مصدر عسكري')).toBe(true);
    expect(describedOfficial('official', 'وزير الخارجية المثالي')).toBe(false);
    expect(describedOfficial('official', 'المتحدث باسم البلدية')).toBe(false);
    expect(describedOfficial('named', 'سالم')).toBe(false);
  });
  it('reads a title made definite by the name its chain ends in as named, not described', () => {
    expect(describedOfficial('official', 'وزير خارجية قطر')).toBe(false);
    expect(describedOfficial('official', 'رئيس وزراء العراق')).toBe(false);
    expect(describedOfficial('official', 'مدير عام فرع الهيئة')).toBe(false);
    expect(describedOfficial('official', 'مسؤول في الوزارة')).toBe(true);
    expect(describedOfficial('official', 'مصدر مطلع')).toBe(true);
    expect(describedOfficial('official', 'مسؤول حكومي رفيع المستوى')).toBe(true);
    expect(describedOfficial('official', 'مصدر أمني بقاعدة المطار الشمالية')).toBe(true);
    expect(describedOfficial('official', 'متحدث باسم الهيئة')).toBe(true);
    expect(describedOfficial('official', 'مصدر أمني مصري')).toBe(true);
  });
});

describe('figures', () => {
  it('reads Western and Arabic-Indic digits alike', () => {
    expect([...figures('قتل ٢٣ وأصيب 40 في 1.5 ساعة')]).toEqual(['23', '40', '1.5']);
  });
  it('keeps a figure whole across its separators, in any digits', () => {
    expect([...figures('بلغت الصادرات ١٥٬٠٠٠ طن و۲٫۵ مليون دولار و15,000 برميل و63ر54 بالمئة')]).toEqual([
      '15000',
      '2.5',
      '54.63',
    ]);
  });
  it("reads a tokenised sentence's figures whole and leaves its dates out", () => {
    const a = article(
      'a',
      'وفي 14 مارس 2016 أعلنت الشركة أنها صدرت 1.5 مليون طن عبر 3,000 شاحنة. وانتهى الاجتماع.',
    );
    const ctx = buildContext(a, undefined, [date(a, '14 مارس 2016', '2016-03-14')], []);
    expect([...sentenceFigures(ctx, 0)]).toEqual(['1.5', '3000']);
  });
  it("counts a statement's own figure spelled out among its sentence's figures, once when in digits", () => {
    const a = article('a', 'ووسع الفريق الفارق إلى عشر نقاط (٣٠-٢٠) قبل نهاية الشوط. ثم سجل 12 نقطة.');
    const ctx = buildContext(a, undefined, [], []);
    const at = (text: string, value: number, sent: number) => {
      const start = a.text.indexOf(text);
      const span = { article: 'a', start, end: start + text.length, text };
      return { ctx, sent, span, quantity: { value, low: value, high: value, text, incident: {} } };
    };
    expect([...statementFigures(at('عشر نقاط', 10, 0) as never)].sort()).toEqual(['10', '20', '30']);
    expect([...statementFigures(at('12 نقطة', 12, 1) as never)]).toEqual(['12']);
  });
  it('gives one figure in words and in digits with its scale word the same key', () => {
    const of = (text: string, figure: string) => {
      const a = article('a', text);
      const ctx = buildContext(a, undefined, [], []);
      const start = text.indexOf(figure);
      const span = { article: 'a', start, end: start + figure.length, text: figure };
      const quantity = { value: 10000, low: 10000, high: 10000, text: figure, incident: {} };
      return [...statementFigures({ ctx, sent: 0, span, quantity } as never)].sort();
    };
    const words = of('وزعت الجمعية عشرة آلاف سلة غذائية على 35 قرية.', 'عشرة آلاف سلة');
    const digits = of('الجمعية وزعت 10 آلاف سلة غذائية في 35 قرية.', '10 آلاف سلة');
    expect(words).toEqual(['10000', '35']);
    expect(digits).toEqual(words);
    expect([...figures('بيعت 300 ألف نسخة و5 آلاف و200 كتاب بقيمة 5.2 مليار')]).toEqual([
      '300000',
      '5200',
      '5.2',
    ]);
  });
});

describe('statementFigures, spelled out', () => {
  const sentence = (text: string, dates: [string, string][] = []) => {
    const a = article('a', text);
    const ctx = buildContext(
      a,
      undefined,
      dates.map(([t, iso]) => date(a, t, iso)),
      [],
    );
    return [...statementFigures({ ctx, sent: 0, span: { text: '' } } as never)].sort();
  };
  it('reads one spelled figure once, not again from its later words', () => {
    expect(sentence('تبرع المحسنون بخمسة وعشرين ألفا من الكتب للمكتبة.')).toEqual(['25000']);
    expect(sentence('شاهد الحفل مائة مليون مشاهد حول العالم.')).toEqual(['100000000']);
  });
  it("leaves out the sentence's spelled dates", () => {
    const text = 'افتتح المعرض في الحادي والعشرين من مارس عام ألفين وعشرين بسبعة أجنحة.';
    expect(sentence(text, [['الحادي والعشرين من مارس عام ألفين وعشرين', '2020-03-21']])).toEqual(['7']);
  });
  it('leaves out an ordinal teen', () => {
    expect(sentence('تأهل الفريق بعد فوزه في الدور الثاني عشر على منافسه بثلاثة أهداف.')).toEqual(['3']);
  });
});

describe('specificity', () => {
  it('counts a precise figure twice and a round one once', () => {
    expect([1.31, 844, 85539, 1500].map((v) => specificity(String(v)))).toEqual([2, 2, 2, 1]);
    expect(['15000', '400', '20', '7'].map(specificity)).toEqual([1, 1, 1, 1]);
  });
  it('reads a count as written: a decimal with its scale word stays precise', () => {
    const count = (text: string, value: number) =>
      writtenSpecificity({ span: { text }, quantity: { value } } as never);
    expect(count('5.2 مليار دولار', 5.2e9)).toBe(2);
    expect(count('12 ألف طن', 12000)).toBe(1);
    expect(count('مئتان وثلاثة عشر', 213)).toBe(2);
  });
});

describe('corroboration of tolls and precise figures', () => {
  const statusOf = (docs: ReturnType<typeof doc>[], needle: string) =>
    combineArticles(docs)
      .claims.filter((c) => c.statements.some((s) => s.span.text.includes(needle)))
      .map((c) => c.status);
  it("a toll's dead and wounded told by two sources is not one release rewritten", () => {
    const docs = [
      doc(
        'a',
        'صحيفة أ',
        'وقال مصدر في الشرطة إن 12 شخصا قتلوا وأصيب 30 آخرون في انفجار سيارة مفخخة بسوق الخضار.',
      ),
      doc('b', 'صحيفة ب', 'وأعلن مصدر طبي أن 12 شخصا قتلوا وأصيب 30 آخرون.'),
    ];
    expect(statusOf(docs, '12')).toEqual(['corroborated']);
    expect(statusOf(docs, '30')).toEqual(['corroborated']);
  });
  it('a precise toll told by a police source and a hospital official is corroborated', () => {
    const docs = [
      doc('a', 'صحيفة أ', 'وقال مصدر في الشرطة إن الهجوم على القرية أسفر عن مقتل 123 شخصا.'),
      doc('b', 'صحيفة ب', 'وأفاد مسؤول في المستشفى بأن جثث 123 قتيلا نقلت إليه بعد الهجوم.'),
    ];
    expect(statusOf(docs, '123')).toEqual(['corroborated']);
  });
});
