// BIO tagging with the trained averaged perceptron (models/ner.bin), a beam of 2 tag sequences (1:
// greedy). Weight sums of the features a word contributes (its own, and as each neighbour) are
// memoised per distinct word, so a token costs a few 9-float additions plus three look-ups for
// gazetteer phrases and previous tags, then per sequence of the beam only the previous-tag rows.
import { wordInfo, type WordInfo } from './features.js';
import { ALLOWED, LABELS } from './model.js';
import { beamDecode } from './beam.js';
import { addRow, sentenceRows, shippedModel, type LoadedModel } from './tagger-model.js';
import { cacheOf, MEMO_LAYOUT, positionIds, tagBaseRow } from './tagger-memos.js';

// the tagger's parts, loaded from here by every caller
export { loadModel, shippedModel, type LoadedModel } from './tagger-model.js';
export { setMemoLimit } from './tagger-memos.js';

const L = LABELS.length;
// the memo row's layout as this module's own constants: the loop of tagWords reads them per token.
// Read as imports, bench/tagger-ab.ts measured the tagger 1-5% slower than in one file; so, even
// though tagger-memos.ts owns the layout, they are copied into local constants once at load (with
// these, the split tagger measured within noise of the one file)
const { ROW, HB_AT, PAIRS_AT, NEIGHBOURS_AT, PAIR_FIRST, PAIR_NEXT } = MEMO_LAYOUT;

/**
 * Decoding width: 1 is greedy (each tag chosen before the next word is read); k > 1 keeps the k best
 * tag sequences so far (beam search, one per last two tags). 2: the shipped model is trained with a
 * beam of 4 (DEFAULT_BUILD.beam) and scores whole sequences; decoding it greedily gave up 3-8 points
 * of F1, width 2 is within 0.3-0.9 of width 4 (ner-dev 0.876 / 0.879, ner-dev2 0.900 / 0.909) at
 * about half its extra cost (extraction about 10% slower than greedy, width 4 about 20%;
 * docs/ner-rounds.md, round sixteen). Set by scripts/eval-ner.ts --beam.
 */
export const DEFAULT_BEAM = 2;
let beamWidth = DEFAULT_BEAM;
export function setBeamWidth(k: number): void {
  beamWidth = Math.max(1, Math.floor(k));
}

// the beam's tag-free sums per token, kept from one sentence to the next
let staticScores = new Float32Array(256 * L);
// a token's scores (each written whole before it is read)
const tokenScores = new Float32Array(L);

/** BIO tags (PERS / LOC / ORG / MISC) for the words of one sentence. */
export function tagWords(
  words: string[],
  model: LoadedModel = shippedModel(),
  infos: WordInfo[] = words.map(wordInfo),
): string[] {
  const c = cacheOf(model);
  const n = words.length;
  const id = positionIds(model, c, infos);
  const { vec, ivec } = c.memos; // after positionIds: a new word may have grown them
  const rowTable = model.rows;
  const sent = sentenceRows(model, words, infos);
  // a beam keeps each token's tag-free sums and adds the tag features per sequence (beamDecode);
  // greedy adds them at once (the hot path: one loop, nothing kept)
  const beam = beamWidth > 1;
  if (beam && staticScores.length < n * L) staticScores = new Float32Array(2 * n * L);
  const scores = tokenScores;
  const tags: string[] = new Array(n);
  let p1 = 0;
  let p2 = 0;
  /** the "pb=" row of (t - 1, t), found with the "bn=" row of t - 1 */
  let pbRow = -1;
  for (let t = 0; t < n; t++) {
    // own features + what the neighbours at -2, -1, +1, +2 give
    const me = id[t + 2];
    const o0 = me * ROW;
    const a0 = id[t] * ROW + NEIGHBOURS_AT;
    const b0 = id[t + 1] * ROW + NEIGHBOURS_AT + L;
    const e0 = id[t + 3] * ROW + NEIGHBOURS_AT + 2 * L;
    const d0 = id[t + 4] * ROW + NEIGHBOURS_AT + 3 * L;
    const hMe = ivec[o0 + HB_AT];
    for (let l = 0; l < L; l++)
      scores[l] = vec[o0 + l] + vec[a0 + l] + vec[b0 + l] + vec[e0 + l] + vec[d0 + l];
    const rows = sent?.[t];
    if (rows) for (const row of rows) addRow(model, row, scores);
    // word pairs, only for a first word that has rows of the kind: the pair (t, t + 1) gives this
    // token's "bn=" row and the next token's "pb=" row in one look-up
    addRow(model, pbRow, scores);
    pbRow = -1;
    const pairs = ivec[o0 + PAIRS_AT];
    if (t + 1 < n && pairs !== 0) {
      const hNext = ivec[id[t + 3] * ROW + HB_AT];
      const pb = (pairs & PAIR_FIRST) !== 0;
      pbRow = rowTable.wordPair(infos[t].base, hMe, infos[t + 1].base, hNext, pb, (pairs & PAIR_NEXT) !== 0);
      addRow(model, rowTable.nextRow, scores);
    }
    if (beam) {
      staticScores.set(scores, t * L);
      continue;
    }
    // previous tags: the weights read once per model (adding a zero row changes no sum)
    const t1 = c.t1;
    const t2 = c.t2;
    const a1 = p1 * L;
    const a2 = (p2 * L + p1) * L;
    for (let l = 0; l < L; l++) scores[l] += t1[a1 + l];
    for (let l = 0; l < L; l++) scores[l] += t2[a2 + l];
    addRow(model, tagBaseRow(model, c, ivec, o0, p1, infos[t].base), scores);
    let best = -1;
    for (let l = 0; l < L; l++) if (ALLOWED[p1 * L + l] && (best < 0 || scores[l] > scores[best])) best = l;
    tags[t] = LABELS[best];
    p2 = p1;
    p1 = best;
  }
  if (!beam) return tags;
  const stat = staticScores;
  /** the scores of token t's tags after the tags p2, p1: its tag-free sums plus the tag features */
  const { t1, t2 } = c;
  const local = (t: number, q2: number, q1: number, out: Float32Array): void => {
    const a1 = q1 * L;
    const a2 = (q2 * L + q1) * L;
    const at = t * L;
    for (let l = 0; l < L; l++) out[l] = stat[at + l] + t1[a1 + l] + t2[a2 + l];
    addRow(model, tagBaseRow(model, c, ivec, id[t + 2] * ROW, q1, infos[t].base), out);
  };
  return beamDecode(n, beamWidth, local);
}
