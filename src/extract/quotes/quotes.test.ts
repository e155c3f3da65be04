import { describe, expect, it } from 'vitest';
import { Quote } from '../../contract.js';
import { splitSentences } from '../../text/segment.js';
import { findQuotes } from './quotes.js';

const run = (text: string) => findQuotes(text, 'a', splitSentences(text));
const one = (text: string) => {
  const qs = run(text);
  expect(qs).toHaveLength(1);
  return qs[0];
};

describe('findQuotes: verb-subject and subject-verb', () => {
  it('reads a noun owned by "her" behind a cue as its object, not a speaker', () => {
    expect(run('وتقاتل الحركة التي أعلنت ولاءها لجماعة متشددة، وأدى تمردها إلى نزوح الآلاف.')).toHaveLength(
      0,
    );
    expect(one('وأوضح بوتين أيضا "نحن نتابع ما يجري في الملاعب".').speaker.text).toBe('بوتين');
    expect(one('وقالت شقيقتها إن العائلة تنتظر الأخبار.').speaker.text).toBe('شقيقتها');
  });

  it('reads "أحد" (one of) as the start of a speaker, not the weekday', () => {
    const qs = run('وقالت الشرطة إن الحريق اندلع ليلا. وقال أحد سكان الحي إنه سمع دويا قويا.');
    expect(qs).toHaveLength(2);
    expect(qs[1].speaker.text).toBe('أحد سكان الحي');
    expect(qs[1].content.text).toBe('سمع دويا قويا');
  });

  it('passes an aside asking for anonymity between the source and its content', () => {
    const q = one('وذكر مصدر أمني في البلدة طالبا عدم كشف هويته، أنه رأى رجلين يفران من السوق.');
    expect(q.speaker.text).toBe('مصدر أمني في البلدة');
    expect(q.content.text).toBe('رأى رجلين يفران من السوق');
  });

  it('reads a short quoted name that opens the content after أن as part of the content', () => {
    const qs = run('وقال المدير إن المعرض ناجح. وأشار بأن «ملتقى الخريجين السنوي» يهدف إلى دعم التوظيف.');
    expect(qs[1].content.text).toBe('ملتقى الخريجين السنوي» يهدف إلى دعم التوظيف');
    expect(qs[1].direct).toBe(false);
    const direct = run('وقال الوزير إن «الوضع صعب جدا» في إشارة إلى الأزمة.');
    expect(direct[0].content.text).toBe('الوضع صعب جدا');
    expect(direct[0].direct).toBe(true);
  });

  it('ends a speaker before a one-word transition, the verbal noun بالقول or an adverb', () => {
    expect(one('ويرى الخبير بدوره أن الأزمة ستطول.').speaker.text).toBe('الخبير');
    expect(one('وتابع المحلل بالقول: «السوق بحاجة إلى وقت».').speaker.text).toBe('المحلل');
    expect(one('ويؤكد الباحث بشدة أن الدراسات واعدة.').speaker.text).toBe('الباحث');
  });

  it('reads a quotation right after the verb as its content, and مستدركا as no speaker', () => {
    const a = run('وقال العداء إن السباق كان جيدا. وتابع «يجب أن أعمل بجهد أكبر قبل البطولة».');
    expect(a[1].speaker.text).toBe('العداء');
    expect(a[1].content.text).toBe('يجب أن أعمل بجهد أكبر قبل البطولة');
    const b = run('وقال العالم إن النتائج مذهلة. وأضاف مستدركا أن الدراسة لم تكتمل.');
    expect(b[1].speaker.text).toBe('العالم');
  });

  it('reads no speaker in a negated copula (ليست هناك أدلة تشير إلى أن)', () => {
    expect(run('وفي الوقت ذاته، ليست هناك أدلة كافية تشير إلى أن البرنامج نجح.')).toHaveLength(0);
  });

  it('reads a participle counted by a number word as a noun (وخمسة متهمين)', () => {
    const qs = run(
      'وقال القاضي إن الحكم صدر بسجن المتهم الرئيس عشر سنوات، وخمسة متهمين آخرين بالسجن لمدد أقل.',
    );
    expect(qs.map((q) => q.cue.text)).toEqual(['قال']);
  });

  it('reads مبدأ (principle) as no participle of أبدى', () => {
    const qs = run('وقال الناطق إن القرار اتخذ انطلاقا من مبدأ الشفافية وحماية المال العام.');
    expect(qs).toHaveLength(1);
    expect(qs[0].content.text).toBe('القرار اتخذ انطلاقا من مبدأ الشفافية وحماية المال العام');
    const more = run('وقال الوزير إن الحوار ضروري، مبديا استعداده للقاء الوفد.');
    expect(more.map((q) => q.cue.text)).toEqual(['قال', 'مبديا']);
  });

  it('passes a refusal to be named after the source (ضابط رفض الكشف عن هويته)', () => {
    const q = one('وقال ضابط كبير في الشرطة رفض الكشف عن هويته للصحيفة إن التحقيق مستمر.');
    expect(q.speaker.text).toBe('ضابط كبير في الشرطة');
    expect(q.content.text).toBe('التحقيق مستمر');
  });

  it('reads بين without shadda as the verb between و and a short subject before أن', () => {
    const q = one('وبين العتيبي أن الموسم الجديد سيبدأ الشهر المقبل.');
    expect(q.speaker.text).toBe('العتيبي');
    expect(q.content.text).toBe('الموسم الجديد سيبدأ الشهر المقبل');
    expect(run('وتقع البلدة بين النهر والجبل.')).toHaveLength(0);
    const qs = run('وقال المنسق إن هناك تعاونا بيننا وبين أسر المتطوعين وأن الإقبال كبير.');
    expect(qs).toHaveLength(1);
    expect(qs[0].content.text).toBe('هناك تعاونا بيننا وبين أسر المتطوعين وأن الإقبال كبير');
  });

  it('reads a short quoted name before إن/أن as part of the speaker, not the statement', () => {
    const a = one('وقالت إذاعة "صوت الوادي" المحلية إن الجسر أغلق أمام السيارات.');
    expect(a.content.text).toBe('الجسر أغلق أمام السيارات');
    expect(a.direct).toBe(false);
    const b = one('وقالت قناة "ان بي سي" العامة ان القطار توقف قرب المحطة.');
    expect(b.content.text).toBe('القطار توقف قرب المحطة');
    const c = run('وقال الوزير "نحن مستعدون للحوار" مضيفا أن الباب مفتوح.');
    expect(c[0].content.text).toBe('نحن مستعدون للحوار');
  });

  it('reads VS order with إن and keeps spans consistent with the text', () => {
    const text = 'وقال الجيش اللبناني إن الهدوء عاد إلى الحدود.';
    const q = one(text);
    expect(q.speaker.text).toBe('الجيش اللبناني');
    expect(q.speaker.kind).toBe('organization');
    expect(q.cue.text).toBe('قال');
    expect(q.content.text).toBe('الهدوء عاد إلى الحدود');
    expect(q.direct).toBe(false);
    for (const s of [q, q.speaker, q.cue, q.content])
      expect(text.slice(s.start, s.end)).toBe('text' in s ? s.text : text.slice(q.start, q.end));
    expect(Quote.omit({ id: true }).safeParse(q).success).toBe(true);
  });

  it('reads SV order ("X قال إنه")', () => {
    const q = one('الهدوء يسود المدينة. كريمي قال إنه سيزور الموقع غدا.');
    expect(q.speaker.text).toBe('كريمي');
    expect(q.speaker.kind).toBe('named');
    expect(q.content.text).toBe('سيزور الموقع غدا');
  });

  it('drops discourse openers before a fronted subject ("إلا أن مسؤولا ... نفى")', () => {
    const qs = run('إلا أن مسؤولا في الوزارة نفى أن يكون الوفد قد غادر.');
    expect(qs[0].speaker.text).toBe('مسؤولا في الوزارة');
    expect(qs[0].speaker.kind).toBe('official');
  });

  it('inflects cue verbs: feminine, present, with ف', () => {
    expect(one('وأكدت الوزارة أن المعبر مفتوح.').speaker.text).toBe('الوزارة');
    expect(one('وتقول الحكومة إن الخطة جاهزة.').cue.text).toBe('تقول');
    expect(one('فأوضح المتحدث أن الاجتماع انتهى.').speaker.text).toBe('المتحدث');
  });

  it('reads answers, forecasts and rulings-out with a complementiser, not the adjective', () => {
    expect(one('وأجاب الوزير بأن المفاوضات لم تنته بعد.').speaker.text).toBe('الوزير');
    expect(one('وتوقع البنك المركزي أن ينمو الاقتصاد بنسبة 2 في المائة.').speaker.text).toBe('البنك المركزي');
    expect(one('واستبعد المتحدث أن تستأنف المحادثات قريبا.').cue.text).toBe('استبعد');
    expect(run('ومن المتوقع أن تصل الطائرة مساء اليوم.')).toHaveLength(0);
  });

  it('reads published figures as a source only with their owner, and a decimal point ends no clause', () => {
    const q = one('وبلغت أرباح الشركة 2.5 مليار ريال في النصف الأول، وفقا لبيانات الشركة المقدمة للسوق.');
    expect(q.speaker.text).toBe('بيانات الشركة المقدمة للسوق');
    expect(q.content.text.startsWith('وبلغت أرباح الشركة 2.5')).toBe(true);
    expect(one('وقتل 12 شخصا منذ بداية الشهر، وفق حصيلة أعدتها الوكالة.').speaker.text).toBe(
      'حصيلة أعدتها الوكالة',
    );
    expect(run('وارتفعت الأسعار في الربع الثاني وفقا لبيانات.')).toHaveLength(0);
  });

  it('a title followed by a name is a named speaker with a role', () => {
    const q = one('وقال وزير الخارجية المصري سامح شكري إن المحادثات مستمرة.');
    expect(q.speaker.text).toContain('سامح شكري');
    expect(q.speaker.kind).toBe('named');
    expect(q.speaker.role).toBe('وزير الخارجية المصري');
  });

  it('takes the apposition after a comma as the role', () => {
    const q = one('قال خالد يوسف، المتحدث باسم "اللجنة الأهلية"، إن المساعدات وصلت.');
    expect(q.speaker.text).toBe('خالد يوسف');
    expect(q.speaker.role).toBe('المتحدث باسم اللجنة الأهلية');
    expect(q.content.text).toBe('المساعدات وصلت');
  });

  it('classifies speakers by kind', () => {
    expect(one('وقالت مصادر محلية إن القصف توقف.').speaker.kind).toBe('anonymous');
    expect(one('وقال مصدر عسكري إن القصف توقف.').speaker.kind).toBe('official');
    expect(one('وذكرت وكالة رويترز أن القصف توقف.').speaker.kind).toBe('media');
    expect(one('وأكد البيان أن القصف توقف.').speaker.kind).toBe('document');
    expect(one('وقال ناشطون إن القصف توقف.').speaker.kind).toBe('anonymous');
  });
});

describe('findQuotes: content forms', () => {
  it('direct quotation in «» and in straight quotes', () => {
    const a = one('وقال المحافظ: «لن نترك أحدا خلفنا في هذه الأزمة».');
    expect(a.direct).toBe(true);
    expect(a.content.text).toBe('لن نترك أحدا خلفنا في هذه الأزمة');
    const b = one('وقال المحافظ إن "الوضع تحت السيطرة تماما" في المدينة.');
    expect(b.direct).toBe(true);
    expect(b.content.text).toBe('الوضع تحت السيطرة تماما');
  });

  it('a quoted name inside indirect speech is not a direct quote', () => {
    const q = one('وقالت الشرطة إن "النمر" هرب من الحديقة صباحا ثم عاد إليها مساء.');
    expect(q.direct).toBe(false);
  });

  it('indirect content runs to the next quote in the sentence', () => {
    const qs = run('وقال المدير إن المدرسة ستفتح، مضيفا أن الطلاب سيعودون الأحد.');
    expect(qs).toHaveLength(2);
    expect(qs[0].content.text).toBe('المدرسة ستفتح');
    expect(qs[1].cue.text).toBe('مضيفا');
    expect(qs[1].speaker.text).toBe('المدير');
    expect(qs[1].speaker.resolvedFrom?.text).toBe('المدير');
    expect(qs[1].content.text).toBe('الطلاب سيعودون الأحد');
  });

  it('headline form "X: ..." and "ذات المصادر قالت :"', () => {
    const h = one('الدفاع المدني: الحريق أتى على ثلاثة مبان');
    expect(h.speaker.text).toBe('الدفاع المدني');
    expect(h.content.text).toBe('الحريق أتى على ثلاثة مبان');
    const qs = run('وقالت مصادر طبية إن المستشفى امتلأ. ذات المصادر قالت : الأدوية نفدت تماما.');
    expect(qs[1].speaker.text).toBe('مصادر طبية');
    expect(qs[1].speaker.resolvedFrom?.text).toBe('مصادر طبية');
    expect(qs[1].content.text).toBe('الأدوية نفدت تماما');
  });

  it('a credit line is not a statement', () => {
    expect(run('المصدر: وكالات')).toHaveLength(0);
    expect(run('المصدر: وكالات الأنباء والصحف المحلية')).toHaveLength(0);
  });

  it('a preposition opens the content of verbs that take one', () => {
    const q = one('ودعت اللجنة إلى وقف فوري للقتال.');
    expect(q.content.text).toBe('إلى وقف فوري للقتال');
    expect(one('وأعرب الوزير عن قلقه من التصعيد.').content.text).toBe('عن قلقه من التصعيد');
  });

  it('a bare object after a delimited subject ("أعلنت X، الأحد، بدء ...")', () => {
    const q = one('أعلنت وزارة الصحة، الأحد، بدء حملة التطعيم.');
    expect(q.speaker.text).toBe('وزارة الصحة');
    expect(q.content.text).toBe('بدء حملة التطعيم');
  });
});

describe('findQuotes: continuations and back-references', () => {
  it('resolves وأضاف to the last speaker of the same gender', () => {
    const qs = run(
      'وقالت مصادر أمنية إن الطريق أغلق. وقال العقيد سامر نادر إن الوحدات انتشرت. وأضاف أن الوضع هادئ.',
    );
    expect(qs[2].speaker.text).toBe('العقيد سامر نادر');
    expect(qs[2].speaker.resolvedFrom?.start).toBe(qs[1].speaker.start);
    const fem = run(
      'وقالت مصادر أمنية إن الطريق أغلق. وقال العقيد سامر نادر إن الوحدات انتشرت. وأضافت أن الوضع هادئ.',
    );
    expect(fem[2].speaker.text).toBe('مصادر أمنية');
  });

  it('الوكالة points back at the last outlet, المراسل at the last reporter', () => {
    const qs = run('وذكرت وكالة الأنباء الأردنية أن الحدود فتحت. وقالت الوكالة إن الشاحنات عبرت.');
    expect(qs[1].speaker.text).toBe('وكالة الأنباء الأردنية');
    expect(qs[1].speaker.kind).toBe('media');
    const r = run('وقال مراسل القناة يوسف سالم إن الاشتباكات توقفت. وأشار المراسل إلى أن الهدوء حذر.');
    expect(r[1].speaker.text).toBe('مراسل القناة يوسف سالم');
  });
});

describe('findQuotes: channels and chains', () => {
  it('channel after the subject, with ل stripped', () => {
    const q = one('وقال المسؤول لوكالة الصحافة الفرنسية إن المفاوضات فشلت.');
    expect(q.channel?.text).toBe('وكالة الصحافة الفرنسية');
    expect(q.speaker.text).toBe('المسؤول');
    const p = one('وأضاف النائب -في تصريح للتلفزيون الرسمي- أن الجلسة أجلت.');
    expect(p.channel?.text).toBe('لتلفزيون الرسمي');
  });

  it('نقلت X عن Y: Y speaks, X relays', () => {
    const q = one('ونقلت رويترز عن مصادر دبلوماسية أن الاتفاق وشيك.');
    expect(q.speaker.text).toBe('مصادر دبلوماسية');
    expect(q.speaker.kind).toBe('anonymous');
    expect(q.via?.map((v) => v.text)).toEqual(['رويترز']);
  });

  it('نقلا عن inside dashes and بحسب inside the gap', () => {
    const a = one('وأشار المراسل -نقلا عن مصادر في الشرطة- إلى أن المشتبه به اعتقل.');
    expect(a.speaker.text).toBe('مصادر في الشرطة');
    expect(a.via?.[0].text).toBe('المراسل');
    const b = one('وأشارت الوكالة بحسب مصادر طبية إلى أن الجرحى نقلوا.');
    expect(b.speaker.text).toBe('مصادر طبية');
  });

  it('وفقا للمعلومات التي حصلت عليها X من Y', () => {
    const q = one('ووفقا للمعلومات التي حصلت عليها الأناضول من مصادر أمنية، فإن القافلة وصلت.');
    expect(q.speaker.text).toBe('مصادر أمنية');
    expect(q.via?.[0].text).toBe('الأناضول');
    expect(q.content.text).toBe('القافلة وصلت');
  });

  it('بحسب at the start and at the end of a sentence', () => {
    const a = one('وبحسب البيان سيتم فتح المعبر صباحا.');
    expect(a.speaker.text).toBe('البيان');
    expect(a.speaker.kind).toBe('document');
    expect(a.content.text).toBe('سيتم فتح المعبر صباحا');
    const b = one('وصلت القافلة إلى المدينة مساء، بحسب مسؤولين محليين.');
    expect(b.speaker.text).toBe('مسؤولين محليين');
    expect(b.content.text).toBe('وصلت القافلة إلى المدينة مساء');
  });

  it('a sentence that is only "بحسب X" sources the sentence before it, unless that one has a speaker', () => {
    const a = one('انهار جسر قديم فوق النهر ليلة أمس. بحسب رويترز.');
    expect(a.speaker.text).toBe('رويترز');
    expect(a.content.text).toBe('انهار جسر قديم فوق النهر ليلة أمس');
    const b = run('وقال المحافظ إن الجسر انهار ليلا. بحسب رويترز.');
    expect(b).toHaveLength(1);
    expect(b[0].speaker.text).toBe('المحافظ');
  });

  it('an outlet glued to the ل of وفقا is the source, not a channel; a quoted name keeps its marks', () => {
    const a = one('ارتفعت أسعار النفط في التعاملات المبكرة، وفقا لرويترز.');
    expect(a.speaker.text).toBe('رويترز');
    expect(a.content.text).toBe('ارتفعت أسعار النفط في التعاملات المبكرة');
    const b = one('توقف تسجيل الطلبات الورقية في المكاتب، وفقا لصحيفة «الندى».');
    expect(b.speaker.text).toBe('صحيفة «الندى»');
    // after لل both lams stay: one cut shows a word that is not written (لوزارة)
    expect(one('ارتفعت الأسعار في السوق المحلية، وفقا للوزارة.').speaker.text).toBe('للوزارة');
  });

  it('after "حسب ما قال" any definite noun phrase is the speaker: the verb makes it one', () => {
    const a = one('ستبدأ الخطة في الخريف المقبل، حسب ما قال الجهاز التنفيذي للاتحاد.');
    expect(a.speaker.text).toBe('الجهاز التنفيذي للاتحاد');
    expect(run('ستبدأ الخطة في الخريف المقبل، حسبما قال اليوم.')).toHaveLength(0);
  });
});

describe("findQuotes: a verbal noun as the cue verb's object", () => {
  it('ends the speaker phrase where the verbal noun starts', () => {
    const a = one('وأعلن وزير الداخلية سقوط ثلاثة قتلى في الهجوم.');
    expect(a.speaker.text).toBe('وزير الداخلية');
    expect(a.content.text).toBe('سقوط ثلاثة قتلى في الهجوم');
    expect(a.direct).toBe(false);
    const b = one('وأكدت مصادر طبية محلية سقوط خمسة جرحى وإصابة عشرات المدنيين.');
    expect(b.speaker.text).toBe('مصادر طبية محلية');
    expect(b.content.text).toBe('سقوط خمسة جرحى وإصابة عشرات المدنيين');
    expect(one('وأعلن التلفزيون الرسمي مقتل 4 جنود.').speaker.text).toBe('التلفزيون الرسمي');
    expect(one('وأكد الرئيسان التركي والروسي ضرورة احترام الهدنة.').speaker.text).toBe(
      'الرئيسان التركي والروسي',
    );
    expect(one('وأعلنت الشرطة القبض على خمسة مطلوبين.').content.text).toBe('القبض على خمسة مطلوبين');
  });

  it('reads patterned verbal nouns and ذكر with a nominal object', () => {
    expect(one('وأعلنت وزارة النقل استئناف الرحلات إلى المطار.').speaker.text).toBe('وزارة النقل');
    expect(one('وأعلنت اللجنة المنظمة تأجيل السباق أسبوعا.').speaker.text).toBe('اللجنة المنظمة');
    expect(one('وأعلن رئيس النادي استقالته من منصبه.').speaker.text).toBe('رئيس النادي');
    expect(one('وأبدت الحكومة الليبية موافقتها على الخطة.').content.text).toBe('موافقتها على الخطة');
    const q = one('وذكرت الوكالة وصول الدفعة الثانية من الحافلات.');
    expect(q.speaker.text).toBe('الوكالة');
    expect(q.content.text).toBe('وصول الدفعة الثانية من الحافلات');
  });

  it('keeps a verbal noun that belongs to a name or title', () => {
    expect(one('وقال مدير مستشفى الرحمة إن الوضع صعب.').speaker.text).toBe('مدير مستشفى الرحمة');
    expect(one('وأكد مدير إدارة الإعلام في البلدية استمرار الحملة.').speaker.text).toBe(
      'مدير إدارة الإعلام في البلدية',
    );
    expect(one('وأعلنت هيئة تحرير الشام مقتل قائد ميداني.').speaker.text).toBe('هيئة تحرير الشام');
    expect(one('وأكد رئيس هيئة الإغاثة الإنسانية أن القافلة وصلت.').speaker.text).toBe(
      'رئيس هيئة الإغاثة الإنسانية',
    );
    expect(one('وذكرت وكالة أنباء الشرق الأوسط أمس أن الرحلة ألغيت.').speaker.text).toBe(
      'وكالة أنباء الشرق الأوسط',
    );
    expect(run('كان الناس لا يذكر أحد منهم إلا محاسنه.').some((q) => q.speaker.text === 'إلا')).toBe(false);
    // a name that looks like a verbal noun, just before a complementiser
    expect(one('وأكدت الناشطة إيمان سالم أن الطريق مغلق.').speaker.text).toBe('الناشطة إيمان سالم');
  });
});

describe('findQuotes: typos and negatives', () => {
  it('tolerates a cue one edit away when the pattern is unmistakable', () => {
    const q = one('وقاتل مصادر محلية إن الجسر انهار.');
    expect(q.speaker.text).toBe('مصادر محلية');
  });

  it('does not take ordinary words one edit away from a cue', () => {
    expect(run('وقاتل الجنود بشراسة في الجبهة الشرقية.')).toHaveLength(0);
    expect(run('وقام مسؤولون بزيارة المخيم أمس.')).toHaveLength(0);
    expect(run('وكان مسؤولون في المكان.')).toHaveLength(0);
  });

  it('ignores قال inside a quoted title and يذكر أن (the article itself)', () => {
    expect(run('صدر كتاب "قال الراوي إن الحكاية طويلة" عن دار النشر.')).toHaveLength(0);
    expect(run('يذكر أن المدينة شهدت احتجاجات العام الماضي.')).toHaveLength(0);
  });

  it('closing phrases with ما and a verb: طبقا لما ذكرته، وفقا لما أعلنه، على ما أفاد; a document after the source', () => {
    const a = one('ارتفعت أسعار القمح في الأسواق بنسبة عشرة في المئة، طبقا لما ذكرته وزارة الزراعة.');
    expect(a.speaker.text).toBe('وزارة الزراعة');
    expect(a.content.text).toBe('ارتفعت أسعار القمح في الأسواق بنسبة عشرة في المئة');
    expect(one('تقدمت القوات نحو البلدة فجرا، وفقا لما أعلنه الجيش.').speaker.text).toBe('الجيش');
    const c = one('وتقدمت القوات نحو المدينة، على ما أعلن الجيش في بيان.');
    expect(c.speaker.text).toBe('الجيش');
    expect(c.content.text).toBe('وتقدمت القوات نحو المدينة');
    const d = one(
      'ارتفعت أسعار القمح في الأسواق بنسبة عشرة في المئة، حسبما ذكرت وزارة الزراعة في تقريرها الشهري.',
    );
    expect(d.speaker.text).toBe('وزارة الزراعة');
    expect(d.content.text).toBe('ارتفعت أسعار القمح في الأسواق بنسبة عشرة في المئة');
    expect(one('وبلغ عدد الزوار مليون شخص، وذلك وفقا لإحصاءات الهيئة العامة للسياحة.').content.text).toBe(
      'وبلغ عدد الزوار مليون شخص',
    );
    // "على" is a source phrase only with ما and a cue verb
    expect(run('وعادت الأمور على ما يبدو إلى طبيعتها في المدينة.')).toHaveLength(0);
    expect(run('ووقعت الحكومة على اتفاق مع الشركة أمس.')).toHaveLength(0);
  });

  it('حسب without a source, فحسب (only) and بحسب الحاجة fire nothing', () => {
    expect(run('توزع المساعدات حسب الحاجة في كل حي.')).toHaveLength(0);
    expect(run('لم يكن الأمر اقتصاديا فحسب بل سياسيا أيضا.')).toHaveLength(0);
    expect(run('تتغير الأسعار بحسب الموسم والطلب.')).toHaveLength(0);
  });
});

describe('findQuotes: channels', () => {
  it('the outlet named in the occasion of a statement is its channel, not part of the speaker', () => {
    const a = one('وقال المتحدث باسم الشرطة في بيان تلقت فرانس برس نسخة منه، إن الطريق فتح.');
    expect(a.speaker.text).toBe('المتحدث باسم الشرطة');
    expect(a.channel?.text).toBe('فرانس برس');
    expect(one('وقال رئيس الهيئة في اتصال مع رويترز إن الطلب لم يصل.').channel?.text).toBe('رويترز');
    expect(one('وقال الوزير في مؤتمر صحفي إن الطلب لم يصل.').channel).toBeUndefined();
  });

  it('a bracketed outlet after ل is the channel: ل(الوطن)', () => {
    const q = one('قال مسؤول رفيع في الوزارة ل(الوطن): إن الموعد تأجل.');
    expect(q.speaker.text).toBe('مسؤول رفيع في الوزارة');
    expect(q.channel?.text).toBe('الوطن');
  });

  it('two parties joined by فيما / في حين / بينما: each line to its own speaker, the link in neither', () => {
    const qs = run('وأوضح الوزير أن المحادثات مثمرة، فيما أكد نظيره أن الخلاف قائم.');
    expect(qs.map((q) => [q.speaker.text, q.content.text])).toEqual([
      ['الوزير', 'المحادثات مثمرة'],
      ['نظيره', 'الخلاف قائم'],
    ]);
    const two = run('وقال الوزير إن الاتفاق قريب، في حين قالت المعارضة إن الخلاف مستمر.');
    expect(two.map((q) => q.speaker.text)).toEqual(['الوزير', 'المعارضة']);
    // حيث and في الوقت الذي go on with the sentence: no second speaker is made up
    expect(run('وأكد المتحدث أن القوات تقدمت حيث قال إن المدينة محاصرة.')).toHaveLength(1);
    expect(run('وقال الوزير إن الاتفاق قريب في الوقت الذي أكدت فيه المعارضة أن الخلاف مستمر.')).toHaveLength(
      1,
    );
  });

  it('no speaker is an adverb, an enumerator, a verb behind و, an idiom object or a cited scripture', () => {
    expect(run('وللقصة درسان. أولاً: أن الثروة لا تدوم مهما كبرت في أي زمان.')).toHaveLength(0);
    const cont = run('وقال الوزير إن الخطة جاهزة. ومضى يقول: «سنبدأ التنفيذ قريبا».');
    expect(cont.map((q) => q.speaker.text)).toEqual(['الوزير', 'الوزير']);
    const lf = run('وقال الوزير إن الخطة جاهزة. ولفت النظر إلى أن التمويل متوفر.');
    expect(lf.map((q) => q.speaker.text)).toEqual(['الوزير', 'الوزير']);
    const cited = run('وقال الخطيب إن الصدق واجب. قال الله تعالى: «وقولوا قولا سديدا». وأضاف أن الكذب محرم.');
    expect(cited.map((q) => q.speaker.text)).toEqual(['الخطيب', 'الله تعالى', 'الخطيب']);
    expect(run('وتكشف لنا الوثائق القديمة تفاصيل الحفر.')).toHaveLength(0);
    expect(one('وقالت والدتهم إن الأطفال بخير.').speaker.text).toBe('والدتهم');
    // a past form that is also the verbal noun is the noun after another noun
    expect(one('وطالب المؤتمر بضرورة كشف ملابسات الحادث للرأي العام.').cue.text).toBe('طالب');
    expect(run('وأرفق الطالب وثيقة التخرج وكشف درجات معتمد.')).toHaveLength(0);
    expect(one('وأشاد بالجهود وكشف الوزير أن الخطة جاهزة.').speaker.text).toBe('الوزير');
  });

  it('a reply: وردّ نظيره: «...» goes to the counterpart; ردّ in other senses is no cue', () => {
    const qs = run('وقال الوزير في المؤتمر: «لن نقبل بشروط». ورد نظيره: «نحن مستعدون للحوار».');
    expect(qs.map((q) => [q.speaker.text, q.cue.text])).toEqual([
      ['الوزير', 'قال'],
      ['نظيره', 'رد'],
    ]);
    expect(one('وردّ نظيره الألماني بأن الحل سياسي.').speaker.text).toBe('نظيره الألماني');
    expect(one('ورد المتحدث باسم الشرطة على ذلك بأن الطريق آمن.').speaker.text).toBe('المتحدث باسم الشرطة');
    expect(run('ورد الجيش على مصادر النيران بقصف مدفعي.')).toHaveLength(0);
    expect(run('وردت المعارضة على الاتهامات ببيان شديد.')).toHaveLength(0);
    expect(run('ورد اسم المسؤول في قائمة المطلوبين.')).toHaveLength(0);
    expect(one('وفي ردّ على سؤال، قال الوزير إن الخطة قائمة.').speaker.text).toBe('الوزير');
  });

  it("a document's words: وجاء في البيان أن ... (and not جاء in other senses)", () => {
    const q = one('وجاء في بيان للجيش أن القوات صدت الهجوم.');
    expect(q.speaker.text).toBe('بيان للجيش');
    expect(q.content.text).toBe('القوات صدت الهجوم');
    expect(one('وورد في التقرير أن الإنتاج ارتفع.').content.text).toBe('الإنتاج ارتفع');
    expect(run('وجاء في المرتبة الثانية فريق الهلال.')).toHaveLength(0);
    expect(run('جاء في الرسالة التي وقعها الوزير أن الدعم سيستمر.')).toHaveLength(0);
  });

  it('a known outlet ends the channel: what follows it is not its name', () => {
    const q = one('وقال مسؤول حكومي لرويترز طالبا عدم نشر اسمه إن الوفد يصل غدا.');
    expect(q.channel?.text).toBe('رويترز');
    expect(one('وقال الناطق لفرانس برس رافضا الكشف عن هويته إن الطريق مغلق.').channel?.text).toBe(
      'فرانس برس',
    );
  });

  it("a channel named by the next sentence's continuation is the first statement's too, not a phrase's", () => {
    const qs = run(
      'قالت مصادر مطلعة إن اللجنة بدأت عملها. وأوضحت المصادر لرويترز أن النتائج تعلن الشهر المقبل.',
    );
    expect(qs.map((q) => q.channel?.text)).toEqual(['رويترز', 'رويترز']);
    const byPhrase = run(
      'قتل جنديان في انفجار، بحسب ما قالت مصادر أمنية. وقالت المصادر لرويترز إن القافلة كانت تمر.',
    );
    expect(byPhrase.map((q) => q.channel?.text)).toEqual([undefined, 'رويترز']);
  });

  it('a continuation in a later sentence keeps the channel; a participle in the same sentence does not', () => {
    const qs = run(
      'وقالت مصادر طبية لوكالة الأنباء الألمانية إن المستشفى امتلأ، مشيرة إلى نقص الأدوية. وأضافت المصادر أن الأطباء يعملون.',
    );
    expect(qs.map((q) => q.channel?.text)).toEqual([
      'وكالة الأنباء الألمانية',
      undefined,
      'وكالة الأنباء الألمانية',
    ]);
  });

  it('an outlet relaying sources is the channel and the relay', () => {
    const q = one('وذكرت وكالة الأناضول نقلا عن مصادر أمنية أن الطريق أغلق.');
    expect(q.speaker.text).toBe('مصادر أمنية');
    expect(q.channel?.text).toBe('وكالة الأناضول');
    expect(q.via?.map((v) => v.text)).toEqual(['وكالة الأناضول']);
  });
});

describe('findQuotes: attributions that close the sentence', () => {
  it('حسبما أفادت / بحسب ما قالت X (لفرانس برس): the clause before is the content', () => {
    const a = one('تقدمت القوات نحو البلدة من الشمال، حسبما أفادت مصادر أمنية ومحلية.');
    expect(a.speaker.text).toBe('مصادر أمنية ومحلية');
    expect(a.content.text).toBe('تقدمت القوات نحو البلدة من الشمال');
    const b = one('قتل ثلاثة جنود في انفجار لغم قرب الحدود، بحسب ما قالت مصادر أمنية لفرانس برس.');
    expect(b.speaker.text).toBe('مصادر أمنية');
    expect(b.channel?.text).toBe('فرانس برس');
  });

  it('وفقا لـ + a person already quoted; وفق + an unlisted phrase is no source', () => {
    const qs = run(
      'وقال العميد سالم الحربي قائد القوة إن الهجوم صد. وقتل عشرة مسلحين في المواجهات، وفقا للحربي.',
    );
    expect(qs).toHaveLength(2);
    expect(qs[1].cue.text).toBe('وفقا');
    expect(qs[1].speaker.resolvedFrom?.text).toBe(qs[0].speaker.text);
    expect(run('وتوزع المساعدات وفق خطة معدة سلفا.')).toHaveLength(0);
  });

  it('a transition (على صعيد متصل، من جهتها) opens a new statement inside the sentence', () => {
    const qs = run('وقال الوزير إن القوات تقدمت في المدينة، على صعيد متصل أكد مصدر أمني رفيع أن القائد قتل.');
    expect(qs.map((q) => q.speaker.text)).toEqual(['الوزير', 'مصدر أمني رفيع']);
    expect(qs[0].content.text).toBe('القوات تقدمت في المدينة');
  });
});

describe('findQuotes: what is never a speaker', () => {
  it('a time word after the verb (قال أول من أمس) leaves the speaker to the one before', () => {
    const qs = run('وقال الوزير إن الخطة جاهزة. وقال أول من أمس إن القوات انسحبت.');
    expect(qs.map((q) => q.speaker.text)).toEqual(['الوزير', 'الوزير']);
    expect(qs[1].speaker.resolvedFrom?.text).toBe('الوزير');
  });

  it("a time word or the cue's verbal noun inside the phrase ends the speaker", () => {
    expect(one('وأعلنت البلدية أول أمس أن الطريق فتح.').speaker.text).toBe('البلدية');
    const q = one('ونقلت الإذاعة عن مسؤول محلي قوله لوكالة الأنباء إن المياه عادت.');
    expect(q.speaker.text).toBe('مسؤول محلي');
    expect(q.via?.map((v) => v.text)).toEqual(['الإذاعة']);
  });

  it('a city alone is no speaker; a capital standing for its government is', () => {
    expect(run('وأكدت حمص أن الأسواق فتحت.')).toHaveLength(0);
    expect(one('وأكدت موسكو أن المفاوضات مستمرة.').speaker.text).toBe('موسكو');
  });

  it('a negated participle of a cue root is an adjective, not a cue', () => {
    expect(run('وبقيت نتائج التحقيق غير معلنة حتى الآن.')).toHaveLength(0);
    const q = one('وذكرت مصادر غير مؤكدة أن الجسر أغلق.');
    expect(q.speaker.text).toBe('مصادر غير مؤكدة');
  });

  it('a back-reference in the same sentence keeps the channel of the statement it continues', () => {
    const qs = run(
      'وقالت مصادر أمنية لوكالة الأنباء إن الطريق أغلق، وأضافت المصادر إن الشرطة انتشرت في المنطقة.',
    );
    expect(qs.map((q) => q.channel?.text)).toEqual(['وكالة الأنباء', 'وكالة الأنباء']);
  });

  it('legal offices are speakers: a title before a name, a plural of unnamed officials', () => {
    const q = one('وقال المدعي العام سامي يوسف إن القضية أغلقت.');
    expect(q.speaker.text).toBe('المدعي العام سامي يوسف');
    expect(q.speaker.role).toBe('المدعي العام');
    expect(one('وقال محققون إن الحريق بدأ في المطبخ.').speaker.kind).toBe('official');
  });

  it('a whole source phrase speaks, with the outlet it spoke to as channel', () => {
    const q = one('وقال مصدر أمني عراقي رفيع لوكالة الأنباء الفرنسية إن الحدود أغلقت.');
    expect(q.speaker.text).toBe('مصدر أمني عراقي رفيع');
    expect(q.channel?.text).toBe('وكالة الأنباء الفرنسية');
  });

  it("a reporter is the speaker and the reporter's outlet the channel", () => {
    const q = one('وقال مراسل الجزيرة سامر يوسف إن القصف مستمر.');
    expect(q.speaker.text).toBe('مراسل الجزيرة سامر يوسف');
    expect(q.channel?.text).toBe('الجزيرة');
  });
});

describe('findQuotes: relays the right way', () => {
  it('an outlet named with حسب after the sources relays them; the sources speak', () => {
    const q = one('وقالت المصادر (حسب وكالة الأنباء الألمانية) إن القتلى بلغوا عشرة.');
    expect(q.speaker.text).toBe('المصادر');
    expect(q.via?.map((v) => v.text)).toEqual(['وكالة الأنباء الألمانية']);
    expect(q.channel?.text).toBe('وكالة الأنباء الألمانية');
  });

  it('an outlet named with وفقا لـ inside brackets relays the sources too, and the relay never speaks', () => {
    const q = one('وقالت مصادر محلية (وفقا لرويترز) إن الاشتباكات استمرت حتى الفجر.');
    expect(q.speaker.text).toBe('مصادر محلية');
    expect(q.channel?.text).toBe('رويترز');
    expect(q.speaker.kind).toBe('anonymous');
  });

  it('…، كما نقلت X عن Y: Y speaks, X relays; كما at the start is the verb rule', () => {
    const q = one('وانسحبت القوات من البلدة، كما نقلت وكالة الأنباء الرسمية عن مصدر عسكري.');
    expect(q.speaker.text).toBe('مصدر عسكري');
    expect(q.via?.map((v) => v.text)).toEqual(['وكالة الأنباء الرسمية']);
    expect(q.content.text).toBe('وانسحبت القوات من البلدة');
    expect(one('كما أكد الوزير أن الخطة جاهزة.').cue.text).toBe('أكد');
    expect(run('وانسحبت القوات كما كان متوقعا.')).toHaveLength(0);
  });
});

describe("findQuotes: an agency's short credit closing the sentence", () => {
  it('"…، وفقا للفرنسية." and "…، حسب الألمانية." are the agencies speaking', () => {
    const a = one('انسحب المسلحون من الحي بعد اشتباكات عنيفة، وفقا للفرنسية.');
    expect(a.speaker).toMatchObject({ text: 'للفرنسية', kind: 'media' });
    expect(a.content.text).toBe('انسحب المسلحون من الحي بعد اشتباكات عنيفة');
    const b = one('أغلقت الشرطة الطريق الرئيسي المؤدي إلى المطار، حسب الألمانية.');
    expect(b.speaker).toMatchObject({ text: 'الألمانية', kind: 'media' });
  });

  it('the same word anywhere else is an adjective, not a source', () => {
    expect(run('ويأتي القرار وفقا للأنظمة الفرنسية.')).toHaveLength(0);
    expect(run('وتوزع المساعدات وفقا للفرنسية في الحي.')).toHaveLength(0);
  });

  it('the agency spelled out after حسب at the end of a sentence speaks too', () => {
    const q = one('ارتفع عدد النازحين في المخيم إلى خمسة آلاف، حسب وكالة الأنباء الألمانية.');
    expect(q.speaker).toMatchObject({ text: 'وكالة الأنباء الألمانية', kind: 'media' });
  });
});

describe('findQuotes: time words, verbal nouns and back-references are no speakers', () => {
  it('"في غضون ذلك" after the verb leaves the speaker to the one quoted before', () => {
    const qs = run('وقال الوزير إن الخطة جاهزة. وقال في غضون ذلك إن الحوار سيستأنف.');
    expect(qs.map((q) => q.speaker.text)).toEqual(['الوزير', 'الوزير']);
    expect(qs[1].speaker.resolvedFrom?.text).toBe('الوزير');
  });

  it('a verbal noun (بقوله) and a back-reference (هذا التصريح) are never speakers', () => {
    const qs = run(
      'وقال الوزير إن الخطة جاهزة. وختم بقوله إن الأزمة ستنتهي قريبا. وأثار هذا التصريح غضب المعارضة.',
    );
    for (const q of qs) expect(q.speaker.text).not.toMatch(/بقوله|التصريح/);
    expect(qs[0].speaker.text).toBe('الوزير');
  });

  it('a place is no speaker and a whole source phrase is: "مصدرا عسكريا سوريا" speaks to an agency', () => {
    expect(run('وقالت حلب إن الوضع هادئ.')).toHaveLength(0);
    const q = one('وقال مصدرا عسكريا سوريا لوكالة سبوتنيك إن الجيش تقدم في الريف.');
    expect(q.speaker.text).toBe('مصدرا عسكريا سوريا');
    expect(q.channel?.text).toBe('وكالة سبوتنيك');
  });
});
