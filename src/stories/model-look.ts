// The merge model's part in the second look (group.ts revisit): the feature vectors of a small
// story against each larger story it was weighed against, the model's choice among them, and, to fit
// a model (scripts/fit-story-merge.ts), every pair the grouper weighed with the hand rule's answer.
import { mergeProbability, type MergeModel } from './merge-model.js';
import { articleFeatures, finishFeatures, PAIR_FEATURES, type PairContext } from './pair-features.js';
import { emptyStory, type Member, type Story } from './story.js';
import { MODEL_LINK } from './thresholds.js';

const PLACE_APART = PAIR_FEATURES.indexOf('placeApart');
const SAME_INCIDENT = PAIR_FEATURES.indexOf('sameIncident');
const PLACE_SHARED = PAIR_FEATURES.indexOf('placeShared');
const OUTSIDE = PAIR_FEATURES.indexOf('headlineOutside');

/** sees every pair the second look weighs, and whether the hand rule chose it (to fit the model) */
export type PairObserver = (small: string[], target: string[], features: number[], rule: boolean) => void;

/** What the model's look reads of the grouper. */
export interface ModelContext extends PairContext {
  stories: readonly Story[];
  model: MergeModel | null;
  modelMode: 'or' | 'only';
  onPair?: PairObserver;
}

/** Each story's closest article among the cosines `sims` (by member), above the model's floor. */
export function closestByStory(
  members: readonly Member[],
  sims: Map<number, number>,
): Map<number, [number, number]> {
  const closest = new Map<number, [number, number]>();
  for (const [j, sim] of sims) {
    const s = members[j].story;
    if (sim > (closest.get(s)?.[1] ?? MODEL_LINK)) closest.set(s, [j, sim]);
  }
  return closest;
}

/** Show the fit of every story an article was weighed against when placed, as a one-article story. */
export function reportPlacement(g: ModelContext, m: Member, index: number, sims: Map<number, number>): void {
  const alone: Story = { ...emptyStory(-1), members: [index], incidents: m.incidents };
  for (const [s, [j, sim]] of closestByStory(g.members, sims)) {
    const target = g.stories[s];
    if (!target.members.length) continue;
    const x = finishFeatures(articleFeatures(g, m, alone, target, g.members[j], sim), 1);
    g.onPair!(
      [m.id],
      target.members.map((i) => g.members[i].id),
      x,
      s === m.story,
    );
  }
}

/** The story the merge model moves a small story into, else the hand rule's choice (`rule`). */
export function modelChoice(
  g: ModelContext,
  story: Story,
  pairs: Map<number, number[]>,
  rule: number,
): number {
  if (g.onPair) {
    const ids = (st: Story) => st.members.map((i) => g.members[i].id);
    for (const [s, x] of pairs) g.onPair(ids(story), ids(g.stories[s]), x, s === rule);
  }
  if (!g.model) return rule;
  let chosen = g.modelMode === 'only' ? -1 : rule;
  let top = g.model.threshold;
  for (const [s, x] of pairs) {
    // two stories of one kind of incident join only by a place their headlines share: fires and
    // bombings of a day read alike (two towns' fires merged at probability 0.9 without this)
    if (x[PLACE_APART] || (x[SAME_INCIDENT] && !x[PLACE_SHARED])) continue;
    if (x[OUTSIDE] > (g.model.outsideMax ?? 1)) continue;
    const p = mergeProbability(g.model, x);
    if (p >= top) [chosen, top] = [s, p];
  }
  return chosen;
}
