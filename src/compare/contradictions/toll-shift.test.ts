// The wounded who died (toll-shift.ts): one incident's toll told twice, the dead up and the wounded
// down by as many, is an update; other wounded for the same dead are still a dispute. Invented sentences.
import { describe, expect, it } from 'vitest';
import { annotated as doc } from '../../../test/fixtures/compare.js';
import { found } from '../../../test/fixtures/contradictions.js';

const day = '2015-08-06';
const first = doc(
  'a',
  'صحيفة أ',
  'وقالت وزارة الصحة إن الانفجار الذي وقع في سوق مدينة الحلة أسفر عن مقتل 13 شخصا وإصابة تسعة آخرين.',
  day,
);

describe('the wounded who died', () => {
  it('the dead up by two and the wounded down by two is one account updated', () => {
    const later = doc(
      'b',
      'صحيفة ب',
      'وأعلنت وزارة الصحة أن حصيلة الانفجار في سوق مدينة الحلة بلغت 15 قتيلا و7 جرحى.',
      day,
    );
    expect(found([first, later], 'numeric')).toHaveLength(0);
  });
  it('two sources giving other wounded for the same dead still disagree', () => {
    const rival = doc(
      'c',
      'صحيفة ج',
      'وقال مسعفون إن الانفجار في سوق مدينة الحلة أسفر عن مقتل 13 شخصا وإصابة ستة آخرين.',
      day,
    );
    expect(found([first, rival], 'numeric')).toHaveLength(1);
  });
  it('the dead up while the wounded fall far more is still a dispute', () => {
    const rival = doc(
      'd',
      'صحيفة د',
      'وقال مسعفون إن الانفجار في سوق مدينة الحلة أسفر عن مقتل 15 شخصا وإصابة 2 آخرين.',
      day,
    );
    expect(found([first, rival], 'numeric').length).toBeGreaterThan(0);
  });
});
