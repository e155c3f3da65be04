import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from '../../text/segment.js';
import { articleWords, setWordTableLimit } from './article-words.js';
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

  it('keeps the words met lately, with their records, when the table is full', () => {
    setWordTableLimit(40);
    try {
      const common = 'قال الوزير إن الاجتماع انتهى';
      const first = articleWords(common, splitSentences(common))[0].infos;
      // many articles of new words, the common sentence among them: the table fills many times
      for (let k = 0; k < 30; k++) {
        const text = `${common} ثم كلمة${k}أ وكلمة${k}ب ولفظ${k}ج.`;
        const sentences = splitSentences(text);
        const words = articleWords(text, sentences);
        sentences.forEach((s, j) => {
          expect(words[j].tokens).toEqual(tokenize(text, s.start, s.end));
          expect(words[j].infos).toEqual(words[j].tokens.map((t) => wordInfo(t.text)));
        });
        // met in every article, so never dropped: the same record object all along
        words[0].infos.slice(0, 5).forEach((info, i) => expect(info).toBe(first[i]));
      }
    } finally {
      setWordTableLimit(200_000);
    }
  });
});
