// Confidence of a found contradiction (confidence.ts): a pair with a doubt is left out of the
// findings. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { annotated as doc } from '../../../test/fixtures/compare.js';
import { found } from '../../../test/fixtures/contradictions.js';
import { REPORT_FLOOR, confidence } from './confidence.js';

const none = { farApart: false, ownText: false, bothDeny: false, oneVoice: false, manyActs: false };

describe('confidence', () => {
  it('a pair without doubt clears the floor, one doubt is enough to leave it out', () => {
    expect(confidence(none)).toBeGreaterThanOrEqual(REPORT_FLOOR);
    expect(confidence({ ...none, farApart: true })).toBeLessThan(REPORT_FLOOR);
    expect(confidence(none, true)).toBeGreaterThan(confidence(none));
  });
});

describe('counts a factor of two apart', () => {
  const told = (id: string, outlet: string, n: number) =>
    doc(id, outlet, `وقالت الشرطة إن انفجار السوق الشعبي في وسط المدينة صباح أمس أسفر عن مقتل ${n} شخصا.`);

  it('two papers a little apart on one toll disagree', () => {
    expect(found([told('a', 'صحيفة أ', 40), told('b', 'صحيفة ب', 28)], 'numeric')).toHaveLength(1);
  });

  it('two papers three times apart count two scopes (a part, another blast): no rival figures', () => {
    expect(found([told('a', 'صحيفة أ', 40), told('b', 'صحيفة ب', 12)], 'numeric')).toHaveLength(0);
  });
});

describe('status of a topic made of many acts', () => {
  it('one operation launched and shelling halted the same day are two acts, not one told two ways', () => {
    const launched = doc('a', 'صحيفة أ', 'أعلن الجيش اليوم انطلاق عملية عسكرية واسعة شمال المدينة.');
    const halted = doc(
      'b',
      'صحيفة ب',
      'وقالت مصادر إن القوات علقت اليوم العمليات العسكرية على أحياء المدينة.',
    );
    expect(found([launched, halted], 'status')).toHaveLength(0);
  });
});

describe('a denial of its own article', () => {
  it('answers the claim its own paper tells with no speaker: no rival passage', () => {
    const own = doc(
      'a',
      'صحيفة أ',
      'وتواجه الشركة اتهامات بإخفاء أرباحها عن مصلحة الضرائب منذ سنوات. ونفت الشركة ذلك في بيان أمس.',
    );
    expect(found([own], 'denial')).toHaveLength(0);
  });
});
