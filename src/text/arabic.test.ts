import { describe, expect, it } from 'vitest';
import { arabicRatio, lightStem, phraseKey, searchKey, segmentClitics } from './arabic.js';

describe('searchKey', () => {
  it('folds hamza forms of alef, alef maqsura, ta marbuta, diacritics and tatweel', () => {
    expect(searchKey('أحمد')).toBe(searchKey('احمد'));
    expect(searchKey('إيران')).toBe('ايران');
    expect(searchKey('مصطفى')).toBe(searchKey('مصطفي'));
    expect(searchKey('الهدنة')).toBe(searchKey('الهدنه'));
    expect(searchKey('قَالَ')).toBe('قال');
    expect(searchKey('الـمدينة')).toBe(searchKey('المدينة'));
  });
  it('keys phrases word by word', () => {
    expect(phraseKey('  الأمم   المتحدة ')).toBe('الامم المتحده');
  });
});

describe('segmentClitics and lightStem', () => {
  it('strips conjunction, preposition and article', () => {
    expect(segmentClitics('وبالمعارضة')).toMatchObject({ proclitics: ['و', 'ب', 'ال'], base: 'معارضه' });
    expect(segmentClitics('للمدنيين').base).toBe('مدنيين');
  });
  it('keeps short words whole', () => {
    expect(segmentClitics('ولد').base).toBe('ولد');
    expect(segmentClitics('بلد').base).toBe('بلد');
  });
  it('brings inflected forms to one stem', () => {
    expect(lightStem('المسلحين')).toBe(lightStem('مسلحون'));
    expect(lightStem('والمفاوضات')).toBe(lightStem('مفاوضات'));
  });
});

describe('arabicRatio', () => {
  it('measures the share of Arabic letters', () => {
    expect(arabicRatio('قال الوزير')).toBe(1);
    expect(arabicRatio('the minister said')).toBe(0);
  });
});
