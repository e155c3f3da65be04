// Features of a headline pair for the stance model. A rewrite that agrees paraphrases; one that
// disagrees negates, flips a word to its opposite or swaps a fact (name, number); an unrelated one
// shares little. So the features look at what differs between the two sides after aligning the
// words they share exactly (same light stem) or nearly (char-trigram look-alikes).
import { lightStem, searchKey } from '../text/arabic.js';
import { tokenize } from '../text/segment.js';
import { ANTONYM_STEMS, FUNCTION_STEMS, NEGATION_STEMS, oppositePole } from './lexicon.js';

/** Sparse feature vector: name -> value. */
export type Features = Map<string, number>;

export interface FeatureOptions {
  /** false: only the dense pair-level features (overlap, lengths, counts) */
  sparse: boolean;
  /** bag-of-words parts: the differing words, their pairs and char n-grams */
  words: boolean;
  /** char n-grams of the words left unaligned */
  charGrams: boolean;
  /** pairs (w1, w2) of unaligned words */
  cross: boolean;
  /** words shared by both sides (topic) */
  shared: boolean;
  /** value of each char n-gram / cross-pair / word feature: keeps the many sparse ones from drowning the dense ones */
  charScale: number;
  crossScale: number;
  wordScale: number;
}

export const DEFAULT_FEATURES: FeatureOptions = {
  sparse: true,
  words: true,
  charGrams: true,
  cross: true,
  shared: false,
  charScale: 0.1,
  crossScale: 0.3,
  wordScale: 0.5,
};

interface Side {
  stems: string[];
  set: Set<string>;
  numbers: Set<string>;
}

const INDIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const DIGITS = /^\d+$/;
// The shipped model (models/stance.json) was trained on exactly these features: a change to any
// value below needs a retrain (scripts/train-stance.ts) and a new cross-validation.
/** Unaligned words of each side paired into cross features: 8 x 8 pairs bound a long headline. */
const MAX_CROSS = 8;
/** Dice of char trigrams from which two differing words count as look-alikes (a spelling, a clitic). */
const LOOKALIKE = 0.5;
/** Top bins of the count indicators: counts past them behave alike. */
const COUNT_BIN_TOP = 6;
const SMALL_BIN_TOP = 3;
/** Char n-gram lengths of the unaligned words: 3 to 5 letters cover a root and its affixes. */
const MIN_GRAM = 3;
const MAX_GRAM = 5;

function toAsciiDigits(s: string): string {
  return s.replace(INDIC_DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

function readSide(text: string): Side {
  const stems: string[] = [];
  const numbers = new Set<string>();
  for (const tok of tokenize(toAsciiDigits(text))) {
    if (DIGITS.test(tok.text)) {
      const n = String(Number(tok.text));
      numbers.add(n);
      stems.push(n);
    } else stems.push(lightStem(tok.text));
  }
  return { stems, set: new Set(stems), numbers };
}

function charGrams(s: string, n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= s.length; i++) out.add(s.slice(i, i + n));
  return out;
}

function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

function dice(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return a.size + b.size ? (2 * inter) / (a.size + b.size) : 0;
}

/** Greedy one-to-one alignment of look-alike words (best Dice first; ties by position). */
function alignLookalikes(xs: string[], ys: string[]): [string, string][] {
  const yg = ys.map((y) => charGrams(`#${y}#`, 3));
  const cands: [number, number, number][] = [];
  xs.forEach((x, i) => {
    const g = charGrams(`#${x}#`, 3);
    yg.forEach((h, j) => {
      const d = dice(g, h);
      if (d >= LOOKALIKE) cands.push([d, i, j]);
    });
  });
  cands.sort((p, q) => q[0] - p[0] || p[1] - q[1] || p[2] - q[2]);
  const usedX = new Set<number>();
  const usedY = new Set<number>();
  const out: [string, string][] = [];
  for (const [, i, j] of cands) {
    if (usedX.has(i) || usedY.has(j)) continue;
    usedX.add(i);
    usedY.add(j);
    out.push([xs[i], ys[j]]);
  }
  return out;
}

/** Share of ordered pairs of shared words that keep their order: low when roles swap. */
function orderAgreement(a: string[], b: string[]): number | null {
  const pos = new Map<string, number>();
  b.forEach((s, i) => pos.has(s) || pos.set(s, i));
  const seq: number[] = [];
  const seen = new Set<string>();
  for (const s of a) {
    if (seen.has(s) || FUNCTION_STEMS.has(s)) continue;
    seen.add(s);
    const p = pos.get(s);
    if (p !== undefined) seq.push(p);
  }
  if (seq.length < 2) return null;
  let same = 0;
  let all = 0;
  for (let i = 0; i < seq.length; i++) {
    for (let j = i + 1; j < seq.length; j++) {
      all++;
      if (seq[j] > seq[i]) same++;
    }
  }
  return same / all;
}

/** Adds a real value and its decile as an indicator, so the model can fit a non-linear response. */
function addScaled(f: Features, name: string, v: number): void {
  f.set(name, v);
  f.set(`${name}@${Math.min(9, Math.floor(v * 10))}`, 1);
}

function add(f: Features, name: string, v = 1): void {
  f.set(name, (f.get(name) ?? 0) + v);
}

function negationCues(stems: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of stems) {
    const kind = NEGATION_STEMS.get(s);
    if (kind) out.set(s, kind);
  }
  return out;
}

function poles(stems: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const s of stems) for (const p of ANTONYM_STEMS.get(s) ?? []) out.add(p);
  return out;
}

const bin = (n: number, max: number) => String(Math.min(n, max));

/** How the two sides differ: the stems on one side only, and those left once look-alikes are aligned. */
interface Diff {
  only1: string[];
  only2: string[];
  /** stems on both sides */
  shared: number;
  content1: string[];
  content2: string[];
  aligned: [string, string][];
  left1: string[];
  left2: string[];
}

function diffSides(a: Side, b: Side): Diff {
  const only1 = [...a.set].filter((s) => !b.set.has(s));
  const only2 = [...b.set].filter((s) => !a.set.has(s));
  const shared = a.set.size - only1.length;
  const content1 = only1.filter((s) => !FUNCTION_STEMS.has(s));
  const content2 = only2.filter((s) => !FUNCTION_STEMS.has(s));
  const aligned = alignLookalikes(content1, content2);
  const left1 = content1.filter((s) => !aligned.some(([x]) => x === s));
  const left2 = content2.filter((s) => !aligned.some(([, y]) => y === s));
  return { only1, only2, shared, content1, content2, aligned, left1, left2 };
}

/** Feature vector of the pair (s1 the original headline, s2 the rewrite). */
export function pairFeatures(s1: string, s2: string, opt: FeatureOptions = DEFAULT_FEATURES): Features {
  const a = readSide(s1);
  const b = readSide(s2);
  const d = diffSides(a, b);
  const f: Features = new Map();
  f.set('bias', 1);
  overlapFeatures(f, a, b, d);
  numberFeatures(f, a, b);
  if (!opt.sparse) return f;
  const negFlips = negationFeatures(f, a, b);
  const antFlips = contrastFeatures(f, a, b, d);
  const flips = antFlips + negFlips;
  if (flips) f.set(flips % 2 ? 'parity:odd' : 'parity:even', 1);
  if (!opt.words) return f;
  wordFeatures(f, a, b, d, opt);
  return f;
}

/** Overlap: shared stems and char trigrams, coverage of each side, lengths, word order. */
function overlapFeatures(f: Features, a: Side, b: Side, d: Diff): void {
  addScaled(f, 'jac', jaccard(a.set, b.set));
  const g1 = charGrams(searchKey(a.stems.join('')), 3);
  const g2 = charGrams(searchKey(b.stems.join('')), 3);
  addScaled(f, 'cjac3', jaccard(g1, g2));
  addScaled(f, 'cov1', a.set.size ? d.shared / a.set.size : 0);
  addScaled(f, 'cov2', b.set.size ? d.shared / b.set.size : 0);
  const la = a.stems.length;
  const lb = b.stems.length;
  addScaled(f, 'lenr', Math.min(la, lb) / Math.max(1, la, lb));
  const c1 = a.set.size - d.only1.length + d.content1.length;
  const c2 = b.set.size - d.only2.length + d.content2.length;
  addScaled(f, 'left1', c1 ? d.left1.length / c1 : 0);
  addScaled(f, 'left2', c2 ? d.left2.length / c2 : 0);
  f.set(`n1:${bin(d.only1.length, COUNT_BIN_TOP)}`, 1);
  f.set(`n2:${bin(d.only2.length, COUNT_BIN_TOP)}`, 1);
  f.set(`left:${bin(d.left1.length, SMALL_BIN_TOP)}x${bin(d.left2.length, SMALL_BIN_TOP)}`, 1);
  f.set(`looks:${bin(d.aligned.length, SMALL_BIN_TOP)}`, 1);
  if (d.shared === 0) f.set('noshared', 1);
  const order = orderAgreement(a.stems, b.stems);
  if (order !== null) addScaled(f, 'order', order);
}

/** Numbers: the same, different, or on one side only. */
function numberFeatures(f: Features, a: Side, b: Side): void {
  if (a.numbers.size && b.numbers.size) {
    f.set(jaccard(a.numbers, b.numbers) === 1 ? 'num:same' : 'num:diff', 1);
  } else if (a.numbers.size || b.numbers.size) {
    f.set(a.numbers.size ? 'num:only1' : 'num:only2', 1);
  }
}

/** Negation asymmetry: a cue on one side only. Returns how many cues flip. */
function negationFeatures(f: Features, a: Side, b: Side): number {
  const neg1 = negationCues(a.stems);
  const neg2 = negationCues(b.stems);
  let negFlips = 0;
  for (const [s, kind] of neg1) {
    if (neg2.has(s)) continue;
    negFlips++;
    add(f, `neg1:${kind}`);
    add(f, `negw1:${s}`);
  }
  for (const [s, kind] of neg2) {
    if (neg1.has(s)) continue;
    negFlips++;
    add(f, `neg2:${kind}`);
    add(f, `negw2:${s}`);
  }
  if (neg1.size && neg2.size) f.set('neg:both', 1);
  f.set(`negflips:${bin(negFlips, SMALL_BIN_TOP)}`, 1);
  return negFlips;
}

/** Contrast pairs: a pole on one side whose opposite is on the other. Returns how many flip. */
function contrastFeatures(f: Features, a: Side, b: Side, d: Diff): number {
  // among the differing words
  const p1 = poles(d.only1);
  const p2 = poles(d.only2);
  let antFlips = 0;
  for (const p of p1) {
    if (!p2.has(oppositePole(p)) || p2.has(p)) continue;
    antFlips++;
    add(f, `ant:${p.slice(0, -2)}`);
  }
  // a pole both sides express is agreement on that dimension
  const pa = poles(a.set);
  const pb = poles(b.set);
  for (const p of pa) if (pb.has(p)) add(f, `same:${p.slice(0, -2)}`);
  f.set(`antflips:${bin(antFlips, SMALL_BIN_TOP)}`, 1);
  // poles among the words left unaligned: a changed claim often shows as a lone polar word
  for (const p of poles(d.left1)) add(f, `lp1:${p}`);
  for (const p of poles(d.left2)) add(f, `lp2:${p}`);
  return antFlips;
}

/** The differing words themselves, their cross pairs and char n-grams. */
function wordFeatures(f: Features, a: Side, b: Side, d: Diff, opt: FeatureOptions): void {
  for (const s of d.only1) add(f, `o1:${s}`, opt.wordScale);
  for (const s of d.only2) add(f, `o2:${s}`, opt.wordScale);
  for (const s of d.left1) add(f, `l:${s}`, opt.wordScale);
  for (const s of d.left2) add(f, `l:${s}`, opt.wordScale);
  if (opt.shared) for (const s of a.set) if (b.set.has(s)) add(f, `sh:${s}`, opt.wordScale);
  if (opt.cross) {
    for (const x of d.left1.slice(0, MAX_CROSS)) {
      for (const y of d.left2.slice(0, MAX_CROSS))
        f.set(x < y ? `x:${x}|${y}` : `x:${y}|${x}`, opt.crossScale);
    }
  }
  if (opt.charGrams) {
    for (const [side, words] of [
      ['1', d.left1],
      ['2', d.left2],
    ] as const) {
      for (const w of words) {
        const padded = `#${w}#`;
        for (let n = MIN_GRAM; n <= MAX_GRAM; n++)
          for (const g of charGrams(padded, n)) add(f, `c${side}:${g}`, opt.charScale);
      }
    }
  }
}
