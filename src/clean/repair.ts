// Glued-word repair: some sites lose the space between two words ("الأممالمتحدة", "المسلحةفي").
// A token is split only when the word list is sure: the token is unknown, and it splits into
// known, frequent words at a place Arabic spelling explains (an "ال" article start, a glued
// preposition, a glued "و" conjunction). Known words are never split.
import { readBuiltCopy, readLexicon, readLexiconText } from '../lexicon.js';
import { gluedWordsSchema } from '../lexicon-schemas.js';
import { ByteLines } from './word-bytes.js';
import { SpanTable } from '../text/span-table.js';
import { sortedWordList, wordListOf, type WordList } from './sorted-lines.js';

export { parseWordList, sortedWordList, type WordList } from './sorted-lines.js';

const WORD_LIST = 'wordlist.txt.gz';
/** the build's byte copy of the word list (scripts/build-lexicon-cache.mjs) */
export const WORD_LIST_BYTES = 'wordlist.bytes';

export interface Repair {
  /** [start, end) of the fixed form in the OUTPUT text */
  start: number;
  end: number;
  glued: string;
  fixed: string;
}

/**
 * Word frequencies from lexicons/wordlist.txt.gz ("word<TAB>count" per line), loaded once: the
 * build's byte copy when there is one (word-bytes.ts), else the list's text.
 */
let defaultList: WordList | null = null;
export function loadWordList(): WordList {
  if (defaultList) return defaultList;
  const bytes = readBuiltCopy(WORD_LIST_BYTES, WORD_LIST);
  if (bytes) return (defaultList = wordListOf(new ByteLines(bytes)));
  defaultList = sortedWordList(wordListBody(readLexiconText(WORD_LIST)));
  return defaultList;
}

/** The list's lines without its comment lines and final newlines (the built list is sorted: scripts/build-wordlist.ts). */
export function wordListBody(raw: string): string {
  let from = 0;
  while (raw.startsWith('#', from)) from = raw.indexOf('\n', from) + 1;
  return raw.slice(from).replace(/\n+$/, '');
}

// Words that get glued to a neighbour (lexicons/glued-words.json): prepositions before a word
// ("فيحلب"), the short ones only before an "ال" noun ("منالمدينة"); prepositions and particles after
// a word ("السوريعلى"), the short ones only after a final-only letter; compound names never split.
const GLUED = readLexicon('glued-words', gluedWordsSchema);
const GLUED_BEFORE = new Set(GLUED.gluedBefore.words);
const GLUED_BEFORE_ARTICLE = new Set(GLUED.gluedBeforeArticle.words);
const GLUED_AFTER = new Set(GLUED.gluedAfter.words);
const GLUED_AFTER_SHORT = new Set(GLUED.gluedAfterShort.words);
const NAME_HEADS = new Set(GLUED.nameHeads.words);
const NAME_TAILS = new Set(GLUED.nameTails.words);
// The clitic chains and affixes below are grammar, not vocabulary (closed sets of the language's
// morphology), so they stay in code.
// Proclitic chains with the article or a preposition ("وال", "لل", "وب"): a split part may not be
// one of them, and a known word behind one makes a real word (see isCliticForm).
const CLITIC_CHAINS = ['ال', 'وال', 'بال', 'فال', 'كال', 'لل', 'ولل', 'وب', 'ول', 'فب'];
// A split part may not be a bare affix: clitic chains, pronoun suffixes, plural endings.
const AFFIXES = new Set([
  ...CLITIC_CHAINS,
  ...['ها', 'هم', 'هما', 'هن', 'كم', 'كما', 'نا', 'ني'],
  ...['ات', 'ون', 'ين', 'ان', 'ية', 'يه', 'وا', 'تم', 'تن', 'ته', 'تها', 'يا'],
]);

// Lengths in letters. A glued token is long: two words of three letters at least.
const MIN_LEN = 6;
/** A run inside a token split further holds two words of two letters at least. */
const MIN_INNER_LEN = 4;
/** A word behind a clitic, or after a glued preposition, has three letters at least ("فيحلب"). */
const MIN_BASE_LETTERS = 3;
/** "ال" + three letters: a shorter "ال…" ("الين" in "الزجالين") is too short to trust. */
const MIN_ARTICLE_WORD = 5;
/** A word before a glued particle or a glued "و" has four letters at least ("السوريعلى"). */
const MIN_WORD_BEFORE_GLUE = 4;
/** A glued "و" + word: و and four letters at least ("روسياوإيران"). */
const MIN_WAW_WORD = 5;
const MIN_PART = 20; // a part must be this frequent in the corpus
const MIN_WAW = 50; // stricter for a glued "و", which sits inside many words
const MIN_FREQUENT = 100; // a part next to a glued preposition must be a common word
const DIACRITIC = /[\u064B-\u065F\u0670\u0640]/;

const count = (wl: WordList, w: string) => wl.count(w);

// A clitic on a known word makes a real word ("فيتبين" is ف + يتبين, not في + تبين).
const PROCLITICS = ['و', 'ف', 'ب', 'ل', 'ك', ...CLITIC_CHAINS, 'فل', 'وبال'];
const ENCLITICS = ['ه', 'ها', 'هم', 'هما', 'هن', 'كم', 'كما', 'نا', 'ني', 'ي', 'ك'];
function isCliticForm(w: string, wl: WordList): boolean {
  for (const p of PROCLITICS)
    if (w.startsWith(p) && w.length - p.length >= 3 && wl.has(w.slice(p.length))) return true;
  for (const e of ENCLITICS)
    if (w.endsWith(e) && w.length - e.length >= 3 && wl.has(w.slice(0, -e.length))) return true;
  return false;
}

const MAX_DEPTH = 2; // at most four words in one glued token ("المسلحةفيحلبفي")

/** Best split of an unknown letter string into 2 to 4 known words, or null when unsure. */
export function splitGlued(w: string, wl: WordList = loadWordList(), depth = 0): string[] | null {
  if (w.length < (depth ? 4 : MIN_LEN) || wl.has(w) || isCliticForm(w, wl)) return null;
  let best: string[] | null = null;
  let bestScore = -Infinity;
  for (let i = 2; i <= w.length - 2; i++) {
    const a = w.slice(0, i);
    const b = w.slice(i);
    if (AFFIXES.has(a) || AFFIXES.has(b)) continue;
    const ca = count(wl, a);
    if (ca < MIN_PART) continue;
    let parts: string[] | null = null;
    const cb = count(wl, b);
    if (cb >= MIN_PART) {
      if (isPlausibleJoin(a, b, ca, cb, depth > 0)) parts = [a, b];
    } else if (depth < MAX_DEPTH && b.length >= MIN_INNER_LEN) {
      // "فيحلبفي", "المسلحةفيحلبفي": a word, then a glued run
      const rest = splitGlued(b, wl, depth + 1);
      if (rest && isPlausibleJoin(a, rest[0], ca, count(wl, rest[0]), true)) parts = [a, ...rest];
    }
    // a listed word that starts like a+b means the letters belong together ("المخالطين" is
    // "المخال…", not "المخ" + "الطين")
    if (!parts || wl.hasPrefix(a + b.slice(0, 2))) continue;
    // log-probability of the split; the unknown whole has (almost) none
    const score = parts.reduce((s, p) => s + Math.log(count(wl, p) / wl.total), 0);
    if (score > bestScore) {
      bestScore = score;
      best = parts;
    }
  }
  return best;
}

/** Arabic spelling that explains a lost space between a and b. */
function isPlausibleJoin(a: string, b: string, ca: number, cb: number, inner: boolean): boolean {
  if (NAME_HEADS.has(a) || NAME_TAILS.has(b)) return false;
  const article = b.startsWith('ال') && b.length >= MIN_ARTICLE_WORD;
  if (article && GLUED_BEFORE_ARTICLE.has(a)) return true; // "منالمدينة"
  if (GLUED_BEFORE.has(a)) return cb >= MIN_FREQUENT && b.length >= MIN_BASE_LETTERS && b[0] !== 'و'; // "فيحلب", not "فيودور"
  if (GLUED_AFTER.has(b)) return a.length >= MIN_WORD_BEFORE_GLUE && ca >= MIN_FREQUENT; // "السوريعلى"
  // "المسلحةفي": ة and ى only end words, so a word after them was glued on
  if (GLUED_AFTER_SHORT.has(b)) return inner || /[ةى]$/.test(a);
  if (article && a.length >= MIN_BASE_LETTERS) return true; // "صمودالفصائل", "الأممالمتحدة"
  // "روسياوإيران": a name glued to the conjunction of the next one
  if (
    b[0] === 'و' &&
    b.length >= MIN_WAW_WORD &&
    a.length >= MIN_WORD_BEFORE_GLUE &&
    ca >= MIN_WAW &&
    cb >= MIN_WAW
  )
    return true;
  return false;
}

const ENDINGS = [...GLUED_AFTER, ...GLUED_AFTER_SHORT];
const STARTS = [...GLUED_BEFORE_ARTICLE];
/** Cheap test that some rule of isPlausibleJoin could apply, before trying every split. */
function mayBeGlued(w: string): boolean {
  if (w.indexOf('ال', 3) >= 0 || w.indexOf('و', 4) >= 0) return true;
  // ة and ى only end words: inside a token they mark a lost space ("المسلحةفيحلب")
  const t = w.indexOf('ة');
  if (t >= 0 && t < w.length - 1) return true;
  const y = w.indexOf('ى');
  if (y >= 0 && y < w.length - 1) return true;
  for (const e of ENDINGS) if (w.endsWith(e)) return true;
  for (const s of STARTS) if (w.startsWith(s)) return true;
  return false;
}

// Unknown tokens repeat across a corpus (names, rare forms): remember their verdict.
const cache = new Map<string, string[] | null>();
let cacheList: WordList | null = null;
function splitCached(w: string, wl: WordList): string[] | null {
  if (cacheList !== wl || cache.size > 200_000) {
    cache.clear();
    cacheList = wl;
  }
  let r = cache.get(w);
  if (r === undefined) {
    r = splitGlued(w, wl);
    cache.set(w, r);
  }
  return r;
}

const MARKS_G = /[\u064B-\u065F\u0670\u0640]/g;

/** The split of a token without diacritics, null for a known word or one no rule could split. */
const splitOf = (bare: string, wl: WordList): string[] | null =>
  wl.has(bare) || !mayBeGlued(bare) ? null : splitCached(bare, wl);

// The verdict on each token without diacritics met so far, read in place: most long tokens are
// known words, and slicing each to look it up cost more than the rest of the repair.
const verdicts = new SpanTable<string[] | null>();
let verdictList: WordList | null = null;
function splitAt(text: string, start: number, end: number, wl: WordList): string[] | null {
  if (verdictList !== wl) {
    verdicts.clear();
    verdictList = wl;
  }
  let r = verdicts.get(text, start, end);
  if (r === undefined) {
    const bare = text.slice(start, end);
    r = splitOf(bare, wl);
    verdicts.add(bare, r);
  }
  return r;
}

const isLetter = (c: number) => c >= 0x0621 && c <= 0x064a;
// . ، ؛ ؟ ! : — punctuation that is always followed by a space in running Arabic text
const GLUED_PUNCT = new Set([0x2e, 0x060c, 0x061b, 0x061f, 0x21, 0x3a]);
const isMark = (c: number) => (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640;

/** Split glued words in text; repairs give the fixed form's span in the output text. */
export function repairGluedWords(
  text: string,
  wl: WordList = loadWordList(),
): { text: string; repairs: Repair[] } {
  const repairs: Repair[] = [];
  let out = '';
  let last = 0;
  const n = text.length;
  // scan by char code: this runs on every word of every article, a regex per word costs 3x more
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (!isLetter(c)) {
      // "حلب.واتهم": a stop or comma between two Arabic letters lost its space
      if (
        GLUED_PUNCT.has(c) &&
        i > 0 &&
        isLetter(text.charCodeAt(i - 1)) &&
        isLetter(text.charCodeAt(i + 1))
      ) {
        // the word before, or only its unrepaired tail when it was itself split just now
        let a = i - 1;
        while (a > last && isLetter(text.charCodeAt(a - 1))) a--;
        let b = i + 1;
        while (b < n && isLetter(text.charCodeAt(b))) b++;
        out += text.slice(last, i + 1) + ' ';
        const start = out.length - (i + 2 - a);
        const glued = text.slice(a, b);
        const fixed = text.slice(a, i + 1) + ' ' + text.slice(i + 1, b);
        repairs.push({ start, end: start + fixed.length, glued, fixed });
        last = i + 1;
      }
      i++;
      continue;
    }
    const start = i;
    let letters = 0;
    let marks = false;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isLetter(d)) letters++;
      else if (isMark(d)) marks = true;
      else break;
      i++;
    }
    if (letters < MIN_LEN) continue;
    const parts = marks
      ? splitOf(text.slice(start, i).replace(MARKS_G, ''), wl)
      : splitAt(text, start, i, wl);
    if (!parts) continue;
    const tok = text.slice(start, i);
    const fixed = insertSpaces(tok, parts);
    out += text.slice(last, start);
    repairs.push({ start: out.length, end: out.length + fixed.length, glued: tok, fixed });
    out += fixed;
    last = i;
  }
  if (repairs.length === 0) return { text, repairs };
  out += text.slice(last);
  return { text: out, repairs };
}

// Put spaces into the original token (which may carry diacritics) after each part's letters.
function insertSpaces(tok: string, parts: string[]): string {
  let out = '';
  let p = 0;
  let seen = 0;
  let need = parts[0].length;
  for (let i = 0; i < tok.length; i++) {
    const c = tok[i];
    out += c;
    if (DIACRITIC.test(c)) continue;
    seen++;
    // the space goes after this letter's diacritics, before the next letter
    if (seen === need && p < parts.length - 1) {
      while (i + 1 < tok.length && DIACRITIC.test(tok[i + 1])) out += tok[++i];
      out += ' ';
      p++;
      need += parts[p].length;
    }
  }
  return out;
}
