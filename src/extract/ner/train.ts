// Averaged perceptron training for the tagger. Deterministic: fixed sentence order shuffled by a
// seeded generator, ties broken by label order, weights rounded before writing, keys sorted.
import { BOS, EOS, localFeatures, neighborFeatures, sentenceFeatures, wordInfo } from './features.js';
import { ALLOWED, LABELS, tagFeatures, type NerModel } from './model.js';
import { beamSearch, bestPath } from './beam.js';

// training's local scores are 64-bit (its weights are), the tagger's 32-bit
const scores = new Float64Array(LABELS.length);

const L = LABELS.length;

export interface TrainSentence {
  words: string[];
  tags: string[];
  /** visits per epoch (in-domain sentences weigh more); 1 when absent */
  repeat?: number;
}

const START = 0; // sentence start behaves like after O

/** The static (non-tag) features of every token of a sentence. */
export function staticFeatures(words: string[], unknown: (w: string) => boolean = () => false): string[][] {
  const sent = sentenceFeatures(words);
  const at = (j: number) => (j < 0 ? BOS : j >= words.length ? EOS : words[j]);
  return words.map((w, i) => [
    ...localFeatures(w, unknown(w)),
    ...neighborFeatures(at(i - 2), -2),
    ...neighborFeatures(at(i - 1), -1),
    ...neighborFeatures(at(i + 1), 1),
    ...neighborFeatures(at(i + 2), 2),
    ...sent[i],
  ]);
}

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface TrainOptions {
  epochs: number;
  /** weights with a smaller absolute value are dropped from the model */
  minWeight: number;
  /** rows (features) whose largest absolute weight is smaller are dropped whole (0 when absent) */
  minRowWeight?: number;
  seed?: number;
  /** beam width of training (1: greedy, an update at each wrong tag; see trainSentenceBeam) */
  beam?: number;
  /**
   * Share of token visits whose gazetteer features (word classes, lexicon phrases) are hidden during
   * training, so that context and word shape learn names too: news outside the corpus meets names no
   * lexicon lists. 0 = off.
   */
  gazetteerDropout?: number;
  log?: (msg: string) => void;
}

/** Gazetteer features: word classes of the word and its neighbours, and lexicon-phrase positions. */
const GAZETTEER = /^(-?[12])?g=|^G=/;

/** Initial feature capacity (doubled as needed): about the feature count of a NewsFANE training run. */
const INITIAL_FEATURES = 1 << 18;
/** Averaged weights are rounded to three decimals before writing: small files, stable diffs. */
const WEIGHT_DIGITS = 1000;

/** Weights (W) and their averaging sums (U: sum of step * update) over interned feature ids. */
class Perceptron {
  readonly index = new Map<string, number>();
  private cap = INITIAL_FEATURES;
  private W = new Float64Array(this.cap * L);
  private U = new Float64Array(this.cap * L);
  /** update step counter (one per token seen) */
  c = 1;
  private scores = new Float64Array(L);

  /** The id of a feature name, interned on first sight. */
  id = (f: string): number => {
    let i = this.index.get(f);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(f, i);
      if (i >= this.cap) this.grow();
    }
    return i;
  };

  private grow(): void {
    this.cap *= 2;
    const w2 = new Float64Array(this.cap * L);
    w2.set(this.W);
    this.W = w2;
    const u2 = new Float64Array(this.cap * L);
    u2.set(this.U);
    this.U = u2;
  }

  /** The best allowed label after `prev` for the token's features. */
  best(fs: ArrayLike<number>, dyn: number[], prev: number): number {
    const { W, scores } = this;
    scores.fill(0);
    for (let k = 0; k < fs.length; k++) for (let l = 0; l < L; l++) scores[l] += W[fs[k] * L + l];
    for (const f of dyn) for (let l = 0; l < L; l++) scores[l] += W[f * L + l];
    let best = -1;
    for (let l = 0; l < L; l++) if (ALLOWED[prev * L + l] && (best < 0 || scores[l] > scores[best])) best = l;
    return best;
  }

  /** Adds the features' weights to out[at ..] (absent ids, -1, add nothing). */
  addScores(fs: ArrayLike<number>, out: Float64Array, at = 0): void {
    const { W } = this;
    for (let k = 0; k < fs.length; k++) {
      const f = fs[k];
      if (f >= 0) for (let l = 0; l < L; l++) out[at + l] += W[f * L + l];
    }
  }

  /** Moves the features' weights for one label by delta (an update of a whole tag sequence). */
  add(fs: ArrayLike<number>, label: number, delta: number): void {
    const { W, U, c } = this;
    for (let k = 0; k < fs.length; k++) {
      W[fs[k] * L + label] += delta;
      U[fs[k] * L + label] += c * delta;
    }
  }

  /** Moves the features' weights towards the gold label and away from the guess. */
  update(fs: ArrayLike<number>, dyn: number[], gold: number, guess: number): void {
    const { W, U, c } = this;
    const upd = (f: number) => {
      W[f * L + gold] += 1;
      U[f * L + gold] += c;
      W[f * L + guess] -= 1;
      U[f * L + guess] -= c;
    };
    for (let k = 0; k < fs.length; k++) upd(fs[k]);
    for (const f of dyn) upd(f);
  }

  /**
   * Averaged, rounded weights by feature name (sorted), without those below minWeight, nor the rows
   * whose largest weight is below minRowWeight.
   */
  averaged(minWeight: number, minRowWeight = 0): Record<string, number[]> {
    const weights: Record<string, number[]> = {};
    for (const name of [...this.index.keys()].sort()) {
      const f = this.index.get(name)!;
      const row: number[] = [];
      let largest = 0;
      for (let l = 0; l < L; l++) {
        const avg = this.W[f * L + l] - this.U[f * L + l] / this.c;
        const r = Math.round(avg * WEIGHT_DIGITS) / WEIGHT_DIGITS;
        if (Math.abs(r) >= minWeight) row.push(l, r);
        largest = Math.max(largest, Math.abs(r));
      }
      if (row.length && largest >= minRowWeight) weights[name] = row;
    }
    return weights;
  }
}

interface EncodedSentence {
  feats: Int32Array[];
  /** the same features without the gazetteer ones (dropout) */
  plain: Int32Array[];
  gold: number[];
  words: string[];
}

/** One pass over a sentence, left to right, updating on each wrong tag. Returns the errors. */
function trainSentence(p: Perceptron, s: EncodedSentence, hide: () => boolean): number {
  let errors = 0;
  let p1 = START;
  let p2 = START;
  for (let t = 0; t < s.words.length; t++) {
    const dyn = tagFeatures(p2, p1, s.words[t]).map(p.id);
    const fs = hide() ? s.plain[t] : s.feats[t];
    const best = p.best(fs, dyn, p1);
    const gold = s.gold[t];
    if (best !== gold) {
      errors++;
      p.update(fs, dyn, gold, best);
    }
    p.c++;
    p2 = p1;
    p1 = best;
  }
  return errors;
}

// the tag-only features' names, made once (tagFeatures gives the same strings)
const T1 = LABELS.map((_, p) => tagFeatures(0, p, '')[0]);
const T2 = LABELS.flatMap((_, q) => LABELS.map((__, p) => tagFeatures(q, p, '')[1]));

/**
 * One pass over a sentence with a beam of k tag sequences (at most one per last two tags), updated
 * early (Collins & Roark 2004): as soon as the gold sequence falls out of the beam, the gold prefix
 * is rewarded and the beam's best prefix penalised, and the rest of the sentence is skipped; at the
 * end, the best sequence against gold when they differ. Returns the wrong tags of the prefix updated.
 */
function trainSentenceBeam(p: Perceptron, s: EncodedSentence, k: number, hide: () => boolean): number {
  const n = s.words.length;
  if (n === 0) return 0;
  const fs = s.words.map((_, t) => (hide() ? s.plain[t] : s.feats[t]));
  const stat = new Float64Array(n * L);
  for (let t = 0; t < n; t++) p.addScores(fs[t], stat, t * L);
  const tbName = (t: number, p1: number) => tagFeatures(0, p1, s.words[t])[2];
  const dynNames = (t: number, p2: number, p1: number) => [T1[p1], T2[p2 * L + p1], tbName(t, p1)];
  const dyn = [0, 0, 0];
  const local = (t: number, p2: number, p1: number, out: Float64Array) => {
    for (let l = 0; l < L; l++) out[l] = stat[t * L + l];
    const names = dynNames(t, p2, p1);
    for (let j = 0; j < 3; j++) dyn[j] = p.index.get(names[j]) ?? -1;
    p.addScores(dyn, out);
  };
  // the tagger's decoder (beam.ts), told after each step which kept sequences are the gold one's
  // prefix: none left is the early update's stop
  let gold = [true];
  const onGold = (t: number, kept: number, tag: Int32Array, back: Int32Array): boolean => {
    const next = new Array<boolean>(kept);
    for (let h = 0; h < kept; h++) next[h] = gold[back[t * k + h]] && tag[t * k + h] === s.gold[t];
    gold = next;
    return next.includes(true);
  };
  const steps = beamSearch(n, k, local, scores, onGold);
  const stop = steps - 1;
  // the best sequence of the last step reached, back to the start
  const guess = bestPath(steps, k);
  let errors = 0;
  let g1 = START;
  let g2 = START;
  let y1 = START;
  let y2 = START;
  for (let t = 0; t <= stop; t++) {
    const g = s.gold[t];
    const y = guess[t];
    if (g !== y) errors++;
    if (g !== y || g1 !== y1 || g2 !== y2) {
      if (g !== y) {
        p.add(fs[t], g, 1);
        p.add(fs[t], y, -1);
      }
      p.add(dynNames(t, g2, g1).map(p.id), g, 1);
      p.add(dynNames(t, y2, y1).map(p.id), y, -1);
    }
    [g2, g1, y2, y1] = [g1, g, y1, y];
  }
  p.c += stop + 1;
  return errors;
}

export function trainPerceptron(data: TrainSentence[], opts: TrainOptions): NerModel {
  const p = new Perceptron();
  // bases seen once stand for the words a run meets that training never did (unknownValues)
  const bases = new Map<string, number>();
  for (const s of data)
    for (const w of s.words) bases.set(wordInfo(w).base, (bases.get(wordInfo(w).base) ?? 0) + 1);
  const once = (w: string): boolean => bases.get(wordInfo(w).base) === 1;
  const sents: EncodedSentence[] = data.map((s) => {
    const named = staticFeatures(s.words, once);
    return {
      feats: named.map((fs) => Int32Array.from(fs, p.id)),
      plain: named.map((fs) =>
        Int32Array.from(
          fs.filter((f) => !GAZETTEER.test(f)),
          p.id,
        ),
      ),
      gold: s.tags.map((t) => Math.max(0, LABELS.indexOf(t))),
      words: s.words,
    };
  });
  // a sentence repeated n times is visited n times per epoch, at shuffled places
  const order = data.flatMap((s, i) => new Array<number>(s.repeat ?? 1).fill(i));
  const rand = lcg(opts.seed ?? 1);
  // a generator of its own, so that the shuffles stay those of a run without dropout
  const drop = lcg((opts.seed ?? 1) + 1);
  const share = opts.gazetteerDropout ?? 0;
  const hide = share > 0 ? () => drop() < share : () => false;
  const beam = opts.beam ?? 1;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    let total = 0;
    for (const si of order) {
      errors += beam > 1 ? trainSentenceBeam(p, sents[si], beam, hide) : trainSentence(p, sents[si], hide);
      total += sents[si].words.length;
    }
    opts.log?.(`epoch ${epoch + 1}: ${errors} errors / ${total} tokens`);
  }
  return {
    format: 'sanad-ner-perceptron/1',
    labels: LABELS,
    note: '',
    epochs: opts.epochs,
    weights: p.averaged(opts.minWeight, opts.minRowWeight),
    vocab: [],
    common: [],
    persons: [],
  };
}
