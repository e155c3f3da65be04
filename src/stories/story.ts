// A story as the grouper holds it: its articles (members), the centroid of their vectors, the
// centroid of its opening reports, and the incident kinds its headlines name; with the tests that
// say whether an article still fits it.
import type { Fingerprint } from './fingerprint.js';
import { otherIncidents, sumCosine, vectorCosine } from './apart.js';

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

/** One placed article: what the grouper keeps of its fingerprint. */
export interface Member {
  id: string;
  outlet?: string;
  published?: string;
  day?: number;
  title?: string;
  /** feature ids (see FeatureWeights.idOf), strongest first */
  terms: Int32Array;
  weights: Float32Array;
  shingles: Uint32Array;
  story: number;
  words: number;
  /** feature ids of the figures with decimals it gives (an index value, a percentage) */
  figures: Int32Array;
  /** feature ids of its headline's stems (`t:`), place names left out */
  headline: Int32Array;
  /** feature ids of its headline's place names (`t:`) */
  places: Int32Array;
  /** feature ids of its headline's stems as text features (`s:`), places included */
  headlineText: Int32Array;
  /** feature ids of its headline's country names (`t:`), a subset of places */
  countries: Int32Array;
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

/** An opinion column, editorial or press round-up: kept out of every story. */
export interface Apart {
  id: string;
  kind: Fingerprint['kind'];
  cues: string[];
}

/** A story with no article yet. */
export function emptyStory(index: number): Story {
  return {
    index,
    members: [],
    centroid: new Map(),
    norm2: 0,
    seed: new Map(),
    seedNorm2: 0,
    incidents: 0,
  };
}

/** Add member `i` (`m`) to a story: its centroid, seed, incidents and days. */
export function joinStory(story: Story, i: number, m: Member): void {
  story.members.push(i);
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
  if (m.day !== undefined) {
    story.firstDay = Math.min(story.firstDay ?? m.day, m.day);
    story.lastDay = Math.max(story.lastDay ?? m.day, m.day);
  }
}

/** Cosine of an article with a story's centroid. */
export function centroidCosine(m: Member, story: Story): number {
  return vectorCosine(m.terms, m.weights, story.centroid, story.norm2);
}

/** Cosine between two stories' centroids (1 for a story with itself); `members` holds the articles. */
export function storyCosine(a: Story, b: Story, members: readonly Member[]): number {
  if (a.members.length === 1) return centroidCosine(members[a.members[0]], b);
  return sumCosine(a.centroid, a.norm2, b.centroid, b.norm2);
}

/**
 * Headlines naming kinds of incident, none of them named by the story's, or a story of several
 * articles none of whose headlines names an incident (see otherIncidents, QUIET_STORY).
 */
export function incidentsApart(incidents: number, story: Story): boolean {
  if (otherIncidents(incidents, story.incidents)) return true;
  return incidents !== 0 && story.incidents === 0 && story.members.length >= QUIET_STORY;
}

/**
 * Whether an article still tells the event that opened a story: a story that has grown past its
 * first reports drifts with each look-alike that joins (an Aden battle, then the city's airport,
 * then Taiz; a road accident, then the Red Crescent, then other accidents), its opening does not.
 */
export function nearSeed(m: Member, story: Story): boolean {
  if (story.members.length <= SEED_MEMBERS || story.seedNorm2 <= 0) return true;
  return vectorCosine(m.terms, m.weights, story.seed, story.seedNorm2) >= SEED_THRESHOLD;
}
