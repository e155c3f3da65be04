import { describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { loadWordList, repairGluedWords, splitGlued } from './repair.js';
import { readShared } from '../../test/shared-data.js';

describe('splitGlued', () => {
  it('splits tokens glued at an article, a preposition or a conjunction', () => {
    expect(splitGlued('روسياوإيران')).toEqual(['روسيا', 'وإيران']);
    expect(splitGlued('الأممالمتحدة')).toEqual(['الأمم', 'المتحدة']);
    expect(splitGlued('فيحلبفي')).toEqual(['في', 'حلب', 'في']);
    expect(splitGlued('المسلحةفي')).toEqual(['المسلحة', 'في']);
    expect(splitGlued('السوريعلى')).toEqual(['السوري', 'على']);
    expect(splitGlued('صمودالفصائل')).toEqual(['صمود', 'الفصائل']);
    expect(splitGlued('المسلحةفيحلبفي')).toEqual(['المسلحة', 'في', 'حلب', 'في']);
  });

  it('never splits correct words, clitic forms or joined names', () => {
    const keep = [
      'فيما',
      'وفي',
      'والمعارضة',
      'بالإضافة',
      'كفريا',
      'المسلحين',
      'المخالطين',
      'استغلالهم',
      'الطبيبين',
      'فيودور',
      'عبدالرحمن',
      'نصرالله',
      'فيتبين',
      'وبالمعارضة',
    ];
    for (const w of keep) expect([w, splitGlued(w)]).toEqual([w, null]);
  });
});

describe('repairGluedWords', () => {
  it('repairs glued words in a sentence and reports output spans', () => {
    const t = 'وصل وفد الأممالمتحدة إلى المدينةفي الصباح، وقال إن صمودالفصائل مستمر.';
    const r = repairGluedWords(t);
    expect(r.text).toBe('وصل وفد الأمم المتحدة إلى المدينة في الصباح، وقال إن صمود الفصائل مستمر.');
    expect(r.repairs.map((x) => [x.glued, x.fixed])).toEqual([
      ['الأممالمتحدة', 'الأمم المتحدة'],
      ['المدينةفي', 'المدينة في'],
      ['صمودالفصائل', 'صمود الفصائل'],
    ]);
    for (const x of r.repairs) expect(r.text.slice(x.start, x.end)).toBe(x.fixed);
  });

  it('keeps diacritics when it splits', () => {
    const r = repairGluedWords('القواتُالمسلحةُفي');
    expect(r.text).toBe('القواتُ المسلحةُ في');
  });

  it('leaves text without glued words untouched and is idempotent', () => {
    const t = 'قال المتحدث إن القافلة وصلت فيما بقي الطريق مغلقا بالإضافة إلى المعبر.';
    expect(repairGluedWords(t)).toEqual({ text: t, repairs: [] });
    const once = repairGluedWords('وصل وفد الأممالمتحدة إلى حلبفي الصباح').text;
    expect(repairGluedWords(once).repairs).toEqual([]);
  });

  it('never splits a word of the word list', () => {
    const gz = readFileSync(new URL('../../lexicons/wordlist.txt.gz', import.meta.url));
    const words = gunzipSync(gz)
      .toString('utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split('\t')[0]);
    expect(words.length).toBeGreaterThan(50_000);
    expect(words.length).toBe(loadWordList().size);
    const r = repairGluedWords(words.join(' '));
    expect(r.repairs).toEqual([]);
  });

  it('repairs every glued word of the seed articles', () => {
    const seed4 = readShared('seeds/004_1e055a3fef0aae2d.txt');
    const seed2 = readShared('seeds/002_341658d659d05d37.txt');
    const fixed4 = repairGluedWords(seed4).repairs.map((x) => x.glued);
    expect(fixed4).toEqual(
      expect.arrayContaining(['السوريعلى', 'المسلحةفي', 'صمودالفصائل', 'المسلحةفيحلبفي']),
    );
    const fixed2 = repairGluedWords(seed2).repairs.map((x) => x.glued);
    expect(fixed2).toEqual(expect.arrayContaining(['روسياوإيران', 'الأممالمتحدة']));
  });
});

describe('punctuation glued between two words', () => {
  it('puts back the space after a stop or comma between Arabic letters', () => {
    const t = 'وصل الوفد إلى المدينة.وقال المتحدث إن المحادثات بدأت،وأضاف أن الطريق مفتوح.';
    const r = repairGluedWords(t);
    expect(r.text).toBe('وصل الوفد إلى المدينة. وقال المتحدث إن المحادثات بدأت، وأضاف أن الطريق مفتوح.');
    for (const x of r.repairs) expect(r.text.slice(x.start, x.end)).toBe(x.fixed);
    expect(r.repairs.map((x) => x.glued)).toEqual(['المدينة.وقال', 'بدأت،وأضاف']);
  });
  it('leaves decimals, times and Latin text alone', () => {
    const t = 'ارتفع 2.5 بالمئة عند 10:30 وفق example.org اليوم.';
    expect(repairGluedWords(t).text).toBe(t);
  });
});
