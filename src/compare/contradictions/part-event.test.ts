// A part against its whole (part-event.ts): one strike's toll a text singles out among several is no
// rival of another text's toll of all the strikes. Invented sentences.
import { describe, expect, it } from 'vitest';
import { annotated as doc } from '../../../test/fixtures/compare.js';
import { found } from '../../../test/fixtures/contradictions.js';

const day = '2015-08-02';
const whole = doc(
  'w',
  'صحيفة أ',
  'وواصلت طائرات التحالف ضرب مواقع المسلحين في منطقة الجفرة جنوب مدينة الحلة حيث قتل 12 مسلحا وجرح 15 آخرون.',
  day,
);

describe('one event of several', () => {
  it('"another strike" wounding nine is a part of the front\'s fifteen', () => {
    const part = doc(
      'p',
      'صحيفة ب',
      'وقال المصدر إن غارة أخرى أصابت عربة للمسلحين في منطقة الجفرة جنوب مدينة الحلة وقتل 8 مسلحين وجرح 9 آخرون.',
      day,
    );
    expect(found([whole, part], 'numeric')).toHaveLength(0);
  });
  it('"one of the strikes" is a part too', () => {
    const part = doc(
      'q',
      'صحيفة ب',
      'وقال المصدر إن إحدى الغارات أصابت عربة للمسلحين في منطقة الجفرة جنوب مدينة الحلة وقتل 8 مسلحين وجرح 9 آخرون.',
      day,
    );
    expect(found([whole, part], 'numeric')).toHaveLength(0);
  });
  it('a larger count of one named strike may be that very strike, and keeps its pair', () => {
    const one = doc(
      'o',
      'صحيفة أ',
      'وقال مسعفون إن غارة على عربة للمسلحين في منطقة الجفرة جنوب مدينة الحلة قتلت 12 مسلحا وجرح 15 آخرون.',
      day,
    );
    const part = doc(
      'r',
      'صحيفة ب',
      'وقال المصدر إن غارة أخرى أصابت عربة للمسلحين في منطقة الجفرة جنوب مدينة الحلة وقتل 8 مسلحين وجرح 9 آخرون.',
      day,
    );
    expect(found([one, part], 'numeric').length).toBeGreaterThan(0);
  });
});
