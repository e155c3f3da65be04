// A part against its whole (part-event.ts): one strike's toll a text singles out among several is no
// rival of another text's toll of all the strikes. Invented sentences.
import { describe, expect, it } from 'vitest';
import { annotated as doc } from '../../../test/fixtures/compare.js';
import { found } from '../../../test/fixtures/contradictions.js';

const day = '2015-08-02';
const whole = doc(
  'w',
  'صحيفة أ',
  'وواصلت طائرات التحالف غارات على مواقع المسلحين في منطقة الجفرة جنوب مدينة الحلة حيث قتل 12 مسلحا وجرح 15 آخرون.',
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
  it('"الأحد" (Sunday) before "غارات" is no "one of the strikes"', () => {
    const sunday = doc(
      's',
      'صحيفة ب',
      'وشن طيران التحالف الأحد غارات على مواقع المسلحين في منطقة الجفرة جنوب مدينة الحلة أسفرت عن مقتل 8 مسلحين وجرح 9 آخرين.',
      day,
    );
    expect(found([whole, sunday], 'numeric').length).toBeGreaterThan(0);
  });
  it('a whole that tells one event in other words keeps its pair', () => {
    const part = doc(
      't',
      'صحيفة ب',
      'وقال المصدر إن غارة أخرى استهدفت سوق مدينة الحلة الشعبي وأسفرت عن مقتل 8 أشخاص وإصابة 9 آخرين.',
      day,
    );
    for (const event of ['قصفا جويا استهدف', 'مجزرة وقعت في']) {
      const one = doc(
        'u',
        'صحيفة أ',
        `وقال مسعفون إن ${event} سوق مدينة الحلة الشعبي وأسفر عن مقتل 12 شخصا وإصابة 15 آخرين.`,
        day,
      );
      expect(found([one, part], 'numeric').length).toBeGreaterThan(0);
    }
  });
  it('"another strike" telling a time, not the cause, singles out nothing', () => {
    const later = doc(
      'v',
      'صحيفة ب',
      'وقال المصدر إن الطائرات عادت بعد غارة أخرى فجرا لتضرب مواقع المسلحين في منطقة الجفرة جنوب مدينة الحلة وقتل 8 مسلحين وجرح 9 آخرون.',
      day,
    );
    expect(found([whole, later], 'numeric').length).toBeGreaterThan(0);
  });
  it('"غارة وأخرى" is two strikes, not one of several', () => {
    const two = doc(
      'x',
      'صحيفة ب',
      'وقال المصدر إن غارة وأخرى أصابتا مواقع المسلحين في منطقة الجفرة جنوب مدينة الحلة وقتل 8 مسلحين وجرح 9 آخرون.',
      day,
    );
    expect(found([whole, two], 'numeric').length).toBeGreaterThan(0);
  });
});
