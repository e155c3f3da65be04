// Averaged perceptron training for the tagger. Deterministic: fixed sentence order shuffled by a
// seeded generator, ties broken by label order, weights rounded before writing, keys sorted.
import { BOS, EOS, localFeatures, neighborFeatures, sentenceFeatures, wordInfo } from './features.js';

export const LABELS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'];
const L = LABELS.length;

export interface TrainSentence {
  words: string[];
  tags: string[];
}

export interface NerModel {
  format: 'sanad-ner-perceptron/1';
  labels: string[];
  note: string;
  epochs: number;
  /** feature -> [labelIndex, weight, labelIndex, weight, ...] */
  weights: Record<string, number[]>;
  /** words seen in training (search keys, clitics separated as NewsFANE writes them) */
  vocab: string[];
  /** words almost always outside names in training (search keys) */
  common: string[];
  /** words inside person names at least half the time in training (search keys) */
  persons: string[];
}

/** allowed[prev * L + cur]: an I- tag only continues its own type. */
export const ALLOWED: boolean[] = (() => {
  const a: boolean[] = [];
  for (let p = 0; p < L; p++)
    for (let c = 0; c < L; c++) {
      const cur = LABELS[c];
      a.push(!cur.startsWith('I-') || LABELS[p].slice(2) === cur.slice(2));
    }
  return a;
})();
const START = 0; // sentence start behaves like after O

/** The static (non-tag) features of every token of a sentence. */
export function staticFeatures(words: string[]): string[][] {
  const sent = sentenceFeatures(words);
  const at = (j: number) => (j < 0 ? BOS : j >= words.length ? EOS : words[j]);
  return words.map((w, i) => [
    ...localFeatures(w),
    ...neighborFeatures(at(i - 2), -2),
    ...neighborFeatures(at(i - 1), -1),
    ...neighborFeatures(at(i + 1), 1),
    ...neighborFeatures(at(i + 2), 2),
    ...sent[i],
  ]);
}

/** Features that depend on the tags already chosen. */
export function tagFeatures(prev2: number, prev: number, word: string): string[] {
  return [`t1=${prev}`, `t2=${prev2}|${prev}`, `tb=${prev}|${wordInfo(word).base}`];
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
  seed?: number;
  log?: (msg: string) => void;
}

export function trainPerceptron(data: TrainSentence[], opts: TrainOptions): NerModel {
  const index = new Map<string, number>();
  let cap = 1 << 18;
  let W = new Float64Array(cap * L);
  let U = new Float64Array(cap * L); // sum of c * update, for averaging
  const id = (f: string): number => {
    let i = index.get(f);
    if (i === undefined) {
      i = index.size;
      index.set(f, i);
      if (i >= cap) {
        cap *= 2;
        const w2 = new Float64Array(cap * L);
        w2.set(W);
        W = w2;
        const u2 = new Float64Array(cap * L);
        u2.set(U);
        U = u2;
      }
    }
    return i;
  };
  const sents = data.map((s) => ({
    feats: staticFeatures(s.words).map((fs) => Int32Array.from(fs, id)),
    gold: s.tags.map((t) => Math.max(0, LABELS.indexOf(t))),
    words: s.words,
  }));
  const order = sents.map((_, i) => i);
  const rand = lcg(opts.seed ?? 1);
  let c = 1;
  const scores = new Float64Array(L);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    let total = 0;
    for (const si of order) {
      const s = sents[si];
      let p1 = START;
      let p2 = START;
      for (let t = 0; t < s.words.length; t++) {
        const dyn = tagFeatures(p2, p1, s.words[t]).map(id);
        const fs = s.feats[t];
        scores.fill(0);
        for (const f of fs) for (let l = 0; l < L; l++) scores[l] += W[f * L + l];
        for (const f of dyn) for (let l = 0; l < L; l++) scores[l] += W[f * L + l];
        let best = -1;
        for (let l = 0; l < L; l++)
          if (ALLOWED[p1 * L + l] && (best < 0 || scores[l] > scores[best])) best = l;
        const gold = s.gold[t];
        if (best !== gold) {
          errors++;
          const upd = (f: number) => {
            W[f * L + gold] += 1;
            U[f * L + gold] += c;
            W[f * L + best] -= 1;
            U[f * L + best] -= c;
          };
          for (const f of fs) upd(f);
          for (const f of dyn) upd(f);
        }
        total++;
        c++;
        p2 = p1;
        p1 = best;
      }
    }
    opts.log?.(`epoch ${epoch + 1}: ${errors} errors / ${total} tokens`);
  }
  const weights: Record<string, number[]> = {};
  const names = [...index.keys()].sort();
  for (const name of names) {
    const f = index.get(name)!;
    const row: number[] = [];
    for (let l = 0; l < L; l++) {
      const avg = W[f * L + l] - U[f * L + l] / c;
      const r = Math.round(avg * 1000) / 1000;
      if (Math.abs(r) >= opts.minWeight) row.push(l, r);
    }
    if (row.length) weights[name] = row;
  }
  return {
    format: 'sanad-ner-perceptron/1',
    labels: LABELS,
    note: '',
    epochs: opts.epochs,
    weights,
    vocab: [],
    common: [],
    persons: [],
  };
}

/** Model JSON, one feature per line so that diffs stay readable. */
export function serializeModel(m: NerModel): string {
  const head = JSON.stringify({ format: m.format, labels: m.labels, note: m.note, epochs: m.epochs });
  const lines = Object.keys(m.weights).map((k) => `${JSON.stringify(k)}:${JSON.stringify(m.weights[k])}`);
  return `${head.slice(0, -1)},\n"vocab":${JSON.stringify(m.vocab)},\n"common":${JSON.stringify(m.common)},\n"persons":${JSON.stringify(m.persons)},\n"weights":{\n${lines.join(',\n')}\n}}\n`;
}
