// The rules that keep two articles apart however alike their words (other figures, other kinds of
// incident), the near-duplicate test and the cosines of vectors with centroids: small pure functions
// the grouper (group.ts) calls.

/** figures with decimals each of two articles must give, none shared, to be two sessions or reports */
const FIGURES_APART = 2;
/**
 * share of the shorter text's 3-word shingles found in the longer one for a near-duplicate: one wire
 * text lightly edited keeps about half its 3-word runs (0.7 found 77% of the dev days' pairs, 0.5 97%)
 */
export const CONTAINMENT = 0.5;
/** the shorter text must be at least this share of the longer one to be a copy, not a quote of it */
const MIN_LENGTH_RATIO = 0.3;

/**
 * Two articles that each give several figures with decimals (9301.66 points, 0.76%) and share none
 * report two different sessions or results, however alike their wording: a market closes every day.
 */
export function otherFigures(a: Int32Array, b: Int32Array): boolean {
  if (a.length < FIGURES_APART || b.length < FIGURES_APART) return false;
  return !a.some((f) => b.includes(f));
}

/**
 * Headlines that each name a kind of incident, none in common (a fire and a road accident, a bombing
 * and an assassination), tell two events however much place and names they share: a city or a
 * country has many incidents a day.
 */
export function otherIncidents(a: number, b: number): boolean {
  return a !== 0 && b !== 0 && (a & b) === 0;
}

/**
 * Whether headlines of a story quote the speaker an article's headline quotes (words before the
 * colon, see headlineSpeaker): an article that fits two such stories shows them one speech or press
 * conference, each outlet leading with another passage (on the dev days a speech was five stories).
 */
export function quotesSpeaker(speaker: readonly string[], story: readonly { speaker: string[] }[]): boolean {
  return speaker.length > 0 && story.some((o) => o.speaker.some((w) => speaker.includes(w)));
}

/** What otherTitleFigures reads of an article: hashes of its title's figures and of all its figures. */
export interface Figured {
  titleNumbers: Uint32Array;
  numbers: Uint32Array;
  /** whether its title's figures are a toll of dead or injured */
  titleToll: boolean;
}

/**
 * Headlines that each give a figure, none of them found in the other side's texts, tell two events
 * (a quake of 6.3 and one of 6.9; 44 arrested and 100 acquitted), however alike their words.
 * Two tolls of dead or injured are not: a toll rises as bodies are counted (13, then 21 dead).
 */
export function otherTitleFigures(m: Figured, story: readonly Figured[]): boolean {
  if (!m.titleNumbers.length) return false;
  let titled = false;
  for (const o of story) {
    if (!o.titleNumbers.length || (m.titleToll && o.titleToll)) continue;
    titled = true;
    if (m.titleNumbers.some((h) => has(o.numbers, h)) || o.titleNumbers.some((h) => has(m.numbers, h)))
      return false;
  }
  return titled;
}

/** share of a story's latest headlines that must name one country for it to tell the story apart */
const COUNTRIES_SHARE = 0.5;

/** What otherCountries reads of an article. */
export interface Located {
  countries: Int32Array;
  incidents: number;
  titleToll: boolean;
}

/**
 * Whether an article's headline names an incident or a toll in one country and most of a story's
 * latest headlines, incidents or tolls too, name one other country, none of them the article's: an
 * attack in Nigeria and one in Cameroon the same day read alike (one armed group, a toll, a
 * suicide bomber), but one incident happens in one country. Headlines naming two countries (a
 * meeting, a border) tell nothing.
 */
export function otherCountries(m: Located, story: readonly Located[]): boolean {
  if (m.countries.length !== 1 || !(m.incidents || m.titleToll) || !story.length) return false;
  let named = 0;
  for (const o of story) {
    if (o.countries.some((c) => m.countries.includes(c))) return false;
    if (o.countries.length === 1 && (o.incidents || o.titleToll)) named++;
  }
  return named >= COUNTRIES_SHARE * story.length;
}

/** Binary search in a sorted array of hashes. */
export function has(sorted: Uint32Array, h: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === h) return true;
    if (sorted[mid] < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Share of the shorter of two sorted shingle sets found in the other. */
export function containment(a: Uint32Array, b: Uint32Array): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!short.length) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < short.length && j < long.length) {
    if (short[i] === long[j]) {
      common++;
      i++;
      j++;
    } else if (short[i] < long[j]) i++;
    else j++;
  }
  return common / short.length;
}

/** Containment of the shorter shingle set in the longer (both sorted), with a length floor. */
export function isNearDuplicate(a: Uint32Array, b: Uint32Array): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!short.length || short.length < MIN_LENGTH_RATIO * long.length) return false;
  return containment(short, long) >= CONTAINMENT;
}

/** Cosine of a unit vector (feature ids and weights) with a sum of unit vectors of squared norm `norm2`. */
export function vectorCosine(
  terms: Int32Array,
  weights: Float32Array,
  sum: Map<number, number>,
  norm2: number,
): number {
  if (norm2 <= 0) return 0;
  let dot = 0;
  terms.forEach((t, i) => (dot += weights[i] * (sum.get(t) ?? 0)));
  return dot / Math.sqrt(norm2);
}

/** Cosine of two sums of unit vectors (two stories' centroids), given their squared norms. */
export function sumCosine(a: Map<number, number>, a2: number, b: Map<number, number>, b2: number): number {
  if (a2 <= 0 || b2 <= 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) dot += w * (large.get(t) ?? 0);
  return dot / Math.sqrt(a2 * b2);
}

/** headlines of the larger story, at least this many and this share of its latest, that have the word */
const ANCHOR_MIN = 2;
const ANCHOR_SHARE = 0.5;
/**
 * share of all headlines with the word so far that are the larger story's: a player's, a park's or
 * a company's name, not a word of many stories (at 0.6 a health office's Eid greeting joined a murder
 * in the same town, whose name the lexicon does not give: dev2 P 0.930 -> 0.925)
 */
const ANCHOR_CONCENTRATION = 0.8;
/**
 * outlets the larger story must have: an event many outlets report, not one outlet's series
 * (weddings and Eid greetings of one local page share their headline words)
 */
const ANCHOR_OUTLETS = 3;

/**
 * Whether a word of an article's headline (feature ids) names a larger story's event: most of the
 * story's latest headlines have it, few headlines elsewhere do (`documents`: headlines with it so
 * far), and several outlets report the story. Two reports of one event written in other words
 * still share the name of its player, park or company in their headlines.
 */
export function anchorsHeadline(
  headline: Int32Array,
  latest: readonly { headline: Int32Array; outlet?: string }[],
  documents: (feature: number) => number,
): boolean {
  if (new Set(latest.map((o) => o.outlet)).size < ANCHOR_OUTLETS) return false;
  for (const f of headline) {
    let n = 0;
    for (const o of latest) if (o.headline.includes(f)) n++;
    if (n >= ANCHOR_MIN && n >= ANCHOR_SHARE * latest.length && n >= ANCHOR_CONCENTRATION * documents(f))
      return true;
  }
  return false;
}
