// The wounded who died (toll-shift.ts): one incident's toll told later, the dead up and the wounded
// down by about as many, is an update; other wounded for the same dead, two accounts of one moment
// and a toll that falls later are still a dispute. Invented sentences, figures and days.
import { describe, expect, it } from 'vitest';
import { annotated as doc } from '../../../test/fixtures/compare.js';
import { found } from '../../../test/fixtures/contradictions.js';

const day = '2016-03-14';
const next = '2016-03-15'; // a day later, the blast told as yesterday's
const toll = (dead: number, hurt: number, who = 'وقالت مديرية الصحة', when = '') =>
  `${who} إن التفجير الذي وقع ${when}قرب ملعب مدينة الرمادي أسفر عن مقتل ${dead} شخصا وإصابة ${hurt} آخرين.`;
const first = doc('a', 'صحيفة أ', toll(21, 12), day);

describe('the wounded who died', () => {
  it('a later report with the dead up by three and the wounded down by three is an update', () => {
    const later = doc(
      'b',
      'صحيفة ب',
      'وأعلنت مديرية الصحة أن حصيلة تفجير أمس قرب ملعب مدينة الرمادي بلغت 24 قتيلا و9 جرحى.',
      next,
    );
    expect(found([first, later], 'numeric')).toHaveLength(0);
  });
  it('two sources giving other wounded for the same dead still disagree', () => {
    const rival = doc('c', 'صحيفة ج', toll(21, 8, 'وقال مسعفون'), day);
    expect(found([first, rival], 'numeric')).toHaveLength(1);
  });
  it('another source the same day, told as another account, is a rival', () => {
    const rival = doc('e', 'صحيفة ه', toll(24, 9, 'وفي رواية مغايرة قالت الشرطة'), day);
    expect(found([first, rival], 'numeric').length).toBeGreaterThan(0);
  });
  it('another voice the same day, with no order between them, is a rival', () => {
    const rival = doc('f', 'صحيفة و', toll(24, 9, 'وقالت الشرطة'), day);
    expect(found([first, rival], 'numeric').length).toBeGreaterThan(0);
  });
  it('two named rivals in one article stay rivals', () => {
    const text = `${toll(21, 12, 'وقال مدير الصحة كريم العاني')} ${toll(24, 9, 'في حين قال قائد الشرطة ماجد الدليمي')}`;
    const one = doc('g', 'صحيفة ز', text, day);
    const other = doc('h', 'صحيفة ح', 'وصل وفد حكومي إلى مدينة الرمادي أمس.', day);
    expect(found([one, other], 'numeric').length).toBeGreaterThan(0);
  });
  it('the dead up by ten while the wounded fall by one is no update', () => {
    const late = doc('k', 'صحيفة ك', toll(31, 11, undefined, 'أمس '), next);
    expect(found([first, late], 'numeric').length).toBeGreaterThan(0);
  });
  it('wounded told in another clause, maybe of another attack, are no part of the toll', () => {
    const late = doc(
      'l',
      'صحيفة ل',
      'وقالت مديرية الصحة إن التفجير الذي وقع أمس قرب ملعب مدينة الرمادي أسفر عن مقتل 24 شخصا، فيما أصيب 9 آخرون في هجوم آخر.',
      next,
    );
    expect(found([first, late], 'numeric').length).toBeGreaterThan(0);
  });
});
