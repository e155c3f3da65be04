// From raw documents to stories: fingerprint each article, put them in date order, group them
// online (group.ts), and describe each story for `sanad stories` and `sanad analyze`.
import type { RawDoc } from '../ingest/types.js';
import type { Fingerprint } from './fingerprint.js';
import { StoryGrouper, type Apart, type GrouperOptions } from './group.js';
import type { ArticleKind } from './kind.js';
import { fingerprintEach } from './pool.js';

export interface StoryInfo {
  id: string;
  title: string;
  /** every article of the story, near-duplicates included, in date order */
  articles: string[];
  /** every outlet that ran the story, a copy's outlet too */
  outlets: string[];
  first?: string;
  last?: string;
  /** distinct reports: near-duplicates counted once */
  reports: number;
}

export interface StoriesResult {
  stories: StoryInfo[];
  /** near-duplicate pairs [earlier, later] */
  duplicates: [string, string][];
  /** opinion columns, editorials and press round-ups: kept out of every story */
  apart: { article: string; kind: Exclude<ArticleKind, 'report'>; cues: string[] }[];
}

/** Date order, input order on ties; undated articles keep their place before dated ones. */
export function inDateOrder<T extends { published?: string }>(items: T[]): T[] {
  return items
    .map((x, i) => [x, i] as const)
    .sort(([a, i], [b, j]) => {
      const pa = a.published ?? '';
      const pb = b.published ?? '';
      return pa < pb ? -1 : pa > pb ? 1 : i - j;
    })
    .map(([x]) => x);
}

/** articles held to put a slightly unordered input in date order: memory stays bounded */
const REORDER = 4000;
/**
 * articles placed at a time once the reorder buffer is full: short enough that the fingerprint
 * worker's queue (pool.ts, 512 documents) does not run dry while the main thread groups
 */
const PLACE_STEP = 500;

/** Group fingerprints (any order) into stories. */
export function groupFingerprints(fps: Fingerprint[], options?: GrouperOptions): StoriesResult {
  const grouper = new StoryGrouper(options);
  for (const fp of inDateOrder(fps)) grouper.add(fp);
  grouper.flush();
  return describe(grouper);
}

/**
 * Group raw documents into stories, online: each document is fingerprinted as it is read and
 * placed once it is among the earliest of a bounded reorder buffer, so a corpus of any size groups
 * in the memory of its fingerprints within the time window. `onArticle` sees each document (progress);
 * `threads` worker threads fingerprint (default: every core but one; 0 keeps the main thread alone).
 */
export async function groupStories(
  docs: AsyncIterable<RawDoc> | Iterable<RawDoc>,
  onArticle?: (doc: RawDoc) => void,
  threads?: number,
): Promise<StoriesResult> {
  const grouper = new StoryGrouper();
  let held: Fingerprint[] = [];
  async function* seen() {
    for await (const d of docs) {
      onArticle?.(d);
      yield d;
    }
  }
  // fingerprints come from a worker thread on a large input, in input order
  for await (const fp of fingerprintEach(seen(), threads)) {
    held.push(fp);
    if (held.length >= REORDER) {
      held = inDateOrder(held);
      for (const early of held.splice(0, PLACE_STEP)) grouper.add(early);
    }
  }
  for (const fp of inDateOrder(held)) grouper.add(fp);
  grouper.flush();
  return describe(grouper);
}

function countReports(members: number[], pairs: Map<number, number[]>): number {
  const parent = new Map<number, number>(members.map((m) => [m, m]));
  const find = (i: number): number => (parent.get(i) === i ? i : find(parent.get(i)!));
  for (const m of members)
    for (const o of pairs.get(m) ?? []) if (parent.has(o)) parent.set(find(o), find(m));
  return new Set(members.map(find)).size;
}

function describe(g: StoryGrouper): StoriesResult {
  const pairs = new Map<number, number[]>();
  for (const [a, b] of g.duplicates) pairs.set(b, [...(pairs.get(b) ?? []), a]);
  const stories = g.stories
    .filter((s) => s.members.length)
    .map((s, k): StoryInfo => {
      const ms = s.members.map((i) => g.members[i]);
      const dates = ms
        .map((m) => m.published)
        .filter((d): d is string => !!d)
        .sort();
      return {
        id: `s${k + 1}`,
        title: ms.find((m) => m.title)?.title ?? ms[0].id,
        articles: ms.map((m) => m.id),
        outlets: [...new Set(ms.map((m) => m.outlet).filter((o): o is string => !!o))],
        ...(dates.length ? { first: dates[0], last: dates[dates.length - 1] } : {}),
        reports: countReports(s.members, pairs),
      };
    });
  return {
    stories,
    duplicates: g.duplicates.map(([a, b]) => [g.members[a].id, g.members[b].id]),
    apart: g.apart.map((a: Apart) => ({
      article: a.id,
      kind: a.kind as Exclude<ArticleKind, 'report'>,
      cues: a.cues,
    })),
  };
}
