import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findQuantities } from './quantities.js';
import { needShared } from '../../../test/shared-data.js';

const find = (text: string, exclude?: { start: number; end: number }[]) => findQuantities(text, 'a', exclude);
const one = (text: string) => {
  const qs = find(text);
  expect(qs, JSON.stringify(qs)).toHaveLength(1);
  return qs[0];
};

describe('findQuantities: numbers', () => {
  it('reads "one of", idioms of one and list items as no count', () => {
    expect(find('وأحد أسباب الخلاف هو نقص التمويل')).toHaveLength(0);
    expect(find('ويعد السوق كواحد من أكبر الأسواق في البلدة')).toHaveLength(0);
    expect(find('وتعمل الورش في وقت واحد على ترميم الجسور')).toHaveLength(0);
    expect(find('وتفاوضت الدول الخمس زائد واحد مع الوفد')).toHaveLength(0);
    expect(find('والمراحل هي: 1) جمع البيانات. 2) تحليلها')).toHaveLength(0);
    expect(one('وغرق قارب واحد قرب الساحل').value).toBe(1);
    expect(one('ونجحوا في عام واحد من بيع المحصول').value).toBe(1);
    expect(one('وبلغ الإنتاج (250) ألف طن').value).toBe(250000);
  });

  it('reads a fraction spelt like a number before a definite noun as no count', () => {
    expect(find('وتستورد البلاد خمس الإنتاج العالمي من القمح')).toHaveLength(0);
    expect(one('وزار الوفد خمس دول في جولته').value).toBe(5);
  });

  it('reads a day written with slashes and a year before a weekday as dates', () => {
    expect(find('وأشار إلى رسالته المؤرخة 9 / مارس /2014م')).toHaveLength(0);
    expect(find('وتنطلق بطولة الكأس 2022 الخميس في الدوحة')).toHaveLength(0);
  });

  it('reads a numbered military unit or conference as a name, not a count', () => {
    expect(find('تقدمت قوات اللواء 35 مشاة نحو المدينة')).toHaveLength(0);
    expect(find('وشاركت الفرقة 17 في الهجوم')).toHaveLength(0);
    expect(find('دعا الوسيط إلى عقد مؤتمر جنيف 3 الشهر المقبل')).toHaveLength(0);
    expect(one('قتل 12 عنصرا من اللواء الثالث').value).toBe(12);
  });

  it('reads numbers that name a summit, an ordinal, a model or a code as names, not counts', () => {
    expect(find('وتبدأ أعمال القمة 31 في المدينة غدا')).toHaveLength(0);
    expect(find('ويصدر العدد رقم 2210 من المجلة الأحد')).toHaveLength(0);
    expect(one('وحضر القمة الإقليمية الـ19 ممثلو 12 دولة')).toMatchObject({
      value: 12,
      counted: { text: 'دولة' },
    });
    expect(find('واحتفلت الجامعة بالذكرى الـ40 لتأسيسها')).toHaveLength(0);
    expect(one('وخلال الساعات الـ24 الماضية سقطت أمطار').value).toBe(24); // a plural: the 24 hours
    expect(find('وأسقطت الدفاعات طائرة سو 25 ودبابة تي 55 قرب التلال')).toHaveLength(0);
    expect(find('وكتب على الباب الرمز د هـ 44')).toHaveLength(0);
    expect(one('وزعت الجمعية وجبات ل 100 شخص').value).toBe(100);
    expect(one('وبلغ عدد المنشآت ب (2,464) منشأة').value).toBe(2464);
    expect(find('وصل 7 و 12 آخرون').map((q) => q.value)).toEqual([7, 12]);
  });

  it('reads two years of a life or an era, a family name and a month date as no quantity', () => {
    expect(find('ولد الشاعر الراحل (1902 - 1968) في القرية')).toHaveLength(0);
    expect(find('حكم الملك البلاد من 1920 إلى 1953 وفق المؤرخين')).toHaveLength(0);
    expect(find('وبقيت المنطقة تحت الانتداب 1920-1946')).toHaveLength(0);
    expect(one('وارتفع عدد السكان من 1500 إلى 1800 نسمة').high).toBe(1800);
    expect(find('والتقى المحافظ الشيخ أبو قرنين')).toHaveLength(0);
    expect(find('وعاد إلى 980 في 17 من نفس الشهر')).toMatchObject([{ value: 980 }]);
    expect(find('وأضاف القرن ال21 تحديات جديدة')).toHaveLength(0);
    expect(find('ووقع العقد في يوليو (تموز) 1870 في القاهرة')).toHaveLength(0);
    expect(find('وتحتاج الأرض إلى كمية كبيرة من المياه')).toHaveLength(0);
  });

  it('reads digits with their counted noun', () => {
    const q = one('وصلت 20 حافلة إلى المعبر');
    expect(q).toMatchObject({ text: '20', value: 20, counted: { text: 'حافلة' } });
  });

  it('reads Arabic-Indic digits, separators and decimals', () => {
    expect(one('نزح ١٥٬٠٠٠ شخص').value).toBe(15000);
    expect(one('نزح 15,000 شخص').value).toBe(15000);
    expect(one('نزح 15.000 شخص').value).toBe(15000);
    expect(one('ارتفع المؤشر ٢٫٥ نقطة').value).toBe(2.5);
    expect(one('ارتفع المؤشر 2.5 نقطة').value).toBe(2.5);
  });

  it('reads mixed digit + scale forms', () => {
    expect(one('خرج 15 ألف شخص من المدينة')).toMatchObject({
      text: '15 ألف',
      value: 15000,
      counted: { text: 'شخص' },
    });
    expect(one('بلغ عددهم 80 ألفا حتى الآن')).toMatchObject({ text: '80 ألفا', value: 80000 });
    expect(one('رصدت الحكومة 2.5 مليون دولار')).toMatchObject({ value: 2.5e6, unit: 'dollar' });
    expect(one('يقدر عددهم بـ500 حالة')).toMatchObject({
      text: '500',
      value: 500,
      counted: { text: 'حالة' },
    });
    expect(one('يقدر عددهم ب500 حالة')).toMatchObject({ text: '500', value: 500 });
  });

  it('reads number words in every form, with clitics', () => {
    expect(one('خرج ثمانية آلاف شخص')).toMatchObject({
      text: 'ثمانية آلاف',
      value: 8000,
      counted: { text: 'شخص' },
    });
    expect(one('قتل ثلاثة وعشرون مدنيا')).toMatchObject({ value: 23, counted: { text: 'مدنيا' } });
    expect(one('وصل بثلاثة آلاف جندي')).toMatchObject({ text: 'ثلاثة آلاف', value: 3000 });
    expect(one('أصيب أحد عشر شخصا')).toMatchObject({ value: 11 });
    expect(one('نقل مئتا ألف لاجئ')).toMatchObject({ value: 200000, counted: { text: 'لاجئ' } });
    expect(one('كلف المشروع مليارين ونصف')).toMatchObject({ value: 2e9 });
  });

  it('takes the counted noun after من', () => {
    expect(one('أجلي 15 ألفا من المدنيين')).toMatchObject({ value: 15000, counted: { text: 'المدنيين' } });
  });

  it('reads units and per cent', () => {
    expect(one('استمر القصف 24 ساعة')).toMatchObject({ unit: 'hour', counted: { text: 'ساعة' } });
    expect(one('تبعد المدينة 40 كيلومترا عن الحدود')).toMatchObject({ unit: 'km' });
    expect(one('تبلغ المساحة 40 كيلومترا مربعا')).toMatchObject({ unit: 'km2' });
    expect(one('نمت الصادرات 20% هذا العام')).toMatchObject({ text: '20%', unit: '%' });
    expect(one('نمت الصادرات 20 في المئة')).toMatchObject({ text: '20 في المئة', unit: '%' });
    expect(one('نمت الصادرات عشرين بالمئة')).toMatchObject({ value: 20, unit: '%' });
  });

  it('reads bracketed digits, the article on digits, and approximators after the noun', () => {
    expect(one('جائزة قدرها (300) ألف ريال')).toMatchObject({
      text: '(300) ألف',
      value: 300000,
      unit: 'riyal',
    });
    expect(one('تفوق ثرواتهم الـ50 مليون دولار')).toMatchObject({ text: '50 مليون', value: 5e7 });
    expect(one('قتل خمسة مدنيين على الأقل')).toMatchObject({ text: 'خمسة', approx: 'more-than' });
    expect(one('قتل 12 شخصا على الأقل')).toMatchObject({ approx: 'more-than', counted: { text: 'شخصا' } });
    expect(one('تراجع الذهب 4% ليصل إلى القاع').counted).toBeUndefined();
    expect(one('يمثلون 30% من السكان').counted?.text).toBe('السكان');
    expect(one('اختار المدرب 26 وهم من الشباب').counted).toBeUndefined();
  });

  it('reads 1 and 2 in words with the noun before them', () => {
    expect(one('قتل شخص واحد في القصف')).toMatchObject({ value: 1, counted: { text: 'شخص' } });
  });
});

describe('findQuantities: duals', () => {
  it('reads curated duals of measures as 2', () => {
    expect(one('استمرت الهدنة أسبوعين')).toMatchObject({
      value: 2,
      unit: 'week',
      counted: { text: 'أسبوعين' },
    });
    expect(one('لمدة يومين فقط')).toMatchObject({ value: 2, unit: 'day' });
    expect(one('قطعوا كيلومترين سيرا')).toMatchObject({ value: 2, unit: 'km' });
  });

  it('a dual noun alone, a definite dual and an offset (بعد شهرين من) are not counted quantities', () => {
    expect(find('قتل جنديان وأصيب شخصان')).toEqual([]);
    expect(find('وقعت الدولتين اتفاقا')).toEqual([]);
    expect(find('خلال اليومين الماضيين')).toEqual([]);
    expect(find('بعد شهرين من المعارك')).toEqual([]);
  });

  it('does not read other words ending in ين', () => {
    expect(find('قتل مدنيين وجرح مسلحين في الحي')).toEqual([]);
    expect(find('تحدث المسؤولين السوريين')).toEqual([]);
  });
});

describe('findQuantities: vague amounts and approximators', () => {
  it('a vague amount (عشرات، مئات الآلاف، بضعة) names no number: not a quantity', () => {
    expect(find('وصلت عشرات العائلات إلى المخيم')).toEqual([]);
    expect(find('نزح مئات الآلاف من السكان')).toEqual([]);
    expect(find('فر آلاف المدنيين')).toEqual([]);
    expect(find('بقي بضعة أيام')).toEqual([]);
    expect(one('وصل أربعة آلاف مسلح')).toMatchObject({ value: 4000, counted: { text: 'مسلح' } });
  });

  it('units keep their unit: currency, percent, distance, points', () => {
    expect(one('وارتفع سعر البرميل إلى 60 دولارا')).toMatchObject({ value: 60, unit: 'dollar' });
    expect(one('وارتفعت نسبة البطالة إلى 12 في المئة')).toMatchObject({ value: 12, unit: '%' });
    expect(one('وبلغت قيمة العقد 3 ملايين ريال')).toMatchObject({ value: 3000000, unit: 'riyal' });
    expect(one('وارتفع المؤشر 35 نقطة')).toMatchObject({ value: 35, unit: 'point' });
  });

  it('non-quantities: 5+1, a year after في, a conjunction after the number; degrees keep their unit', () => {
    expect(find('تستأنف محادثات مجموعة 5+1 غدا')).toEqual([]);
    expect(find('أطلقوا في 2014 حملة واسعة')).toEqual([]);
    expect(one('وصل 72 حينما بدأ القصف').counted).toBeUndefined();
    expect(one('بلغت الحرارة 40 درجة')).toMatchObject({ value: 40, unit: 'degree' });
  });

  it('reads approximators into the span', () => {
    expect(one('خرج نحو 15 ألف شخص')).toMatchObject({ text: 'نحو 15 ألف', approx: 'about', value: 15000 });
    expect(one('خرج حوالي ثمانية آلاف شخص')).toMatchObject({ text: 'حوالي ثمانية آلاف', approx: 'about' });
    expect(one('خرج حوالى 300 شخص')).toMatchObject({ approx: 'about' });
    expect(one('خرج قرابة 300 شخص')).toMatchObject({ approx: 'about' });
    expect(one('خرج زهاء 300 شخص')).toMatchObject({ approx: 'about' });
    expect(one('خرج ما يقارب 300 شخص')).toMatchObject({ text: 'ما يقارب 300', approx: 'about' });
    expect(one('خرج 300 تقريبا')).toMatchObject({ text: '300 تقريبا', approx: 'about' });
    expect(one('قتل أكثر من مائة شخص')).toMatchObject({
      text: 'أكثر من مائة',
      approx: 'more-than',
      value: 100,
    });
    expect(one('قتل ما يزيد عن 50 شخصا')).toMatchObject({ approx: 'more-than' });
    expect(one('قتل ما يزيد على 50 شخصا')).toMatchObject({ approx: 'more-than' });
    expect(one('قتل ما لا يقل عن 50 شخصا')).toMatchObject({ text: 'ما لا يقل عن 50', approx: 'more-than' });
    expect(one('عدد يزيد عن 50 شخصا')).toMatchObject({ approx: 'more-than' });
    expect(one('قتل أقل من 50 شخصا')).toMatchObject({ approx: 'less-than' });
    expect(one('الأطفال ما دون 18 عاما')).toMatchObject({ approx: 'less-than', unit: 'year' });
    expect(one('قتل ونحو 50 شخصا')).toMatchObject({ text: 'نحو 50', approx: 'about' });
  });

  it('reads ranges', () => {
    expect(one('نزح بين 10 و15 ألف شخص')).toMatchObject({
      text: 'بين 10 و15 ألف',
      approx: 'range',
      value: 10000,
      low: 10000,
      high: 15000,
      counted: { text: 'شخص' },
    });
    expect(one('نزح ما بين ثلاثة وخمسة آلاف شخص')).toMatchObject({ low: 3000, high: 5000 });
    expect(one('تستمر من 3 إلى 5 أيام')).toMatchObject({ low: 3, high: 5, unit: 'day' });
  });
});

describe('findQuantities: what is not a quantity', () => {
  it('skips years, dates, clock times and labels', () => {
    expect(find('في عام 2016 تغير الوضع')).toEqual([]);
    expect(find('وفق القانون لسنة 2007 يمنع ذلك')).toEqual([]);
    expect(find('وصلت الأربعاء 14 ديسمبر/كانون الأول')).toEqual([]);
    expect(find('بدأت في 7 ديسمبر 2016')).toEqual([]);
    expect(find('بدأت في 14 كانون الأول')).toEqual([]);
    expect(find('يبدأ الاجتماع الساعة 10:30 صباحا')).toEqual([]);
    expect(find('صدر في 14/12/2016')).toEqual([]);
    expect(find('بموجب البند 27 من الاتفاق')).toEqual([]);
    expect(find('راجع المبنى رقم (14) في الحرم')).toEqual([]);
    expect(find('قبل 2016، كانت الأمور هادئة')).toEqual([]);
    expect(find('حلقت طائرة F16 فوق المدينة')).toEqual([]);
    expect(find('ولد يوم الأحد 1 مارس (آذار) 2015، في القرية')).toEqual([]);
    expect(find('للاستفسار اتصل على 737221 أو راسلنا')).toEqual([]);
    expect(find('في اليوم الثالث عشر من الشهر')).toEqual([]);
    expect(find('يبدأ التسجيل من 15 /8 /1436هـ')).toEqual([]);
    expect(find('عقد المؤتمر 25 ــ 28 مايو الماضي')).toEqual([]);
  });

  it('skips labels behind a preposition, model names and match scores', () => {
    expect(find('وعوقب بموجب للمادة 41 من النظام')).toHaveLength(0);
    expect(find('هبطت طائرة من طراز إيرباص 330 في المطار')).toHaveLength(0);
    expect(find('وأعلن الجيش شراء مقاتلات إف 16 إضافية')).toHaveLength(0);
    expect(find('وفاز فريق الساحل على ضيفه 4 - 2 في المباراة')).toHaveLength(0);
    // a dash between numbers outside a match is a range or a count, and a model word must be right before
    expect(find('نزح 30 - 40 عائلة من القرية').map((q) => q.value)).toContain(40);
    expect(one('وصلت إلى المطار 3 طائرات بوينغ جديدة').value).toBe(3);
  });

  it('skips resolution, clause, page and serial numbers, numbered conferences and a hyphenated score', () => {
    expect(find('وصوت المجلس على القرار 2216 بالإجماع')).toHaveLength(0);
    expect(find('وبحسب المادة 76 من الدستور يحق للرئيس ذلك')).toHaveLength(0);
    expect(find('ونشرت الصحيفة الخبر في الصفحة 12 من العدد')).toHaveLength(0);
    expect(find('ويحمل الجهاز الرقم 45872 في السجل')).toHaveLength(0);
    expect(find('ودعا الوسيط إلى عقد مؤتمر جنيف 1 مجددا')).toHaveLength(0);
    expect(find('وفاز الفريق 2-1 على منافسه')).toHaveLength(0);
    expect(one('وقتل 3 أشخاص في القصف')).toMatchObject({ value: 3, counted: { text: 'أشخاص' } });
  });

  it('skips what the pipeline marks as dates', () => {
    const text = 'جرى ذلك يوم 14 من الشهر';
    expect(find(text, [{ start: 8, end: 23 }])).toEqual([]);
  });

  it('skips weekdays, ordinals and word look-alikes', () => {
    expect(find('وصل الوفد يوم الاثنين')).toEqual([]);
    expect(find('وصل الوفد يوم الإثنين')).toEqual([]);
    expect(find('اجتمعوا الثلاثاء والأربعاء والخميس والسبت')).toEqual([]);
    expect(find('في اليوم الثالث والمرحلة الثانية والأولى')).toEqual([]);
    expect(find('قال أحد المسؤولين إن أحدا لم يصب')).toEqual([]);
    expect(find('وقالت إحدى الموظفات')).toEqual([]);
    expect(find('ألّف الكاتب كتابا')).toEqual([]);
    expect(find('ألف الكاتب كتابا جديدا')).toEqual([]);
    expect(find('تحدث أبو عشرة للصحفيين')).toEqual([]);
    expect(find('القاعة تسع 500 شخص')).toMatchObject([{ value: 500 }]);
    expect(find('لست أدري ماذا حدث')).toEqual([]);
    expect(find('وصل فريق ألفا')).toEqual([]);
  });
});

describe('findQuantities: invariants', () => {
  const pieces = [
    'نحو ',
    '15 ألف ',
    'شخص ',
    'عشرات العائلات ',
    'ثلاثة وعشرون ',
    '٢٫٥ ',
    'بين 10 و15 ',
    'الاثنين ',
    'أسبوعين ',
    'عام 2016 ',
    '، ',
    '\n',
    'أكثر من ',
    'مئات الآلاف ',
    'بـ500 ',
    '20% ',
    'ألفا ',
  ];
  it('every quantity and counted span is a slice of the text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 25 }),
        (parts) => {
          const text = parts.join('');
          for (const q of find(text)) {
            expect(q.text).toBe(text.slice(q.start, q.end));
            expect(q.start).toBeLessThan(q.end);
            if (q.counted) expect(q.counted.text).toBe(text.slice(q.counted.start, q.counted.end));
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('findQuantities: the counted noun', () => {
  it('stops at a verb after the number and leaves counted empty', () => {
    const q = find('قتل 12 شخصا وإصابة نحو 40 جاء بعد القصف')[1];
    expect(q).toMatchObject({ text: 'نحو 40', value: 40 });
    expect(q.counted).toBeUndefined();
    expect(one('وصل نحو 300 كانوا ينتظرون').counted).toBeUndefined();
    expect(one('أحصت اللجنة 70 قالوا إنهم نزحوا').counted).toBeUndefined();
    expect(one('أحصت اللجنة 70 وقالوا إنهم نزحوا').counted).toBeUndefined();
  });

  it('still takes a noun, and the noun after من', () => {
    expect(one('وصل 40 جنديا إلى المعبر').counted?.text).toBe('جنديا');
    expect(one('أجلي 60 من الجرحى').counted?.text).toBe('الجرحى');
  });

  it('points "آخرين" back at the previous counted noun of the sentence', () => {
    const text = 'أسفر الهجوم عن مقتل 12 شخصا وإصابة 40 آخرين بجروح';
    const [, q] = find(text);
    expect(q).toMatchObject({ value: 40, counted: { text: 'شخصا' } });
    expect(text.slice(q.counted!.start, q.counted!.end)).toBe('شخصا');
    expect(q.counted!.start).toBe(text.indexOf('شخصا'));
    expect(find('دمرت الغارات 9 منازل وتضررت 14 أخرى')[1].counted?.text).toBe('منازل');
    expect(find('قتل شخص واحد وأصيب 6 آخرون')[1].counted?.text).toBe('شخص');
    expect(find('توفي 5 أشخاص من أسرة واحدة وأصيب 2 آخرون')[2].counted?.text).toBe('أشخاص');
  });

  it('reaches "آخرين" back across a number with a separator: "1.500" ends no sentence', () => {
    const qs = find('نفق 8 رؤوس من الماشية بعد شراء علف بقيمة 2.750 ريال، ونفق 3 أخرى');
    expect(qs.map((q) => q.value)).toEqual([8, 2750, 3]);
    expect(qs[2].counted?.text).toBe('رؤوس');
    expect(find('غرق 4 قوارب تحمل بضائع بـ 1.5 مليون دولار وانقلب 2 آخرين')[2].counted?.text).toBe('قوارب');
    // a point between two words still ends the sentence
    expect(find('غرق 4 قوارب. وكانت قيمة البضائع 2 مليون دولار وانقلب 2 آخرين')[2].counted?.text).toBe(
      'آخرين',
    );
  });

  it('keeps "آخرين" when the sentence names no earlier noun', () => {
    expect(one('وأصيب نحو 40 آخرين في القصف').counted?.text).toBe('آخرين');
    const [, q] = find('قتل 12 شخصا. وأصيب 40 آخرون');
    expect(q.counted?.text).toBe('آخرون');
    // a unit (days) is not the class the others belong to
    expect(find('بعد 3 أيام من القصف أصيب 40 آخرين')[1].counted?.text).toBe('آخرين');
  });

  it('keeps a 4-digit count after عدد, but a bare 19xx/20xx is still a year', () => {
    expect(one('بلغ العدد 2000.')).toMatchObject({ value: 2000 });
    expect(one('بلغ عدد القتلى 1500 حتى الآن')).toMatchObject({ value: 1500 });
    expect(find('عاد إلى المدينة في 2016، بعد الحرب')).toHaveLength(0);
  });
});

describe('findQuantities on the seed articles', () => {
  // read inside each test, so that a missing ../shared fails them with its message
  let found: { q: ReturnType<typeof findQuantities>[number]; text: string }[] | undefined;
  const seedQuantities = () => {
    const dir = needShared('seeds');
    found ??= readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => {
        const text = readFileSync(join(dir, f), 'utf8');
        return findQuantities(text, f, []).map((q) => ({ q, text }));
      });
    return found;
  };

  it('finds quantities whose text is a slice', () => {
    const all = seedQuantities();
    expect(all.length).toBeGreaterThan(10);
    for (const { q, text } of all) expect(q.text).toBe(text.slice(q.start, q.end));
  });

  it('finds the values the stories report', () => {
    const all = seedQuantities();
    const values = all.map(({ q }) => q.value);
    for (const v of [15000, 8000, 80000, 500, 4000]) expect(values).toContain(v);
    expect(all.some(({ q }) => q.value === 20 && q.counted?.text === 'حافلة')).toBe(true);
    expect(all.some(({ q }) => q.value === 2007)).toBe(false); // a year
  });
});
