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
