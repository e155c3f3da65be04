// The tagger's model file (models/ner.bin), laid out to be used in place: after a small JSON head
// and three word lists, every table is a typed array over the file's own bytes (row kinds, row
// values as UTF-16, a hash index of the values, the weights as codes into a table of the distinct
// weights), so loading decodes no feature name and builds no per-row array; a look-up hashes the
// word once and probes the index instead of a binary search over 200k names.
//
// Layout, little endian (the typed arrays are read in place, so a big-endian machine would need a
// copying reader): "SNER" | u32 head length | head JSON | 9 sections, each u32 byte length | bytes |
// pad to 4:
//   vocab, common, persons (UTF-8, "\n"-joined)
//   kinds   u8 per row (which template; see TEMPLATES)
//   valAt   i32 per row + 1: where each row's value starts in vals (the name less its template's
//           prefix: "w=كتب" stores "كتب", "pb=a|b" stores "a|b"; a feature looked up by name whole)
//   vals    u16 code units of the values, end to end
//   index   i32 pairs per slot, open addressing over twice as many slots as entries (indexSlot):
//           (first row, end row) of the rows sharing (group, first key), and (row, -1) of each
//           two-key row by (group, first key, second key); a first row of -1 marks an empty slot
//   codes   u16 per row and label (LABELS.length per row): the weight's place in values
//   values  f32 per distinct weight, ascending (0 among them): the averaged weights are rounded to
//           three decimals, so a model has some 20,000 distinct ones and a code loses nothing
// Format 5 (round thirteen) against 4: weights as codes (half the bytes of dense f32) and an index
// of exactly twice its entries instead of the next power of two; rows are the same.
// This file holds what the writer (model-encode.ts) and the reader (model-file.ts, row-table.ts)
// share: the row kinds and groups, and the hashes of the index.
import { LABELS } from './model.js';

export const L = LABELS.length;
export const MAGIC = 'SNER';
export const MODEL_FORMAT = 'sanad-ner-perceptron/6';
/** Most distinct weights a model may have: codes are 16-bit. */
export const MAX_WEIGHT_VALUES = 1 << 16;

// Word features by the word value they read (key, base, stem ...) and the slot of the memo vector
// they land in (0 own, 1..4 as the word 2 before, 1 before, 1 after, 2 after): one look-up per value
// instead of one string and one look-up per feature. Must list exactly what features.ts emits.
export const G_KEY = 0;
export const G_BASE = 1;
export const G_STEM = 2;
export const G_SHAPE = 3;
export const G_PRE = 4;
export const G_ENC = 5;
export const G_X1 = 6;
export const G_X2 = 7;
export const G_X3 = 8;
export const G_F2 = 9;
export const G_CLS = 10;
/** a word the training corpus never met, and its shape (unknownValues in features.ts) */
export const G_UNKNOWN = 11;
/** prefixes of the word's cluster path (clusters.ts) */
export const G_CLUSTER = 12;
export const GROUPS = G_CLUSTER + 1;
export const TEMPLATES: [prefix: string, group: number, slot: number][] = [
  ['w=', G_KEY, 0],
  ['-1w=', G_KEY, 2],
  ['1w=', G_KEY, 3],
  ['b=', G_BASE, 0],
  ['-2b=', G_BASE, 1],
  ['-1b=', G_BASE, 2],
  ['1b=', G_BASE, 3],
  ['2b=', G_BASE, 4],
  ['s=', G_STEM, 0],
  ['-1s=', G_STEM, 2],
  ['1s=', G_STEM, 3],
  ['sh=', G_SHAPE, 0],
  ['-1sh=', G_SHAPE, 2],
  ['1sh=', G_SHAPE, 3],
  ['p=', G_PRE, 0],
  ['-1p=', G_PRE, 2],
  ['1p=', G_PRE, 3],
  ['e=', G_ENC, 0],
  ['x1=', G_X1, 0],
  ['x2=', G_X2, 0],
  ['x3=', G_X3, 0],
  ['f2=', G_F2, 0],
  ['g=', G_CLS, 0],
  ['-2g=', G_CLS, 1],
  ['-1g=', G_CLS, 2],
  ['1g=', G_CLS, 3],
  ['2g=', G_CLS, 4],
  ['u=', G_UNKNOWN, 0],
  ['c=', G_CLUSTER, 0],
  ['-1c=', G_CLUSTER, 2],
  ['1c=', G_CLUSTER, 3],
];
// kinds past the templates: word pairs, previous tag + word, and everything looked up by name
export const K_PB = TEMPLATES.length;
export const K_BN = K_PB + 1;
export const K_TB = K_PB + 2;
export const K_NAMED = K_PB + 3;
export const TEMPLATE = /^(-?[12])?(sh|w|b|s|p|e|x1|x2|x3|f2|g|u|c)=/;
export const TEMPLATE_OF = new Map(TEMPLATES.map(([p], k) => [p, k]));

// groups past the word templates' (see the kinds above)
export const GROUP_PB = GROUPS;
export const GROUP_BN = GROUPS + 1;
export const GROUP_TB = GROUPS + 2;
export const GROUP_NAMED = GROUPS + 3;
export const BAR = 0x7c; // "|" between the two keys of a pair or tag row

export const GROUP_OF_KIND = Uint8Array.from({ length: K_NAMED + 1 }, (_, k) =>
  k < K_PB ? TEMPLATES[k][1] : GROUPS + k - K_PB,
);
/** memo slot of each kind (word template rows; 0 for the others) */
export const SLOT_OF_KIND = Uint8Array.from({ length: K_NAMED + 1 }, (_, k) =>
  k < K_PB ? TEMPLATES[k][2] : 0,
);
export const hasTwoKeys = (group: number) => group === GROUP_PB || group === GROUP_BN || group === GROUP_TB;

/** 32-bit FNV-1a over UTF-16 code units: the hash the file's index is built with. */
export function hashText(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5 | 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** Group number of the exact two-key entries in the index: past every group of first keys. */
export const PAIR_ENTRY = 32;

/**
 * Hash group of a two-key row's own index entry: a word pair's "pb=a|b" and "bn=a|b" rows share
 * one (their keys are the same two words), so one probe finds both (RowTable.wordPair).
 */
export function pairEntryGroup(group: number): number {
  return PAIR_ENTRY + (group === GROUP_BN ? GROUP_PB : group);
}

/** Hash of a two-key value "first|second" from the hashes of its keys (order matters). */
export function pairHash(first: number, second: number): number {
  return Math.imul(first ^ 0x7c, 0x01000193) ^ second;
}

/** Hash of (group, text hash) for the index: murmur3's finaliser spreads FNV's low bits. */
export function slotHash(group: number, h: number): number {
  let x = h ^ Math.imul(group + 1, 0x9e3779b1);
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * First slot probed for slotHash x in an index of `slots` slots (any count, not only powers of
 * two): x scaled to [0, slots), exact in a double since x < 2^32 and slots < 2^21.
 */
export function indexSlot(x: number, slots: number): number {
  return Math.floor((x * slots) / 4294967296);
}
