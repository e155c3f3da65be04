// Online story grouping: articles arrive in date order and each joins the best existing story
// within a time window, or opens a new one. A story is one event and its direct follow-ups, so an
// article must resemble one of the story's articles closely (rare shared stems, names, numbers),
// not merely share its topic. Candidates come from an inverted index on rare features and from
// MinHash bands: an article is never compared with every other one.
import type { Fingerprint } from './fingerprint.js';
import { BANDS, bandKey } from './minhash.js';
import { PRIOR_ARTICLES, stemPrior } from './prior.js';
import {
  isNearDuplicate,
  otherFigures,
  otherIncidents,
  otherTitleFigures,
  quotesSpeaker,
  sumCosine,
  vectorCosine,
} from './apart.js';

export { CONTAINMENT, isNearDuplicate, otherIncidents } from './apart.js';

/**
 * IDF squared: an event is told by its rare words (names, places, figures), a topic by common ones.
 * On the dev days, power 1 merged topics (precision 0.78), 3 split events (recall 0.78); 2 balances.
 */
const IDF_POWER = 2;
/** articles whose document frequencies are counted before the first is placed: an IDF needs a sample */
const WARMUP = 400;
/** days between an article and the last one of a story it may still join */
export const WINDOW_DAYS = 3;
/** the strongest features kept per article: the rest is topic and style, not event */
const MAX_TERMS = 80;
/** a feature with more postings than this inside the window is too common to find candidates by */
const BLOCK_MAX = 60;
/** the strongest features of an article that look for candidates (all of them score the cosine) */
const BLOCK_TERMS = 40;
/** candidates kept per article, by number of shared rare features, before cosines are computed */
const MAX_CANDIDATES = 100;
/**
 * cosine to a story's closest article from which an article may join that story: one close report,
 * not a resemblance to the topic (on the dev days 0.2 let an Iraq roundup or a Kenya visit join a
 * story by its place alone; with the centroid floor at 0.30: 0.25 gave P 0.899 R 0.906, 0.28 P 0.904
 * R 0.898, 0.30 P 0.907 R 0.900 but split the five seeds, whose weakest link lies between 0.28 and 0.30)
 */
export const LINK_THRESHOLD = 0.28;
/**
 * cosine to the story's centroid (all its articles) from which it joins: one event, not a chain of
 * look-alikes (with the closest article alone, precision on the dev days was 0.78; before the lead
 * counted twice and the closest-article floor rose, 0.30 gave P 0.88 R 0.87, 0.36 P 0.93 R 0.84,
 * 0.33 P 0.91 R 0.87; now, with the floor at 0.28: 0.29 P 0.901 R 0.902, 0.30 P 0.904 R 0.898,
 * 0.31 P 0.905 R 0.881)
 */
export const CENTROID_THRESHOLD = 0.29;
/**
 * share of the unshared features' weight kept in an article's norm (capped at the shared part's):
 * 0 made texts sharing one word identical, 1 drowned five reports of one event in their own words
 */
const UNSHARED_NORM_SHARE = 0.1;
/**
 * stories of at most this many articles get a second look once the next day's articles are in: one
 * report, or a pair (a report and its copy), that opened a story before the story it belongs to had
 * grown joins that story (on the dev days 3 and 4 moved topic pairs: Fallujah and Anbar tribes into
 * the Anbar university battle; 2 joined two reports of one expropriation decision to the other three)
 */
const REVISIT_MAX = 2;
/**
 * centroid cosine between a small story of several articles and a larger one from which the small
 * one moves whole: one article of a pair fitting is not enough (at the centroid floor 0.29, pairs of
 * two Jeddah fires, of Turkish strikes and PKK, of a Venezuelan player and a signing merged, dev
 * precision 0.933 -> 0.918; 0.45 still took the Anbar pair, 0.5 only pairs of the same event)
 */
const STORY_MERGE_THRESHOLD = 0.5;
/**
 * the first articles of a story, the reports of the event that opened it (see nearSeed): with 2 a
 * story's first pair decided too much (dev recall 0.918 -> 0.902), with 5 a chain had begun already
 */
const SEED_MEMBERS = 3;
/**
 * cosine to the centroid of a story's first articles from which an article may still join it: on
 * 2015-07-21/22 the Aden battle story gathered 57 articles (the city's airport reopening, Taiz, Lahij)
 * and kept 32 at 0.3 (the airport a story of six); at 0.15 and 0.2 it changed nothing on the dev
 * days, at 0.3 one article of the Diyarbakir bombing stays out (dev P 0.933 R 0.919 -> 0.932 0.918)
 */
const SEED_THRESHOLD = 0.3;
/**
 * a story of this many articles whose headlines name no incident is not an incident: an article whose
 * headline names one (a suicide bombing at a hotel) does not join it (a presidential visit nearby).
 * With 3, a report of explosives seized ("شديدة الانفجار") left the 13-article arms seizure story
 * (dev P 0.936 R 0.912); with 5, only the hotel bombing left the visit (P 0.932 -> 0.936, R 0.918).
 */
const QUIET_STORY = 5;
/** cosine to a second story's centroid from which an article merges the two stories */
const MERGE_THRESHOLD = 0.6;
/** a story's latest articles whose headline figures an article's are checked against */
const TITLE_FIGURE_CHECKS = 50;
/** closest candidates checked for near-duplicate text: a wire copied 3,000 times costs 3,000 x this */
const MAX_COPY_CHECKS = 24;
/** cosine from which a pair is checked for near-duplicate text */
const DUPLICATE_COSINE = 0.4;

interface Member {
  id: string;
  outlet?: string;
  published?: string;
  day?: number;
  title?: string;
  /** feature ids (see StoryGrouper.idOf), strongest first */
  terms: Int32Array;
  weights: Float32Array;
  shingles: Uint32Array;
  story: number;
  words: number;
  /** feature ids of the figures with decimals it gives (an index value, a percentage) */
  figures: Int32Array;
  /** hashes of the figures its title gives, and of every figure it gives (see Fingerprint) */
  titleNumbers: Uint32Array;
  numbers: Uint32Array;
  /** whether its title's figures are a toll of dead or injured */
  titleToll: boolean;
  /** incident kinds its headline names (bits, see cues.ts) */
  incidents: number;
  /** the words naming whom its headline quotes before a colon (see Fingerprint) */
  speaker: string[];
}

export interface Story {
  index: number;
  members: number[];
  /** sum of the members' unit vectors, by feature id, and its squared norm */
  centroid: Map<number, number>;
  norm2: number;
  firstDay?: number;
  lastDay?: number;
  /** every incident kind its members' headlines name */
  incidents: number;
  /** the centroid of its first SEED_MEMBERS articles (the event that opened it) once it has more, and its squared norm */
  seed: Map<number, number>;
  seedNorm2: number;
}

export interface Apart {
  id: string;
  kind: Fingerprint['kind'];
  cues: string[];
}

const dayOf = (date?: string) => (date ? Math.floor(Date.parse(date) / 86_400_000) : undefined);
const near = (a?: number, b?: number) => a === undefined || b === undefined || Math.abs(a - b) <= WINDOW_DAYS;

export class StoryGrouper {
  readonly members: Member[] = [];
  readonly stories: Story[] = [];
  readonly apart: Apart[] = [];
  /** near-duplicate pairs, as member indices */
  readonly duplicates: [number, number][] = [];
  /** document frequency by feature id */
  private df = new Int32Array(1 << 16);
  /** the word list's pseudo-articles by feature id (see prior.ts), looked up once per feature */
  private priorDf = new Float32Array(1 << 16);
  private seen = 0;
  /** articles held for the IDF sample, with their feature ids */
  private pending: [Fingerprint, Int32Array][] | null = [];
  private readonly postings: number[][] = [];
  private readonly ids = new Map<string, number>();
  /** the query article's weights by feature id; zero again after each article */
  private scratch = new Float32Array(1 << 16);
  /** shared rare features per member for the current article; zero again after each article */
  private shared = new Int32Array(1024);
  private readonly bands = new Map<string, number[]>();
  private readonly firstParts = new Map<string, number>();
  private readonly prior = stemPrior();
  /** the day of the latest article placed, and the stories opened before it that had a second look */
  private today?: number;
  private revisited = 0;

  /** Take the next article (in date order). */
  add(fp: Fingerprint): void {
    this.seen++;
    // each feature's id is looked up once per article: string keys are the costly part
    const ids = new Int32Array(fp.terms.size);
    let k = 0;
    for (const t of fp.terms.keys()) {
      const id = this.idOf(t);
      ids[k++] = id;
      this.df[id]++;
    }
    if (this.pending) {
      this.pending.push([fp, ids]);
      if (this.pending.length >= WARMUP) this.flush();
      return;
    }
    this.place(fp, ids);
  }

  /**
   * Place the articles still held for the IDF sample, then give every story still made of one
   * or two articles a second look: it may have opened before the story it belongs to had grown (call once
   * at the end of the input).
   */
  flush(): void {
    const held = this.pending ?? [];
    this.pending = null;
    for (const [fp, ids] of held) this.place(fp, ids);
    this.revisitFrom(0);
  }

  /** Second look at the small stories opened since story `from` (before their postings leave the window). */
  private revisitFrom(from: number): void {
    for (let k = from; k < this.stories.length; k++) {
      const n = this.stories[k].members.length;
      if (n >= 1 && n <= REVISIT_MAX) this.revisit(this.stories[k]);
    }
    this.revisited = this.stories.length;
  }

  /** A story's latest members: enough for the headline checks however many copies it has. */
  private latest(story: Story): Member[] {
    return story.members.slice(-TITLE_FIGURE_CHECKS).map((i) => this.members[i]);
  }

  /** Merge a small story into a larger one that one of its articles fits (see revisitFrom). */
  private revisit(story: Story): void {
    let best = -1;
    let bestScore = CENTROID_THRESHOLD;
    /** whether the small story's centroid fits a target's, by target: computed once per target */
    const pairFits = new Map<number, boolean>();
    for (const i of story.members) {
      const m = this.members[i];
      for (const [j, sim] of this.cosines(m, this.candidates(m))) {
        const s = this.members[j].story;
        const target = this.stories[s];
        // into a larger story only: two small stories do not trade articles back and forth
        if (s === story.index || sim < LINK_THRESHOLD || target.members.length <= story.members.length)
          continue;
        if (otherFigures(m.figures, this.members[j].figures) || this.incidentsApart(story.incidents, target))
          continue;
        if (otherTitleFigures(m, this.latest(target)) || !this.nearSeed(m, target)) continue;
        const score = this.centroidCosine(m, target);
        if (score < bestScore) continue;
        // the whole small story moves: its centroid must fit the target's too, not one article alone
        if (story.members.length > 1) {
          if (!pairFits.has(s)) pairFits.set(s, this.storyCosine(story, target) >= STORY_MERGE_THRESHOLD);
          if (!pairFits.get(s)) continue;
        }
        bestScore = score;
        best = s;
      }
    }
    if (best >= 0) this.merge(best, story.index);
  }

  private idf(id: number): number {
    const df = this.df[id] + this.priorDf[id];
    return Math.log(1 + (this.seen + PRIOR_ARTICLES) / Math.max(1, df)) ** IDF_POWER;
  }

  /** A small integer per feature: vectors, postings and the scratch row are indexed by it. */
  private idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(term, id);
      this.postings.push([]);
      if (id >= this.df.length) {
        const df = new Int32Array(this.df.length * 2);
        df.set(this.df);
        this.df = df;
        const prior = new Float32Array(this.priorDf.length * 2);
        prior.set(this.priorDf);
        this.priorDf = prior;
      }
      this.priorDf[id] = PRIOR_ARTICLES * (this.prior.get(term) ?? 0);
    }
    return id;
  }

  private vector(fp: Fingerprint, ids: Int32Array): { terms: Int32Array; weights: Float32Array } {
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

  private place(fp: Fingerprint, ids: Int32Array): void {
    if (fp.kind !== 'report') {
      this.apart.push({ id: fp.id, kind: fp.kind, cues: fp.kindCues });
      return;
    }
    const { terms, weights } = this.vector(fp, ids);
    const index = this.members.length;
    const day = dayOf(fp.published);
    if (day !== undefined && this.today !== undefined && day > this.today) {
      // a new day: yesterday's one-article stories have met their follow-ups
      const opened = this.revisited;
      this.revisitFrom(opened);
    }
    if (day !== undefined) this.today = Math.max(this.today ?? day, day);
    const member: Member = {
      id: fp.id,
      outlet: fp.outlet,
      published: fp.published,
      day,
      title: fp.title,
      terms,
      weights,
      shingles: fp.shingles,
      story: -1,
      words: fp.words,
      figures: Int32Array.from(
        [...fp.terms.keys()].filter((t) => t.startsWith('n:') && t.includes('.')),
        (t) => this.idOf(t),
      ),
      titleNumbers: fp.titleNumbers,
      titleToll: fp.titleToll,
      numbers: fp.numbers,
      incidents: fp.incidents,
      speaker: fp.speaker,
    };
    const sims = this.similarities(member, fp);
    const copies = this.findCopies(member, sims);
    for (const j of copies) this.duplicates.push([j, index]);
    member.story = this.chooseStory(fp, member, sims, copies);
    this.members.push(member);
    this.index(index, member, fp);
    this.join(member.story, index, day);
  }

  /** Cosine with every candidate article inside the window. */
  private similarities(m: Member, fp: Fingerprint): Map<number, number> {
    return this.cosines(m, this.candidates(m, fp.minhash));
  }

  /** Articles sharing rare features or a MinHash band with `m`, most shared first. */
  private candidates(m: Member, minhash?: Uint32Array): number[] {
    if (this.shared.length < this.members.length + 1) {
      this.shared = new Int32Array(Math.max(1024, this.shared.length * 2, this.members.length + 1));
    }
    const shared = this.shared;
    const touched: number[] = [];
    const meet = (j: number) => {
      if (this.members[j] !== m && shared[j]++ === 0) touched.push(j);
    };
    for (const t of m.terms.subarray(0, BLOCK_TERMS)) {
      const list = this.postings[t];
      this.prune(list, m.day);
      if (list.length <= BLOCK_MAX) for (const j of list) meet(j);
    }
    if (minhash) {
      // a wire republished thousands of times fills one bucket: its latest members are enough
      for (let b = 0; b < BANDS; b++) {
        const list = this.bands.get(bandKey(minhash, b)) ?? [];
        for (let k = Math.max(0, list.length - BLOCK_MAX); k < list.length; k++) meet(list[k]);
      }
    }
    let candidates = touched;
    if (candidates.length > MAX_CANDIDATES) {
      candidates = [...touched].sort((a, b) => shared[b] - shared[a]).slice(0, MAX_CANDIDATES);
    }
    for (const j of touched) shared[j] = 0;
    return candidates;
  }

  private cosines(m: Member, candidates: number[]): Map<number, number> {
    if (this.scratch.length < this.ids.size) {
      this.scratch = new Float32Array(Math.max(this.ids.size, this.scratch.length * 2));
    }
    const q = this.scratch;
    m.terms.forEach((t, i) => (q[t] = m.weights[i]));
    const sims = new Map<number, number>();
    for (const j of candidates) {
      const other = this.members[j];
      if (!near(m.day, other.day)) continue;
      let dot = 0;
      for (let i = 0; i < other.terms.length; i++) dot += q[other.terms[i]] * other.weights[i];
      sims.set(j, dot);
    }
    for (const t of m.terms) q[t] = 0;
    return sims;
  }

  /** Drop postings of articles that left the window (postings are in date order). */
  private prune(list: number[], day?: number): void {
    if (day === undefined) return;
    let k = 0;
    while (k < list.length && !near(this.members[list[k]].day, day)) k++;
    if (k) list.splice(0, k);
  }

  private findCopies(m: Member, sims: Map<number, number>): number[] {
    const close = [...sims].filter(([, sim]) => sim >= DUPLICATE_COSINE);
    close.sort((a, b) => b[1] - a[1]);
    return close
      .slice(0, MAX_COPY_CHECKS)
      .filter(([j]) => isNearDuplicate(m.shingles, this.members[j].shingles))
      .map(([j]) => j);
  }

  private chooseStory(fp: Fingerprint, m: Member, sims: Map<number, number>, copies: number[]): number {
    if (fp.continues) {
      const first = this.firstParts.get(`${fp.outlet ?? ''}|${fp.continues}`);
      if (first !== undefined && near(this.members[first].day, m.day)) return this.members[first].story;
    }
    // a near-copy always joins its original, even when another story scores higher
    if (copies.length) {
      const original = copies.reduce((a, b) => (sims.get(a)! >= sims.get(b)! ? a : b));
      return this.members[original].story;
    }
    const link = new Map<number, number>();
    for (const [j, sim] of sims) {
      const s = this.members[j].story;
      if (sim > (link.get(s) ?? 0) && !otherFigures(m.figures, this.members[j].figures)) link.set(s, sim);
    }
    const fits: [number, number][] = [];
    for (const [s, sim] of link) {
      const story = this.stories[s];
      if (sim < LINK_THRESHOLD || this.incidentsApart(m.incidents, story)) continue;
      if (otherTitleFigures(m, this.latest(story)) || !this.nearSeed(m, story)) continue;
      const centroid = this.centroidCosine(m, this.stories[s]);
      if (centroid >= CENTROID_THRESHOLD) fits.push([s, centroid]);
    }
    fits.sort((a, b) => b[1] - a[1]);
    if (fits.length) {
      // an article that belongs squarely to two stories shows they were one event opened twice, and
      // so does one that fits two whose headlines quote its speaker (see quotesSpeaker)
      const quotes = (st: Story) => quotesSpeaker(m.speaker, this.latest(st));
      for (const [s, score] of fits.slice(1)) {
        const [a, b] = [this.stories[fits[0][0]], this.stories[s]];
        if (otherIncidents(a.incidents, b.incidents)) continue;
        if (score >= MERGE_THRESHOLD || (quotes(a) && quotes(b))) this.merge(a.index, s);
      }
      return fits[0][0];
    }
    this.stories.push({
      index: this.stories.length,
      members: [],
      centroid: new Map(),
      norm2: 0,
      seed: new Map(),
      seedNorm2: 0,
      incidents: 0,
    });
    return this.stories.length - 1;
  }

  /** Move every article of story `from` into story `into`. */
  private merge(into: number, from: number): void {
    const moved = this.stories[from].members;
    this.stories[from] = {
      index: from,
      members: [],
      centroid: new Map(),
      norm2: 0,
      incidents: 0,
      seed: new Map(),
      seedNorm2: 0,
    };
    for (const i of moved) {
      this.members[i].story = into;
      this.join(into, i, this.members[i].day);
    }
  }

  /** Cosine between two stories' centroids (1 for a story with itself). */
  private storyCosine(a: Story, b: Story): number {
    if (a.members.length === 1) return this.centroidCosine(this.members[a.members[0]], b);
    return sumCosine(a.centroid, a.norm2, b.centroid, b.norm2);
  }

  /**
   * Headlines naming kinds of incident, none of them named by the story's, or a story of several
   * articles none of whose headlines names an incident (see otherIncidents, QUIET_STORY).
   */
  private incidentsApart(incidents: number, story: Story): boolean {
    if (otherIncidents(incidents, story.incidents)) return true;
    return incidents !== 0 && story.incidents === 0 && story.members.length >= QUIET_STORY;
  }

  /**
   * Whether an article still tells the event that opened a story: a story that has grown past its
   * first reports drifts with each look-alike that joins (an Aden battle, then the city's airport,
   * then Taiz; a road accident, then the Red Crescent, then other accidents), its opening does not.
   */
  private nearSeed(m: Member, story: Story): boolean {
    if (story.members.length <= SEED_MEMBERS || story.seedNorm2 <= 0) return true;
    return vectorCosine(m.terms, m.weights, story.seed, story.seedNorm2) >= SEED_THRESHOLD;
  }

  private centroidCosine(m: Member, story: Story): number {
    return vectorCosine(m.terms, m.weights, story.centroid, story.norm2);
  }

  private index(i: number, m: Member, fp: Fingerprint): void {
    for (const t of m.terms.subarray(0, BLOCK_TERMS)) this.postings[t].push(i);
    if (fp.minhash) {
      for (let b = 0; b < BANDS; b++) {
        const key = bandKey(fp.minhash, b);
        const list = this.bands.get(key);
        if (list) list.push(i);
        else this.bands.set(key, [i]);
      }
    }
    if (fp.titleKey) this.firstParts.set(`${fp.outlet ?? ''}|${fp.titleKey}`, i);
  }

  private join(s: number, i: number, day?: number): void {
    const story = this.stories[s];
    story.members.push(i);
    const m = this.members[i];
    story.incidents |= m.incidents;
    // the opening reports' centroid is the centroid itself until a story outgrows them: kept apart
    // from then on only, so the many small stories hold one map each
    if (story.members.length === SEED_MEMBERS + 1) {
      story.seed = new Map(story.centroid);
      story.seedNorm2 = story.norm2;
    }
    m.terms.forEach((t, k) => {
      const old = story.centroid.get(t) ?? 0;
      const w = m.weights[k];
      story.centroid.set(t, old + w);
      story.norm2 += 2 * old * w + w * w;
    });
    if (day !== undefined) {
      story.firstDay = Math.min(story.firstDay ?? day, day);
      story.lastDay = Math.max(story.lastDay ?? day, day);
    }
  }
}
