import { describe, expect, it } from 'vitest';
import { outletOf, readableNamer, sourceName } from './sources.js';
import { article } from '../../../test/fixtures/compare.js';

const TEXT = 'افتتح المحافظ اليوم جسرا جديدا فوق الوادي بعد عامين من العمل المتواصل في المشروع.';

describe('source names', () => {
  it('names a site code by its outlet, with the headline', () => {
    const a = { ...article('f-17', TEXT, 'alyaum'), title: 'افتتاح جسر الوادي' };
    expect(sourceName(a)).toMatchObject({
      outlet: 'اليوم',
      label: 'اليوم: «افتتاح جسر الوادي»',
      short: 'اليوم',
    });
  });

  it('reads character references a scraped headline keeps, and leaves a broken one as written', () => {
    const a = { ...article('f-21', TEXT, 'alyaum'), title: '&#8220;جسر&#8221; &lt;الوادي&gt; &#99999999;' };
    expect(sourceName(a).headline).toBe('“جسر” <الوادي> &#99999999;');
  });

  it('reads the outlet from the URL when the metadata has none', () => {
    const a = { ...article('f-18', TEXT), source: { url: 'http://www.okaz.com.sa/news/123' } };
    expect(outletOf(a)).toBe('عكاظ');
  });

  it('recognises an outlet named in the byline, before the wire it credits', () => {
    const a = { ...article('f-19', TEXT), author: 'الرياض - الوئام - رويترز' };
    expect(outletOf(a)).toBe('الوئام');
  });

  it('falls back to the agency credited in the text, then to the first words, never the file id', () => {
    const wired = article('f-20', `${TEXT} (رويترز)`);
    expect(outletOf(wired)).toBe('Reuters');
    const bare = article('0a1b2c3d', TEXT);
    const name = sourceName(bare);
    expect(name.outlet).toBeUndefined();
    expect(name.short).toBe('«افتتح المحافظ اليوم جسرا…»');
    expect(name.label).not.toContain('0a1b2c3d');
  });

  it('a namer turns article ids and outlet codes into names and leaves speakers alone', () => {
    const name = readableNamer([article('f-21', TEXT, 'aawsat'), article('9f9f', TEXT)]);
    expect(name('f-21')).toBe('الشرق الأوسط');
    expect(name('aawsat')).toBe('الشرق الأوسط');
    expect(name('9f9f')).toBe('«افتتح المحافظ اليوم جسرا…»');
    expect(name('وزير النقل')).toBe('وزير النقل');
  });
});
