// Time contradictions: the dates the texts name, resolved, not publication days; copies of one text
// never clash. Every sentence here is invented (places are real names used as vocabulary only).
import { describe, expect, it } from 'vitest';
import { annotated as doc } from '../../../test/fixtures/compare.js';
import { found } from '../../../test/fixtures/contradictions.js';

describe('(d) time: the dates the texts name, resolved, not publication days', () => {
  it('two reports with no day named, run on two days, do not disagree on the date', () => {
    const a = doc(
      'a',
      'صحيفة أ',
      'وقال مسؤول محلي إن عملية إجلاء المدنيين من حلب بدأت بعد الظهر.',
      '2016-12-13',
    );
    const b = doc('b', 'صحيفة ب', 'بدأت عملية إجلاء المدنيين من حلب بعد الظهر، بحسب ناشطين.', '2016-12-14');
    expect(found([a, b], 'time')).toHaveLength(0);
  });

  it('two sources whose "today" falls on two days do disagree on the date', () => {
    const a = doc(
      'a',
      'صحيفة أ',
      'بدأت عملية إجلاء المدنيين من حلب ظهر اليوم بحسب مصادر ميدانية.',
      '2016-12-13',
    );
    const b = doc('b', 'صحيفة ب', 'وقال مسؤول إن عملية إجلاء المدنيين من حلب بدأت صباح اليوم.', '2016-12-14');
    expect(found([a, b], 'time')).toHaveLength(1);
  });

  it('a date of another clause (after "بعد" or a relative) is not the start\'s date', () => {
    const a = doc(
      'a',
      'صحيفة أ',
      'وقال مسؤول عسكري إن الهجوم على مطار الصفا بدأ أمس بمشاركة قوات برية كبيرة.',
      '2016-12-14',
    );
    const own = doc(
      'b',
      'صحيفة ب',
      'وبدأ الهجوم على مطار الصفا في منتصف نوفمبر بمشاركة قوات برية كبيرة.',
      '2016-12-14',
    );
    const other = doc(
      'c',
      'صحيفة ج',
      'وبدأ الهجوم على مطار الصفا بعد غارات جوية متواصلة منذ منتصف نوفمبر.',
      '2016-12-14',
    );
    expect(found([a, own], 'time')).toHaveLength(1);
    expect(found([a, other], 'time')).toHaveLength(0);
  });

  // "بعد الظهر", "بعد منتصف الليل" name a part of the start's own day, not another clause's act
  const other = doc(
    'b',
    'صحيفة ب',
    'وقالت مصادر ميدانية إن الهجوم على مطار الصفا بدأ في 25 نوفمبر 2016 بمشاركة قوات برية.',
    '2016-12-14',
  );
  it('"بعد الظهر" before the date is a part of the day: the dates still clash', () => {
    const a = doc(
      'a',
      'صحيفة أ',
      'وبدأ الهجوم على مطار الصفا بعد ظهر الأحد 20 نوفمبر 2016 بحسب مسؤول عسكري.',
      '2016-12-14',
    );
    expect(found([a, other], 'time')).toHaveLength(1);
  });

  it('"بعد منتصف ليل" before the date is a part of the day: the dates still clash', () => {
    const a = doc(
      'a',
      'صحيفة أ',
      'وبدأ الهجوم على مطار الصفا بعد منتصف ليل 20 نوفمبر 2016 بحسب مسؤول عسكري.',
      '2016-12-14',
    );
    expect(found([a, other], 'time')).toHaveLength(1);
  });

  it('a date before the start word is looked at up to the start word, not past it', () => {
    const a = doc(
      'a',
      'صحيفة أ',
      'وفي 20 نوفمبر 2016 بدأ الهجوم على مطار الصفا بعد غارات جوية متواصلة.',
      '2016-12-14',
    );
    expect(found([a, other], 'time')).toHaveLength(1);
  });
});
