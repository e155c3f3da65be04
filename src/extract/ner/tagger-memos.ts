// The weight sums of the features each word contributes (its own, and as each neighbour), computed
// on the word's first meeting and kept in one flat array per model (the memos), with the tables a
// model's tag features need (read once per model). tagger.ts adds them up per token and decodes.
import { BOS, EOS, neighborFeatures, unknownValues, type WordInfo } from './features.js';
import { LABELS, tagFeatures } from './model.js';
import { clusterValues } from './clusters.js';
import {
  G_BASE,
  G_CLS,
  G_CLUSTER,
  G_ENC,
  G_F2,
  G_KEY,
  G_PRE,
  G_SHAPE,
  G_STEM,
  G_UNKNOWN,
  G_X1,
  G_X2,
  G_X3,
  GROUP_BN,
  GROUP_PB,
  GROUP_TB,
  hashText,
} from './model-layout.js';
import { addRow, sum, type LoadedModel } from './tagger-model.js';

const L = LABELS.length;

const POS = [-2, -1, 1, 2];
/**
 * A word's memo row: its own sums, its "tb=" rows by previous tag, its base's hash, its pair flags
 * and the sentence it was last met in, then its sums as the word 2 before, 1 before, 1 after, 2
 * after. Everything a token reads of its word sits in the word's row, beside the own sums: a rare
 * word costs one fetch from memory instead of one in each of five large arrays.
 */
const TB_AT = L;
const HB_AT = 2 * L;
const PAIRS_AT = HB_AT + 1;
const MET_AT = HB_AT + 2;
const NEIGHBOURS_AT = HB_AT + 4;
const ROW = NEIGHBOURS_AT + 4 * L;
/** where the sums of each memo slot (0 own, 1..4 as a neighbour; see TEMPLATES) start in a row */
const SLOT_AT = [0, NEIGHBOURS_AT, NEIGHBOURS_AT + L, NEIGHBOURS_AT + 2 * L, NEIGHBOURS_AT + 3 * L];

/**
 * The weight sums of every word met, numbered in the order met, in one flat array (one touch of
 * memory per word a token reads, instead of a chain of small objects per word): the row of word id
 * at vec[id * ROW], its integers read through ivec (the same memory): ivec[id * ROW + TB_AT + p] =
 * row of "tb=<p>|<base>", -1 if none, -2 not looked up yet (most words only ever follow O);
 * ivec[.. + HB_AT] = hash of the word's base; ivec[.. + PAIRS_AT] = PAIR_FIRST | PAIR_NEXT when the
 * word has word-pair rows as the first word of a "pb=" / "bn=" pair; ivec[.. + MET_AT] = the
 * sentence it was last met in. Ids 0 and 1 are the sentence edges.
 */
interface Memos {
  count: number;
  /** words the arrays have room for */
  room: number;
  vec: Float32Array;
  ivec: Int32Array;
  /** the word numbered id (to renumber it when the memos are full) */
  owners: WordInfo[];
}
const PAIR_FIRST = 1;
const PAIR_NEXT = 2;
const BOS_ID = 0;
const EOS_ID = 1;
const FIRST_WORDS = 4096;
/**
 * Words numbered before the memos keep only the words met in the latest sentences, half of these
 * (bounded memory on huge corpora: about 60 MB; the common words keep their sums).
 */
let maxWords = 1 << 18;
/** Words numbered before the memos keep only the latest (lowered by tests to see it happen). */
export function setMemoLimit(n: number): void {
  maxWords = n;
}

export interface Cache {
  bias: number;
  edge: Float32Array[];
  /** weights of "t1=<p>" at p * L, of "t2=<q>|<p>" at (q * L + p) * L (zeros when the model has none) */
  t1: Float32Array;
  t2: Float32Array;
  tb: [number, number][];
  /** first key of the "tb=<prev>|<base>" rows per previous tag, and its hash */
  tagKey: string[];
  tagHash: number[];
  memos: Memos;
  /** number of sentences tagged */
  sentences: number;
}

/** Where tagWords (tagger.ts) finds a word's sums and flags in its memo row. */
export const MEMO_LAYOUT = { ROW, HB_AT, PAIRS_AT, NEIGHBOURS_AT, PAIR_FIRST, PAIR_NEXT } as const;

const caches = new WeakMap<LoadedModel, Cache>();

/** Empty memos of room words, the two sentence edges numbered. */
function newMemos(c: Pick<Cache, 'edge'>, room: number): Memos {
  const vec = new Float32Array(room * ROW);
  const m: Memos = { count: 2, room, vec, ivec: new Int32Array(vec.buffer), owners: [] };
  m.vec.set(c.edge[0], BOS_ID * ROW);
  m.vec.set(c.edge[1], EOS_ID * ROW);
  return m;
}

/** Memos with room for `room` words, the words numbered so far kept. */
function grow(m: Memos, room: number): void {
  const vec = new Float32Array(room * ROW);
  const ivec = new Int32Array(vec.buffer);
  ivec.set(m.ivec); // as integers: the integers' bits copied as they are
  m.vec = vec;
  m.ivec = ivec;
  m.room = room;
}

/** New memos holding the words of full memos m met in the latest sentences, renumbered. */
function keepRecent(c: Cache, m: Memos): Memos {
  const keep = maxWords >> 1;
  const lastMet = (id: number) => m.ivec[id * ROW + MET_AT];
  const met = Int32Array.from({ length: m.count - 2 }, (_, k) => lastMet(k + 2)).sort();
  const from = met.length > keep ? met[met.length - keep] + 1 : 0;
  const next = newMemos(c, keep + 2);
  for (let id = 2; id < m.count; id++) {
    const info = m.owners[id];
    if (info.tagMemos !== m || info.tagId !== id) continue; // numbered again since (see memoOf)
    if (lastMet(id) < from) {
      info.tagMemos = undefined; // its sums are made again if it comes back
      continue;
    }
    const to = next.count++;
    next.ivec.set(m.ivec.subarray(id * ROW, (id + 1) * ROW), to * ROW);
    next.owners[to] = info;
    info.tagMemos = next;
    info.tagId = to;
  }
  return next;
}

export function cacheOf(model: LoadedModel): Cache {
  let c = caches.get(model);
  if (!c) {
    // the tag-only features are few: index them once instead of building strings per token
    const t1 = new Float32Array(L * L);
    const t2 = new Float32Array(L * L * L);
    for (let p = 0; p < L; p++) {
      addRow(model, model.index.get(tagFeatures(0, p, '')[0]) ?? -1, t1.subarray(p * L));
      for (let q = 0; q < L; q++)
        addRow(model, model.index.get(tagFeatures(q, p, '')[1]) ?? -1, t2.subarray((q * L + p) * L));
    }
    const edge = [BOS, EOS].map((w) => {
      const v = new Float32Array(ROW);
      for (let k = 0; k < 4; k++) sum(model, neighborFeatures(w, POS[k]), v, SLOT_AT[k + 1]);
      return v;
    });
    // "tb=<prev>|<base>" rows by previous tag
    const tagKey = LABELS.map((_, p) => String(p));
    const tb = tagKey.map((k) => model.rows.range(GROUP_TB, k));
    const bias = model.index.get('bias') ?? -1;
    c = {
      bias,
      edge,
      t1,
      t2,
      tb,
      tagKey,
      tagHash: tagKey.map((k) => hashText(k)),
      memos: newMemos({ edge }, FIRST_WORDS),
      sentences: 0,
    };
    caches.set(model, c);
  }
  return c;
}

/**
 * Add the weights of the feature (group, text[a, b)) into vec at base, by the slot each row names
 * (the value read in place: a suffix or prefix of a word needs no string of its own). Returns the
 * index slot found (see RowTable.find), -1 when the model has no row of it.
 */
function addGroup(
  model: LoadedModel,
  vec: Float32Array,
  base: number,
  group: number,
  text: string,
  a = 0,
  b = text.length,
  h = hashText(text, a, b),
): number {
  const table = model.rows;
  const s = table.findIn(group, text, a, b, h);
  if (s < 0) return s;
  const { codes, values } = model;
  for (let r = table.lo(s), hi = table.hi(s); r < hi; r++) {
    const at = base + SLOT_AT[table.slot(r)];
    const from = r * L;
    for (let l = 0; l < L; l++) vec[at + l] += values[codes[from + l]];
  }
  return s;
}

/** Whether group g has rows whose first key is key. */
function hasRows(table: LoadedModel['rows'], g: number, key: string, h: number): boolean {
  const [lo, hi] = table.range(g, key, h);
  return lo < hi;
}

/** The word's number in the memos, its weight sums computed on first meeting. */
function memoOf(model: LoadedModel, c: Cache, info: WordInfo): number {
  const m = c.memos;
  if (info.tagMemos === m) return info.tagId;
  if (m.count === m.room) grow(m, 2 * m.count);
  const id = m.count++;
  const vec = m.vec;
  const base = id * ROW;
  m.ivec.fill(-2, base + TB_AT, base + TB_AT + L);
  const table = model.rows;
  const bias = c.bias;
  if (bias >= 0) for (let l = 0; l < L; l++) vec[base + l] += model.values[model.codes[bias * L + l]];
  const b = info.base;
  const n = b.length;
  const hb = hashText(b);
  addGroup(model, vec, base, G_KEY, info.key);
  const baseRows = addGroup(model, vec, base, G_BASE, b, 0, n, hb);
  addGroup(model, vec, base, G_STEM, info.stem);
  addGroup(model, vec, base, G_SHAPE, info.shape);
  if (info.pre) addGroup(model, vec, base, G_PRE, info.pre);
  if (info.enc) addGroup(model, vec, base, G_ENC, info.enc);
  if (n > 2) {
    addGroup(model, vec, base, G_X1, b, n - 1, n);
    addGroup(model, vec, base, G_X2, b, n - 2, n);
    if (n > 3) addGroup(model, vec, base, G_X3, b, n - 3, n);
    addGroup(model, vec, base, G_F2, b, 0, 2);
  }
  for (const cls of info.cls) addGroup(model, vec, base, G_CLS, cls);
  for (const v of clusterValues(b)) addGroup(model, vec, base, G_CLUSTER, v);
  // a word training never met: no row reads its base (the base's look-up above says so)
  if (baseRows < 0) for (const v of unknownValues(info)) addGroup(model, vec, base, G_UNKNOWN, v);
  m.ivec[base + HB_AT] = hb;
  // word-pair rows where this word comes first, so a token probes only the pairs that may exist
  m.ivec[base + PAIRS_AT] =
    (hasRows(table, GROUP_PB, b, hb) ? PAIR_FIRST : 0) | (hasRows(table, GROUP_BN, b, hb) ? PAIR_NEXT : 0);
  m.owners[id] = info;
  info.tagMemos = m;
  info.tagId = id;
  return id;
}

// the words' numbers of the sentence being tagged, kept from one sentence to the next
let ids = new Int32Array(256);

/** Number of each position's word, with two sentence-edge words on either side. */
export function positionIds(model: LoadedModel, c: Cache, infos: WordInfo[]): Int32Array {
  const n = infos.length;
  // every word of a sentence in the same memos: renumber before the sentence, never inside it
  if (c.memos.count + n > maxWords) c.memos = keepRecent(c, c.memos);
  if (ids.length < n + 4) ids = new Int32Array(2 * (n + 4));
  ids[0] = ids[1] = BOS_ID;
  const sentence = ++c.sentences;
  for (let t = 0; t < n; t++) {
    const id = memoOf(model, c, infos[t]);
    c.memos.ivec[id * ROW + MET_AT] = sentence;
    ids[t + 2] = id;
  }
  ids[n + 2] = ids[n + 3] = EOS_ID;
  return ids;
}

/** The "tb=<prev>|<base>" row of the word at memo offset o0 after tag p1 (-1: none), memoised. */
export function tagBaseRow(
  model: LoadedModel,
  c: Cache,
  ivec: Int32Array,
  o0: number,
  p1: number,
  base: string,
): number {
  let row = ivec[o0 + TB_AT + p1];
  if (row === -2) {
    const range = c.tb[p1];
    row =
      range[0] < range[1]
        ? model.rows.pair(GROUP_TB, c.tagKey[p1], c.tagHash[p1], base, ivec[o0 + HB_AT])
        : -1;
    ivec[o0 + TB_AT + p1] = row;
  }
  return row;
}
