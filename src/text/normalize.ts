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

/** Slack of the first offset map past the input length (a few expanded ligatures fit without growing). */
const MAP_SLACK = 17;

/**
 * The output being built: verbatim runs of the input (sliced, not copied char by char) plus
 * replaced chars, the map back to raw offsets, and whitespace held back until a visible char
 * follows (this trims and collapses).
 */
class Output {
  parts: string[] = [];
  runStart = 0;
  runEnd = 0;
  map: Int32Array;
  len = 0;
  changes = 0;
  /** raw offset of the first pending space, and the raw whitespace chars in the pending run */
  spaceAt = -1;
  spaceRun = 0;
  /** raw offsets of the first two pending newlines, and how many are pending */
  nl1 = -1;
  nl2 = -1;
  nlCount = 0;

  constructor(readonly s: string) {
    this.map = new Int32Array(s.length + MAP_SLACK);
  }

  private put(c: number, raw: number): void {
    const s = this.s;
    if (raw === this.runEnd && s.charCodeAt(raw) === c) this.runEnd++;
    else {
      if (this.runEnd > this.runStart) this.parts.push(s.slice(this.runStart, this.runEnd));
      if (s.charCodeAt(raw) === c) {
        this.runStart = raw;
        this.runEnd = raw + 1;
      } else {
        this.parts.push(String.fromCharCode(c));
        this.runStart = this.runEnd = -1;
      }
    }
    this.map[this.len++] = raw;
  }

  private grow(extra: number): void {
    if (this.len + extra + 2 < this.map.length) return;
    const size = Math.max(this.map.length * 2, this.len + extra + 16);
    const m = new Int32Array(size + 1);
    m.set(this.map.subarray(0, this.len));
    this.map = m;
  }

  /** A visible char: the pending whitespace goes out first (one space, or one or two newlines). */
  emit(c: number, raw: number): void {
    if (this.nlCount > 0) {
      if (this.len > 0) {
        this.grow(2);
        this.put(NL, this.nl1);
        if (this.nlCount > 1) this.put(NL, this.nl2);
      }
      if (this.nlCount > 2 || this.len === 0) this.changes++;
      if (this.spaceRun > 0) this.changes++; // spaces around line breaks dropped
    } else if (this.spaceRun > 0) {
      if (this.len > 0) {
        this.put(SPACE, this.spaceAt);
        if (this.spaceRun > 1 || this.s.charCodeAt(this.spaceAt) !== SPACE) this.changes++;
      } else this.changes++;
    }
    this.spaceAt = -1;
    this.spaceRun = 0;
    this.nlCount = 0;
    this.grow(1);
    this.put(c, raw);
  }

  newline(raw: number): void {
    if (this.nlCount === 0) this.nl1 = raw;
    else if (this.nlCount === 1) this.nl2 = raw;
    this.nlCount++;
    this.spaceRun = 0;
    this.spaceAt = -1;
  }

  space(raw: number): void {
    if (this.spaceRun === 0) this.spaceAt = raw;
    this.spaceRun++;
  }

  finish(): Normalized {
    if (this.spaceRun > 0 || this.nlCount > 0) this.changes++;
    this.map[this.len] = this.s.length;
    if (this.runEnd > this.runStart) this.parts.push(this.s.slice(this.runStart, this.runEnd));
    const text = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    return { text, toRaw: this.map.slice(0, this.len + 1), changes: this.changes };
  }
}

/**
 * Normalise raw text: presentation forms to letters (lam-alef ligatures expand), tatweel, bidi and
 * zero-width marks dropped, odd spaces to " ", CRLF/CR (and U+2028/2029) to "\n", runs of spaces
 * collapsed, spaces at line starts and ends trimmed, 3+ newlines to 2, leading/trailing blank
 * lines dropped. Diacritics stay (this is display text; search keys drop them). Idempotent.
 */
export function normalizeText(s: string): Normalized {
  const n = s.length;
  const out = new Output(s);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === NL) {
      if (out.spaceRun > 0) out.changes++;
      out.newline(i);
    } else if (c === 0x0d) {
      out.changes++;
      out.newline(i);
      if (s.charCodeAt(i + 1) === NL) i++; // CRLF is one break
    } else if (c === 0x2028 || c === 0x2029) {
      out.changes++;
      out.newline(i);
    } else if (isOddSpace(c)) {
      if (out.nlCount > 0)
        out.changes++; // indentation after a break
      else out.space(i);
    } else if (c < 0x0600 && c !== 0x00a0 && c !== 0x00ad) {
      out.emit(c, i); // fast path: ASCII and Latin, nothing to do
    } else if (isDropped(c)) {
      out.changes++;
    } else if (isPresentationForm(c)) {
      out.changes++;
      expandInto(out, c, i);
    } else out.emit(c, i);
  }
  return out.finish();
}

/** A presentation form's letters (a lam-alef ligature is two), all mapped to its raw offset. */
function expandInto(out: Output, c: number, raw: number): void {
  const e = expandForm(c);
  for (let k = 0; k < e.length; k++) {
    const ch = e.charCodeAt(k);
    if (ch === SPACE) out.space(raw);
    else out.emit(ch, raw);
  }
}

/** Raw [start, end) of a clean [start, end) span, via the map normalizeText returned. */
export function toRawSpan(toRaw: ArrayLike<number>, start: number, end: number): [number, number] {
  if (end <= start) return [toRaw[start], toRaw[start]];
  return [toRaw[start], toRaw[end - 1] + 1];
}
