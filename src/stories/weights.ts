// Feature weights of story grouping: each feature (stem, name, number) gets a small integer id,
// its document frequency is counted as articles arrive (with the word list's prior, see prior.ts),
// and an article's vector keeps its strongest features weighted by IDF.
import type { Fingerprint } from './fingerprint.js';
import { PRIOR_ARTICLES, stemPrior } from './prior.js';

/**
 * IDF squared: an event is told by its rare words (names, places, figures), a topic by common ones.
 * On the dev days, power 1 merged topics (precision 0.78), 3 split events (recall 0.78); 2 balances.
 */
const IDF_POWER = 2;
/** the strongest features kept per article: the rest is topic and style, not event */
const MAX_TERMS = 80;
/**
 * share of the unshared features' weight kept in an article's norm (capped at the shared part's):
 * 0 made texts sharing one word identical, 1 drowned five reports of one event in their own words
 */
const UNSHARED_NORM_SHARE = 0.1;

/** feature prefixes (see Fingerprint.terms): light stem, lexicon name, number, headline stem */
export const FEATURE_KINDS = ['s:', 'e:', 'n:', 't:'] as const;
export type FeatureKind = (typeof FEATURE_KINDS)[number];

/** An article's unit vector: feature ids, strongest first, and their weights. */
export interface Vector {
  terms: Int32Array;
  weights: Float32Array;
}

export class FeatureWeights {
  /** document frequency by feature id */
  private df = new Int32Array(1 << 16);
  /** the word list's pseudo-articles by feature id (see prior.ts), looked up once per feature */
  private priorDf = new Float32Array(1 << 16);
  /** the kind of each feature by id (see FEATURE_KINDS): names, figures and headline words weigh apart */
  private kinds = new Uint8Array(1 << 16);
  /** articles counted so far */
  private seen = 0;
  private readonly ids = new Map<string, number>();
  private readonly prior = stemPrior();

  /** how many articles have been counted */
  get articles(): number {
    return this.seen;
  }

  /** how many distinct features have an id */
  get size(): number {
    return this.ids.size;
  }

  /** Count one article's features (each feature's id is looked up once: string keys are the costly part). */
  count(fp: Fingerprint): Int32Array {
    this.seen++;
    const ids = new Int32Array(fp.terms.size);
    let k = 0;
    for (const t of fp.terms.keys()) {
      const id = this.idOf(t);
      ids[k++] = id;
      this.df[id]++;
    }
    return ids;
  }

  /** A small integer per feature: vectors, postings and the scratch row are indexed by it. */
  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(term, id);
      if (id >= this.df.length) {
        const df = new Int32Array(this.df.length * 2);
        df.set(this.df);
        this.df = df;
        const prior = new Float32Array(this.priorDf.length * 2);
        prior.set(this.priorDf);
        this.priorDf = prior;
        const kinds = new Uint8Array(this.kinds.length * 2);
        kinds.set(this.kinds);
        this.kinds = kinds;
      }
      this.kinds[id] = Math.max(0, FEATURE_KINDS.indexOf(term.slice(0, 2) as FeatureKind));
      this.priorDf[id] = PRIOR_ARTICLES * (this.prior.get(term) ?? 0);
    }
    return id;
  }

  /** The kind of a feature (an index into FEATURE_KINDS). */
  kindOf(id: number): number {
    return this.kinds[id];
  }

  /** How many articles counted so far have the feature. */
  documents(id: number): number {
    return this.df[id];
  }

  private idf(id: number): number {
    const df = this.df[id] + this.priorDf[id];
    return Math.log(1 + (this.seen + PRIOR_ARTICLES) / Math.max(1, df)) ** IDF_POWER;
  }

  /** The article's strongest features shared with another article, as a unit vector. */
  vector(fp: Fingerprint, ids: Int32Array): Vector {
    // kept features in parallel arrays, sorted by index: no small array per feature to collect
    const keptIds: number[] = [];
    const keptWeights: number[] = [];
    let unshared = 0;
    let k = 0;
    for (const n of fp.terms.values()) {
      const id = ids[k++];
      const w = (1 + Math.log(n)) * this.idf(id);
      // a feature no other article has shown yet can link nothing: it is not kept, but part of its
      // weight stays in the norm, so two texts that share one common word do not look alike
      if (this.df[id] > 1) {
        keptIds.push(id);
        keptWeights.push(w);
      } else unshared += w * w;
    }
    const order = keptIds.map((_, i) => i);
    order.sort((a, b) => keptWeights[b] - keptWeights[a] || a - b);
    const top = order.slice(0, MAX_TERMS);
    const kept = top.reduce((sum, i) => sum + keptWeights[i] * keptWeights[i], 0);
    const norm = Math.sqrt(kept + Math.min(kept, UNSHARED_NORM_SHARE * unshared)) || 1;
    return {
      terms: Int32Array.from(top, (i) => keptIds[i]),
      weights: Float32Array.from(top, (i) => keptWeights[i] / norm),
    };
  }
}
