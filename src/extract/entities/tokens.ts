// The sentence as the tagger reads it: the article's words and the punctuation marks between them.
import type { Range, Token } from '../../text/segment.js';
import { wordInfo, type WordInfo } from '../ner/features.js';
import type { SentenceWords } from '../ner/article-words.js';

// Each punctuation mark's one-letter string and record, by code unit: made once per mark, not per
// occurrence (a one-letter string of a non-Latin mark is a new string each time, and each costs a
// string-keyed look-up in wordInfo's table).
const markText: string[] = [];
const markInfo: WordInfo[] = [];

/**
 * Words and single punctuation marks of a sentence, as the tagger was trained on them, with each
 * one's record: the sentence's words (shared with the other stages) and the marks between them.
 */
export function sentenceTokens(
  text: string,
  range: Range,
  words: SentenceWords,
): { toks: Token[]; infos: WordInfo[] } {
  const toks: Token[] = [];
  const infos: WordInfo[] = [];
  let pos = range.start;
  for (let w = 0; w <= words.tokens.length; w++) {
    const t = w < words.tokens.length ? words.tokens[w] : undefined;
    const end = t ? t.start : range.end;
    for (let k = pos; k < end; k++) {
      // by code unit: most of these characters are spaces, and a one-letter string of each costs
      const c = text.charCodeAt(k);
      if (
        c !== 0x20 &&
        c !== 0x0a &&
        c !== 0x09 &&
        c !== 0x0d &&
        c !== 0xa0 &&
        c !== 0x200f &&
        c !== 0x200e
      ) {
        const info = (markInfo[c] ??= wordInfo((markText[c] = text[k])));
        toks.push({ start: k, end: k + 1, text: markText[c] });
        infos.push(info);
      }
    }
    if (!t) break;
    toks.push(t);
    infos.push(words.infos[w]);
    pos = t.end;
  }
  return { toks, infos };
}
