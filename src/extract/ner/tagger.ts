// Greedy BIO tagging with the trained averaged perceptron (models/ner.json). Weight sums of the
// features a word contributes (its own, and as each neighbour) are memoised per distinct word, so a
// token costs a few 9-float additions plus three look-ups for gazetteer phrases and previous tags.
import { readFileSync } from 'node:fs';
import {
  BOS,
  EOS,
  localFeatures,
  neighborFeatures,
  PAIR_NEXT,
  PAIR_PREV,
  sentenceFeatures,
  wordInfo,
  type WordInfo,
} from './features.js';
import { ALLOWED, LABELS, tagFeatures, type NerModel } from './train.js';

const L = LABELS.length;

export interface LoadedModel {
  index: Map<string, number>;
  w: Float32Array;
  vocab: Set<string>;
  common: Set<string>;
  /** word-pair rows: first base -> second base -> row ("pb=a|b" and "bn=a|b") */
  pairs: Map<string, Map<string, number>>[];
}

/** Turn model JSON into a flat weight table. */
export function loadModel(m: NerModel): LoadedModel {
  const names = Object.keys(m.weights);
  const index = new Map<string, number>();
  const w = new Float32Array(names.length * L);
  names.forEach((name, i) => {
    index.set(name, i);
    const row = m.weights[name];
    for (let k = 0; k < row.length; k += 2) w[i * L + row[k]] = row[k + 1];
  });
  // pair features are looked up by the two bases (strings whose hashes the word memo keeps)
  const pairs = [PAIR_PREV, PAIR_NEXT].map((prefix) => {
    const map = new Map<string, Map<string, number>>();
    names.forEach((name, i) => {
      if (!name.startsWith(prefix)) return;
      const [a, b] = name.slice(prefix.length).split('|');
      let inner = map.get(a);
      if (!inner) map.set(a, (inner = new Map()));
      inner.set(b, i);
    });
    return map;
  });
  return { index, w, vocab: new Set(m.vocab), common: new Set(m.common), pairs };
}

let shipped: LoadedModel | undefined;

/** The shipped model (models/ner.json), loaded on first use. */
export function shippedModel(): LoadedModel {
  shipped ??= loadModel(
    JSON.parse(readFileSync(new URL('../../../models/ner.json', import.meta.url), 'utf8')) as NerModel,
  );
  return shipped;
}

function sum(model: LoadedModel, feats: string[], out: Float32Array, at = 0): Float32Array {
  for (const f of feats) {
    const i = model.index.get(f);
    if (i === undefined) continue;
    for (let l = 0; l < L; l++) out[at + l] += model.w[i * L + l];
  }
  return out;
}

const POS = [-2, -1, 1, 2];
interface Cache {
  edge: Float32Array[];
  t1: Int32Array;
  t2: Int32Array;
}
const caches = new WeakMap<LoadedModel, Cache>();

function cacheOf(model: LoadedModel): Cache {
  let c = caches.get(model);
  if (!c) {
    // the tag-only features are few: index them once instead of building strings per token
    const t1 = new Int32Array(L).fill(-1);
    const t2 = new Int32Array(L * L).fill(-1);
    for (let p = 0; p < L; p++) {
      t1[p] = model.index.get(tagFeatures(0, p, '')[0]) ?? -1;
      for (let q = 0; q < L; q++) t2[q * L + p] = model.index.get(tagFeatures(q, p, '')[1]) ?? -1;
    }
    const edge = [BOS, EOS].map((w) => {
      const v = new Float32Array(5 * L);
      for (let k = 0; k < 4; k++) sum(model, neighborFeatures(w, POS[k]), v, (k + 1) * L);
      return v;
    });
    c = { edge, t1, t2 };
    caches.set(model, c);
  }
  return c;
}

/**
 * Weight sums a word contributes, memoised on its WordInfo: vec = [own features, as the word 2
 * before, 1 before, 1 after, 2 after]; tb = row of "tb=<prev>|<base>" per previous tag, -1 if none, -2 not looked up yet.
 */
function memoOf(model: LoadedModel, w: string, info: WordInfo): NonNullable<WordInfo['memo']> {
  if (info.memo?.model === model) return info.memo;
  const vec = new Float32Array(5 * L);
  sum(model, localFeatures(w), vec, 0);
  for (let k = 0; k < 4; k++) sum(model, neighborFeatures(w, POS[k]), vec, (k + 1) * L);
  const tb = new Int32Array(L).fill(-2); // filled on demand: most words only ever follow O
  // word-pair rows where this word comes first, so a token needs only the small inner look-ups
  info.memo = { model, vec, tb, pb: model.pairs[0].get(info.base), bn: model.pairs[1].get(info.base) };
  return info.memo;
}

function addRow(model: LoadedModel, row: number, out: Float32Array): void {
  if (row < 0) return;
  for (let l = 0; l < L; l++) out[l] += model.w[row * L + l];
}

/** BIO tags (PERS / LOC / ORG / MISC) for the words of one sentence. */
export function tagWords(
  words: string[],
  model: LoadedModel = shippedModel(),
  infos: WordInfo[] = words.map(wordInfo),
): string[] {
  const c = cacheOf(model);
  const n = words.length;
  const vecs: Float32Array[] = new Array(n + 4);
  const memos: NonNullable<WordInfo['memo']>[] = new Array(n);
  vecs[0] = vecs[1] = c.edge[0];
  vecs[n + 2] = vecs[n + 3] = c.edge[1];
  for (let t = 0; t < n; t++) {
    const m = memoOf(model, words[t], infos[t]);
    vecs[t + 2] = m.vec;
    memos[t] = m;
  }
  const sent = sentenceFeatures(words, infos, false);
  const scores = new Float32Array(L);
  const tags: string[] = new Array(n);
  let p1 = 0;
  let p2 = 0;
  for (let t = 0; t < n; t++) {
    // own features + what the neighbours at -2, -1, +1, +2 give
    const own = vecs[t + 2];
    const a = vecs[t];
    const b = vecs[t + 1];
    const e = vecs[t + 3];
    const d = vecs[t + 4];
    for (let l = 0; l < L; l++) scores[l] = own[l] + a[L + l] + b[2 * L + l] + e[3 * L + l] + d[4 * L + l];
    if (sent[t].length) sum(model, sent[t], scores);
    if (t > 0) addRow(model, memos[t - 1].pb?.get(infos[t].base) ?? -1, scores);
    if (t + 1 < n) addRow(model, memos[t].bn?.get(infos[t + 1].base) ?? -1, scores);
    addRow(model, c.t1[p1], scores);
    addRow(model, c.t2[p2 * L + p1], scores);
    const tb = memos[t].tb;
    if (tb[p1] === -2) tb[p1] = model.index.get(tagFeatures(0, p1, words[t])[2]) ?? -1;
    addRow(model, tb[p1], scores);
    let best = -1;
    for (let l = 0; l < L; l++) if (ALLOWED[p1 * L + l] && (best < 0 || scores[l] > scores[best])) best = l;
    tags[t] = LABELS[best];
    p2 = p1;
    p1 = best;
  }
  return tags;
}
