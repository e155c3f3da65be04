import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from '../../text/segment.js';
import { articleWords } from './article-words.js';
import { wordInfo } from './features.js';

describe('articleWords', () => {
  it('gives the words tokenize gives, each with its record, across scripts and odd characters', () => {
    const text = [
      'قالَ الوزيـــر إنّ 25 جندياً وصلوا إلى حلب.',
      'Reuters said 3.5% of the 𝐀𝐁 units left 🙂 today; ٢٠١٥ كان عاماً صعباً!',
      'كلمة\u200cمفصولة و«مقتبس» (بين قوسين) و-شرطة.',
      'قال: وزير الخارجية قال، ثم قال وزير الخارجية مرة أخرى.',
    ].join('\n');
    const sentences = splitSentences(text);
    const words = articleWords(text, sentences);
    expect(words).toHaveLength(sentences.length);
    sentences.forEach((s, k) => {
      expect(words[k].tokens).toEqual(tokenize(text, s.start, s.end));
      expect(words[k].infos).toEqual(words[k].tokens.map((t) => wordInfo(t.text)));
    });
    // a word seen twice is one string and one record
    const all = words.flatMap((w) => w.tokens.map((t, i) => [t.text, w.infos[i]] as const));
    const twice = all.filter(([w]) => w === 'الخارجية');
    expect(twice).toHaveLength(2);
    expect(twice[0][1]).toBe(twice[1][1]);
  });

  it('keeps a word that runs past the range whole, its end at the range end, as tokenize does', () => {
    const text = 'كلمة طويلة جدا';
    const range = [{ start: 0, end: 8 }];
    expect(articleWords(text, range)[0].tokens).toEqual(tokenize(text, 0, 8));
    expect(articleWords(text, range)[0].tokens[1]).toEqual({ start: 5, end: 8, text: 'طويلة' });
  });
});
