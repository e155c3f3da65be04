// The claim checker on sentences written for these tests (an invented town, الواحة).
import { describe, expect, it } from 'vitest';
import { contentStem, lookAlike, termOf, termTokens } from './terms.js';
import { outcomeReversed } from './outcome.js';
import { findCues, findPoles, oppositePole } from './cues.js';
import { compareNumbers, numbersInContext } from './numbers.js';
import { compareBlame, compareDates } from './facts.js';
import { negatesContent, readClaim } from './views.js';
import { annotateText, checkPair, pairFeaturesOf as checkPairFeatures } from './check.js';
import { pairEvidence } from './features.js';
import { slotsOf } from './slots.js';
import { holdsPlace, sameName } from './place-names.js';
import { readArticle } from './views.js';
import { ScanIndex, queryTerms, stemPattern } from './retrieve.js';
import { checkPairLine } from './pairs.js';
import { scoreLabels } from './metrics.js';
import { CHECK_LABELS, decide, predictProbabilities, withThresholds, type CheckModel } from './model.js';
import { InputCoverage, inRange } from './coverage.js';
import { checkClaim } from './claim.js';
import type { RawDoc } from '../ingest/read.js';
import { annotateArticle } from '../annotate/annotate.js';

const doc = (id: string, body: string, extra: Partial<RawDoc> = {}): RawDoc => ({
  id,
  source: {},
  body,
  format: 'txt',
  warnings: [],
  ...extra,
});

describe('terms', () => {
  it('strips a one-letter prefix only when the rest is a known word', () => {
    expect(contentStem('بإعدام')).toBe('اعدام');
    expect(contentStem('فتحه')).toBe('فتح');
    expect(contentStem('والمستشفيات')).toBe(contentStem('المستشفيات'));
  });
  it('folds the words of one event class', () => {
    expect(termOf('قتل').term).toBe('@killed');
    expect(termOf('واستشهاد').term).toBe('@killed');
    expect(termOf('في').term).toBe('');
  });
  it('reads a verb and its imperfect form, or a longer form, as look-alikes', () => {
    expect(lookAlike('دعم', 'ندعم')).toBe(true);
    expect(lookAlike('مستشفي', 'مستشفيات')).toBe(true);
    expect(lookAlike('مصنع', 'مطعم')).toBe(false);
  });
});

describe('cues', () => {
  it('finds denial, plans and hedges as phrases', () => {
    const words = (s: string) => s.split(' ').map((text) => ({ text }));
    expect(findCues(words('وصفت الخبر بأنه عار عن الصحة')).has('deny')).toBe(true);
    expect(findCues(words('من المتوقع أن يبدأ العمل')).has('future')).toBe(true);
    expect(findCues(words('ربما يتأجل الافتتاح')).has('hedge')).toBe(true);
    expect(findCues(words('لم يحضر الوزير')).has('negate')).toBe(true);
  });
  it('reads "still" and "especially" as idioms, not negations', () => {
    const words = (s: string) => s.split(' ').map((text) => ({ text }));
    expect(findCues(words('ولا يزال 12 مصابا في المستشفى')).has('negate')).toBe(false);
    expect(negatesContent(readClaim('ولا يزال المصابون في المستشفى').tokens, () => true)).toBe(false);
    expect(negatesContent(readClaim('لم يصب أحد في الحادث').tokens, () => true)).toBe(true);
  });
  it('contradicts a negated claim only where the article states its negated word plainly', () => {
    // the claim's negated verb and the word it governs, stated without the negation
    const none = 'أعلنت شرطة الواحة أن الحملة الأمنية لم تسفر عن اعتقال أي مشتبه به';
    const some = 'أعلنت شرطة الواحة أن الحملة الأمنية أسفرت عن اعتقال 12 مشتبها بهم.';
    expect(checkPairFeatures(none, some).negationFlip).toBe(1);
    const same = 'أعلنت شرطة الواحة أن الحملة الأمنية لم تسفر عن اعتقال أي مشتبه به حتى الآن.';
    expect(checkPairFeatures(none, same).negationFlip).toBe(0);
    // a report that leaves the negated word out is no flip
    const quiet = 'أعلنت شرطة الواحة انتهاء الحملة الأمنية في المدينة القديمة.';
    expect(checkPairFeatures(none, quiet).negationFlip).toBe(0);
    // an article that negates with another verb ("failed to arrest") agrees: the negation reaches as
    // far on its side as on the claim's
    const failed = 'أعلنت شرطة الواحة أن الحملة الأمنية لم تنجح في اعتقال أي مشتبه به.';
    expect(checkPairFeatures(none, failed).negationFlip).toBe(0);
    const unable = 'أعلنت شرطة الواحة أن الحملة الأمنية لم تتمكن من اعتقال أي مشتبه به.';
    expect(checkPairFeatures(none, unable).negationFlip).toBe(0);
  });
  it('reads no negation in a privative compound or under a condition', () => {
    const negates = (s: string) => negatesContent(readClaim(s).tokens, () => true);
    // "غير مشروع" (illicit) names a kind of gain; it denies no act
    expect(negates('حكمت المحكمة على التاجر بالسجن في قضية ربح غير مشروع')).toBe(false);
    // a condition states no fact: "in case it does not remove the violations"
    expect(negates('يسحب الترخيص في حال عدم قيامها بإزالة المخالفات')).toBe(false);
    expect(negates('هدد الاتحاد بالانسحاب إذا لم تصرف الرواتب')).toBe(false);
    // "إن" is also "that": a reported negation stays one
    expect(negates('قال الوزير إن الشركة لم تصرف الرواتب')).toBe(true);
    expect(negates('لم تقم الشركة بإزالة المخالفات')).toBe(true);
    expect(negates('وفي حالة لم تدفع الشركة الغرامة يسحب الترخيص')).toBe(false);
    // "حال" and "حالة" alone are "state" and "case", no condition: the negation after them stands
    expect(negates('قالت الحكومة إن حالة الطوارئ لم ترفع بعد')).toBe(true);
    expect(negates('في هذه الحالة لم تسجل أي إصابات')).toBe(true);
    expect(negates('وبطبيعة الحال لم تصرف الرواتب')).toBe(true);
    expect(negates('على كل حال لم يحضر الوزير')).toBe(true);
    // a condition far before the negation opens no hypothesis about it
    expect(negates('إذا وصل الوفد فإن الوزير قال إن الشركة لم تصرف الرواتب')).toBe(true);
  });
  it('finds opposite poles: rise and fall, extended and lifted', () => {
    const words = (s: string) => s.split(' ').map((text) => ({ text }));
    const rise = [...findPoles(words('ارتفع المؤشر'))][0];
    expect(findPoles(words('هبط المؤشر')).has(oppositePole(rise))).toBe(true);
    expect(findPoles(words('قررت الحكومة تمديد حظر التجول')).has('extend:a')).toBe(true);
    expect(findPoles(words('قررت الحكومة رفع حظر التجول')).has(oppositePole('extend:a'))).toBe(true);
  });
  it('reads a pole word with the accusative alif ("سجل المؤشر انخفاضا")', () => {
    const words = (s: string) => s.split(' ').map((text) => ({ text }));
    const rise = [...findPoles(words('ارتفع المؤشر'))][0];
    expect(findPoles(words('سجل المؤشر انخفاضا')).has(oppositePole(rise))).toBe(true);
    // "record" says how much, not which way: a record fall is no rise
    expect(findPoles(words('سجل المؤشر انخفاضا قياسيا')).has(rise)).toBe(false);
  });
});

describe('numbers', () => {
  const compare = (claim: string, article: string) => {
    const c = readClaim(claim);
    const a = readClaim(article); // the same reader gives quantities and tokens of a sentence
    return compareNumbers(
      numbersInContext(c.quantities, () => c.tokens),
      numbersInContext(a.quantities, () => a.tokens),
      () => true,
    ).map((f) => `${f.claim.value}:${f.status}:${f.article.value}`);
  };
  it('"about 500" agrees with 480 of the same thing', () => {
    expect(compare('نقل نحو 500 مريض إلى المستشفى', 'نقل 480 مريضا إلى المستشفى')).toEqual(['500:match:480']);
  });
  it('a figure the article negates ("وليس 480") is not its figure: no match', () => {
    const claim = 'نقل نحو 500 مريض إلى المستشفى بعد الحريق';
    const said = 'قال الطبيب إن 480 مريضا نقلوا إلى المستشفى بعد الحريق.';
    expect(checkPairFeatures(claim, said).numberMatch).toBe(1);
    const negated = 'قال الطبيب إن 70 مريضا نقلوا إلى المستشفى بعد الحريق، وليس 480 كما قيل.';
    expect(checkPairFeatures(claim, negated).numberMatch).toBe(0);
  });
  it('a different toll of the same event word disagrees', () => {
    expect(compare('قتل 15 شخصا في الانفجار', 'أسفر الانفجار عن مقتل 17 شخصا')).toEqual(['15:conflict:17']);
  });
  it('an article\'s "at least 28" is another toll than the claim\'s 32; the claim\'s "more than 100" holds 120', () => {
    expect(compare('قتل 32 شخصا في الانفجار', 'أسفر الانفجار عن مقتل 28 شخصا على الأقل')).toEqual([
      '32:conflict:28',
    ]);
    expect(compare('قتل أكثر من 100 شخص في الانفجار', 'أسفر الانفجار عن مقتل 120 شخصا')).toEqual([
      '100:match:120',
    ]);
  });
  it('a measure is no count of things: "32 كيلوغراما" is not "32 خزنة"', () => {
    expect(
      compare('ضبطت الشرطة 32 كيلوغراما من المتفجرات', 'ضبطت الشرطة 44 كيلوغراما من المتفجرات و32 خزنة'),
    ).toEqual(['32:conflict:44']);
  });
  it('the dead are no rivals of the injured', () => {
    expect(compare('قتل 4 أشخاص في الحادث', 'أصيب 9 أشخاص في الحادث')).toEqual([]);
  });
  it('once the toll matches, a part of it is no rival of a detail of the claim', () => {
    expect(
      compare('قتل 15 شخصا بينهم 12 من الحراس في الهجوم', 'قتل 15 شخصا في الهجوم منهم 4 من العمال'),
    ).toEqual(['15:match:15']);
  });
  it('a round figure is a rounding (500 / 480, 16% / 16.2%), a small toll is not (20 / 17, 15 / 16)', () => {
    expect(compare('نقل 500 مريض إلى المستشفى', 'نقل 480 مريضا إلى المستشفى')).toEqual(['500:match:480']);
    expect(compare('ارتفع المؤشر بنسبة 16% في الجلسة', 'ارتفع المؤشر بنسبة 16.2% في الجلسة')).toEqual([
      '16:match:16.2',
    ]);
    expect(compare('قتل 20 شخصا في الانفجار', 'أسفر الانفجار عن مقتل 17 شخصا')).toEqual(['20:conflict:17']);
    expect(compare('قتل 15 شخصا في الانفجار', 'أسفر الانفجار عن مقتل 16 شخصا')).toEqual(['15:conflict:16']);
  });
  it('a count the article repeats is no rival of another number of the claim', () => {
    expect(compare('قتل 15 شخصا بينهم 12 حارسا', 'قتل 15 شخصا وقالت الشرطة إن القتلى 15')).toEqual([
      '15:match:15',
    ]);
  });
  it('a count of the dead is the toll of a claim that people were killed, wherever the event word stands', () => {
    expect(compare('قتل 120 شخصا في انفجار الواحة', 'خلف انفجار الواحة 100 قتيل و150 جريحا')).toEqual([
      '120:conflict:100',
    ]);
    expect(
      compare('قتل 31 شخصا في الواحة', 'قال الدفاع المدني إن 12 شخصا على الأقل قتلوا في الواحة'),
    ).toEqual(['31:conflict:12']);
    expect(compare('ارتفع عدد المصابين في حريق الواحة إلى 38 مصابا', 'أصيب 27 شخصا في حريق الواحة')).toEqual([
      '38:conflict:27',
    ]);
  });
  it('counts with no event word are rivals when two words before them agree (who did what)', () => {
    expect(
      compare('أحالت النيابة العامة 51 متهما إلى المحكمة', 'أعلنت النيابة العامة إحالة 41 شخصا إلى القضاء'),
    ).toEqual(['51:conflict:41']);
    // the story's words after a count say nothing of what it counts
    expect(
      compare('قضت المحكمة بإعدام 11 متهما في قضية الواحة', 'بدأت محاكمة 29 متهما في قضية الواحة'),
    ).toEqual([]);
  });
  it('counts of one noun are rivals unless their sentences say different things happen to it', () => {
    expect(compare('افتتح في الواحة معرض أعمال 36 مصورا', 'يجمع المعرض في الواحة 63 مصورا')).toEqual([
      '36:conflict:63',
    ]);
    // a known counted class reads the same way
    expect(
      compare(
        'أوقفت قوات الأمن عشرة عناصر من خلية في الواحة',
        'تمكنت الوحدات من إيقاف 6 عناصر من خلية في الواحة',
      ),
    ).toEqual(['10:conflict:6']);
    // the released are no rivals of the arrested
    expect(compare('أفرجت السلطات عن 12 موقوفا في الواحة', 'وكانت الشرطة أوقفت 40 موقوفا في الواحة')).toEqual(
      [],
    );
  });
});

describe('opposite words', () => {
  const poleFlip = (claim: string, article: string) => checkPairFeatures(claim, article).poleFlip;
  it('contradict when they are said of the same thing', () => {
    expect(poleFlip('ارتفع عدد الزوار في الواحة هذا العام', 'انخفض عدد الزوار في الواحة هذا العام')).toBe(1);
    expect(
      poleFlip(
        'أفرجت السلطات عن الصحفي المعتقل في الواحة',
        'أعلن محامي الصحفي أن السلطات اعتقلت الصحفي في الواحة',
      ),
    ).toBe(1);
  });
  it('do not when the article also says what the claim says', () => {
    expect(
      poleFlip(
        'أفرجت السلطات عن الصحفي المعتقل في الواحة',
        'أفرجت السلطات عن الصحفي بعد أن اعتقلته الشرطة في الواحة',
      ),
    ).toBe(0);
  });
});

describe('denials', () => {
  const deny = (claim: string, article: string) => checkPairFeatures(claim, article).deny;
  const claim = 'أعلن وزير الصحة سالم الراشد إغلاق مستشفى الواحة المركزي بعد تسرب الغاز';
  it("contradict when said of the claim's actor", () => {
    expect(deny(claim, 'نفى وزير الصحة سالم الراشد إغلاق مستشفى الواحة المركزي بعد تسرب الغاز')).toBe(1);
  });
  it('do not when another party denies another point in the story', () => {
    const article =
      'أعلن وزير الصحة سالم الراشد إغلاق مستشفى الواحة المركزي بعد تسرب الغاز.\n' +
      'ونفى محافظ الإقليم خالد العمري أن يكون تسرب الغاز قد أصاب أحدا.';
    expect(deny(claim, article)).toBe(0);
  });
  it('a denied claim is contradicted by a sentence stating the fact, not by one repeating the denial', () => {
    const denied = 'نفت إدارة الميناء أن تكون السفينة الغارقة قرب الواحة تحمل شحنة من الوقود';
    expect(deny(denied, 'أكدت إدارة الميناء أن السفينة الغارقة قرب الواحة تحمل شحنة من الوقود')).toBe(1);
    expect(deny(denied, 'نفت إدارة الميناء أن تكون السفينة الغارقة قرب الواحة تحمل شحنة من الوقود')).toBe(0);
  });
});

describe('decision', () => {
  // a model that weighs nothing: only the biases, which favour "disagree"
  const model: CheckModel = {
    format: 'sanad-check/1',
    labels: CHECK_LABELS,
    features: ['contraryCoverage'],
    mean: [0],
    scale: [1],
    weights: [
      [0, 0],
      [0, 2],
      [0, 0],
      [0, 0],
    ],
    classBoost: [1, 1, 1, 1],
    minContraryCoverage: 0.3,
  };
  const decided = (x: Record<string, number>) =>
    CHECK_LABELS[decide(model, predictProbabilities(model, x), x)];
  it('disagrees only with citable contrary evidence where the claim is addressed', () => {
    expect(decided({ contrary: 1, contraryCoverage: 0.5 })).toBe('disagree');
    expect(decided({ contrary: 1, contraryCoverage: 0.2 })).not.toBe('disagree');
  });
  it('another actor alone is no evidence of a disagreement', () => {
    expect(decided({ actorSwapped: 1, contrary: 0, contraryCoverage: 0 })).not.toBe('disagree');
  });
  it('sets the thresholds chosen after the fit', () => {
    const t = withThresholds(model, { disagreeBoost: 1.5, minContraryCoverage: 0 });
    expect(t.classBoost).toEqual([1, 1.5, 1, 1]);
    expect(t.minContraryCoverage).toBe(0);
  });
});

describe('dates and blame', () => {
  it('the same day agrees, another day where the claim is addressed disagrees', () => {
    const c = readClaim('يبدأ المهرجان في الخامس من مارس');
    const same = readClaim('أعلنت البلدية أن المهرجان يبدأ في 5 مارس');
    const other = readClaim('أعلنت البلدية أن المهرجان يبدأ في 12 مارس');
    expect(compareDates(c.dates, same.dates, () => true)[0]?.status).toBe('match');
    expect(compareDates(c.dates, other.dates, () => true)[0]?.status).toBe('conflict');
  });
  it('another party claiming the act disagrees', () => {
    const c = readClaim('تبنى تنظيم الجبهة الشمالية الهجوم على مصنع الأسمدة');
    const a = readClaim('أعلن تنظيم الكتيبة الزرقاء مسؤوليته عن الهجوم على مصنع الأسمدة');
    const b = readClaim('أعلن تنظيم الجبهة الشمالية مسؤوليته عن الهجوم على مصنع الأسمدة');
    expect(compareBlame(c.accusations, a.accusations, () => true)[0]?.status).toBe('conflict');
    expect(compareBlame(c.accusations, b.accusations, () => true)[0]?.status).toBe('match');
  });
});

describe('slots', () => {
  const evidence = (claim: string, article: string) =>
    pairEvidence(readClaim(claim), readArticle(annotateText(article)));
  const claim = 'افتتح وزير الصحة مستشفى جديدا في مدينة جدة يضم 300 سرير';
  it('another place in the same words of a sentence stating the claim clashes, and is cited first', () => {
    const article =
      'أعلنت الوزارة خطتها للعام المقبل.\nافتتح وزير الصحة أمس مستشفى جديدا في مدينة الدمام يضم 300 سرير.';
    const ev = evidence(claim, article);
    expect(ev.slots.map((x) => [x.status, x.kind])).toEqual([['clash', 'place']]);
    expect(article.slice(ev.slots[0].article.start, ev.slots[0].article.end)).toBe('الدمام');
    expect(ev.features.slotClash).toBe(1);
    expect(ev.contrary[0].sentence.text).toContain('الدمام');
    const r = checkPair(claim, article);
    expect(r.stance).toBe('disagree');
    expect(article.slice(...r.rationale[0])).toContain('الدمام');
  });
  it("a second place besides the claim's, or the claim's place given to the event elsewhere, is no clash", () => {
    const extra = 'افتتح وزير الصحة أمس مستشفى جديدا في مدينة جدة يضم 300 سرير، بعد مستشفى في الدمام.';
    expect(evidence(claim, extra).features.slotClash).toBe(0);
    const both = 'افتتح وزير الصحة أمس مستشفى جديدا في مدينة الدمام يضم 300 سرير، ومثله في جدة.';
    expect(evidence(claim, both).features).toMatchObject({ slotClash: 0, slotExtra: 1 });
    const restated =
      'افتتح وزير الصحة أمس مستشفى جديدا في مدينة الدمام يضم 300 سرير.\nوقال الوزير إن المستشفى الجديد في جدة يضم 300 سرير.';
    expect(evidence(claim, restated).features.slotClash).toBe(0);
  });
  it("the claim's place named only for another reason is no agreement: the other place clashes", () => {
    const elsewhere =
      'افتتح وزير الصحة أمس مستشفى جديدا في مدينة الدمام يضم 300 سرير.\nوكان الوزير قد زار جدة الأسبوع الماضي.';
    const ev = evidence(claim, elsewhere);
    expect(ev.features.slotClash).toBe(1);
    expect(elsewhere.slice(ev.slots[0].article.start, ev.slots[0].article.end)).toBe('الدمام');
  });
  it("the claim's count given to another event is no agreement: the other count clashes", () => {
    const elsewhere =
      'افتتح وزير الصحة أمس مستشفى جديدا في مدينة جدة يضم 400 سرير.\nوحضر الحفل عدد من المسؤولين.\nوكانت الوزارة قد وزعت 300 سرير على مراكز القرى العام الماضي.';
    expect(evidence(claim, elsewhere).slots.map((x) => [x.status, x.kind])).toEqual([['clash', 'number']]);
    const restated =
      'افتتح وزير الصحة أمس مستشفى جديدا في مدينة جدة يضم 400 سرير.\nوقال الوزير إن المستشفى الجديد في جدة يضم 300 سرير.';
    expect(evidence(claim, restated).features.slotClash).toBe(0);
  });
  it('a person named only for another reason is no agreement; a name holding a place is no person', () => {
    const c = 'افتتح الوزير خالد الفالح مستشفى جديدا في مدينة جدة يضم 300 سرير';
    const art =
      'افتتح الوزير سامي الحربي مستشفى جديدا في مدينة جدة يضم 300 سرير.\nوكان خالد الفالح قد ألقى كلمة في مؤتمر اقتصادي.';
    expect(evidence(c, art).features.slotClash).toBe(1);
    expect(holdsPlace('سعد شمال عدن')).toBe(true);
    expect(holdsPlace('خالد الفالح')).toBe(false);
  });
  it('a body named elsewhere keeps its other name an extra slot (an alias the checker cannot tell)', () => {
    const c = 'تبنت جماعة النصرة تفجير سيارة مفخخة في سوق شعبي';
    const art = 'تبنت جبهة فتح الشام تفجير سيارة مفخخة في سوق شعبي.\nوكانت جماعة النصرة قد غيرت اسمها.';
    expect(evidence(c, art).features.slotClash).toBe(0);
  });
  it('another year after "عام" or a month clashes; a count of that size is no year', () => {
    const c = 'سجل المؤشر أكبر خسارة يومية له منذ عام 2007 في جلسة الاثنين';
    const moved = evidence(c, 'سجل المؤشر أكبر خسارة يومية له منذ فبراير 2009 في جلسة الاثنين.');
    expect(moved.slots.map((x) => [x.status, x.kind])).toEqual([['clash', 'year']]);
    expect(
      evidence(c, 'سجل المؤشر أكبر خسارة يومية له منذ عام 2007 في جلسة الاثنين.').features.slotClash,
    ).toBe(0);
    expect(
      slotsOf(readClaim('وصل 2007 زائرا إلى المدينة').tokens, readClaim('وصل 2007 زائرا')).map((x) => x.kind),
    ).not.toContain('year');
  });
  it('a person is no rival of a body in its place', () => {
    const c = 'افتتحت وزارة الصحة مستشفى جديدا في مدينة جدة يضم 300 سرير';
    const ev = evidence(c, 'افتتح الوزير خالد الفالح مستشفى جديدا في مدينة جدة يضم 300 سرير.');
    expect(ev.features.slotClash).toBe(0);
  });
  it('another count of the same event clashes; a count of another event does not', () => {
    const c = 'قتل 4 جنود في هجوم مسلح على نقطة تفتيش قرب الحدود';
    const other = evidence(c, 'قتل 9 جنود في هجوم مسلح على نقطة تفتيش قرب الحدود.');
    expect(other.slots.map((x) => [x.status, x.kind])).toEqual([['clash', 'number']]);
    expect(evidence(c, 'أصيب 9 جنود في هجوم مسلح على نقطة تفتيش قرب الحدود.').features.slotClash).toBe(0);
  });
  it('a dual noun is a count of two: "قتل شخصين" clashes with a claim of five killed', () => {
    const c = 'قتل مسلح خمسة أشخاص في إطلاق نار داخل مركز تجاري بمدينة الواحة';
    const ev = evidence(c, 'فتح مسلح النار داخل مركز تجاري بمدينة الواحة فقتل شخصين.');
    expect(ev.slots.map((x) => [x.status, x.kind])).toEqual([['clash', 'number']]);
    expect(
      evidence(c, 'فتح مسلح النار داخل مركز تجاري بمدينة الواحة فقتل خمسة أشخاص.').features.slotClash,
    ).toBe(0);
  });
  it("the claim's words next to a count may stand in another form (فرقة / فرق، أخمدت / إخماد)", () => {
    const c = 'أخمدت عشر فرق من الدفاع المدني حريقا في مستودع للأخشاب شرق الواحة';
    const ev = evidence(c, 'شاركت أربع فرق من الدفاع المدني في إخماد حريق في مستودع للأخشاب شرق الواحة.');
    expect(ev.slots.filter((x) => x.kind === 'number').map((x) => x.status)).toEqual(['clash']);
    // another thing counted (the word after the count) is no rival
    const trucks = evidence(c, 'أخمدت أربع شاحنات من الدفاع المدني حريقا في مستودع للأخشاب شرق الواحة.');
    expect(trucks.slots.filter((x) => x.kind === 'number')).toEqual([]);
  });
  it('a name the entity finder misses clashes with the name it finds in its place', () => {
    // the claim's two-word club name is no entity; the sentence's club is one
    const c = 'انتقل المهاجم إلى نادي فاسيلوفا ديمتروفا بعقد لمدة موسمين قادما من ريال مدريد';
    const ev = evidence(c, 'انتقل المهاجم إلى نادي برشلونة بعقد لمدة موسمين قادما من ريال مدريد.');
    expect(ev.features.slotClash).toBe(1);
    expect(evidence(c, `${c}.`).features.slotClash).toBe(0);
  });
  it('a frame stated over two adjacent sentences reads a slot given otherwise in one of them', () => {
    const c = 'أوقفت قوات الأمن عشرة عناصر من خلية في بلدة الواحة كانت تخطط لاستهداف منشآت أمنية حساسة';
    const two =
      'وأعلنت الوزارة أن قوات الأمن أوقفت ستة عناصر من خلية في بلدة الواحة.\n' +
      'وقالت إن الخلية كانت تخطط لاستهداف منشآت أمنية حساسة.';
    expect(evidence(c, two).features.slotClash).toBe(1);
    // the same sentence after an unrelated one states too little of the frame
    const one = 'وأعلنت الوزارة أن قوات الأمن أوقفت ستة عناصر من خلية في بلدة الواحة.\nوتشهد البلاد موجة حر.';
    expect(evidence(c, one).features.slotClash).toBe(0);
  });
  it("a place moves freely in a sentence stating nearly all the claim, when the claim's is nowhere", () => {
    const c = 'قتل جنديان وأصيب أربعة آخرون في انفجار سيارة مفخخة لدى مرور قافلة عسكرية في مدينة حلب';
    const moved =
      'أعلنت السلطات في درعا مقتل جنديين وإصابة أربعة آخرين في انفجار سيارة مفخخة لدى مرور قافلة عسكرية.';
    expect(evidence(c, moved).features.slotClash).toBe(1);
    expect(evidence(c, `${moved}\nوكانت حلب قد شهدت هجوما مماثلا.`).features.slotClash).toBe(0);
  });
  it("a country's adjective is a place: another one clashes, the country named elsewhere does not", () => {
    const c = 'قتل خمسة جنود مصريين في هجوم مسلح على نقطة تفتيش';
    const other = 'قتل خمسة جنود سوريين في هجوم مسلح على نقطة تفتيش.';
    expect(evidence(c, other).slots.map((x) => [x.status, x.kind])).toEqual([['clash', 'place']]);
    // Egypt named for another reason is no agreement; Egyptians in a sentence stating the attack are
    expect(evidence(c, `${other}\nوكانت مصر قد أرسلت وفدا إلى المنطقة.`).features.slotClash).toBe(1);
    expect(evidence(c, `${other}\nوقالت مصر إن خمسة جنود قتلوا في الهجوم.`).features.slotClash).toBe(0);
  });
  it("the claim's city in a report's dateline is where it was filed: another city of the event clashes", () => {
    const body = 'افتتح وزير الصحة أمس مستشفى جديدا في مدينة الدمام يضم 300 سرير.';
    const ev = evidence(claim, `سالم الراوي- صحيفة الواحة- جدة: ${body}`);
    expect(ev.slots.map((x) => [x.status, x.kind])).toEqual([['clash', 'place']]);
    // a speaker's colon is no dateline
    expect(evidence(claim, `وقال المتحدث في جدة: ${body}`).features.slotClash).toBe(0);
  });
  it("a country's adjective built by rule from the gazetteer's name clashes in any form (إثيوبيين / أثيوبيون)", () => {
    const c = 'أوقفت الشرطة ثلاثة عمال يمنيين بتهمة سرقة متجر في الواحة';
    for (const other of ['إثيوبيين', 'أثيوبيين', 'كينيين'])
      expect(
        evidence(c, `أوقفت الشرطة ثلاثة عمال ${other} بتهمة سرقة متجر في الواحة.`).slots.map((x) => [
          x.status,
          x.kind,
        ]),
      ).toEqual([['clash', 'place']]);
    expect(evidence(c, `${c}.`).features.slotClash).toBe(0);
  });
  it('a nationality is rivalled by a nationality, not by where the event was', () => {
    const c = 'أسند الاتحاد إدارة مباراة الكأس في الواحة إلى طاقم تحكيم إنجليزي';
    const ev = evidence(c, 'أسند الاتحاد إدارة مباراة الكأس السعودي في الواحة إلى طاقم تحكيم إنجليزي.');
    expect(ev.features.slotClash).toBe(0);
    const other = evidence(c, 'أسند الاتحاد إدارة مباراة الكأس في الواحة إلى طاقم تحكيم إيطالي.');
    expect(other.slots.map((x) => [x.status, x.kind])).toEqual([['clash', 'place']]);
  });
  it("the claim's nationality given to another word is a rival where the sentence has that word's own", () => {
    const c = 'قتل مواطن سعودي إثر سقوط قذيفة من الأراضي اليمنية على مزرعة في الواحة';
    const ev = evidence(c, 'قتل مزارع يمني إثر سقوط قذيفة من الأراضي اليمنية على مزرعة في الواحة.');
    expect(ev.features.slotClash).toBe(1);
  });
  it('a time unit in the singular after "لمدة" is a count of one: it clashes with a claim of two years', () => {
    const c = 'أجل الاتحاد بطولة الكأس المقررة في الواحة لمدة عامين';
    const ev = evidence(c, 'أجل الاتحاد بطولة الكأس المقررة في الواحة لمدة عام بسبب أعمال الصيانة.');
    expect(ev.slots.filter((x) => x.kind === 'number').map((x) => x.status)).toEqual(['clash']);
    // a singular unit after another word ("العام المقبل") is no count
    const next = evidence(c, 'أجل الاتحاد بطولة الكأس المقررة في الواحة لمدة عامين إلى العام المقبل.');
    expect(next.features.slotClash).toBe(0);
  });
  it('another weekday anywhere in a sentence stating the claim clashes; both days in it do not', () => {
    const c = 'قتل ثلاثة أشخاص في تحطم طائرة صغيرة فوق حي سكني في الواحة يوم الجمعة';
    const moved = evidence(c, 'قتل ثلاثة أشخاص اليوم (الأحد) في تحطم طائرة صغيرة فوق حي سكني في الواحة.');
    expect(moved.slots.map((x) => [x.status, x.kind])).toEqual([['clash', 'weekday']]);
    const both = evidence(
      c,
      'أعلنت الشرطة الأحد أن ثلاثة أشخاص قتلوا الجمعة في تحطم طائرة صغيرة فوق حي سكني في الواحة.',
    );
    expect(both.features.slotClash).toBe(0);
  });
  it('reads a weekday only with the article: "أحد" and "اثنين" are numbers', () => {
    const kinds = (t: string) => slotsOf(readClaim(t).tokens, readClaim(t)).map((x) => x.kind);
    expect(kinds('أصيب أحد الجنود يوم الأحد')).toEqual(['weekday']);
    expect(kinds('وصل اثنين من الوزراء الخميس')).toContain('weekday');
    expect(kinds('وصل اثنين من الوزراء الخميس').filter((k) => k === 'weekday')).toHaveLength(1);
  });
  // sixteenth round: the slot of a false version the article gives otherwise
  it('a year in digits after any word is a year slot; another year there clashes', () => {
    const c = 'ألزمت الهيئة مصنعي الدراجات بنظام إضاءة إضافي بداية من طرازات 2019';
    const other = evidence(c, 'ألزمت الهيئة مصنعي الدراجات بنظام إضاءة إضافي بداية من طرازات 2021.');
    expect(other.slots.map((x) => [x.status, x.kind])).toEqual([['clash', 'year']]);
    expect(evidence(c, `${c}.`).features.slotClash).toBe(0);
  });
  it('a weekday inside a full date is a slot: another weekday clashes', () => {
    const c = 'تبدأ الهيئة يوم الخميس 13 أغسطس صرف الدفعة الأولى من إعانات المزارعين';
    const other = evidence(c, 'تبدأ الهيئة الأحد القادم صرف الدفعة الأولى من إعانات المزارعين.');
    expect(other.slots.map((x) => [x.status, x.kind])).toEqual([['clash', 'weekday']]);
  });
  it('an article\'s "more than 1500" is no claim of "more than two thousand"', () => {
    const c = 'استقبلت العيادات في المخيم أكثر من ألفي حالة مرضية خلال الأسبوع';
    const other = evidence(c, 'استقبلت العيادات في المخيم أكثر من 1500 حالة مرضية خلال الأسبوع.');
    expect(other.slots.map((x) => [x.status, x.kind])).toEqual([['clash', 'number']]);
  });
  it('a place keyed by its gazetteer word: another airport clashes', () => {
    const c = 'فتحت الهيئة تحقيقا في فيديو يظهر مسافرين ينامون على أرض مطار الطائف';
    const other = evidence(c, 'فتحت الهيئة تحقيقا في فيديو يظهر مسافرين في مطار ينبع ينتظرون رحلتهم.');
    expect(other.slots.map((x) => [x.status, x.kind])).toEqual([['clash', 'place']]);
    expect(evidence(c, `${c}.`).features.slotClash).toBe(0);
  });
  it('the noun a count counts, right after it, places it even when the word before differs', () => {
    const c = 'توفيت المغنية صاحبة أغنية الوردة البيضاء عن سبعة وسبعين عاما في مستشفى المدينة';
    const other = evidence(c, 'توفيت المغنية في مستشفى المدينة عن 67 عاما بعد أزمة قلبية.');
    expect(other.slots.map((x) => [x.status, x.kind])).toEqual([['clash', 'number']]);
  });
  it('a figure the article compares with is no agreement: the reported figure clashes', () => {
    const c = 'ارتفع عدد زوار متحف الواحة في عام 2014 بنسبة 6% ليبلغ 90 ألف زائر';
    const compared =
      'ارتفع عدد زوار متحف الواحة في العام الماضي بنسبة 11% ليبلغ 90 ألف زائر مقارنة بزيادة بنسبة 6% في العام 2013.';
    const ev = evidence(c, compared);
    expect(ev.features.numberConflict).toBe(1);
    expect(ev.features.slotClash).toBe(1);
    const ranked = evidence(
      'تراجع فريق الواحة إلى المركز 40 في ترتيب الدوري لشهر مايو',
      'تراجع فريق الواحة في ترتيب الدوري لشهر مايو إلى المركز 41 بعد أن كان في المركز 40 في أبريل.',
    );
    expect(ranked.features.slotClash).toBe(1);
    // the claim that states the comparison itself still meets it
    expect(evidence(`${c} مقارنة بزيادة بنسبة 6%`, compared).features.numberMatch).toBeGreaterThan(0);
  });
  it('a comparison ends at a new verb: the figure after it is the reported one', () => {
    const c = 'ارتفع إنتاج مصنع الواحة من الإسمنت ليصل إلى 30 ألف طن';
    const verb = 'ارتفع إنتاج مصنع الواحة من الإسمنت بنسبة 8% مقارنة بالعام الماضي ليصل 45 ألف طن.';
    expect(evidence(c, verb).features.numberConflict).toBe(1);
    expect(evidence(c, verb.replace('45', '30')).features.numberMatch).toBe(1);
    const past = 'زاد عدد طلاب مدرسة الواحة ليبلغ 900 طالب';
    const perfect = 'زاد عدد طلاب مدرسة الواحة بنسبة 5% قياسا بالعام السابق وبلغ 650 طالبا.';
    expect(evidence(past, perfect).features.numberConflict).toBe(1);
    // without the verb the figure is still the one compared with
    expect(evidence(past, perfect.replace('وبلغ ', '')).features.numberConflict).toBe(0);
  });
  it('a bare "comparative" (no ب… or مع after it) compares with nothing', () => {
    const c = 'شملت دراسة مستشفى الواحة 300 مريض بالربو';
    const study = 'أجرى مستشفى الواحة دراسة مقارنة على 420 مريضا بالربو.';
    expect(evidence(c, study).features.numberConflict).toBe(1);
    expect(evidence(c, 'أجرى مستشفى الواحة دراسة مقارنة على 300 مريض بالربو.').features.numberMatch).toBe(1);
    // with its object it still compares: "مقارنة مع 420" is another time's value
    const withObject = `${c} مقارنة مع 420 مريضا في العام الماضي.`;
    expect(evidence(c, withObject).features.numberConflict).toBe(0);
    expect(evidence(c, withObject).features.numberMatch).toBe(1);
  });
  it('a weight in tonnes and one in kilograms are one measure', () => {
    const c = 'ضبطت الجمارك في ميناء الواحة نحو 1.1 مليون كيلوغرام من الأغذية الفاسدة';
    const tonnes = evidence(c, 'ضبطت الجمارك في ميناء الواحة 1568 طنا من الأغذية الفاسدة.');
    expect(tonnes.slots.map((x) => [x.status, x.kind])).toEqual([['clash', 'number']]);
    const same = evidence(c, 'ضبطت الجمارك في ميناء الواحة 1100 طن من الأغذية الفاسدة.');
    expect(same.features.slotClash).toBe(0);
  });
});

describe('checkPair', () => {
  const claim = 'نقل نحو 500 مريض إلى المستشفيات بعد تسرب غاز من مصنع الأسمدة في الواحة';
  it('agrees with a report of the same event and count, pointing at the sentences', () => {
    const article =
      'أعلنت مديرية الصحة في مدينة الواحة أن 480 مريضا نقلوا إلى المستشفيات بعد تسرب غاز من مصنع الأسمدة.\n' +
      'وأضافت أن حالة ثلاثة منهم حرجة.';
    const r = checkPair(claim, article);
    expect(r.stance).toBe('agree');
    expect(r.rationale.length).toBeGreaterThan(0);
    expect(article.slice(...r.rationale[0])).toContain('480 مريضا');
  });
  it('disagrees with a denial and another count, and cites them', () => {
    const article =
      'نفت إدارة مصنع الأسمدة في الواحة وقوع أي تسرب للغاز، ووصفت الأنباء بأنها شائعات لا أساس لها.\n' +
      'وقالت نقابة الأطباء إن 60 مريضا فقط نقلوا إلى المستشفيات بعد تسرب غاز من مصنع الأسمدة.';
    const r = checkPair(claim, article);
    expect(r.stance).toBe('disagree');
    for (const [s, e] of r.rationale) expect(e).toBeGreaterThan(s);
  });
  it('finds an article on something else unrelated, with no rationale', () => {
    const r = checkPair(claim, 'فاز نادي الساحل على ضيفه بثلاثة أهداف مقابل هدف في الدوري المحلي.');
    expect(r.stance).toBe('unrelated');
    expect(r.rationale).toEqual([]);
  });
  it('gives a score in [0, 1]', () => {
    const r = checkPair(claim, 'يزور وزير الصناعة مصنع الأسمدة في الواحة الأسبوع المقبل.');
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(1);
  });
});

describe('retrieval', () => {
  it('a stem pattern accepts the spellings its search key folds', () => {
    expect(stemPattern('اسمده').test('مصنع الأسمدة')).toBe(true);
    expect(stemPattern('مستشفي').test('المستشفى')).toBe(true);
  });
  it('ranks the article that addresses the claim first', () => {
    const index = new ScanIndex([
      { id: 'sport', text: 'فاز نادي الواحة على ضيفه في الدوري' },
      { id: 'leak', text: 'تسرب غاز من مصنع الأسمدة في الواحة ونقل المرضى إلى المستشفيات' },
      { id: 'visit', text: 'وزير الصناعة يزور مصنع الأسمدة' },
    ]);
    const hits = index.search(queryTerms(readClaim('تسرب غاز من مصنع الأسمدة في الواحة')), 3);
    expect(hits[0].id).toBe('leak');
    expect(hits.map((h) => h.id)).not.toContain('sport');
  });
  it('keeps dated articles inside --from/--to only', () => {
    expect(inRange('2015-08-06', '2015-08-01', '2015-08-07')).toBe(true);
    expect(inRange('2015-08-09', undefined, '2015-08-07')).toBe(false);
    expect(inRange(undefined, '2015-08-01')).toBe(false);
    expect(inRange(undefined)).toBe(true);
  });
});

describe('checkClaim', () => {
  const report =
    'أعلنت مديرية الصحة في مدينة الواحة أن 480 مريضا نقلوا إلى المستشفيات بعد تسرب غاز من مصنع الأسمدة.';
  it('counts a republished copy as one origin', async () => {
    const coverage = new InputCoverage([
      doc('a', report),
      doc('b', report),
      doc('c', 'فاز نادي الساحل على ضيفه بثلاثة أهداف مقابل هدف.'),
    ]);
    const r = await checkClaim(
      'نقل نحو 500 مريض إلى المستشفيات بعد تسرب غاز من مصنع الأسمدة في الواحة',
      coverage,
    );
    expect(r.verdict.articles.agree).toBe(2);
    expect(r.verdict.support).toBe(1);
    expect(r.articles.find((a) => a.id === 'b')?.copyOf).toBe('a');
    for (const a of r.articles)
      for (const e of a.rationale) expect(report.slice(e.start, e.end)).toBe(e.text);
  });
  it('cites a title held apart from the text as a span of the title', async () => {
    const title = ' افتتاح مستشفى جديد في مدينة الدمام يضم 300 سرير';
    const body =
      'افتتح وزير الصحة أمس مستشفى جديدا يضم 300 سرير.\nوقال المتحدث إن المستشفى بدأ استقبال المرضى.';
    const r = await checkClaim(
      'افتتح مستشفى جديد في مدينة جدة يضم 300 سرير',
      new InputCoverage([doc('t', body, { title })]),
    );
    expect(r.articles.map((a) => a.stance)).toEqual(['disagree']);
    const spans = r.articles.flatMap((a) => a.rationale);
    // the place is given otherwise only in the title: the title is the first sentence cited
    const cited = spans[0];
    expect(cited.field).toBe('title');
    expect(cited).toBeDefined();
    expect(title.slice(cited!.start, cited!.end)).toBe(cited!.text);
    expect(cited!.text).toContain('الدمام');
    for (const e of spans.filter((x) => !x.field)) expect(body.slice(e.start, e.end)).toBe(e.text);
  });
  it('reads another place in a title held apart as a slot clash', () => {
    const article = annotateArticle({
      ...doc('t', 'قال المتحدث إن المستشفى بدأ استقبال المرضى.'),
      title: 'افتتاح مستشفى جديد في مدينة الدمام يضم 300 سرير',
    });
    const ev = pairEvidence(readClaim('افتتح مستشفى جديد في مدينة جدة يضم 300 سرير'), readArticle(article));
    expect(ev.features.slotClash).toBe(1);
    expect(ev.clashing?.sentence.index).toBe(-1);
  });
  it('refuses --story without a library, with a coded error', async () => {
    await expect(
      checkClaim('تسرب غاز', new InputCoverage([doc('a', report)]), { story: 's1' }),
    ).rejects.toThrow(/--story/);
  });
});

describe('pairs lines', () => {
  it('a broken line gives a coded error record, not a dropped line', () => {
    expect(checkPairLine('{"id": 1, "claim": ', 3)).toMatchObject({
      line: 3,
      error: { code: 'BAD_JSON' },
    });
    expect(checkPairLine('{"id": 7, "claim": "x"}', 4)).toMatchObject({
      id: 7,
      line: 4,
      error: { code: 'BAD_PAIR' },
    });
    expect(checkPairLine('[1, 2]', 5)).toMatchObject({ error: { code: 'BAD_RECORD' } });
  });
});

describe('metrics', () => {
  it('gives accuracy, per-class F1 and the confusion matrix', () => {
    const s = scoreLabels(['a', 'b'], ['a', 'a', 'b', 'b'], ['a', 'b', 'b', 'b']);
    expect(s.accuracy).toBe(0.75);
    expect(s.f1.a).toBeCloseTo(2 / 3);
    expect(s.f1.b).toBeCloseTo(0.8);
    expect(s.confusion.a.b).toBe(1);
  });
});

describe('outcome reversed', () => {
  const reversed = (claim: string, sentence: string) =>
    !!outcomeReversed(termTokens(claim), termTokens(sentence), (a, b) => lookAlike(a, b));
  it("the claim's winner in the loser's place, its loser named: reversed", () => {
    const claim = 'فاز نادي الواحة على نادي الجبل بهدف دون رد';
    expect(reversed(claim, 'الجبل يهزم الواحة بهدف نظيف')).toBe(true);
    expect(reversed(claim, 'توج الجبل باللقب بعد تغلبه على نظيره الواحة بهدف دون رد')).toBe(true);
    expect(reversed(claim, 'خسر الواحة أمام الجبل بهدف')).toBe(true);
  });
  it('the same outcome, or a loss to a third side, is no reversal', () => {
    const claim = 'فاز نادي الواحة على نادي الجبل بهدف دون رد';
    expect(reversed(claim, 'تغلب الواحة على الجبل بهدف نظيف')).toBe(false);
    expect(reversed(claim, 'الساحل يهزم الواحة بهدفين')).toBe(false);
  });
  it('a draw between the two sides reverses a claimed win; a win after a draw does not', () => {
    const claim = 'فاز نادي الواحة على نادي الجبل بهدف دون رد';
    expect(reversed(claim, 'تعادل الواحة مع الجبل بهدف لمثله في مباراة ودية')).toBe(true);
    expect(reversed(claim, 'تعادل الساحل مع الجبل بهدف لمثله')).toBe(false);
    expect(reversed(claim, 'فاز الواحة على الجبل بركلات الترجيح بعد التعادل في الوقت الأصلي')).toBe(false);
  });
  it('a draw reaches its second side past the words on the match between them', () => {
    const claim = 'فاز نادي الواحة على نادي الجبل بهدف دون رد';
    const far =
      'تعادل الواحة عصر اليوم في أولى مبارياته الودية في معسكره الخارجي بمدينة الساحل الجنوبية، مع الجبل بنتيجة 1-1';
    expect(reversed(claim, far)).toBe(true);
    expect(reversed(claim, far.replace('مع الجبل', 'مع النهر'))).toBe(false);
  });
});

describe('name spellings', () => {
  it('two spellings of a foreign name are one name; two names are not', () => {
    expect(sameName(termOf('جيرمان').term, termOf('جرمان').term)).toBe(true);
    expect(sameName(termOf('زيوريخ').term, termOf('زيورخ').term)).toBe(true);
    expect(sameName('عبدربه منصور هادي', 'عبد ربه منصور هادي')).toBe(true);
    expect(sameName('كريغ باوسون', 'كريج باوسون')).toBe(true);
    expect(sameName(termOf('باريس').term, termOf('لندن').term)).toBe(false);
    expect(sameName('محمد بن نايف', 'محمد بن سلمان')).toBe(false);
  });
});
