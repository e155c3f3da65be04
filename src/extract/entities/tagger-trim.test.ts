import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../text/segment.js';
import { articleWords } from '../ner/article-words.js';
import { lexicons } from '../ner/lexicon.js';
import { shippedModel, tagWords } from '../ner/tagger.js';
import { findEntityMentions } from './entities.js';
import type { Sentence } from './sentence.js';
import { trimTaggerSpan } from './tagger-trim.js';
import { sentenceTokens } from './tokens.js';

const texts = (text: string) => findEntityMentions(text, 'a').map((m) => m.text);

/** One sentence as the finder reads it, with the tagger's tags. */
function sentence(text: string): Sentence {
  const [range] = splitSentences(text);
  const { toks, infos } = sentenceTokens(text, range, articleWords(text, [range])[0]);
  const words = toks.map((t) => t.text);
  const model = shippedModel();
  const tags = tagWords(words, model, infos);
  const keys = infos.map((x) => x.key);
  return {
    toks,
    words,
    infos,
    keys,
    tags,
    cands: [],
    inTitle: new Uint8Array(toks.length),
    lex: lexicons(),
    model,
  };
}

describe('trimTaggerSpan', () => {
  it('keeps a letter that is a function word only between letters or last after one', () => {
    // أو between a letter and a name joins two channels: the span ends before it
    const ms = texts('وذكرت قناة إم بي سي أو روتانا أن البرنامج سيعود.');
    expect(ms.some((m) => m.includes('روتانا') && m.includes('إم'))).toBe(false);
    const s = sentence('وذكرت قناة إم بي سي أو روتانا أن البرنامج سيعود.');
    expect(trimTaggerSpan(s, 'ORG', 1, 7)).toEqual([1, 5]);
    // "سي إن إن": إن between two letters and last after one stays
    const cnn = sentence('وقالت شبكة سي إن إن إن الرئيس سيزور المنطقة.');
    expect(trimTaggerSpan(cnn, 'ORG', 1, 5)).toEqual([1, 5]);
    // في after an abbreviation before a place is "in"
    const fbi = sentence('وأعلن مكتب إف بي آي في واشنطن أن التحقيق مستمر.');
    expect(trimTaggerSpan(fbi, 'ORG', 1, 7)).toEqual([1, 5]);
  });

  it('keeps العام "general" in a body or a place only', () => {
    const s = sentence('وحضر مؤتمر الشباب العام الماضي وفد كبير.');
    // before a time adjective it is the year, in any class
    expect(trimTaggerSpan(s, 'ORG', 1, 4)).toEqual([1, 3]);
    const body = sentence('وأعلنت هيئة الادعاء العام فتح تحقيق.');
    expect(trimTaggerSpan(body, 'ORG', 1, 4)).toEqual([1, 4]);
    // the tagger's other names (MISC) are no bodies: العام ends them
    expect(trimTaggerSpan(body, 'MISC', 1, 4)).toEqual([1, 3]);
  });
});
