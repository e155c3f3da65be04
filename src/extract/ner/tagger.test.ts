import { describe, expect, it } from 'vitest';
import { DEFAULT_BEAM, setBeamWidth, setMemoLimit, tagWords } from './tagger.js';
import { beamDecode, beamSearch, bestPath } from './beam.js';
import { LABELS } from './model.js';

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

  it('keeps the k best sequences in order, ties to the sequence made first', () => {
    // random scores over 12 tokens: width 1 equals a greedy pick made here, and a width as wide as
    // the states (one per last two tags) finds the best-scoring sequence
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 4 - 2;
    const table = Array.from({ length: 12 * 9 * 9 }, () => Float32Array.from({ length: 9 }, rand));
    const at = (t: number, p2: number, p1: number, out: Float32Array) =>
      out.set(table[(t * 9 + p2) * 9 + p1]);
    const ALLOWED_NEXT = (p: number, l: number) =>
      !LABELS[l].startsWith('I-') || LABELS[p].slice(2) === LABELS[l].slice(2);
    const total = (tags: string[]) => {
      let s = 0;
      let p1 = 0;
      let p2 = 0;
      tags.forEach((tag, t) => {
        const l = LABELS.indexOf(tag);
        expect(ALLOWED_NEXT(p1, l)).toBe(true);
        s += table[(t * 9 + p2) * 9 + p1][l];
        p2 = p1;
        p1 = l;
      });
      return s;
    };
    const greedy: string[] = [];
    const out = new Float32Array(9);
    for (let t = 0, p1 = 0, p2 = 0; t < 12; t++) {
      at(t, p2, p1, out);
      let best = -1;
      for (let l = 0; l < 9; l++) if (ALLOWED_NEXT(p1, l) && (best < 0 || out[l] > out[best])) best = l;
      greedy.push(LABELS[best]);
      p2 = p1;
      p1 = best;
    }
    expect(beamDecode(12, 1, at)).toEqual(greedy);
    const exact = total(beamDecode(12, 81, at));
    expect(total(beamDecode(12, 4, at))).toBeLessThanOrEqual(exact + 1e-9);
    expect(exact).toBeGreaterThanOrEqual(total(greedy) - 1e-9);
  });

  it('decodes as a plain beam (objects, a stable sort) at every width, ties included', () => {
    // the width-2 step keeps its two best without candidate tables: the same sequences as this
    // reference, on scores drawn from a few values so that totals tie often
    const ok = (p: number, l: number) =>
      !LABELS[l].startsWith('I-') || LABELS[p].slice(2) === LABELS[l].slice(2);
    const reference = (
      n: number,
      k: number,
      at: (t: number, p2: number, p1: number, o: Float32Array) => void,
    ) => {
      type Hyp = { p2: number; p1: number; s: number; tags: number[] };
      let beam: Hyp[] = [{ p2: 0, p1: 0, s: 0, tags: [] }];
      const out = new Float32Array(9);
      for (let t = 0; t < n; t++) {
        const cand: Hyp[] = [];
        const byState = new Map<number, number>();
        for (const h of beam) {
          at(t, h.p2, h.p1, out);
          for (let l = 0; l < 9; l++) {
            if (!ok(h.p1, l)) continue;
            const x = { p2: h.p1, p1: l, s: h.s + out[l], tags: [...h.tags, l] };
            const seen = byState.get(h.p1 * 9 + l);
            if (seen === undefined) byState.set(h.p1 * 9 + l, cand.push(x) - 1);
            else if (x.s > cand[seen].s) cand[seen] = x;
          }
        }
        beam = cand
          .map((x, i) => [x, i] as const)
          .sort((a, b) => b[0].s - a[0].s || a[1] - b[1])
          .slice(0, k)
          .map(([x]) => x);
      }
      return beam[0].tags.map((l) => LABELS[l]);
    };
    let seed = 11;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(rand() * 14);
      const table = Array.from({ length: n * 81 }, () =>
        Float32Array.from({ length: 9 }, () => Math.floor(rand() * 4) - 2),
      );
      const at = (t: number, p2: number, p1: number, out: Float32Array) =>
        out.set(table[(t * 9 + p2) * 9 + p1]);
      for (const k of [1, 2, 3, 4]) expect(beamDecode(n, k, at)).toEqual(reference(n, k, at));
    }
  });

  it('stops where the step hook says, the best sequence read back from there', () => {
    const steps = beamSearch(2, 2, local, new Float32Array(9), (t) => t < 0);
    expect(steps).toBe(1);
    expect(bestPath(steps, 2)).toEqual([0]);
  });

  it('tags real sentences by the beam by default, greedily at width 1', () => {
    const words = 'وقال وزير الخارجية الروسي سيرغي لافروف في موسكو'.split(' ');
    expect(tagWords(words)).toEqual(['O', 'O', 'O', 'O', 'B-PERS', 'I-PERS', 'O', 'B-LOC']);
    setBeamWidth(1);
    try {
      expect(tagWords(words)).toHaveLength(words.length);
    } finally {
      setBeamWidth(DEFAULT_BEAM);
    }
  });
});
