// Unicode clean-up of a raw article, with a map from every output offset back to the raw offset,
// so a finding in the clean text can still be shown in the source ("normalisation is a view").
// One pass over char codes: this runs on every article, so no regex per character.

export interface Normalized {
  text: string;
  /** toRaw[i] = raw offset of output char i; toRaw[text.length] = raw length (for half-open ends) */
  toRaw: Int32Array;
  /** number of edits made (chars dropped, replaced, expanded, collapsed) */
  changes: number;
}

const SPACE = 0x20;
const NL = 0x0a;

/** Invisible format marks that only steer display: dropped. */
function isDropped(c: number): boolean {
  return (
    c === 0x0640 || // tatweel (kashida): stretches a word, carries no letter
    (c >= 0x200b && c <= 0x200f) || // zero-width space/joiners, LRM, RLM
    (c >= 0x202a && c <= 0x202e) || // bidi embeddings and overrides
    (c >= 0x2066 && c <= 0x2069) || // bidi isolates
    c === 0xfeff || // BOM / zero-width no-break space
    c === 0x061c || // Arabic letter mark
    c === 0x00ad || // soft hyphen: invisible unless a line breaks there
    c === 0x2060 // word joiner
  );
}

/** Characters that mean "a space" in running text. */
function isOddSpace(c: number): boolean {
  return (
    c === SPACE ||
    c === 0x09 ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Arabic presentation forms A and B: contextual glyph codes that should be plain letters. */
function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe);
}

// NFKC of one presentation-form char, memoised (there are ~900 of them in use).
const formCache = new Map<number, string>();
function expandForm(c: number): string {
  let s = formCache.get(c);
  if (s === undefined) {
    s = String.fromCharCode(c).normalize('NFKC');
    // a few isolated-diacritic forms (FE70-FE7F) become space + mark; keep only the mark,
    // since the space would detach it from its letter
    if (s.length > 1 && s.charCodeAt(0) === SPACE) s = s.slice(1);
    formCache.set(c, s);
  }
  return s;
}

/**
 * Normalise raw text: presentation forms to letters (lam-alef ligatures expand), tatweel, bidi and
 * zero-width marks dropped, odd spaces to " ", CRLF/CR (and U+2028/2029) to "\n", runs of spaces
 * collapsed, spaces at line starts and ends trimmed, 3+ newlines to 2, leading/trailing blank
 * lines dropped. Diacritics stay (this is display text; search keys drop them). Idempotent.
 */
export function normalizeText(s: string): Normalized {
  const n = s.length;
  // output = verbatim runs of the input (sliced, not copied char by char) + replaced chars
  const parts: string[] = [];
  let runStart = 0;
  let runEnd = 0;
  let map = new Int32Array(n + 17);
  let len = 0;
  let changes = 0;
  // pending whitespace, emitted only when a visible char follows (this trims and collapses)
  let spaceAt = -1; // raw offset of the first pending space
  let spaceRun = 0; // raw whitespace chars in the pending run
  let nl1 = -1; // raw offsets of the first two pending newlines
  let nl2 = -1;
  let nlCount = 0;

  const put = (c: number, raw: number) => {
    if (raw === runEnd && s.charCodeAt(raw) === c) runEnd++;
    else {
      if (runEnd > runStart) parts.push(s.slice(runStart, runEnd));
      if (s.charCodeAt(raw) === c) {
        runStart = raw;
        runEnd = raw + 1;
      } else {
        parts.push(String.fromCharCode(c));
        runStart = runEnd = -1;
      }
    }
    map[len++] = raw;
  };

  const grow = (extra: number) => {
    if (len + extra + 2 < map.length) return;
    const size = Math.max(map.length * 2, len + extra + 16);
    const m = new Int32Array(size + 1);
    m.set(map.subarray(0, len));
    map = m;
  };

  const emit = (c: number, raw: number) => {
    if (nlCount > 0) {
      if (len > 0) {
        grow(2);
        put(NL, nl1);
        if (nlCount > 1) put(NL, nl2);
      }
      if (nlCount > 2 || len === 0) changes++;
      if (spaceRun > 0) changes++; // spaces around line breaks dropped
    } else if (spaceRun > 0) {
      if (len > 0) {
        put(SPACE, spaceAt);
        if (spaceRun > 1 || s.charCodeAt(spaceAt) !== SPACE) changes++;
      } else changes++;
    }
    spaceAt = -1;
    spaceRun = 0;
    nlCount = 0;
    grow(1);
    put(c, raw);
  };

  const newline = (raw: number) => {
    if (nlCount === 0) nl1 = raw;
    else if (nlCount === 1) nl2 = raw;
    nlCount++;
    spaceRun = 0;
    spaceAt = -1;
  };

  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === NL) {
      if (spaceRun > 0) changes++;
      newline(i);
    } else if (c === 0x0d) {
      changes++;
      newline(i);
      if (s.charCodeAt(i + 1) === NL) i++; // CRLF is one break
    } else if (c === 0x2028 || c === 0x2029) {
      changes++;
      newline(i);
    } else if (isOddSpace(c)) {
      if (nlCount > 0) {
        changes++; // indentation after a break
        continue;
      }
      if (spaceRun === 0) spaceAt = i;
      spaceRun++;
    } else if (c < 0x0600 && c !== 0x00a0 && c !== 0x00ad) {
      emit(c, i); // fast path: ASCII and Latin, nothing to do
    } else if (isDropped(c)) {
      changes++;
    } else if (isPresentationForm(c)) {
      const e = expandForm(c);
      changes++;
      for (let k = 0; k < e.length; k++) {
        const ch = e.charCodeAt(k);
        if (ch === SPACE) {
          if (spaceRun === 0) spaceAt = i;
          spaceRun++;
        } else emit(ch, i);
      }
    } else emit(c, i);
  }
  if (spaceRun > 0 || nlCount > 0) changes++;
  map[len] = n;
  if (runEnd > runStart) parts.push(s.slice(runStart, runEnd));
  const text = parts.length === 1 ? parts[0] : parts.join('');
  return { text, toRaw: map.slice(0, len + 1), changes };
}

/** Raw [start, end) of a clean [start, end) span, via the map normalizeText returned. */
export function toRawSpan(toRaw: ArrayLike<number>, start: number, end: number): [number, number] {
  if (end <= start) return [toRaw[start], toRaw[start]];
  return [toRaw[start], toRaw[end - 1] + 1];
}
