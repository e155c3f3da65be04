import { describe, expect, it } from 'vitest';
import { storyCues } from './cues.js';
import { undated } from './kind.js';
import { joinBySignature, signatureOf, SIGNATURE, type Signed } from './signature.js';

const BOMB = 2; // the third incident kind of lexicons/stories.json: an explosion or bombing
const bit = 1 << BOMB;
const art = (outlet: string, rare: string[], kinds: number, incidents = 0, day = 100): Signed => ({
  outlet,
  day,
  incidents,
  rare,
  kinds,
});

describe('incident signatures', () => {
  it('reads the rarer stems and placed incident kinds of the headline or lead, not a phone call', () => {
    const terms = new Map([
      ['s:تفجير', 2],
      ['s:عسير', 3],
      ['s:قال', 2],
      ['s:حديق', 1],
    ]);
    const sig = signatureOf(terms, 0);
    expect(sig.kinds & bit).toBe(bit);
    expect(sig.rare).toContain('عسير');
    expect(sig.rare).not.toContain('قال'); // in most articles
    expect(sig.rare).not.toContain('حديق'); // body only
    const call = storyCues().incidentStems.get('هاتف') ?? 0;
    expect(signatureOf(new Map([['s:هاتف', 2]]), call).kinds).toBe(0);
  });

  it("joins a big event's parts from many outlets, not a lone article nor a part naming another incident", () => {
    const fire = 1 << 0; // the first incident kind: a fire
    const outlets = ['a', 'b', 'c', 'd', 'e'];
    const arts = [
      ...outlets.map((o) => art(o, ['عسير'], bit, bit)), // 0-4: the bombing
      ...outlets.map((o) => art(o, ['عسير'], bit)), // 5-9: condolences, funerals
      art('a', ['عسير'], bit), // 10: a column on it, alone
      art('b', ['عسير'], bit | fire, fire), // 11-12: a fire in the town
      art('c', ['عسير'], bit | fire, fire),
      art('a', ['عسير'], 0), // 13: the town without the bombing
    ];
    const stories = [[0, 1, 2], [3, 4], [5, 6], [7, 8, 9], [10], [11, 12], [13]];
    const joined = joinBySignature(stories, arts);
    expect(joined).toContainEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(joined).toContainEqual([10]);
    expect(joined).toContainEqual([11, 12]);
    expect(joined).toContainEqual([13]);
  });

  it('joins a lone follow-up with lonePoints, not a lone column on the event', () => {
    const outlets = ['a', 'b', 'c', 'd', 'e'];
    const arts = [
      ...outlets.map((o) => art(o, ['عسير'], bit, bit)), // 0-4: the bombing
      ...outlets.map((o) => art(o, ['عسير'], bit)), // 5-9: condolences, funerals
      art('a', ['عسير'], bit), // 10: a funeral told alone
      { ...art('b', ['عسير'], bit), opinionPoints: 1 }, // 11: a column signed by a bare name
    ];
    const stories = [[0, 1, 2], [3, 4], [5, 6], [7, 8, 9], [10], [11]];
    const joined = joinBySignature(stories, arts, { ...SIGNATURE, lonePoints: 1, loneMinArticles: 8 });
    expect(joined).toContainEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(joined).toContainEqual([11]);
    // the shipped floor: lone articles join only an event told in 40 articles
    expect(joinBySignature(stories, arts)).toContainEqual([10]);
  });

  it('joins nothing that few outlets carry, nor parts days apart', () => {
    const few = ['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b'].map((o) => art(o, ['عسير'], bit));
    const pairs = [
      [0, 1],
      [2, 3],
      [4, 5],
      [6, 7],
    ];
    expect(joinBySignature(pairs, few)).toEqual(pairs);
    const many = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((o, i) =>
      art(o, ['عسير'], bit, 0, 100 + (i >> 1) * 2),
    );
    expect(joinBySignature(pairs, many)).toEqual(pairs);
  });

  it('reads an article with neither author line nor dateline as undated (an unsigned editorial)', () => {
    expect(undated(undefined, 'إن ما جرى أمس في المدينة جرح لا يندمل في قلوب الناس')).toBe(true);
    expect(undated('', 'سالم الحربي – جدة نشب حريق في مستودع أمس')).toBe(false);
    expect(undated('الرياض - واس', 'أعلنت الوزارة اليوم')).toBe(false);
  });
});
