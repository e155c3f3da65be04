import { describe, expect, it } from 'vitest';
import { ByteLines, encodeLines } from './word-bytes.js';
import { sortedWordList, wordListOf } from './sorted-lines.js';
import { loadWordList, repairGluedWords, wordListBody } from './repair.js';
import { readLexiconText } from '../lexicon.js';

const body = wordListBody(readLexiconText('wordlist.txt.gz'));
const asText = sortedWordList(body);
const asBytes = () => {
  const file = encodeLines(body, asText.size, asText.total);
  if (!file) throw new Error('the shipped word list should be writable as bytes');
  return wordListOf(new ByteLines(file));
};

describe('the word list as bytes', () => {
  it('answers every look-up as the text does', () => {
    const bytes = asBytes();
    expect(bytes.size).toBe(asText.size);
    expect(bytes.total).toBe(asText.total);
    const listed = [...asText.entries()];
    expect([...bytes.entries()]).toEqual(listed);
    // listed words, their prefixes and extensions, and words with letters the bytes cannot hold
    const probes = listed.filter((_, i) => i % 97 === 0).map(([w]) => w);
    const queries = probes.flatMap((w) => [w, w.slice(0, -1), `${w}ي`, `${w}ی`, `${w}x`, `ـ${w}`, `${w}٣`]);
    queries.push('', 'a', '~', '\u0620', '\u064b', 'ﻻ', 'zzz');
    for (const q of queries) {
      expect([q, bytes.count(q)]).toEqual([q, asText.count(q)]);
      expect([q, bytes.hasPrefix(q)]).toEqual([q, asText.hasPrefix(q)]);
    }
  });

  it('refuses a list with a character it cannot write', () => {
    expect(encodeLines('abc\t3\nپل\t4', 2, 7)).toBeUndefined();
    expect(encodeLines('abc\t3\nحلب\t4', 2, 7)).toBeDefined();
  });

  it('gives glued-word repair the same answers', () => {
    const text = 'وصل وفد الأممالمتحدة إلى حلبفي الصباح وقال المسلحةفي المدينة إن روسياوإيران اتفقتا';
    expect(repairGluedWords(text, asBytes())).toEqual(repairGluedWords(text, loadWordList()));
    expect(repairGluedWords(text, asBytes()).repairs.length).toBeGreaterThan(2);
  });
});
