import { describe, expect, it } from 'vitest';
import { setMemoLimit, tagWords } from './tagger.js';

describe('tagWords memos', () => {
  it('tags the same when the memos are full and keep only the words met lately', () => {
    const sentences = [
      'واستقبل الرئيس اللبناني ميشال سليمان في بيروت وفدا من الاتحاد الأوروبي',
      'وقالت الناطقة باسم الخارجية الفرنسية إن باريس ترحب بالاتفاق',
      'وأعلنت وزارة الداخلية في الرياض القبض على ثلاثة أشخاص',
      'وصرح مدير منظمة الصحة العالمية في جنيف بأن الوباء تراجع',
    ].map((s) => s.split(' '));
    // a word of its own in each filler sentence: the memos fill and renumber many times
    const fillers = Array.from({ length: 60 }, (_, k) => `ذهب كاتب${k} إلى سوق${k} مع صديق${k}`.split(' '));
    const expected = sentences.map((s) => tagWords(s));
    setMemoLimit(24);
    try {
      for (const filler of fillers) {
        tagWords(filler);
        expect(sentences.map((s) => tagWords(s))).toEqual(expected);
      }
    } finally {
      setMemoLimit(1 << 18);
    }
  });
});
