// Glued-word repair: some sites lose the space between two words ("الأممالمتحدة", "المسلحةفي").
// A token is split only when the word list is sure: the token is unknown, and it splits into
// known, frequent words at a place Arabic spelling explains (an "ال" article start, a glued
// preposition, a glued "و" conjunction). Known words are never split.
import { readLexicon, readLexiconText } from '../lexicon.js';
import { gluedWordsSchema } from '../lexicon-schemas.js';

export interface Repair {
  /** [start, end) of the fixed form in the OUTPUT text */
  start: number;
  end: number;
  glued: string;
  fixed: string;
}

/**
 * Word frequencies. Read in place from the list's text (binary search over its sorted lines) rather
 * than parsed into a 100k-entry map: parsing cost a fresh process more than all the articles of a
 * short run; only the words a run looks up are remembered.
 */
export interface WordList {
  has(w: string): boolean;
  count(w: string): number;
  /** True when some listed word starts with p. */
  hasPrefix(p: string): boolean;
  /** number of words */
  size: number;
  /** sum of the counts */
  total: number;
  /** every word with its count, in code-unit order (story grouping's word prior reads them all) */
  entries(): IterableIterator<[string, number]>;
}

/** Word frequencies from lexicons/wordlist.txt.gz ("word<TAB>count" per line), loaded once. */
let defaultList: WordList | null = null;
export function loadWordList(): WordList {
  if (defaultList) return defaultList;
  // the built list is sorted (scripts/build-wordlist.ts): read it in place past its comment lines
  const raw = readLexiconText('wordlist.txt.gz');
  let from = 0;
  while (raw.startsWith('#', from)) from = raw.indexOf('\n', from) + 1;
  defaultList = sortedWordList(raw.slice(from).replace(/\n+$/, ''));
  return defaultList;
}

const TAB = 9;
const NEWLINE = 10;
// count of a listed word written without one (hand-made lists)
const DEFAULT_COUNT = 3;
// looked-up words remembered, up to this many (about the distinct long words of a day of news)
const MEMO_LIMIT = 200_000;

export function parseWordList(raw: string): WordList {
  let lines = raw.split('\n').filter((l) => l && !l.startsWith('#'));
  const word = (l: string) => (l.indexOf('\t') < 0 ? l : l.slice(0, l.indexOf('\t')));
  // the built list is already in code-unit order; sort only a hand-made one
  for (let i = 1; i < lines.length; i++)
    if (word(lines[i - 1]) > word(lines[i])) {
      lines = lines.sort((x, y) => (word(x) < word(y) ? -1 : word(x) > word(y) ? 1 : 0));
      break;
    }
  return sortedWordList(lines.join('\n'));
}

/**
 * Sorted "word<TAB>count" lines joined by newlines, searched in place: a binary search over the
 * text's character offsets, each probe moved back to the start of its line, so nothing is built
 * at load (an index of the 100,000 lines cost a fresh process more than its first article).
 * A line is named by the offset it starts at; `text.length` stands for "past the last line".
 */
class SortedLines {
  private lines = -1;
  private sum = -1;
  constructor(readonly text: string) {}

  get size(): number {
    if (this.lines < 0) {
      this.lines = 0;
      for (let at = 0; at < this.text.length; at = this.next(at)) this.lines++;
    }
    return this.lines;
  }

  /** the sum of the counts */
  get total(): number {
    if (this.sum < 0) {
      this.sum = 0;
      for (let at = 0; at < this.text.length; at = this.next(at))
        this.sum += this.countAfter(this.wordEnd(at));
    }
    return this.sum;
  }

  /** The start of the line after the line starting at `at`. */
  next(at: number): number {
    const nl = this.text.indexOf('\n', at);
    return nl < 0 ? this.text.length : nl + 1;
  }

  wordEnd(at: number): number {
    const text = this.text;
    let e = at;
    while (e < text.length && text.charCodeAt(e) !== TAB && text.charCodeAt(e) !== NEWLINE) e++;
    return e;
  }

  /** The word and count of the line starting at `at`. */
  entry(at: number): [string, number] {
    const e = this.wordEnd(at);
    return [this.text.slice(at, e), this.countAfter(e)];
  }

  /** The count written after a word that ends at e (DEFAULT_COUNT when none is written). */
  countAfter(e: number): number {
    let nl = this.text.indexOf('\n', e);
    if (nl < 0) nl = this.text.length;
    return this.text.charCodeAt(e) === TAB ? Number(this.text.slice(e + 1, nl)) : DEFAULT_COUNT;
  }

  /** Order of the word of the line starting at `at` against w; with prefix, a word that starts with w counts as equal. */
  compare(at: number, w: string, prefix: boolean): number {
    const len = this.wordEnd(at) - at;
    const m = Math.min(len, w.length);
    for (let k = 0; k < m; k++) {
      const d = this.text.charCodeAt(at + k) - w.charCodeAt(k);
      if (d) return d;
    }
    if (len === w.length || (prefix && len > w.length)) return 0;
    return len - w.length;
  }

  /** The start of the first line whose word is not before w (text.length when none). */
  lowerBound(w: string, prefix: boolean): number {
    // lo and hi are line starts: every line before lo is before w, none from hi on
    let lo = 0;
    let hi = this.text.length;
    while (lo < hi) {
      const probe = lo + ((hi - lo) >> 1);
      const mid = probe === 0 ? 0 : this.text.lastIndexOf('\n', probe - 1) + 1;
      if (this.compare(mid, w, prefix) < 0) lo = this.next(mid);
      else hi = mid;
    }
    return lo;
  }
}

/** A word list over text of sorted "word<TAB>count" lines joined by newlines (code-unit order). */
export function sortedWordList(text: string): WordList {
  const lines = new SortedLines(text);
  const end = text.length;
  const memo = new Map<string, number>();
  const count = (w: string): number => {
    let c = memo.get(w);
    if (c !== undefined) return c;
    const at = lines.lowerBound(w, false);
    c = at < end && lines.compare(at, w, false) === 0 ? lines.countAfter(lines.wordEnd(at)) : 0;
    if (memo.size > MEMO_LIMIT) memo.clear();
    memo.set(w, c);
    return c;
  };
  function* entries(): IterableIterator<[string, number]> {
    for (let at = 0; at < end; at = lines.next(at)) yield lines.entry(at);
  }
  return {
    get size() {
      return lines.size;
    },
    get total() {
      return lines.total;
    },
    count,
    entries,
    has: (w) => count(w) > 0,
    hasPrefix: (p) => {
      const at = lines.lowerBound(p, true);
      return at < end && lines.compare(at, p, true) === 0;
    },
  };
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
    const tok = text.slice(start, i);
    const bare = marks ? tok.replace(/[\u064B-\u065F\u0670\u0640]/g, '') : tok;
    if (wl.has(bare) || !mayBeGlued(bare)) continue;
    const parts = splitCached(bare, wl);
    if (!parts) continue;
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
