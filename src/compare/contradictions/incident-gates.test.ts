// Round eighteen's gates (issue 9), each for a general cause of wrong pairs read on the judged days:
// bearings that cannot be one place, a figure of others, a plan told as a start, one formula filled
// with another day's figures, a rising toll of any noun, a contrast that is not between accounts.
// Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { annotated as doc } from '../../../test/fixtures/compare.js';
import { found } from '../../../test/fixtures/contradictions.js';

describe('bearings', () => {
  const strike = doc(
    'a',
    'صحيفة أ',
    'أعلنت قيادة العمليات مقتل 12 مسلحا من التنظيم بضربة جوية استهدفت مقرهم جنوبي مدينة الحويجة.',
  );
  it('two counts placed south and west of one town are two incidents', () => {
    const west = doc(
      'b',
      'صحيفة ب',
      'وقال مصدر أمني إن القوات قتلت 16 مسلحا من التنظيم غربي مدينة الحويجة في عملية برية.',
    );
    expect(found([strike, west], 'numeric')).toHaveLength(0);
  });
  it('the same bearing, or a finer one of it, may be one incident', () => {
    const south = doc(
      'c',
      'صحيفة ج',
      'وقال مصدر أمني إن 16 مسلحا من التنظيم قتلوا بضربة جوية استهدفت مقرهم جنوب غرب مدينة الحويجة.',
    );
    expect(found([strike, south], 'numeric')).toHaveLength(1);
  });
});

describe('figures of others', () => {
  it('"N others" beside the other figure is another group, never a rival of it', () => {
    const a = doc(
      'a',
      'صحيفة أ',
      'وذكرت الشرطة أن 14 شخصا لقوا حتفهم في قرية الوادي بعد انهيار أرضي طمر منازلهم.',
    );
    const b = doc(
      'b',
      'صحيفة ب',
      'وذكرت الشرطة أن 14 شخصا لقوا حتفهم في قرية الوادي، وتوقعت مقتل 23 شخصا آخرين في القرية.',
    );
    expect(found([a, b], 'numeric')).toHaveLength(0);
  });
});

describe('plans', () => {
  it('"was to begin on Friday, but was postponed" is no start to set against a halt', () => {
    const a = doc(
      'a',
      'صحيفة أ',
      'وكان من المفترض أن تبدأ جولة ثانية من المفاوضات في العاصمة يوم الجمعة، إلا أن الوسطاء أرجأوها.',
      '2015-07-31',
    );
    const b = doc(
      'b',
      'صحيفة ب',
      'وقال مسؤول إن وفاة الزعيم تعني توقف المفاوضات بين الطرفين في العاصمة.',
      '2015-07-31',
    );
    expect(found([a, b], 'status')).toHaveLength(0);
  });
});

describe('copies', () => {
  const roundup = (id: string, day: string, figures: [string, string, string, string]) =>
    doc(
      id,
      'صحيفة أ',
      `وتم تداول ${figures[0]} مليون سهم من خلال ${figures[1]} صفقة، وارتفعت أسعار أسهم ${figures[2]} شركة ` +
        `مقابل تراجع أسعار أسهم 30 شركة واستقرار أسعار أسهم ${figures[3]} شركة.`,
      day,
    );
  it('one formula filled with another session’s figures is no misprint of one text', () => {
    const a = roundup('a', '2015-07-30', ['10.2', '3733', '40', '34']);
    const b = roundup('b', '2015-07-31', ['11.7', '3477', '37', '43']);
    expect(found([a, b], 'numeric')).toHaveLength(0);
  });
  it('a copy that misprints one figure and keeps the rest is still a misprint', () => {
    const a = roundup('a', '2015-07-30', ['10.2', '3733', '40', '34']);
    const b = roundup('b', '2015-07-31', ['10.2', '3733', '40', '43']);
    expect(found([a, b], 'numeric')).toHaveLength(1);
  });
});

describe('rising tolls', () => {
  it('a later and higher toll of pilgrims is an update, whatever noun counts the dead', () => {
    const a = doc(
      'a',
      'صحيفة أ',
      'توفي 7 معتمرين وأصيب 40 آخرون في حادث اصطدام حافلة بشاحنة على طريق الواحة فجر اليوم.',
      '2015-07-30',
    );
    const b = doc(
      'b',
      'صحيفة ب',
      'لقي 9 معتمرين مصرعهم وأصيب 40 آخرون في حادث اصطدام حافلة بشاحنة على طريق الواحة فجر الخميس.',
      '2015-07-31',
    );
    expect(found([a, b], 'numeric')).toHaveLength(0);
  });
});

describe('contrasts within one article', () => {
  it('a contrast after the later count contrasts its own items, not two accounts', () => {
    const a = doc(
      'a',
      'صحيفة أ',
      'وقال بيان السفارة إن المنحة تمنع وقف المساعدات عن 400 ألف لاجئ في المدن الأردنية. ' +
        'وكانت المتحدثة باسم البرنامج سلمى أحمد أعلنت أن البرنامج خفض قيمة القسائم لـ 250 ألف لاجئ في المدن الأردنية، بدلا من قيمتها السابقة.',
    );
    expect(found([a], 'numeric')).toHaveLength(0);
  });
});
