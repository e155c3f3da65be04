import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeText, toRawSpan } from './normalize.js';

describe('normalizeText', () => {
  it('maps presentation forms to letters and expands lam-alef', () => {
    // ﻻ (FEFB) is the lam-alef ligature; ﺣﻠﺐ are contextual forms of حلب
    const { text } = normalizeText('\uFEFB \uFEA3\uFEE0\uFE8E');
    expect(text).toBe('لا حلا');
  });

  it('drops tatweel, bidi and zero-width marks but keeps diacritics', () => {
    const { text } = normalizeText('\u200Fقـــال\u200E الوزيرُ\u202Bهنا\u202C\u061C');
    expect(text).toBe('قال الوزيرُهنا');
  });

  it('turns odd spaces into one space and trims lines', () => {
    const { text } = normalizeText('  قال\u00A0\u2003 الوزير  \r\n\r\n\r\n\r\n  إن الهدنة   \rبدأت \t');
    expect(text).toBe('قال الوزير\n\nإن الهدنة\nبدأت');
  });

  it('keeps a map from each clean offset to the raw offset', () => {
    const raw = 'أعلن  الـجيش\r\nاليوم';
    const { text, toRaw } = normalizeText(raw);
    expect(text).toBe('أعلن الجيش\nاليوم');
    for (let i = 0; i < text.length; i++) {
      if (text[i] !== ' ' && text[i] !== '\n') expect(raw[toRaw[i]]).toBe(text[i]);
    }
    const at = text.indexOf('الجيش');
    const [rs, re] = toRawSpan(toRaw, at, at + 5);
    expect(raw.slice(rs, re)).toBe('الـجيش');
    expect(toRaw[text.length]).toBe(raw.length);
  });

  it('reports zero changes on clean text', () => {
    expect(normalizeText('قال الوزير\n\nإن الهدنة بدأت.').changes).toBe(0);
    expect(normalizeText('قال  الوزير').changes).toBeGreaterThan(0);
  });

  it('is idempotent on arbitrary mixes of Arabic, marks and whitespace', () => {
    const alphabet = [
      'ا',
      'ل',
      'ح',
      'ب',
      'ُ',
      'ّ',
      'ـ',
      ' ',
      '\u00A0',
      '\n',
      '\r',
      '\t',
      '\u200F',
      '\u202B',
      '\uFEFB',
      '\uFEA3',
      '\uFE70',
      '\uFDFA',
      '\uFEFF',
      '.',
      'a',
      '5',
      '\u2029',
    ];
    const arb = fc.array(fc.constantFrom(...alphabet), { maxLength: 80 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(arb, fc.string({ maxLength: 60 })), (s) => {
        const once = normalizeText(s);
        const twice = normalizeText(once.text);
        expect(twice.text).toBe(once.text);
        expect(twice.changes).toBe(0);
        expect(once.toRaw.length).toBe(once.text.length + 1);
        for (let i = 1; i < once.toRaw.length; i++)
          expect(once.toRaw[i]).toBeGreaterThanOrEqual(once.toRaw[i - 1]);
      }),
      { numRuns: 2000 },
    );
  });
});
