import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type * as ChronoAr from 'chrono-node/ar';
import { GATED, UNCASED, gatedCasual } from './chrono-gates.js';

// as chrono.ts loads it (vitest does not follow chrono-node's "./*" exports); the constants are
// read by path, being no export of the package
const require = createRequire(import.meta.url);
const chronoAr = require('chrono-node/ar') as typeof ChronoAr;
const constants = require(require.resolve('chrono-node/ar').replace(/index\.js$/, 'constants.js')) as {
  MONTH_DICTIONARY: Record<string, number>;
  WEEKDAY_DICTIONARY: Record<string, number>;
};

const gated = gatedCasual(chronoAr);
const ref = { instant: new Date(Date.UTC(2020, 4, 10, 12)), timezone: 0 };

/** What a parse gives, in a form two parses can be compared by. */
const results = (parser: { parse: typeof chronoAr.casual.parse }, text: string) =>
  parser.parse(text, ref).map((r) => ({
    index: r.index,
    text: r.text,
    start: r.start.date().toISOString(),
    end: r.end?.date().toISOString(),
    tags: [...r.start.tags()].sort(),
  }));

describe('gated chrono parsers', () => {
  it('gates every parser of the casual Arabic configuration, and only those', () => {
    const names = chronoAr.createCasualConfiguration().parsers.map((p) => p.constructor.name);
    expect([...names].sort()).toEqual([...GATED].sort());
  });

  it('lets every month and weekday name of chrono through its gate', () => {
    for (const text of [
      ...Object.keys(constants.MONTH_DICTIONARY),
      ...Object.keys(constants.WEEKDAY_DICTIONARY),
    ])
      expect(results(gated, `في ${text} من`)).toEqual(results(chronoAr.casual, `في ${text} من`));
  });

  it('finds what the ungated parser finds, window by window', () => {
    const windows = [
      'قبل ثلاثة أيام قال الوزير',
      'منذ يومين وصل الوفد',
      'بعد أسبوع من المحادثات',
      'في غضون أسبوعين سيعود',
      'خلال الأسبوع الماضي',
      'الأسبوع المقبل يوم الأحد',
      'قبل يومين الساعة العاشرة صباحا',
      'بعد ثلاثة أيام في 12 مارس',
      'منذ أسبوع، الخميس الماضي',
      'قبل 3 أيام عند 10:30 مساء',
      'بعد غد أو بعد أسبوع',
      'قبل أمس وقبل يومين',
      'منذ يوم الجمعة 5 يونيو 2020',
      'بعد عام من الحرب',
      'قبل ساعتين من الآن',
      'خلال 2020-05-01 وحتى 5/6',
      'منذ شهر تشرين الأول',
      'بعد منتصف الليل بيومين',
      'هذا الصباح قبل أسبوعين',
      'في ظرف يومين ونصف',
      'ثلاثة أيام مضت على الحادث',
      'أسبوعين سابقا قال',
      'يومين لاحقا عاد',
    ];
    for (const w of windows) expect(results(gated, w), w).toEqual(results(chronoAr.casual, w));
  });

  it('runs a window with letters that have case through the patterns as chrono wrote them', () => {
    for (const w of ['قبل 3 أيام at 10 AM', 'بعد أسبوعين PM الساعة 5 pm', 'منذ يومين K ſ'])
      expect(results(gated, w), w).toEqual(results(chronoAr.casual, w));
  });

  it('lets through UNCASED only characters that no other character case-folds with', () => {
    // a class matches the same set with and without `i` only if no character outside it folds
    // into it; each character inside is its own upper and lower case
    const withCase = new RegExp(UNCASED.source, 'iu');
    const without = new RegExp(UNCASED.source, 'u');
    const mismatched: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      const inside = without.test(ch);
      if (withCase.test(ch) !== inside) mismatched.push(cp);
      else if (inside && (ch.toLowerCase() !== ch || ch.toUpperCase() !== ch)) mismatched.push(cp);
    }
    expect(mismatched).toEqual([]);
  });
});
