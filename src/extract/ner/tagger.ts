// Greedy BIO tagging with the trained averaged perceptron (models/ner.json). Weight sums of the
// features a word contributes (its own, and as each neighbour) are memoised per distinct word, so a
// token costs a few 9-float additions plus three look-ups for gazetteer phrases and previous tags.
import { readFileSync } from 'node:fs';
import { BOS, EOS, localFeatures, neighborFeatures, sentenceFeatures } from './features.js';
import { ALLOWED, LABELS, tagFeatures, type NerModel } from './train.js';

const L = LABELS.length;

export interface LoadedModel {
  index: Map<string, number>;
  w: Float32Array;
  vocab: Set<string>;
  common: Set<string>;
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
  return { index, w, vocab: new Set(m.vocab), common: new Set(m.common) };
}

let shipped: LoadedModel | undefined;

/** The shipped model (models/ner.json), loaded on first use. */
export function shippedModel(): LoadedModel {
  shipped ??= loadModel(
    JSON.parse(readFileSync(new URL('../../../models/ner.json', import.meta.url), 'utf8')) as NerModel,
  );
  return shipped;
}

interface Cache {
  local: Map<string, Float32Array>;
  nb: Map<string, Float32Array>[];
}
const caches = new WeakMap<LoadedModel, Cache>();

function sum(model: LoadedModel, feats: string[], out: Float32Array): Float32Array {
  for (const f of feats) {
    const i = model.index.get(f);
    if (i === undefined) continue;
    for (let l = 0; l < L; l++) out[l] += model.w[i * L + l];
  }
  return out;
}

function memo(map: Map<string, Float32Array>, key: string, make: () => Float32Array): Float32Array {
  let v = map.get(key);
  if (!v) {
    if (map.size > 100_000) map.clear();
    v = make();
    map.set(key, v);
  }
  return v;
}

const POS = [-2, -1, 1, 2];

/** BIO tags (PERS / LOC / ORG / MISC) for the words of one sentence. */
export function tagWords(words: string[], model: LoadedModel = shippedModel()): string[] {
  let cache = caches.get(model);
  if (!cache) {
    cache = { local: new Map(), nb: POS.map(() => new Map()) };
    caches.set(model, cache);
  }
  const c = cache;
  const sent = sentenceFeatures(words);
  const n = words.length;
  const at = (j: number) => (j < 0 ? BOS : j >= n ? EOS : words[j]);
  const scores = new Float32Array(L);
  const tags: string[] = [];
  let p1 = 0;
  let p2 = 0;
  for (let t = 0; t < n; t++) {
    scores.set(memo(c.local, words[t], () => sum(model, localFeatures(words[t]), new Float32Array(L))));
    for (let k = 0; k < 4; k++) {
      const w = at(t + POS[k]);
      const v = memo(c.nb[k], w, () => sum(model, neighborFeatures(w, POS[k]), new Float32Array(L)));
      for (let l = 0; l < L; l++) scores[l] += v[l];
    }
    if (sent[t].length) sum(model, sent[t], scores);
    sum(model, tagFeatures(p2, p1, words[t]), scores);
    let best = -1;
    for (let l = 0; l < L; l++) if (ALLOWED[p1 * L + l] && (best < 0 || scores[l] > scores[best])) best = l;
    tags.push(LABELS[best]);
    p2 = p1;
    p1 = best;
  }
  return tags;
}
