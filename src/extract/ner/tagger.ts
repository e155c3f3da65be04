// Greedy BIO tagging with the trained averaged perceptron (models/ner.json). Weight sums of the
// features a word contributes (its own, and as each neighbour) are memoised per distinct word, so a
// token costs a few 9-float additions plus three look-ups for gazetteer phrases and previous tags.
import {
  BOS,
  EOS,
  neighborFeatures,
  PAIR_NEXT,
  PAIR_PREV,
  visitSentenceFeatures,
  wordInfo,
  type WordInfo,
} from './features.js';
import { ALLOWED, LABELS, tagFeatures, type NerModel } from './train.js';
import { readModel } from '../../lexicon.js';

const L = LABELS.length;

export interface LoadedModel {
  index: Map<string, number>;
  w: Float32Array;
  vocab: Set<string>;
  common: Set<string>;
  /** words mostly inside person names in training */
  persons: Set<string>;
  /** word-pair rows: first base -> second base -> row ("pb=a|b" and "bn=a|b") */
  pairs: Map<string, Map<string, number>>[];
  /** per-word features grouped by the value they read: group -> value -> [slot, row, slot, row ...] */
  groups: Map<string, Int32Array>[];
  /** "tb=<prev>|<base>" rows: prev tag -> base -> row */
  tb: Map<string, number>[];
}

// Word features by the word value they read (key, base, stem ...) and the slot of the memo vector
// they land in (0 own, 1..4 as the word 2 before, 1 before, 1 after, 2 after): one look-up per value
// instead of one string and one look-up per feature. Must list exactly what features.ts emits.
const G_KEY = 0;
const G_BASE = 1;
const G_STEM = 2;
const G_SHAPE = 3;
const G_PRE = 4;
const G_ENC = 5;
const G_X1 = 6;
const G_X2 = 7;
const G_X3 = 8;
const G_F2 = 9;
const G_CLS = 10;
const TEMPLATES: Record<string, [group: number, slot: number]> = {
  'w=': [G_KEY, 0],
  '-1w=': [G_KEY, 2],
  '1w=': [G_KEY, 3],
  'b=': [G_BASE, 0],
  '-2b=': [G_BASE, 1],
  '-1b=': [G_BASE, 2],
  '1b=': [G_BASE, 3],
  '2b=': [G_BASE, 4],
  's=': [G_STEM, 0],
  '-1s=': [G_STEM, 2],
  '1s=': [G_STEM, 3],
  'sh=': [G_SHAPE, 0],
  '-1sh=': [G_SHAPE, 2],
  '1sh=': [G_SHAPE, 3],
  'p=': [G_PRE, 0],
  '-1p=': [G_PRE, 2],
  '1p=': [G_PRE, 3],
  'e=': [G_ENC, 0],
  'x1=': [G_X1, 0],
  'x2=': [G_X2, 0],
  'x3=': [G_X3, 0],
  'f2=': [G_F2, 0],
  'g=': [G_CLS, 0],
  '-2g=': [G_CLS, 1],
  '-1g=': [G_CLS, 2],
  '1g=': [G_CLS, 3],
  '2g=': [G_CLS, 4],
};
const TEMPLATE = /^(-?[12])?(sh|w|b|s|p|e|x1|x2|x3|f2|g)=/;

function groupRows(names: string[]): Map<string, Int32Array>[] {
  const lists = Array.from({ length: G_CLS + 1 }, () => new Map<string, number[]>());
  names.forEach((name, row) => {
    const m = TEMPLATE.exec(name);
    const t = m && TEMPLATES[m[0]];
    if (!t) return;
    const value = name.slice(m[0].length);
    if (value === BOS || value === EOS) return; // sentence edges keep their own vectors
    const list = lists[t[0]].get(value);
    if (list) list.push(t[1], row);
    else lists[t[0]].set(value, [t[1], row]);
  });
  return lists.map((l) => new Map([...l].map(([v, rows]) => [v, Int32Array.from(rows)])));
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
  const tb = LABELS.map((_, p) => {
    const map = new Map<string, number>();
    const prefix = `tb=${p}|`;
    names.forEach((name, i) => {
      if (name.startsWith(prefix)) map.set(name.slice(prefix.length), i);
    });
    return map;
  });
  return {
    index,
    w,
    vocab: new Set(m.vocab),
    common: new Set(m.common),
    persons: new Set(m.persons ?? []),
    pairs,
    groups: groupRows(names),
    tb,
  };
}

let shipped: LoadedModel | undefined;

/** The shipped model (models/ner.json), loaded on first use. */
export function shippedModel(): LoadedModel {
  shipped ??= loadModel(readModel('ner') as NerModel);
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
  bias: number;
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
    c = { bias: model.index.get('bias') ?? -1, edge, t1, t2 };
    caches.set(model, c);
  }
  return c;
}

// Memo vectors live in shared slabs: one typed array per word would cost an off-heap allocation each.
const W5 = 5 * L;
const SLAB = 4096 * W5;
let slab = new Float32Array(SLAB);
let slabUsed = 0;

/**
 * Weight sums a word contributes, memoised on its WordInfo: vec[at ..] = [own features, as the word 2
 * before, 1 before, 1 after, 2 after]; tb = row of "tb=<prev>|<base>" per previous tag, -1 if none, -2 not looked up yet.
 */
function memoOf(model: LoadedModel, info: WordInfo): NonNullable<WordInfo['memo']> {
  if (info.memo?.model === model) return info.memo;
  if (slabUsed + W5 > SLAB) {
    slab = new Float32Array(SLAB);
    slabUsed = 0;
  }
  const vec = slab;
  const base = slabUsed;
  slabUsed += W5;
  const g = model.groups;
  const w = model.w;
  const add = (group: number, value: string) => {
    const rows = g[group].get(value);
    if (!rows) return;
    for (let k = 0; k < rows.length; k += 2) {
      const at = base + rows[k] * L;
      const from = rows[k + 1] * L;
      for (let l = 0; l < L; l++) vec[at + l] += w[from + l];
    }
  };
  const bias = cacheOf(model).bias;
  if (bias >= 0) for (let l = 0; l < L; l++) vec[base + l] += w[bias * L + l];
  add(G_KEY, info.key);
  add(G_BASE, info.base);
  add(G_STEM, info.stem);
  add(G_SHAPE, info.shape);
  if (info.pre) add(G_PRE, info.pre);
  if (info.enc) add(G_ENC, info.enc);
  const b = info.base;
  if (b.length > 2) {
    add(G_X1, b.slice(-1));
    add(G_X2, b.slice(-2));
    if (b.length > 3) add(G_X3, b.slice(-3));
    add(G_F2, b.slice(0, 2));
  }
  for (const c of info.cls) add(G_CLS, c);
  const tb = new Int32Array(L).fill(-2); // filled on demand: most words only ever follow O
  // word-pair rows where this word comes first, so a token needs only the small inner look-ups
  info.memo = {
    model,
    vec,
    at: base,
    tb,
    pb: model.pairs[0].get(info.base),
    bn: model.pairs[1].get(info.base),
  };
  return info.memo;
}

function addRow(model: LoadedModel, row: number, out: Float32Array): void {
  if (row < 0) return;
  for (let l = 0; l < L; l++) out[l] += model.w[row * L + l];
}

/** Vector and offset of each position's memo, with two sentence-edge words on either side. */
function positionVectors(
  model: LoadedModel,
  infos: WordInfo[],
): { vecs: Float32Array[]; ats: number[]; memos: NonNullable<WordInfo['memo']>[] } {
  const c = cacheOf(model);
  const n = infos.length;
  const vecs: Float32Array[] = new Array(n + 4);
  const ats: number[] = new Array(n + 4).fill(0);
  const memos: NonNullable<WordInfo['memo']>[] = new Array(n);
  vecs[0] = vecs[1] = c.edge[0];
  vecs[n + 2] = vecs[n + 3] = c.edge[1];
  for (let t = 0; t < n; t++) {
    const m = memoOf(model, infos[t]);
    vecs[t + 2] = m.vec;
    ats[t + 2] = m.at;
    memos[t] = m;
  }
  return { vecs, ats, memos };
}

/** Gazetteer-phrase and title rows by word (few words have any): added into the word's score. */
function sentenceRows(model: LoadedModel, words: string[], infos: WordInfo[]): number[][] | undefined {
  let sent: number[][] | undefined;
  visitSentenceFeatures(words, infos, false, (i, f) => {
    const row = model.index.get(f);
    if (row === undefined) return;
    sent ??= [];
    (sent[i] ??= []).push(row);
  });
  return sent;
}

/** BIO tags (PERS / LOC / ORG / MISC) for the words of one sentence. */
export function tagWords(
  words: string[],
  model: LoadedModel = shippedModel(),
  infos: WordInfo[] = words.map(wordInfo),
): string[] {
  const c = cacheOf(model);
  const n = words.length;
  const { vecs, ats, memos } = positionVectors(model, infos);
  const sent = sentenceRows(model, words, infos);
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
    const o0 = ats[t + 2];
    const a0 = ats[t] + L;
    const b0 = ats[t + 1] + 2 * L;
    const e0 = ats[t + 3] + 3 * L;
    const d0 = ats[t + 4] + 4 * L;
    for (let l = 0; l < L; l++) scores[l] = own[o0 + l] + a[a0 + l] + b[b0 + l] + e[e0 + l] + d[d0 + l];
    const rows = sent?.[t];
    if (rows) for (const row of rows) addRow(model, row, scores);
    if (t > 0) addRow(model, memos[t - 1].pb?.get(infos[t].base) ?? -1, scores);
    if (t + 1 < n) addRow(model, memos[t].bn?.get(infos[t + 1].base) ?? -1, scores);
    addRow(model, c.t1[p1], scores);
    addRow(model, c.t2[p2 * L + p1], scores);
    const tb = memos[t].tb;
    if (tb[p1] === -2) tb[p1] = model.tb[p1].get(infos[t].base) ?? -1;
    addRow(model, tb[p1], scores);
    let best = -1;
    for (let l = 0; l < L; l++) if (ALLOWED[p1 * L + l] && (best < 0 || scores[l] > scores[best])) best = l;
    tags[t] = LABELS[best];
    p2 = p1;
    p1 = best;
  }
  return tags;
}
