// The words of an article's sentences with each word's record (features.ts), made once per article
// for the entity, quotation and accusation stages. The words are those of `tokenize` (text/segment.ts);
// each is read from the text in place and looked up in a table of the words met so far, so a word
// seen before costs neither a new string nor a string-keyed map look-up.
import type { Range, Token } from '../../text/segment.js';
import { wordInfo, type WordInfo } from './features.js';

/** The words of one sentence (as `tokenize` gives them) and each word's record. */
export interface SentenceWords {
  tokens: Token[];
  infos: WordInfo[];
}

// What tokenize's /[\p{L}\p{M}\p{N}]+/u takes into a word: a table below U+0800 (Latin, Arabic),
// the regular expression itself for the rest.
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const LOW = 0x800;
const LOW_WORD = new Uint8Array(LOW);
for (let c = 0; c < LOW; c++) LOW_WORD[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0;

/** Length of the word character at i (1, or 2 for a surrogate pair), 0 when it is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < LOW) return LOW_WORD[c];
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return WORD_CHAR.test(text[i]) ? 1 : 0;
}

// The words met so far: open addressing over FNV-1a hashes of their code units, at most half full
// (the table starts small and doubles, so a short run allocates little). A full table keeps the
// words met in the latest articles (half of maxWords): the common words stay with their records
// and the memos made on them (the tagger's sums, the quotation stage's record), which a table
// started again from nothing would make once more for every word met again.
let maxWords = 200_000;
/** Words the table holds before it keeps only the latest (lowered by tests to see it happen). */
export function setWordTableLimit(n: number): void {
  maxWords = n;
}
const FIRST_SIZE = 1 << 12;
let size = FIRST_SIZE;
// Slot s: entries[2s] the word, entries[2s + 1] its record; meta[2s] the word's hash, meta[2s + 1]
// the number of the article it was last met in (0: an empty slot). Side by side, so a look-up
// reads two places beside the word itself, and a word of another hash is passed over unread.
let entries: (string | WordInfo | undefined)[] = new Array<undefined>(2 * size).fill(undefined);
let meta = new Int32Array(2 * size);
let articleNo = 0;
let count = 0;

/** An empty slot for a word of hash h. */
function freeSlot(h: number): number {
  let s = h & (size - 1);
  while (meta[2 * s + 1] !== 0) s = (s + 1) & (size - 1);
  return s;
}

/** A table of `next` slots holding the words last met in article `from` or later. */
function resize(next: number, from: number): void {
  const oldEntries = entries;
  const oldMeta = meta;
  size = next;
  entries = new Array<undefined>(2 * size).fill(undefined);
  meta = new Int32Array(2 * size);
  count = 0;
  for (let k = 0; 2 * k < oldMeta.length; k++) {
    const met = oldMeta[2 * k + 1];
    if (met === 0 || met < from) continue;
    const s = freeSlot(oldMeta[2 * k]);
    entries[2 * s] = oldEntries[2 * k];
    entries[2 * s + 1] = oldEntries[2 * k + 1];
    meta[2 * s] = oldMeta[2 * k];
    meta[2 * s + 1] = met;
    count++;
  }
}

/** The first article whose words a full table keeps: at most half of maxWords are met from it on. */
function keptFrom(): number {
  const met = new Int32Array(count);
  let k = 0;
  for (let s = 0; s < size; s++) if (meta[2 * s + 1] !== 0) met[k++] = meta[2 * s + 1];
  met.sort();
  return met[count - (maxWords >> 1)] + 1;
}

/** The slot of the word text[a, b) of hash h (met before, or made now), marked met in this article. */
function lookUp(text: string, a: number, b: number, h: number): number {
  const n = b - a;
  for (let s = h & (size - 1); meta[2 * s + 1] !== 0; s = (s + 1) & (size - 1)) {
    if (meta[2 * s] !== h) continue;
    const w = entries[2 * s] as string;
    if (w.length !== n) continue;
    let k = 0;
    while (k < n && w.charCodeAt(k) === text.charCodeAt(a + k)) k++;
    if (k < n) continue;
    meta[2 * s + 1] = articleNo;
    return s;
  }
  // a new word: bounded memory on huge corpora (keep the words met lately), else room for it
  if (count >= maxWords) resize(size, keptFrom());
  else if (2 * (count + 1) > size) resize(2 * size, 0);
  const s = freeSlot(h);
  const w = text.slice(a, b);
  entries[2 * s] = w;
  entries[2 * s + 1] = wordInfo(w);
  meta[2 * s] = h;
  meta[2 * s + 1] = articleNo;
  count++;
  return s;
}

/** tokenize(text, r.start, r.end) with each word's record. */
function sentenceWords(text: string, r: Range): SentenceWords {
  const tokens: Token[] = [];
  const out: WordInfo[] = [];
  const n = text.length;
  let i = r.start;
  while (i < n) {
    let len = wordCharAt(text, i);
    if (len === 0) {
      i++;
      continue;
    }
    const a = i;
    if (a >= r.end) break;
    // the whole run, as the regular expression takes it (past the range's end too), hashed on the
    // way (FNV-1a over its code units; the table keeps the hash, so it never hashes a word again)
    let h = 0x811c9dc5 | 0;
    while (len > 0) {
      h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
      if (len === 2) h = Math.imul(h ^ text.charCodeAt(i + 1), 0x01000193);
      i += len;
      len = i < n ? wordCharAt(text, i) : 0;
    }
    const s = lookUp(text, a, i, h);
    tokens.push({ start: a, end: Math.min(i, r.end), text: entries[2 * s] as string });
    out.push(entries[2 * s + 1] as WordInfo);
  }
  return { tokens, infos: out };
}

// The entity, quotation and accusation stages read the same sentences one after the other: keep
// the last article's words.
let lastText = '';
let lastSentences: Range[] | null = null;
let lastWords: SentenceWords[] = [];

/** Words of every sentence of an article with their records (memoised for the last article seen). */
export function articleWords(text: string, sentences: Range[]): SentenceWords[] {
  if (text === lastText && sentences === lastSentences) return lastWords;
  articleNo++;
  lastWords = sentences.map((r) => sentenceWords(text, r));
  lastText = text;
  lastSentences = sentences;
  return lastWords;
}
