import { describe, expect, it } from 'vitest';
import { beamDecode, setBeamWidth, setMemoLimit, tagWords } from './tagger.js';

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

describe('beamDecode', () => {
  // token 0 prefers O to B-PERS; token 1 is worth 1 as B-LOC after O, 5 as I-PERS after B-PERS
  const local = (t: number, _p2: number, p1: number, out: Float32Array) => {
    out.fill(0);
    if (t === 0) {
      out[0] = 1; // O
      out[1] = 0.5; // B-PERS
    } else if (p1 === 1)
      out[2] = 5; // I-PERS after B-PERS
    else out[3] = 1; // B-LOC
  };

  it('a width of 1 is greedy', () => {
    expect(beamDecode(2, 1, local)).toEqual(['O', 'B-LOC']);
  });

  it('a wider beam keeps the sequence whose first tag scored lower', () => {
    expect(beamDecode(2, 2, local)).toEqual(['B-PERS', 'I-PERS']);
  });

  it('tags real sentences the same at width 1 as the greedy default', () => {
    const words = 'وقال وزير الخارجية الروسي سيرغي لافروف في موسكو'.split(' ');
    const greedy = tagWords(words);
    setBeamWidth(1);
    expect(tagWords(words)).toEqual(greedy);
  });
});
