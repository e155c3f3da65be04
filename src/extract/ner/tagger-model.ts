// The tagger's model: loading it (a trained model goes through the same binary encoding as the
// shipped models/ner.bin, so a test tags with exactly what would ship) and adding the weight rows
// of features found by their string. The memoised word sums (tagger-memos.ts) find most rows by
// group instead; these string look-ups serve the features that are not a word's own.
import { visitSentenceFeatures, type WordInfo } from './features.js';
import { LABELS, type NerModel } from './model.js';
import { readModelBytes } from '../../lexicon.js';
import { decodeModel, type LoadedModel } from './model-file.js';
import { encodeModel } from './model-encode.js';

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

/** Add the weights of the features named into out from `at` (a feature the model lacks adds none). */
export function sum(model: LoadedModel, feats: string[], out: Float32Array, at = 0): Float32Array {
  for (const f of feats) {
    const i = model.index.get(f);
    if (i === undefined) continue;
    for (let l = 0; l < L; l++) out[at + l] += model.values[model.codes[i * L + l]];
  }
  return out;
}

/** Gazetteer-phrase and title rows by word (few words have any): added into the word's score. */
export function sentenceRows(model: LoadedModel, words: string[], infos: WordInfo[]): number[][] | undefined {
  // these features start only at a word with a phrase or title reading: most sentences have none
  let any = false;
  for (let i = 0; i < infos.length && !any; i++)
    any = infos[i].lexReadings.length > 0 || infos[i].titleReadings.length > 0;
  if (!any) return undefined;
  let sent: number[][] | undefined;
  visitSentenceFeatures(words, infos, false, (i, f) => {
    const row = model.index.get(f);
    if (row === undefined) return;
    sent ??= [];
    (sent[i] ??= []).push(row);
  });
  return sent;
}

/** Add the weights of one row of the model into out (-1: no row, nothing added). */
export function addRow(model: LoadedModel, row: number, out: Float32Array): void {
  if (row < 0) return;
  const { codes, values } = model;
  for (let l = 0; l < L; l++) out[l] += values[codes[row * L + l]];
}
