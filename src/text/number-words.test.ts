import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toCardinal } from 'n2words/ar-SA';
// @ts-expect-error written-number ships no types; its one call is typed below
import writtenNumberUntyped from 'written-number';
import { parseDigits } from './digits.js';
import { parseNumberWords } from './number-words.js';

const writtenNumber = writtenNumberUntyped as (n: number, options: { lang: string }) => string;

describe('parseNumberWords', () => {
  const cases: [string, number][] = [
    ['واحد', 1],
    ['واحدة', 1],
    ['اثنان', 2],
    ['اثنين', 2],
    ['اثنتان', 2],
    ['اثنتين', 2],
    ['ثلاثة', 3],
    ['ثلاث', 3],
    ['ثمانية', 8],
    ['ثماني', 8],
    ['تسع', 9],
    ['عشرة', 10],
    ['عشر', 10],
    ['أحد عشر', 11],
    ['إحدى عشرة', 11],
    ['اثنا عشر', 12],
    ['اثنتي عشرة', 12],
    ['تسعة عشر', 19],
    ['عشرون', 20],
    ['تسعين', 90],
    ['ثلاثة وعشرون', 23],
    ['إحدى وعشرين', 21],
    ['مائة', 100],
    ['مئة', 100],
    ['مئتان', 200],
    ['مائتين', 200],
    ['ثلاثمائة', 300],
    ['ثلاث مئة', 300],
    ['ثمانمئة وخمسة', 805],
    ['مائة وأحد عشر', 111],
    ['ألف', 1000],
    ['ألفان', 2000],
    ['ألفين', 2000],
    ['ثلاثة آلاف', 3000],
    ['عشرة آلاف', 10000],
    ['خمسة عشر ألفا', 15000],
    ['مئتا ألف', 200000],
    ['مليون', 1e6],
    ['مليونان', 2e6],
    ['ثلاثة ملايين', 3e6],
    ['عشرين مليونا', 20e6],
    ['مليار', 1e9],
    ['ملياران', 2e9],
    ['خمسة مليارات', 5e9],
    ['مليون وخمسمائة ألف', 1.5e6],
    ['ألفان واثنان', 2002],
    ['صفر', 0],
  ];
  it.each(cases)('%s = %d', (phrase, n) => expect(parseNumberWords(phrase)).toBe(n));

  it('reads clitics and spelling variants', () => {
    expect(parseNumberWords('بثلاثة')).toBe(3);
    expect(parseNumberWords('وخمسة')).toBe(5);
    expect(parseNumberWords('لألف')).toBe(1000);
    expect(parseNumberWords('ثلاثه')).toBe(3); // ta marbuta written as ha
    expect(parseNumberWords('احدى عشره')).toBe(11); // no hamza
    expect(parseNumberWords('حدى')).toBeNull();
    expect(parseNumberWords('ثَلاثَةُ آلافٍ')).toBe(3000); // diacritics
  });

  it('reads digits and mixed forms', () => {
    expect(parseNumberWords('15 ألف')).toBe(15000);
    expect(parseNumberWords('80 ألفا')).toBe(80000);
    expect(parseNumberWords('2.5 مليون')).toBe(2.5e6);
    expect(parseNumberWords('1.1 مليار')).toBe(1.1e9);
    expect(parseNumberWords('١٥ ألفاً')).toBe(15000);
    expect(parseNumberWords('بـ500')).toBe(500);
  });

  it('refuses what is not wholly a number', () => {
    expect(parseNumberWords('أحد')).toBeNull(); // "one of" / "anyone"
    expect(parseNumberWords('إحدى')).toBeNull();
    expect(parseNumberWords('ألفا')).toBeNull(); // the name Alpha, alone
    expect(parseNumberWords('عشرات')).toBeNull(); // vague: no single value
    expect(parseNumberWords('ثلاثة أربعة')).toBeNull();
    expect(parseNumberWords('ثلاثة وأربعة')).toBeNull(); // a list, not 7
    expect(parseNumberWords('الثلاثاء')).toBeNull();
    expect(parseNumberWords('الخميس')).toBeNull();
    expect(parseNumberWords('الاثنين')).toBeNull();
    expect(parseNumberWords('ثالث')).toBeNull();
    expect(parseNumberWords('الأول')).toBeNull();
    expect(parseNumberWords('لست')).toBeNull(); // "I am not"
    expect(parseNumberWords('خمسة أشخاص')).toBeNull();
    expect(parseNumberWords('')).toBeNull();
  });
});

describe('parseDigits', () => {
  it('reads separators and decimals', () => {
    expect(parseDigits('15,000')?.value).toBe(15000);
    expect(parseDigits('15.000')?.value).toBe(15000);
    expect(parseDigits('١٥٬٠٠٠')?.value).toBe(15000);
    expect(parseDigits('1,500,000')?.value).toBe(1.5e6);
    expect(parseDigits('2.5')?.value).toBe(2.5);
    expect(parseDigits('٢٫٥')?.value).toBe(2.5);
    expect(parseDigits('5ر6')?.value).toBe(6.5);
    expect(parseDigits('64ر0')?.value).toBe(0.64);
    expect(parseDigits('2,5')?.value).toBe(2.5);
    expect(parseDigits('1,500.25')?.value).toBe(1500.25);
    expect(parseDigits('۱۲')?.value).toBe(12);
    expect(parseDigits('1.2.3')).toBeNull();
  });
});

// n2words 4.0.0 (ar-SA) writes a thousands/millions group of 101, 201, ... 901 as
// "مائة وألف ألف" (for 101000) instead of "مائة وواحد ألف": the group's 1 becomes the scale word
// and the scale is written again. Those numbers are left to the second oracle, written-number.
function n2wordsWritesWrongly(n: number): boolean {
  for (let g = Math.floor(n / 1000); g > 0; g = Math.floor(g / 1000)) {
    const v = g % 1000;
    if (v > 100 && v % 100 === 1) return true;
  }
  return false;
}

describe('round trip through number-to-words libraries', () => {
  const int = fc.oneof(
    fc.integer({ min: 0, max: 1e9 }),
    fc.integer({ min: 0, max: 10_000 }),
    fc.integer({ min: 1, max: 999 }).map((n) => n * 1000),
    fc.integer({ min: 1, max: 999 }).map((n) => n * 1e6),
  );

  it('n2words (masculine and feminine) parses back to the same integer', () => {
    fc.assert(
      fc.property(int, (n) => {
        fc.pre(!n2wordsWritesWrongly(n));
        expect(parseNumberWords(toCardinal(n))).toBe(n);
        expect(parseNumberWords(toCardinal(n, { gender: 'feminine' }))).toBe(n);
      }),
      { numRuns: 3000 },
    );
  });

  it('written-number (ar) parses back to the same integer', () => {
    fc.assert(
      fc.property(int, (n) => {
        expect(parseNumberWords(writtenNumber(n, { lang: 'ar' }))).toBe(n);
      }),
      { numRuns: 3000 },
    );
  });

  it('the n2words bug is real (so the filter can be dropped when it is fixed)', () => {
    expect(toCardinal(101000)).toBe('مائة وألف ألف');
    expect(writtenNumber(101000, { lang: 'ar' })).toBe('مائة وواحد ألف');
    expect(parseNumberWords('مائة وواحد ألف')).toBe(101000);
  });
});
