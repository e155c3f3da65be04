// Online story grouping: articles arrive in date order and each joins the best existing story
// within a time window, or opens a new one. A story is one event and its direct follow-ups, so an
// article must resemble one of the story's articles closely (rare shared stems, names, numbers),
// not merely share its topic. Candidates come from an inverted index on rare features and from
// MinHash bands (candidates.ts): an article is never compared with every other one. Feature
// weights are in weights.ts, a story's centroid and fit tests in story.ts, the rules that keep
// two look-alike articles apart in apart.ts, the thresholds in thresholds.ts. A learned merge
// decision for the second look can be passed in (merge-model.ts, model-look.ts, pair-features.ts;
// fitted by scripts/fit-story-merge.ts): models/story-merge.json by default.
import type { Fingerprint } from './fingerprint.js';
import {
  anchorsHeadline,
  isNearDuplicate,
  otherCountries,
  otherFigures,
  otherIncidents,
  otherTitleFigures,
  quotesSpeaker,
} from './apart.js';
import { CandidateIndex } from './candidates.js';
import { loadMergeModel, type MergeModel } from './merge-model.js';
import { modelChoice, reportPlacement, type PairObserver } from './model-look.js';
import { articleFeatures, combineFeatures, finishFeatures } from './pair-features.js';
import {
  centroidCosine,
  emptyStory,
  incidentsApart,
  joinStory,
  nearSeed,
  storyCosine,
  type Apart,
  type Member,
  type Story,
} from './story.js';
import {
  ANCHOR_CENTROID,
  ANCHOR_LINK,
  CENTROID_THRESHOLD,
  DUPLICATE_COSINE,
  LINK_THRESHOLD,
  MAX_COPY_CHECKS,
  MERGE_THRESHOLD,
  MODEL_LINK,
  MODEL_REVISIT_MAX,
  REVISIT_MAX,
  SAME_INCIDENT_CENTROID,
  STORY_MERGE_THRESHOLD,
  TITLE_FIGURE_CHECKS,
  WARMUP,
} from './thresholds.js';
import { FeatureWeights } from './weights.js';
import { dayOf, near } from './window.js';

export type { Apart, Story } from './story.js';

export interface GrouperOptions {
  /** a merge model for the second look (merge-model.ts): the shipped one by default; null: the hand rule alone */
  mergeModel?: MergeModel | null;
  /** 'or': the model adds merges to the hand rule's; 'only': the model alone decides */
  modelMode?: 'or' | 'only';
  /** sees every pair the second look weighs, and whether the hand rule chose it (to fit the model) */
  onPair?: PairObserver;
}

export class StoryGrouper {
  readonly members: Member[] = [];
  readonly stories: Story[] = [];
  readonly apart: Apart[] = [];
  /** near-duplicate pairs, as member indices */
  readonly duplicates: [number, number][] = [];
  readonly weights = new FeatureWeights();
  private readonly index = new CandidateIndex(this.members);
  /** articles held for the IDF sample, with their feature ids */
  private pending: [Fingerprint, Int32Array][] | null = [];
  /** a wire's first part by outlet and title key, for its continuations */
  private readonly firstParts = new Map<string, number>();
  /** the day of the latest article placed, and the stories opened before it that had a second look */
  private today?: number;
  private revisited = 0;
  readonly model: MergeModel | null;
  readonly modelMode: 'or' | 'only';
  readonly onPair?: PairObserver;

  constructor(options: GrouperOptions = {}) {
    this.model = options.mergeModel === undefined ? loadMergeModel() : options.mergeModel;
    this.modelMode = options.modelMode ?? 'or';
    this.onPair = options.onPair;
  }

  /** Take the next article (in date order). */
  add(fp: Fingerprint): void {
    const ids = this.weights.count(fp);
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
      const rule = n >= 1 && n <= REVISIT_MAX;
      if (rule || (n >= 1 && n <= MODEL_REVISIT_MAX && (this.model || this.onPair)))
        this.revisit(this.stories[k], rule);
    }
    this.revisited = this.stories.length;
  }

  /** A story's latest members: enough for the headline checks however many copies it has. */
  latest(story: Story): Member[] {
    return story.members.slice(-TITLE_FIGURE_CHECKS).map((i) => this.members[i]);
  }

  /** Whether the headline of `story`'s opening article names one of these incident kinds (bits). */
  opensWith(story: Story, incidents: number): boolean {
    return (incidents & this.members[story.members[0]].incidents) !== 0;
  }

  /** Whether a word of `m`'s headline names `story`'s event (see anchorsHeadline). */
  headlineAnchor(m: Member, story: Story): boolean {
    return anchorsHeadline(m.headline, this.latest(story), (f) => this.weights.documents(f));
  }

  /** Cosine of `m` with the articles sharing rare features (or, given its MinHash, a band) with it. */
  private similarities(m: Member, minhash?: Uint32Array): Map<number, number> {
    return this.index.cosines(m, this.index.candidates(m, minhash), this.weights.size);
  }

  /** Merge a small story into a larger one that one of its articles fits (see revisitFrom). */
  private revisit(story: Story, rule: boolean): void {
    let best = -1;
    let bestScore = 0;
    /** whether the small story's centroid fits a target's, by target: computed once per target */
    const pairFits = new Map<number, boolean>();
    /** the pair's features by target, for the merge model */
    const pairs = new Map<number, number[]>();
    for (const i of story.members) {
      const m = this.members[i];
      /** whether this article's headline names a target's event, by target */
      const anchors = new Map<number, boolean>();
      /** this article's closest article in each larger story, and its cosine */
      const closest = new Map<number, [number, number]>();
      for (const [j, sim] of this.similarities(m)) {
        const s = this.members[j].story;
        const target = this.stories[s];
        // into a larger story only: two small stories do not trade articles back and forth
        if (s === story.index || target.members.length <= story.members.length) continue;
        if (sim > (closest.get(s)?.[1] ?? MODEL_LINK)) closest.set(s, [j, sim]);
        if (!rule || sim < ANCHOR_LINK) continue;
        const score = centroidCosine(m, target);
        if (score < ANCHOR_CENTROID || score < bestScore) continue;
        // below the usual floors only for a report its headline ties to the story (computed once)
        if (sim < LINK_THRESHOLD || score < CENTROID_THRESHOLD) {
          if (!anchors.has(s)) anchors.set(s, this.headlineAnchor(m, target));
          if (!anchors.get(s)) continue;
        }
        if (otherFigures(m.figures, this.members[j].figures) || incidentsApart(story.incidents, target))
          continue;
        if (otherTitleFigures(m, this.latest(target)) || !nearSeed(m, target)) continue;
        if (otherCountries(m, this.latest(target))) continue;
        // the whole small story moves: its centroid must fit the target's too, not one article alone
        if (story.members.length > 1) {
          if (!pairFits.has(s))
            pairFits.set(s, storyCosine(story, target, this.members) >= STORY_MERGE_THRESHOLD);
          if (!pairFits.get(s)) continue;
        }
        bestScore = score;
        best = s;
      }
      if (!this.model && !this.onPair) continue;
      for (const [s, [j, sim]] of closest) {
        const x = articleFeatures(this, m, story, this.stories[s], this.members[j], sim);
        pairs.set(s, combineFeatures(pairs.get(s), x));
      }
    }
    for (const x of pairs.values()) finishFeatures(x, story.members.length);
    const chosen = modelChoice(this, story, pairs, best);
    if (chosen >= 0) this.merge(chosen, story.index);
  }

  private place(fp: Fingerprint, ids: Int32Array): void {
    if (fp.kind !== 'report') {
      this.apart.push({ id: fp.id, kind: fp.kind, cues: fp.kindCues });
      return;
    }
    const { terms, weights } = this.weights.vector(fp, ids);
    const index = this.members.length;
    const day = dayOf(fp.published);
    if (day !== undefined && this.today !== undefined && day > this.today) {
      // a new day: yesterday's one-article stories have met their follow-ups
      this.revisitFrom(this.revisited);
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
        (t) => this.weights.idOf(t),
      ),
      headline: Int32Array.from(fp.headlineAnchors, (t) => this.weights.idOf(t)),
      places: Int32Array.from(fp.headlinePlaces, (t) => this.weights.idOf(t)),
      headlineText: Int32Array.from([...fp.headlineAnchors, ...fp.headlinePlaces], (t) =>
        this.weights.idOf('s:' + t.slice(2)),
      ),
      countries: Int32Array.from(fp.headlineCountries, (t) => this.weights.idOf(t)),
      titleNumbers: fp.titleNumbers,
      titleToll: fp.titleToll,
      numbers: fp.numbers,
      incidents: fp.incidents,
      speaker: fp.speaker,
    };
    const sims = this.similarities(member, fp.minhash);
    const copies = this.findCopies(member, sims);
    for (const j of copies) this.duplicates.push([j, index]);
    member.story = this.chooseStory(fp, member, sims, copies);
    this.members.push(member);
    if (this.onPair) reportPlacement(this, member, index, sims);
    this.index.add(index, member, fp.minhash);
    if (fp.titleKey) this.firstParts.set(`${fp.outlet ?? ''}|${fp.titleKey}`, index);
    joinStory(this.stories[member.story], index, member);
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
      if (sim < LINK_THRESHOLD || incidentsApart(m.incidents, story)) continue;
      if (otherTitleFigures(m, this.latest(story))) continue;
      if (otherCountries(m, this.latest(story))) continue;
      const seeded = nearSeed(m, story);
      if (!seeded && !this.opensWith(story, m.incidents)) continue;
      const centroid = centroidCosine(m, story);
      if (!seeded && centroid < SAME_INCIDENT_CENTROID) continue;
      if (centroid >= CENTROID_THRESHOLD) fits.push([s, centroid]);
    }
    // a story opened by a report of the article's kind of incident comes before one opened by an
    // article that merely named the place (an election column mentioning the bombed town drew the
    // bombing's reports at centroid 0.4-0.5, the bombing's own stories at 0.3-0.4: dev3 R 0.775 -> 0.784)
    const opened = new Map(fits.map(([s]) => [s, this.opensWith(this.stories[s], m.incidents)]));
    fits.sort((a, b) => +opened.get(b[0])! - +opened.get(a[0])! || b[1] - a[1]);
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
    this.stories.push(emptyStory(this.stories.length));
    return this.stories.length - 1;
  }

  /** Move every article of story `from` into story `into`. */
  private merge(into: number, from: number): void {
    const moved = this.stories[from].members;
    this.stories[from] = emptyStory(from);
    for (const i of moved) {
      this.members[i].story = into;
      joinStory(this.stories[into], i, this.members[i]);
    }
  }
}
