import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitSentences, tokenize } from './segment.js';

const sentencesOf = (t: string) => splitSentences(t).map((r) => t.slice(r.start, r.end));

describe('splitSentences', () => {
  it('splits at Arabic and Latin stops and at line breaks (headings)', () => {
    const t = 'عنوان الخبر\nقال الوزير إن الوضع هادئ. وأضاف أن المعبر مفتوح؟ نعم!\nسطر أخير';
    expect(sentencesOf(t)).toEqual([
      'عنوان الخبر',
      'قال الوزير إن الوضع هادئ.',
      'وأضاف أن المعبر مفتوح؟',
      'نعم!',
      'سطر أخير',
    ]);
  });

  it('ends a sentence at a stop glued to the next word', () => {
    expect(sentencesOf('وصل الوفد إلى المدينة.وقال المتحدث إن المحادثات بدأت.')).toEqual([
      'وصل الوفد إلى المدينة.',
      'وقال المتحدث إن المحادثات بدأت.',
    ]);
  });

  it('keeps decimals, initials and quotations in one sentence', () => {
    expect(sentencesOf('ارتفع المؤشر 2.5 نقطة. قال د. سامي: «الأمر خطير. لا بد من الحل» ثم غادر.')).toEqual([
      'ارتفع المؤشر 2.5 نقطة.',
      'قال د. سامي: «الأمر خطير. لا بد من الحل» ثم غادر.',
    ]);
  });

  it('ignores a stray quote mark with no closer', () => {
    expect(sentencesOf('قال "المسؤول إن الوضع هادئ. وأضاف أن الطريق مغلق.')).toHaveLength(2);
  });

  it('returns trimmed, ordered, non-overlapping ranges (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('قال', 'الوزير', ' ', '.', '؟', '\n', '«', '»', '"', '2', 'و'), {
          maxLength: 60,
        }),
        (parts) => {
          const t = parts.join('');
          let last = 0;
          for (const r of splitSentences(t)) {
            expect(r.start).toBeGreaterThanOrEqual(last);
            expect(r.end).toBeGreaterThan(r.start);
            expect(t.slice(r.start, r.end)).toBe(t.slice(r.start, r.end).trim());
            last = r.end;
          }
        },
      ),
    );
  });
});

describe('tokenize', () => {
  it('gives words with offsets, diacritics and tatweel inside the word', () => {
    const t = 'قالَ الـمتحدث، 15 ألفاً!';
    const toks = tokenize(t);
    expect(toks.map((x) => x.text)).toEqual(['قالَ', 'الـمتحدث', '15', 'ألفاً']);
    for (const x of toks) expect(t.slice(x.start, x.end)).toBe(x.text);
  });

  it('handles Arabic-Indic digits', () => {
    expect(tokenize('نحو ١٥ ألف').map((x) => x.text)).toEqual(['نحو', '١٥', 'ألف']);
  });
});
