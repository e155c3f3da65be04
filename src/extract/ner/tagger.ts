// Greedy BIO tagging with the trained averaged perceptron (models/ner.bin). Weight sums of the
// features a word contributes (its own, and as each neighbour) are memoised per distinct word, so a
// token costs a few 9-float additions plus three look-ups for gazetteer phrases and previous tags.
import { BOS, EOS, neighborFeatures, visitSentenceFeatures, wordInfo, type WordInfo } from './features.js';
import { ALLOWED, LABELS, tagFeatures, type NerModel } from './model.js';
import { readModelBytes } from '../../lexicon.js';
import {
  decodeModel,
  encodeModel,
  G_BASE,
  G_CLS,
  G_ENC,
  G_F2,
  G_KEY,
  G_PRE,
  G_SHAPE,
  G_STEM,
  G_X1,
  G_X2,
  G_X3,
  GROUP_BN,
  GROUP_PB,
  GROUP_TB,
  hashText,
  type LoadedModel,
} from './model-file.js';

const L = LABELS.length;

export type { LoadedModel };

/** Turn a trained model into the tagger's tables (the same path the shipped file takes). */
export function loadModel(m: NerModel): LoadedModel {
  return decodeModel(encodeModel(m));
}

let shipped: LoadedModel | undefined;

/** The shipped model (models/ner.bin), loaded on first use. */
export function shippedModel(): LoadedModel {
  shipped ??= decodeModel(readModelBytes('ner.bin'));
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
  tb: [number, number][];
  /** first key of the "tb=<prev>|<base>" rows per previous tag, and its hash */
  tagKey: string[];
  tagHash: number[];
}

/** The tagger's memo on a WordInfo, with the hash of the word's base for the pair look-ups. */
type TaggerMemo = NonNullable<WordInfo['memo']> & { hb: number };
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
    // "tb=<prev>|<base>" rows by previous tag
    const tagKey = LABELS.map((_, p) => String(p));
    const tb = tagKey.map((k) => model.rows.range(GROUP_TB, k));
    c = { bias: model.index.get('bias') ?? -1, edge, t1, t2, tb, tagKey, tagHash: tagKey.map(hashText) };
    caches.set(model, c);
  }
  return c;
}

// Memo vectors live in shared slabs: one typed array per word would cost an off-heap allocation each.
const W5 = 5 * L;
const SLAB = 4096 * W5;
let slab = new Float32Array(SLAB);
let slabUsed = 0;

/** Add the weights of the feature (group, value) into vec at base, by the slot each row names. */
function addGroup(
  model: LoadedModel,
  vec: Float32Array,
  base: number,
  group: number,
  value: string,
  h = hashText(value),
): void {
  const table = model.rows;
  const s = table.find(group, value, h);
  if (s < 0) return;
  const w = model.w;
  for (let r = table.lo(s), hi = table.hi(s); r < hi; r++) {
    const at = base + table.slot(r) * L;
    const from = r * L;
    for (let l = 0; l < L; l++) vec[at + l] += w[from + l];
  }
}

/**
 * Weight sums a word contributes, memoised on its WordInfo: vec[at ..] = [own features, as the word 2
 * before, 1 before, 1 after, 2 after]; tb = row of "tb=<prev>|<base>" per previous tag, -1 if none, -2 not looked up yet.
 */
function memoOf(model: LoadedModel, info: WordInfo): TaggerMemo {
  if (info.memo?.model === model) return info.memo as TaggerMemo;
  if (slabUsed + W5 > SLAB) {
    slab = new Float32Array(SLAB);
    slabUsed = 0;
  }
  const vec = slab;
  const base = slabUsed;
  slabUsed += W5;
  const w = model.w;
  const table = model.rows;
  const bias = cacheOf(model).bias;
  if (bias >= 0) for (let l = 0; l < L; l++) vec[base + l] += w[bias * L + l];
  const hb = hashText(info.base);
  addGroup(model, vec, base, G_KEY, info.key);
  addGroup(model, vec, base, G_BASE, info.base, hb);
  addGroup(model, vec, base, G_STEM, info.stem);
  addGroup(model, vec, base, G_SHAPE, info.shape);
  if (info.pre) addGroup(model, vec, base, G_PRE, info.pre);
  if (info.enc) addGroup(model, vec, base, G_ENC, info.enc);
  const b = info.base;
  if (b.length > 2) {
    addGroup(model, vec, base, G_X1, b.slice(-1));
    addGroup(model, vec, base, G_X2, b.slice(-2));
    if (b.length > 3) addGroup(model, vec, base, G_X3, b.slice(-3));
    addGroup(model, vec, base, G_F2, b.slice(0, 2));
  }
  for (const c of info.cls) addGroup(model, vec, base, G_CLS, c);
  const tb = new Int32Array(L).fill(-2); // filled on demand: most words only ever follow O
  // word-pair rows where this word comes first, so a token needs only the small inner look-ups
  const memo: TaggerMemo = {
    model,
    vec,
    at: base,
    tb,
    pb: table.range(GROUP_PB, info.base, hb),
    bn: table.range(GROUP_BN, info.base, hb),
    hb,
  };
  info.memo = memo;
  return memo;
}

/** The row of a word-pair feature (group PB or BN) for two memoised words, -1 if none. */
function pairRow(
  model: LoadedModel,
  group: number,
  a: WordInfo,
  ma: TaggerMemo,
  b: WordInfo,
  mb: TaggerMemo,
): number {
  const range = group === GROUP_PB ? ma.pb : ma.bn;
  return range[0] < range[1] ? model.rows.pair(group, a.base, ma.hb, b.base, mb.hb) : -1;
}

function addRow(model: LoadedModel, row: number, out: Float32Array): void {
  if (row < 0) return;
  for (let l = 0; l < L; l++) out[l] += model.w[row * L + l];
}

// positionVectors' arrays, kept from one sentence to the next (made per sentence they were garbage)
const vecs: Float32Array[] = [];
const ats: number[] = [];
const memos: TaggerMemo[] = [];

/** Vector and offset of each position's memo, with two sentence-edge words on either side. */
function positionVectors(model: LoadedModel, infos: WordInfo[]): void {
  const c = cacheOf(model);
  const n = infos.length;
  vecs[0] = c.edge[0];
  vecs[1] = c.edge[0];
  ats[0] = 0;
  ats[1] = 0;
  for (let t = 0; t < n; t++) {
    const m = memoOf(model, infos[t]);
    vecs[t + 2] = m.vec;
    ats[t + 2] = m.at;
    memos[t] = m;
  }
  // written in order, so the arrays grow without holes
  vecs[n + 2] = c.edge[1];
  vecs[n + 3] = c.edge[1];
  ats[n + 2] = 0;
  ats[n + 3] = 0;
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
  positionVectors(model, infos);
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
    if (t > 0)
      addRow(model, pairRow(model, GROUP_PB, infos[t - 1], memos[t - 1], infos[t], memos[t]), scores);
    if (t + 1 < n)
      addRow(model, pairRow(model, GROUP_BN, infos[t], memos[t], infos[t + 1], memos[t + 1]), scores);
    addRow(model, c.t1[p1], scores);
    addRow(model, c.t2[p2 * L + p1], scores);
    const tb = memos[t].tb;
    if (tb[p1] === -2) {
      const [lo, hi] = c.tb[p1];
      tb[p1] =
        lo < hi ? model.rows.pair(GROUP_TB, c.tagKey[p1], c.tagHash[p1], infos[t].base, memos[t].hb) : -1;
    }
    addRow(model, tb[p1], scores);
    let best = -1;
    for (let l = 0; l < L; l++) if (ALLOWED[p1 * L + l] && (best < 0 || scores[l] > scores[best])) best = l;
    tags[t] = LABELS[best];
    p2 = p1;
    p1 = best;
  }
  return tags;
}
