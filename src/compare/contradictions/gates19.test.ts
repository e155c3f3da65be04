// Round nineteen's gates (issue 9), taken one at a time from round eighteen's and narrowed where a
// reviewer showed them reading ordinary news wrongly. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { annotated as doc } from '../../../test/fixtures/compare.js';
import { found } from '../../../test/fixtures/contradictions.js';

describe('denial participles', () => {
  const denial = doc(
    'a',
    'صحيفة أ',
    'ونفت وزارة الدفاع في بيان اليوم أسر أي من جنودها خلال المعارك على الحدود الشمالية.',
  );
  it('a passage that tells the same denial in a participle is no claim the denial answers', () => {
    const retold = doc(
      'b',
      'صحيفة ب',
      'وأعلنت الجماعة أنها هاجمت موقعا عسكريا على الحدود الشمالية، فيما أصدرت وزارة الدفاع بيانا نافية أسر أي من جنودها خلال المعارك.',
    );
    expect(found([denial, retold], 'denial')).toHaveLength(0);
  });
  it('a claim of the capture is still answered by the denial', () => {
    const claim = doc(
      'c',
      'صحيفة ج',
      'وقالت الجماعة إنها تمكنت من أسر ثلاثة من جنود وزارة الدفاع خلال المعارك على الحدود الشمالية.',
    );
    expect(found([denial, claim], 'denial')).toHaveLength(1);
  });
});

describe('schedules', () => {
  const halted = doc(
    'b',
    'صحيفة ب',
    'وقال مسؤول إن وفاة الزعيم تعني توقف المفاوضات بين الطرفين في العاصمة.',
    '2015-07-31',
  );
  it('"was to begin on Friday, but was put off" is no start to set against a halt', () => {
    const plan = doc(
      'a',
      'صحيفة أ',
      'وكان من المفترض أن تبدأ جولة ثانية من المفاوضات في العاصمة يوم الجمعة، إلا أن الوسطاء أرجأوها.',
      '2015-07-31',
    );
    expect(found([plan, halted], 'status')).toHaveLength(0);
  });
  it('the Special Rapporteur telling a start is still a start', () => {
    const rapporteur = doc(
      'a',
      'صحيفة أ',
      'وقال المقرر الخاص للأمم المتحدة إن جولة ثانية من المفاوضات بدأت في العاصمة يوم الجمعة.',
      '2015-07-31',
    );
    expect(found([rapporteur, halted], 'status')).toHaveLength(1);
  });
});

describe('bearings', () => {
  const strike = doc(
    'a',
    'صحيفة أ',
    'أعلنت قيادة العمليات مقتل 12 مسلحا من التنظيم بضربة جوية استهدفت مقرهم جنوبي مدينة الحويجة.',
  );
  it('two counts placed south and north of one town are two incidents', () => {
    const north = doc(
      'b',
      'صحيفة ب',
      'وقال مصدر أمني إن القوات قتلت 16 مسلحا من التنظيم شمالي مدينة الحويجة في عملية برية.',
    );
    expect(found([strike, north], 'numeric')).toHaveLength(0);
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

describe('one outlet’s formula', () => {
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

describe('rising tolls of any noun', () => {
  it('a later and higher toll of pilgrims is an update', () => {
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

describe('a count up to an incident', () => {
  const raids = doc(
    'a',
    'صحيفة أ',
    'وأعلنت سلطات الإقليم مقتل 10 مدنيين في الغارات التي استهدفت قرية الوادي أمس.',
  );
  it('"only seven killed before yesterday’s raids" is no toll of the raids', () => {
    const before = doc('b', 'صحيفة ب', 'وتحدث الحزب عن مقتل سبعة مدنيين فقط قبل غارات أمس على قرية الوادي.');
    expect(found([raids, before], 'numeric')).toHaveLength(0);
  });
  it('"seven killed in yesterday’s raids" still disputes the ten', () => {
    const inRaids = doc('c', 'صحيفة ج', 'وتحدث الحزب عن مقتل سبعة مدنيين فقط في غارات أمس على قرية الوادي.');
    expect(found([raids, inRaids], 'numeric')).toHaveLength(1);
  });
});
