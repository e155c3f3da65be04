// The tagger's model as data: its labels, the shape of a trained model, which tag may follow which,
// and the features read from the tags already chosen. Shared by the runtime tagger (tagger.ts,
// model-file.ts, model-encode.ts) and the training (train.ts), so the runtime never imports the
// training code.
import { wordInfo } from './features.js';

export const LABELS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'];
const L = LABELS.length;

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

/** Features that depend on the tags already chosen. */
export function tagFeatures(prev2: number, prev: number, word: string): string[] {
  return [`t1=${prev}`, `t2=${prev2}|${prev}`, `tb=${prev}|${wordInfo(word).base}`];
}
