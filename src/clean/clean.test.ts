import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanDocument } from './clean.js';
import { needShared } from '../../test/shared-data.js';

// Invented pieces: story words, glued words, boilerplate cues, marks and odd whitespace.
const PIECES = [
  'قال',
  'المتحدث',
  'إن',
  'القافلة',
  'وصلت',
  'إلى',
  'المدينة',
  'الأممالمتحدة',
  'المسلحةفي',
  'حلب.',
  'المصدر:',
  'وكالات',
  'سامي علي',
  'مشاركة :',
  'اقرأ أيضا:',
  'جميع الحقوق محفوظة',
  'info@example.org',
  'وأكد',
  'ـ',
  '\u200F',
  '\uFEFB',
  '\u00A0',
  ' ',
  ' ',
  '\n',
  '\n\n\n',
  '\r\n',
  '«',
  '»',
  '.',
  '،',
  '2016',
  'Next Previous',
  'عين اليوم – الرياض',
];
const arabicish = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));

describe('cleanDocument', () => {
  it('normalises, removes boilerplate and repairs, mapping removals to raw offsets', () => {
    const body =
      'قال المتحدث إن وفد الأممالمتحدة وصل  إلى المدينة.\r\nجميع الحقوق محفوظة لموقع المثال\r\nمشاركة :';
    const r = cleanDocument({ id: 'x', body });
    expect(r.text).toBe('قال المتحدث إن وفد الأمم المتحدة وصل إلى المدينة.');
    expect(r.cleaning.repairs).toEqual([
      { start: 19, end: 32, glued: 'الأممالمتحدة', fixed: 'الأمم المتحدة' },
    ]);
    expect(r.cleaning.removed.map((b) => [b.reason, body.slice(b.rawStart, b.rawStart + 4)])).toEqual([
      ['copyright', 'جميع'],
      ['share', 'مشار'],
    ]);
    expect(r.cleaning.normalized).toBeGreaterThan(0);
    expect(r.warnings).toEqual([]);
  });

  it('warns when everything or most of the text was boilerplate', () => {
    expect(cleanDocument({ id: 'y', body: 'مشاركة :' }).warnings.map((w) => w.code)).toEqual([
      'EMPTY_AFTER_CLEANING',
    ]);
  });

  it('is idempotent on generated Arabic-ish text', () => {
    fc.assert(
      fc.property(arabicish, (body) => {
        const once = cleanDocument({ id: 'p', body });
        const twice = cleanDocument({ id: 'p', body: once.text });
        expect(twice.text).toBe(once.text);
        expect(twice.cleaning.repairs).toEqual([]);
        expect(twice.cleaning.removed).toEqual([]);
        expect(twice.cleaning.normalized).toBe(0);
      }),
      { numRuns: 1500 },
    );
  });

  it('cleans the seeds: glued words repaired, boilerplate gone, story kept, idempotent', () => {
    const dir = needShared('seeds');
    const files = readdirSync(dir).sort();
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const body = readFileSync(join(dir, f), 'utf8');
      const once = cleanDocument({ id: f, body });
      const twice = cleanDocument({ id: f, body: once.text });
      expect(twice.text).toBe(once.text);
      expect(once.text).not.toMatch(/الأممالمتحدة|روسياوإيران|المسلحةفي|السوريعلى|صمودالفصائل|فيحلبفي/);
      expect(once.text).not.toMatch(/استعمال المضامين|protected|المزيد حول الموضوع|مشاركة :|المصدر: وكالات/);
      // every story line survives: the first sentence of each paragraph is still there
      const paragraphs = body.split('\n').filter((p) => p.trim().length > 80);
      expect(paragraphs.length, f).toBeGreaterThan(0);
      for (const para of paragraphs) {
        const head = para.trim().slice(0, 30).replace(/\s+/g, ' ');
        if (/الأممالمتحدة|روسياوإيران|المسلحةفي|السوريعلى|صمودالفصائل/.test(head)) continue;
        if (once.cleaning.removed.some((b) => b.text.includes(head))) continue; // a boilerplate paragraph
        expect(once.text.includes(head)).toBe(true);
      }
    }
  });
});
