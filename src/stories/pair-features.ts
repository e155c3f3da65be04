// What the second look (group.ts revisit) weighs to tell whether a small story is part of a larger
// story's event: the cosines the grouper already computes, split by kind of feature (names, figures,
// headline words), headline overlap, incident kinds, figures, day gap, sizes and outlets. One vector
// per pair (small story, candidate story), each feature aggregated over the small story's articles;
// merge-model.ts weighs them.
import { containment, otherFigures, otherTitleFigures, quotesSpeaker } from './apart.js';
import { centroidCosine, incidentsApart, storyCosine, type Member, type Story } from './story.js';
import { FEATURE_KINDS, type FeatureWeights } from './weights.js';

/** the features, in the order of a vector and of the model's weights */
export const PAIR_FEATURES = [
  'link', // cosine with the candidate story's closest article
  'centroid', // cosine with its centroid
  'seed', // cosine with the centroid of its opening reports
  'story', // cosine of the two stories' centroids
  'names', // the part of the centroid cosine that shared lexicon names give
  'figures', // ... that shared figures give
  'headline', // ... that shared headline words give
  'titleShare', // IDF-weighted share of the headline's words found in the story's latest headlines
  'anchor', // a headline word names the story's event (apart.ts anchorsHeadline)
  'sameIncident', // both stories' headlines name one kind of incident
  'incidentsApart', // their headlines name other kinds of incident (story.ts incidentsApart)
  'opensWith', // the story's opening headline names the article's kind of incident
  'titleFigures', // headline figures the other side does not give (apart.ts otherTitleFigures)
  'otherFigures', // decimal figures, none shared with the closest article (apart.ts otherFigures)
  'speaker', // the story's headlines quote the speaker the article's headline quotes
  'dayGap', // days between the article and the story's span
  'logSize', // log(1 + articles of the candidate story)
  'small', // articles of the small story
  'newOutlet', // an outlet the story's latest articles do not have
  'placeShared', // the article's headline names a place the story's latest headlines name
  'placeApart', // the small story's headlines and the story's latest name places, none in common
  'sharedNames', // lexicon names the article shares with the closest article
  'sharedNumbers', // figures of three digits or more (or decimals) it shares with the closest article
  'sharedRare', // features it shares with the closest article that few articles have (RARE_DOCUMENTS)
  'textShare', // share of the shorter text's 3-word shingles the closest article has too (a wire retold)
  'titleNumbersShared', // share of the story's latest headlines with figures that give one of the headline's
  'titleFiguresShare', // share of the small story's articles whose headline figures the story does not give
  'headlineOutside', // IDF-weighted share of the headline's words the story's texts never use (another town, firm)
  'storyHeadlineOutside', // ... of the story's latest headlines' words the article's text never uses
  // products: two reports alike in words whose headlines name another town, firm or day are two
  // instances of one kind of event (two shellings, two quakes, two market closes); alone, each
  // weighs the same whatever the likeness
  'outsideAlike', // headlineOutside x centroid
  'storyOutsideAlike', // storyHeadlineOutside x centroid
] as const;

const CENTROID = PAIR_FEATURES.indexOf('centroid');
const OUTSIDE = PAIR_FEATURES.indexOf('headlineOutside');
const STORY_OUTSIDE = PAIR_FEATURES.indexOf('storyHeadlineOutside');
const OUTSIDE_ALIKE = PAIR_FEATURES.indexOf('outsideAlike');
const STORY_OUTSIDE_ALIKE = PAIR_FEATURES.indexOf('storyOutsideAlike');

/** a feature found in at most this many articles so far is rare: one event's names, figures, words */
const RARE_DOCUMENTS = 8;

/** features whose least value over the small story's articles counts (the rest: the greatest) */
const LEAST = new Set<string>([
  'incidentsApart',
  'titleFigures',
  'otherFigures',
  'dayGap',
  'headlineOutside',
  'storyHeadlineOutside',
]);
/** features summed over the small story's articles, then divided by its size (see finishFeatures) */
const MEAN = new Set<string>(['titleFiguresShare']);

/**
 * Whether two groups of articles' headlines name places, none in common: a Jeddah fire and a Kharj
 * fire, a call with Jordan's king and one with Yemen's president (two events however alike their
 * words; the merge model never joins such stories)
 */
export function placesApart(a: readonly Member[], b: readonly Member[]): boolean {
  const named = new Set<number>();
  for (const m of a) for (const p of m.places) named.add(p);
  if (!named.size) return false;
  let any = false;
  for (const o of b)
    for (const p of o.places) {
      if (named.has(p)) return false;
      any = true;
    }
  return any;
}

/** What the features read of the grouper. */
export interface PairContext {
  members: readonly Member[];
  weights: FeatureWeights;
  /** the story's latest articles (see group.ts latest) */
  latest(story: Story): Member[];
  headlineAnchor(m: Member, story: Story): boolean;
  opensWith(story: Story, incidents: number): boolean;
}

const NAME = FEATURE_KINDS.indexOf('e:');
const FIGURE = FEATURE_KINDS.indexOf('n:');
const HEADLINE = FEATURE_KINDS.indexOf('t:');

/** Parts of an article's cosine with a centroid that names, figures and headline words give. */
function kindParts(m: Member, story: Story, weights: FeatureWeights): [number, number, number] {
  const parts = [0, 0, 0];
  if (story.norm2 <= 0) return [0, 0, 0];
  const norm = Math.sqrt(story.norm2);
  m.terms.forEach((t, i) => {
    const k = weights.kindOf(t);
    const slot = k === NAME ? 0 : k === FIGURE ? 1 : k === HEADLINE ? 2 : -1;
    if (slot >= 0) parts[slot] += (m.weights[i] * (story.centroid.get(t) ?? 0)) / norm;
  });
  return [parts[0], parts[1], parts[2]];
}

/** IDF-weighted share of an article's headline words found in other headlines. */
function titleShare(m: Member, others: readonly Member[], weights: FeatureWeights): number {
  let all = 0;
  let found = 0;
  for (const f of m.headline) {
    const w = Math.log(1 + weights.articles / Math.max(1, weights.documents(f)));
    all += w;
    if (others.some((o) => o.headline.includes(f))) found += w;
  }
  return all ? found / all : 0;
}

/** Features `a` shares with `b`: names, figures of `n:`, and the rare ones of any kind. */
function sharedFeatures(a: Member, b: Member, weights: FeatureWeights): [number, number, number] {
  const theirs = new Set(b.terms);
  let names = 0;
  let numbers = 0;
  let rare = 0;
  for (const t of a.terms) {
    if (!theirs.has(t)) continue;
    const k = weights.kindOf(t);
    if (k === NAME) names++;
    else if (k === FIGURE) numbers++;
    if (weights.documents(t) <= RARE_DOCUMENTS) rare++;
  }
  return [names, numbers, rare];
}

/** Days between an article and a story's span (0 inside it or undated). */
function dayGap(m: Member, story: Story): number {
  if (m.day === undefined || story.firstDay === undefined || story.lastDay === undefined) return 0;
  return Math.max(0, story.firstDay - m.day, m.day - story.lastDay);
}

/**
 * The feature vector of one article `m` of `small` against `target`, given its closest article
 * there (`closest`, at cosine `link`).
 */
export function articleFeatures(
  ctx: PairContext,
  m: Member,
  small: Story,
  target: Story,
  closest: Member,
  link: number,
): number[] {
  const latest = ctx.latest(target);
  const centroid = centroidCosine(m, target);
  const seed =
    target.seedNorm2 > 0
      ? centroidCosine(m, { ...target, centroid: target.seed, norm2: target.seedNorm2 })
      : centroid;
  const [names, figures, headline] = kindParts(m, target, ctx.weights);
  const outlets = new Set(latest.map((o) => o.outlet));
  const placed = latest.filter((o) => o.places.length);
  const placeShared = placed.some((o) => o.places.some((p) => m.places.includes(p)));
  return [
    link,
    centroid,
    seed,
    small.members.length > 1 ? storyCosine(small, target, ctx.members) : centroid,
    names,
    figures,
    headline,
    titleShare(m, latest, ctx.weights),
    +ctx.headlineAnchor(m, target),
    +((small.incidents & target.incidents) !== 0),
    +incidentsApart(small.incidents, target),
    +ctx.opensWith(target, small.incidents),
    +otherTitleFigures(m, latest),
    +otherFigures(m.figures, closest.figures),
    +quotesSpeaker(m.speaker, latest),
    dayGap(m, target),
    Math.log(1 + target.members.length),
    small.members.length,
    +!outlets.has(m.outlet),
    +placeShared,
    +placesApart(
      small.members.map((i) => ctx.members[i]),
      latest,
    ),
    ...sharedFeatures(m, closest, ctx.weights),
    containment(m.shingles, closest.shingles),
    titleNumbersShared(m, latest),
    +otherTitleFigures(m, latest),
    outside(m.headlineText, (t) => target.centroid.has(t), ctx.weights),
    storyHeadlineOutside(m, latest, ctx.weights),
    0, // products: see finishFeatures
    0,
  ];
}

/** IDF-weighted share of headline words (`s:` ids) that `has` does not find. */
function outside(words: Iterable<number>, has: (t: number) => boolean, weights: FeatureWeights): number {
  let all = 0;
  let missing = 0;
  for (const t of words) {
    const w = Math.log(1 + weights.articles / Math.max(1, weights.documents(t)));
    all += w;
    if (!has(t)) missing += w;
  }
  return all ? missing / all : 0;
}

/** The story's latest headlines' words that the article's text does not use, as a share (see outside). */
function storyHeadlineOutside(m: Member, latest: readonly Member[], weights: FeatureWeights): number {
  const words = new Set<number>();
  for (const o of latest) for (const t of o.headlineText) words.add(t);
  const own = new Set(m.terms);
  for (const t of m.headlineText) own.add(t);
  return outside(words, (t) => own.has(t), weights);
}

/** Share of a story's headlines giving figures that give one of the article's headline figures. */
function titleNumbersShared(m: Member, latest: readonly Member[]): number {
  if (!m.titleNumbers.length) return 0;
  let titled = 0;
  let shared = 0;
  for (const o of latest) {
    if (!o.titleNumbers.length) continue;
    titled++;
    if (m.titleNumbers.some((h) => o.titleNumbers.includes(h))) shared++;
  }
  return titled ? shared / titled : 0;
}

/** Aggregate article vectors of one pair: the greatest value of each feature, the least of some. */
export function combineFeatures(into: number[] | undefined, x: number[]): number[] {
  if (!into) return x;
  PAIR_FEATURES.forEach((name, i) => {
    if (MEAN.has(name)) into[i] += x[i];
    else into[i] = LEAST.has(name) ? Math.min(into[i], x[i]) : Math.max(into[i], x[i]);
  });
  return into;
}

/** A pair's vector once every article of a small story of `size` articles is in: sums made means. */
export function finishFeatures(x: number[], size: number): number[] {
  PAIR_FEATURES.forEach((name, i) => {
    if (MEAN.has(name)) x[i] /= size;
  });
  x[OUTSIDE_ALIKE] = x[OUTSIDE] * x[CENTROID];
  x[STORY_OUTSIDE_ALIKE] = x[STORY_OUTSIDE] * x[CENTROID];
  return x;
}
