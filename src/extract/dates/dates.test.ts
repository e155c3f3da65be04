import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DateMention } from '../../contract.js';
import { findDates, inferPublished } from './dates.js';
import { needShared } from '../../../test/shared-data.js';

const PUB = '2016-12-15'; // a Thursday
// null: no publication date known
const one = (text: string, published: string | null = PUB) => {
  const { dates, warnings } = findDates(text, 'a', { published: published ?? undefined });
  for (const d of dates) {
    expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(DateMention.omit({ id: true }).safeParse(d).success).toBe(true);
  }
  return { dates, warnings, d: dates[0] };
};

describe('explicit dates in both month systems', () => {
  it('weekday, day and both month names form one span', () => {
    const { d, warnings } = one('أعلنت الوزارة الأربعاء 14 ديسمبر/كانون الأول أن القافلة وصلت.');
    expect(d).toMatchObject({ text: 'الأربعاء 14 ديسمبر/كانون الأول', value: '2016-12-14' });
    expect(d.weekdayMismatch).toBeUndefined();
    expect(warnings).toEqual([]);
  });
  it('Levantine month first, year after', () => {
    expect(one('وقعت الحادثة في 14 كانون الأول/ديسمبر 2016 قرب المعبر.').d).toMatchObject({
      text: '14 كانون الأول/ديسمبر 2016',
      value: '2016-12-14',
    });
  });
  it('a bracketed second month name and a bare day-month', () => {
    expect(one('بدأ الحصار في 3 آب (أغسطس) 2015.').d).toMatchObject({
      text: '3 آب (أغسطس) 2015',
      value: '2015-08-03',
    });
    expect(one('ينتهي التفويض في 7 ديسمبر.').d.value).toBe('2016-12-07');
  });
  it.each([
    ['2 كانون الثاني', '01-02'],
    ['9 شباط', '02-09'],
    ['21 آذار', '03-21'],
    ['4 نيسان', '04-04'],
    ['1 أيار', '05-01'],
    ['5 حزيران', '06-05'],
    ['14 تموز', '07-14'],
    ['6 آب', '08-06'],
    ['11 أيلول', '09-11'],
    ['6 تشرين الأول', '10-06'],
    ['9 تشرين الثاني', '11-09'],
    ['24 كانون الأول', '12-24'],
    ['3 يناير', '01-03'],
    ['8 فبراير', '02-08'],
    ['20 مارس', '03-20'],
    ['5 ابريل', '04-05'],
    ['5 أبريل', '04-05'],
    ['2 مايو', '05-02'],
    ['30 يونيه', '06-30'],
    ['23 يوليه', '07-23'],
    ['1 اغسطس', '08-01'],
    ['12 سبتمبر', '09-12'],
    ['6 أكتوبر', '10-06'],
    ['4 نوفمبر', '11-04'],
    ['1 جانفي', '01-01'],
    ['14 فيفري', '02-14'],
    ['9 أفريل', '04-09'],
    ['1 ماي', '05-01'],
    ['20 جوان', '06-20'],
    ['5 جويلية', '07-05'],
    ['20 أوت', '08-20'],
  ])('month name %s', (phrase, mmdd) => {
    const { d } = one(`قالت المصادر إن الاجتماع عقد يوم ${phrase} في العاصمة.`, null);
    expect(d).toMatchObject({ text: phrase, value: `--${mmdd}` });
  });
  it('ordinal days and numeric dates', () => {
    expect(one('منذ الأول من ديسمبر الجاري').d.value).toBe('2016-12-01');
    expect(one('بتاريخ 05/11/2016 صدر القرار').d).toMatchObject({ text: '05/11/2016', value: '2016-11-05' });
    expect(one('بتاريخ 2016-11-05 صدر القرار').d.value).toBe('2016-11-05');
  });
  it('a year picked for a yearless date looks back unless told otherwise', () => {
    expect(one('في 3 شباط الماضي', PUB).d.value).toBe('2016-02-03');
    expect(one('في 20 يناير المقبل', PUB).d.value).toBe('2017-01-20');
    expect(one('في 20 أيلول', PUB).d.value).toBe('2016-09-20');
  });
  it('year alone or month alone is not a date', () => {
    expect(one('شهد عام 2016 وسنة 2007 معارك في نوفمبر.').dates).toEqual([]);
  });
  it('an impossible day is reported, not returned', () => {
    const { dates, warnings } = one('في 31 نيسان 2016');
    expect(dates).toEqual([]);
    expect(warnings[0].code).toBe('DATE_INVALID');
  });
});

describe('relative dates against the publication date', () => {
  it('today, yesterday and a weekday alone', () => {
    expect(one('قال الوزير اليوم إن').d).toMatchObject({
      text: 'اليوم',
      value: '2016-12-15',
      relative: true,
    });
    expect(one('قتل خمسة أشخاص أمس في القصف').d.value).toBe('2016-12-14');
    // a weekday alone: the most recent such day on or before publication
    expect(one('وصلت القافلة الأربعاء إلى المدينة').d.value).toBe('2016-12-14');
    expect(one('وصلت القافلة الخميس إلى المدينة').d.value).toBe('2016-12-15');
    expect(one('وصلت القافلة الخميس الماضي').d.value).toBe('2016-12-08');
    expect(one('تصل القافلة السبت المقبل').d.value).toBe('2016-12-17');
  });
  it('yesterday with a weekday is checked', () => {
    const ok = one('صرح أمس الأربعاء بأن');
    expect(ok.d).toMatchObject({ text: 'أمس الأربعاء', value: '2016-12-14' });
    expect(ok.d.weekdayMismatch).toBeUndefined();
    // the text wins over the given date: yesterday was Friday, so the article speaks from Saturday
    const moved = one('صرح أمس الجمعة بأن');
    expect(moved.d).toMatchObject({ value: '2016-12-16' });
    expect(moved.d.weekdayMismatch).toBeUndefined();
    expect(moved.warnings[0]).toMatchObject({ article: 'a', code: 'PUBLISHED_FROM_TEXT' });
    // two phrases no single day fits stay flagged
    const r = findDates('صرح أمس الجمعة بأن القافلة وصلت اليوم الاثنين.', 'a', { published: '2016-12-15' });
    expect(r.dates.some((d) => d.weekdayMismatch)).toBe(true);
    expect(r.warnings.some((w) => w.code === 'WEEKDAY_MISMATCH')).toBe(true);
  });
  it('parts of the day and "today Thursday"', () => {
    expect(one('اندلعت الاشتباكات مساء الثلاثاء').d).toMatchObject({
      text: 'مساء الثلاثاء',
      value: '2016-12-13',
    });
    expect(one('منذ صباح اليوم').d).toMatchObject({ text: 'صباح اليوم', value: '2016-12-15' });
    expect(one('يجتمع المجلس اليوم الخميس').d).toMatchObject({ text: 'اليوم الخميس', value: '2016-12-15' });
    expect(one('قال اليوم (الخميس) إن').d.text).toBe('اليوم (الخميس)');
  });
  it('the night between two days takes the first', () => {
    const { d, dates } = one('سقطت القذائف ليل الأربعاء-الخميس على الحي');
    expect(dates).toHaveLength(1);
    expect(d).toMatchObject({ text: 'ليل الأربعاء-الخميس', value: '2016-12-14', relative: true });
  });
  it('two weekdays without "night" are two dates', () => {
    expect(one('جرت المفاوضات الأربعاء والخميس').dates.map((d) => d.value)).toEqual([
      '2016-12-14',
      '2016-12-15',
    ]);
  });
  it('parts of a month', () => {
    expect(one('منذ منتصف شهر نوفمبر', null).d).toMatchObject({ text: 'منتصف شهر نوفمبر', value: '--11-15' });
    expect(one('منذ منتصف شهر نوفمبر 2016', null).d.value).toBe('2016-11-15');
    expect(one('منذ منتصف تشرين الثاني').d.value).toBe('2016-11-15');
    expect(one('في مطلع الشهر').d).toMatchObject({ value: '2016-12-01', relative: true });
    expect(one('في أواخر الشهر الماضي').d).toMatchObject({ value: '2016-11-30', relative: true });
    expect(one('حتى نهاية فبراير 2016').d.value).toBe('2016-02-29');
  });
  it('"the next day" and "national day" are not today', () => {
    expect(one('وفي اليوم التالي عاد الوفد، في اليوم الوطني').dates).toEqual([]);
  });
  it('without a publication date relatives are skipped and listed in one warning', () => {
    const { dates, warnings } = one('قال أمس إن القصف بدأ مساء الثلاثاء', null);
    expect(dates).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].code).toBe('DATE_UNRESOLVED');
    expect(warnings[0].message).toContain('مساء الثلاثاء');
  });
});

describe('counted days from chrono-node (ago, later, within, last week)', () => {
  it.each([
    ['أعلن الجيش قبل ثلاثة أيام أنه سيطر على التلة.', 'قبل ثلاثة أيام', '2016-12-12'],
    ['وصل الوفد إلى المدينة منذ يومين لبحث الهدنة.', 'منذ يومين', '2016-12-13'],
    ['قال الوسيط إن المحادثات تبدأ بعد أسبوع في جنيف.', 'بعد أسبوع', '2016-12-22'],
    ['يتوقع أن يصدر القرار خلال يومين على الأكثر.', 'خلال يومين', '2016-12-17'],
    ['طلبت اللجنة ردا في غضون أسبوعين.', 'في غضون أسبوعين', '2016-12-29'],
    ['اجتمع الطرفان قبل 5 أيام في أنقرة.', 'قبل 5 أيام', '2016-12-10'],
    ['اجتمع الطرفان قبل ٥ أيام في أنقرة.', 'قبل ٥ أيام', '2016-12-10'],
    ['أفرج عن الصحفي قبل يوم واحد فقط.', 'قبل يوم واحد', '2016-12-14'],
    ['غادرت البعثة قبل يومَيْن فقط.', 'قبل يومَيْن', '2016-12-13'],
    ['توقف القصف منذ عشرة أيام تقريبا.', 'منذ عشرة أيام', '2016-12-05'],
    ['أغلق المعبر خلال 14 يومًا متتالية.', 'خلال 14 يومًا', '2016-12-29'],
  ])('%s', (sentence, text, value) => {
    const { dates, warnings } = one(sentence);
    expect(dates).toHaveLength(1);
    expect(dates[0]).toMatchObject({ text, value, relative: true });
    expect(warnings).toEqual([]);
  });
  it('last and next week, without the preposition in front', () => {
    expect(one('زار الوزير موسكو الأسبوع الماضي.').d).toMatchObject({
      text: 'الأسبوع الماضي',
      value: '2016-12-08',
    });
    expect(one('وفي الأسبوع المقبل تنعقد القمة.').d).toMatchObject({
      text: 'الأسبوع المقبل',
      value: '2016-12-22',
    });
  });
  it('a proclitic و stays out of the span', () => {
    expect(one('وقبل يومين أعلنت الوزارة الخبر.').d).toMatchObject({ text: 'قبل يومين', start: 1 });
  });
  it.each([
    ['وصلت التعزيزات قبل أيام إلى الجبهة.', 'a plural with no count: "a few days"'],
    ['تتدهور الأوضاع يوما بعد يوم.', '"day after day"'],
    ['عاد الهدوء بعد ثلاثة أيام من القصف.', 'counted from another event'],
    ['أعلنت الهدنة بعد أسبوعين على بدء الحملة.', 'counted from another event'],
    ['بدأ الحصار قبل عامين.', 'years have no day'],
    ['ارتفعت الأسعار الشهر الماضي.', 'months have no day'],
    ['وقع الانفجار قبل ساعات.', 'hours hang on an unknown publication hour'],
    ['زادت الهجمات خلال أيام شهر رمضان.', 'days of a month are not a count'],
    ['استراحوا بعد يوم طويل من العمل.', 'a lone "يوم" that goes on as a noun'],
  ])('%s is not a counted day (%s)', (sentence) => {
    expect(one(sentence).dates).toEqual([]);
  });
  it('a trigger inside a longer word opens nothing ("مستقبل" holds "قبل")', () => {
    expect(one('ناقشوا مستقبل أسبوعين قادمين.').dates).toEqual([]);
  });
  it('"منذ يوم السبت" is Saturday, not "a day ago"', () => {
    const { dates } = one('تتواصل الاشتباكات منذ يوم السبت في الريف.');
    expect(dates.map((d) => [d.text, d.value])).toEqual([['يوم السبت', '2016-12-10']]);
  });
  it('without a publication date they are listed as unresolved', () => {
    const { dates, warnings } = one('أعلن الجيش قبل ثلاثة أيام أنه سيطر على التلة.', null);
    expect(dates).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'DATE_UNRESOLVED' });
    expect(warnings[0].message).toContain('قبل ثلاثة أيام');
  });
  it('counted days and lexicon dates come out in text order', () => {
    const { dates } = one('قال أمس إن القافلة وصلت قبل أسبوع وستعود في 20 ديسمبر.');
    expect(dates.map((d) => d.value)).toEqual(['2016-12-14', '2016-12-08', '2016-12-20']);
  });
});

describe('clock times', () => {
  it('hour in words with the day part and the day', () => {
    expect(one('بدأ الإجلاء الساعة السادسة من صباح اليوم').d).toMatchObject({
      text: 'الساعة السادسة من صباح اليوم',
      value: '2016-12-15',
      time: '06:00',
    });
  });
  it('digits, evening words and minutes', () => {
    expect(one('الساعة 10:30 من صباح أمس').d).toMatchObject({ value: '2016-12-14', time: '10:30' });
    expect(one('في العاشرة مساء الثلاثاء').d).toMatchObject({ text: 'العاشرة مساء الثلاثاء', time: '22:00' });
    expect(one('الأربعاء 14 ديسمبر عند الساعة الثانية عشرة ليلا').d.time).toBe('00:00');
    expect(one('يوم الخميس الساعة الرابعة والنصف عصرا').d.time).toBe('16:30');
  });
  it('a time with no day is not a date; "الثانية" alone is not a time', () => {
    expect(one('حتى الساعة 10:30 لم يصل أحد').dates).toEqual([]);
    expect(one('المرحلة الثانية من الاتفاق').dates).toEqual([]);
  });
});

describe('day ranges: one mention per day written', () => {
  it('"14 و15 ديسمبر": the first day spans the shared month, the last its own number', () => {
    const { dates } = one('جرت الجولة الأولى يومي 14 و15 ديسمبر في أستانا.');
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['14 و15 ديسمبر', '2016-12-14'],
      ['15 ديسمبر', '2016-12-15'],
    ]);
  });
  it('dash and "إلى" ranges keep the year for both ends', () => {
    expect(one('يستمر المعرض 14-16 ديسمبر.').dates.map((d) => d.value)).toEqual(['2016-12-14', '2016-12-16']);
    const { dates } = one('تقام الدورة من 3 إلى 9 آذار 2015 في بيروت.', null);
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['3 إلى 9 آذار 2015', '2015-03-03'],
      ['9 آذار 2015', '2015-03-09'],
    ]);
  });
  it('a weekday before the range belongs to its first day', () => {
    const { dates, warnings } = one('تعقد القمة الأربعاء 14 و15 ديسمبر.');
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['الأربعاء 14 و15 ديسمبر', '2016-12-14'],
      ['15 ديسمبر', '2016-12-15'],
    ]);
    expect(warnings).toEqual([]);
  });
  it('a descending pair is not a range', () => {
    expect(one('في 15 و14 ديسمبر').dates.map((d) => [d.text, d.value])).toEqual([
      ['14 ديسمبر', '2016-12-14'],
    ]);
  });
});

describe('tonight and "that day"', () => {
  it('"الليلة" is the publication date', () => {
    expect(one('تنطلق الرحلة الليلة من المطار.').d).toMatchObject({ text: 'الليلة', value: '2016-12-15' });
    expect(one('تنطلق الرحلة هذه الليلة من المطار.').d).toMatchObject({
      text: 'الليلة',
      value: '2016-12-15',
    });
  });
  it('"البارحة الأولى" and "الليلة قبل الماضية" are two days back', () => {
    expect(one('افتتح المهرجان البارحة الأولى في جدة.').d).toMatchObject({
      text: 'البارحة الأولى',
      value: '2016-12-13',
    });
    expect(one('سقطت القذائف الليلة قبل الماضية.').d).toMatchObject({ value: '2016-12-13' });
  });
  it('"تمتلك اليوم" is today: "تلك" inside a word is no demonstrative', () => {
    expect(one('الشركة تمتلك اليوم عشرة مصانع.').d).toMatchObject({ text: 'اليوم', value: '2016-12-15' });
  });
  it('"غدا الثانية ظهرا" keeps its clock time', () => {
    expect(one('تقام المباراة غداً الثانية ظهراً.').d).toMatchObject({ value: '2016-12-16', time: '14:00' });
  });
  it('an hour in words after a time preposition keeps its part of day; after a noun it is an ordinal', () => {
    expect(one('وصل الوفد عند الثالثة عصر أمس.').d).toMatchObject({ value: '2016-12-14', time: '15:00' });
    expect(one('بدأ القصف قرابة الثالثة فجر اليوم.').d).toMatchObject({ value: '2016-12-15', time: '03:00' });
    const round = one('انطلقت الجولة الثانية مساء أمس.').d;
    expect(round).toMatchObject({ value: '2016-12-14' });
    expect(round.time).toBeUndefined();
    expect(one('فاز الفريق للمرة الثالثة اليوم.').d.time).toBeUndefined();
  });
  it('"تلك الليلة", "ذلك اليوم", "نفس اليوم", "الليلة الواحدة" belong to the story, not to publication', () => {
    expect(one('وصل في نفس اليوم، وبلغ سعر الليلة الواحدة مئة دولار.').dates).toEqual([]);
    expect(
      one('في تلك الليلة لم ينم أحد، وفي ذلك اليوم أغلقت الطرق، وفي الليلة التالية هدأ القصف.').dates,
    ).toEqual([]);
  });
});

describe('clock times with م / ص', () => {
  it('digits with م or ص give the 24-hour time', () => {
    expect(one('بدأ الهجوم الساعة 10:30 م من يوم الخميس').d).toMatchObject({
      time: '22:30',
      value: '2016-12-15',
    });
    expect(one('وصل الموكب عند 12:15 ص أمس').d).toMatchObject({ time: '00:15', value: '2016-12-14' });
    expect(one('وصل الموكب عند 7:05م أمس').d).toMatchObject({ time: '19:05' });
  });
  it('"10 م" alone may be metres: no time', () => {
    expect(one('بلغ ارتفاع الموج 10 م أمس').d).toMatchObject({ text: 'أمس' });
    expect(one('بلغ ارتفاع الموج 10 م أمس').d.time).toBeUndefined();
  });
});

describe('tatweel', () => {
  it('the pipeline normaliser removes it; the chrono windows drop it themselves', () => {
    expect(one('وصل الوفد قبل يومـين إلى المدينة.').d).toMatchObject({
      text: 'قبل يومـين',
      value: '2016-12-13',
    });
  });
});

describe('Hijri dates', () => {
  it('converts to Gregorian with the calendar noted', () => {
    expect(one('صدر المرسوم في 15 ربيع الأول 1438 هـ').d).toMatchObject({
      text: '15 ربيع الأول 1438 هـ',
      value: '2016-12-14',
      calendar: 'hijri',
    });
    expect(one('في ١٤ رمضان ١٤٣٦', null).d).toMatchObject({ value: '2015-07-01', calendar: 'hijri' });
    expect(one('حتى 1 شوال 1436هـ', null).d.value).toBe('2015-07-17');
  });
  it('a yearless Hijri date takes the year from publication', () => {
    expect(one('في العاشر من ذي الحجة', '2015-08-01').d.value).toBe('2015-09-23');
  });
});

describe('weekday checks on explicit dates', () => {
  it('flags a weekday that contradicts its date', () => {
    const { d, warnings } = one('صرح الأربعاء 6 ديسمبر 2016 بأن');
    expect(d.weekdayMismatch).toBe(true);
    expect(warnings[0]).toMatchObject({ code: 'WEEKDAY_MISMATCH' });
    expect(warnings[0].message).toMatch(/Wednesday.*2016-12-06.*Tuesday/);
  });
  it('uses the publication year when the date has none', () => {
    expect(one('صرح الأربعاء 6 ديسمبر بأن').d.weekdayMismatch).toBe(true);
    expect(one('صرح الثلاثاء 6 ديسمبر بأن').d.weekdayMismatch).toBeUndefined();
  });
  it('without any year, checks against the year the article itself implies', () => {
    const text = 'وصلت القافلة الأربعاء 7 ديسمبر. وقال مسؤول الأربعاء 6 ديسمبر إن';
    const { dates } = one(text, null);
    expect(dates.map((d) => [d.value, d.weekdayMismatch ?? false])).toEqual([
      ['--12-07', false],
      ['--12-06', true],
    ]);
    // a full date elsewhere in the article fixes the year
    const withYear = one('في 1 ديسمبر 2017 بدأ الحصار. وقال الخميس 7 ديسمبر إن', null);
    expect(withYear.dates[1].weekdayMismatch).toBeUndefined();
  });
});

describe('inferPublished', () => {
  it('returns the latest full date, ignoring relative and yearless ones', () => {
    const { dates } = one('في 3 مارس 2016 و 9 يونيو 2016 و 4 أيلول', null);
    expect(inferPublished(dates)).toBe('2016-06-09');
    expect(inferPublished(one('قال اليوم').dates)).toBeUndefined();
  });
});

describe('seed articles (published unknown)', () => {
  // read inside each test, so that a missing ../shared fails them with its message
  const seedFiles = () =>
    readdirSync(needShared('seeds'))
      .filter((f) => f.endsWith('.txt'))
      .sort();
  const run = (prefix: string) => {
    const file = seedFiles().find((f) => f.startsWith(prefix));
    expect(file, `no seed file starts with ${prefix}`).toBeTypeOf('string');
    const text = readFileSync(join(needShared('seeds'), file!), 'utf8');
    const r = findDates(text, prefix, {});
    for (const d of r.dates) expect(text.slice(d.start, d.end)).toBe(d.text);
    return r;
  };
  it('every span is a slice in every seed', () => {
    const files = seedFiles();
    expect(files).toHaveLength(5);
    const found = files.map((f) => run(f.slice(0, 3)).dates.length);
    expect(found.reduce((a, b) => a + b)).toBeGreaterThan(0);
  });
  it('003 dates the events 14 December', () => {
    const { dates } = run('003');
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.some((d) => d.value === '--12-14' && /ديسمبر\/كانون الأول/.test(d.text))).toBe(true);
  });
  it('004 has 7 December and a mismatched 6 December', () => {
    const { dates, warnings } = run('004');
    expect(dates.find((d) => d.value === '--12-07')?.weekdayMismatch).toBeUndefined();
    expect(dates.find((d) => d.value === '--12-06')?.weekdayMismatch).toBe(true);
    expect(warnings.some((w) => w.code === 'WEEKDAY_MISMATCH' && w.article === '004')).toBe(true);
  });
});

describe('outlets, clock words and a record date the text contradicts', () => {
  it('a newspaper named اليوم is not a date as a credit line or after ل', () => {
    expect(
      findDates('الدمام - (اليوم) أعلنت الشركة نتائجها.', 'a', { published: '2015-08-06' }).dates,
    ).toEqual([]);
    expect(
      findDates('قال المتحدث لـ«اليوم» إن المشروع اكتمل.', 'a', { published: '2015-08-06' }).dates,
    ).toEqual([]);
    expect(findDates('وكتبت صحيفة اليوم أن الطريق أغلق.', 'a', { published: '2015-08-06' }).dates).toEqual(
      [],
    );
  });

  it('an hour in words keeps the part of day the day after it names', () => {
    const [d] = findDates('وقع الانفجار في العاشرة من الليلة قبل الماضية.', 'a', {
      published: '2015-08-06',
    }).dates;
    expect(d).toMatchObject({ value: '2015-08-04', time: '22:00' });
    const [m] = findDates('وصل الوفد في الثامنة والنصف من صباح اليوم.', 'a', {
      published: '2015-08-06',
    }).dates;
    expect(m).toMatchObject({ value: '2015-08-06', time: '08:30' });
  });

  it('the weekday the text names with اليوم wins over the record date, and says so', () => {
    const r = findDates('اقتحمت القوات فجر اليوم (الأحد) الجامعة. وكانت قد وصلت أمس.', 'a', {
      published: '2015-07-27',
    });
    expect(r.published).toBe('2015-07-26');
    expect(r.dates.map((d) => d.value)).toEqual(['2015-07-26', '2015-07-25']);
    expect(r.warnings.map((w) => w.code)).toEqual(['PUBLISHED_FROM_TEXT']);
    expect(
      findDates('وقع الانفجار اليوم الاثنين.', 'a', { published: '2015-07-27' }).published,
    ).toBeUndefined();
  });
});

describe('a weekday phrase the record date contradicts, with a full date of another day', () => {
  it('moves the publication date once and returns (it recursed without end)', () => {
    const text = 'حددت اللجنة امس الاثنين يوم الخامس عشر من مارس 2016 موعدا للانتخابات.';
    const r = findDates(text, 'a', { published: '2015-07-20' });
    expect(r.warnings.map((w) => w.code)).toEqual(['PUBLISHED_FROM_TEXT']);
    expect(r.published).toBe('2015-07-21');
    // the record's day fits 'امس الاثنين': nothing to move, and the Monday is yesterday's, not March's
    expect(findDates(text, 'a', { published: '2015-07-21' })).toMatchObject({ warnings: [] });
  });
});

describe('weekdays the record date does not contradict', () => {
  it('a written date beside "اليوم الاثنين" fixes the day for every "اليوم" of the text', () => {
    const text =
      'قال الوزير في حديث نشر اليوم الاثنين (الثالث من آب 2015) إن المحادثات بدأت. وأكد اليوم الاثنين أيضا أنها ستستمر.';
    const r = findDates(text, 'a', { published: '2015-08-04' });
    expect(r.published).toBe('2015-08-03');
    expect(r.dates.map((d) => d.value)).toEqual(['2015-08-03', '2015-08-03']);
    expect(r.warnings.map((w) => w.code)).toEqual(['PUBLISHED_FROM_TEXT']);
  });

  it('"بعد غداً (الخميس)" is two days on, written with the tanween alef', () => {
    const r = findDates('ويختتم المعسكر يوم بعد غداً (الخميس) في المدينة.', 'a', { published: '2015-08-04' });
    expect(r.dates.map((d) => d.value)).toEqual(['2015-08-06']);
    expect(r.warnings).toEqual([]);
  });

  it('"قبل أمس" is two days back, not yesterday', () => {
    const r = findDates('صدر المرسوم قبل أمس (السبت) في الجريدة.', 'a', { published: '2015-07-20' });
    expect(r.dates.map((d) => d.value)).toEqual(['2015-07-18']);
    expect(r.warnings).toEqual([]);
  });

  it('a weekday before a range of days may name any day of it', () => {
    const r = findDates('يعقد اللقاء يومي الأربعاء والخميس الموافق 20 و21 شوال.', 'a', {
      published: '2015-08-04',
    });
    expect(r.warnings.filter((w) => w.code === 'WEEKDAY_MISMATCH')).toEqual([]);
    expect(
      findDates('يعقد اللقاء يوم السبت الموافق 20 و21 شوال.', 'a', { published: '2015-08-04' }).warnings,
    ).toHaveLength(1);
  });
});
