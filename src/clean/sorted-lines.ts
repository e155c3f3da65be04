// Word-frequency lists searched in place: sorted "word<TAB>count" lines, never parsed into a map.
// The shipped list (lexicons/wordlist.txt.gz) is read by repair.ts; story grouping's stem prior
// uses the same search over its own built counts.

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

const TAB = 9;
const NEWLINE = 10;
// count of a listed word written without one (hand-made lists)
export const DEFAULT_COUNT = 3;
// looked-up words remembered, up to this many (about the distinct long words of a day of news)
const MEMO_LIMIT = 200_000;
/**
 * Words looked up in the lines (not found in the memo) before the whole list is read into a map:
 * building it costs about 40 ms, which a short cold run would not win back, while a run over
 * thousands of articles spent a tenth of its glued-word repair in the binary searches.
 */
const INDEX_AFTER = 25_000;

/** Sorted "word<TAB>count" lines; a line is named by the offset it starts at, `end` is past the last. */
export interface Lines {
  readonly end: number;
  readonly size: number;
  readonly total: number;
  /** The start of the line after the line starting at `at`. */
  next(at: number): number;
  /** The end of the word of the line starting at `at`. */
  wordEnd(at: number): number;
  /** The word and count of the line starting at `at`. */
  entry(at: number): [string, number];
  /** The count written after a word that ends at e (DEFAULT_COUNT when none is written). */
  countAfter(e: number): number;
  /** Order of the word of the line starting at `at` against w; with prefix, a word that starts with w counts as equal. */
  compare(at: number, w: string, prefix: boolean): number;
  /** The start of the first line whose word is not before w (`end` when none). */
  lowerBound(w: string, prefix: boolean): number;
}

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
export class SortedLines implements Lines {
  private lines = -1;
  private sum = -1;
  readonly end: number;
  constructor(readonly text: string) {
    this.end = text.length;
  }

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
  return wordListOf(new SortedLines(text));
}

/** A word list over sorted lines, as text (SortedLines) or as the build's bytes (ByteLines). */
export function wordListOf(lines: Lines): WordList {
  const end = lines.end;
  const memo = new Map<string, number>();
  // every word and its count, once INDEX_AFTER searches were made (then the memo is not needed)
  let index: Map<string, number> | undefined;
  let searches = 0;
  const count = (w: string): number => {
    if (index !== undefined) return index.get(w) ?? 0;
    let c = memo.get(w);
    if (c !== undefined) return c;
    if (++searches > INDEX_AFTER) {
      index = new Map();
      // the first line of a word, as the binary search finds it (a hand-made list may repeat one)
      for (const [word, n] of entries()) if (!index.has(word)) index.set(word, n);
      memo.clear();
      return index.get(w) ?? 0;
    }
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
