// Why gold stories are split: groups the days of a dev story gold file as `sanad stories` does, and
// for the gold stories whose split costs the most B-cubed recall shows each part other than the
// largest against the largest: the cosine of its closest article (link; the grouping's floor is
// thresholds.ts LINK_THRESHOLD), of its best article with the largest part's centroid (centroid,
// CENTROID_THRESHOLD), the two parts' centroids (story), the merge model's probability for the
// part's second look (p; -1 when the part is the larger story), the days between them (gap), and
// the rules that keep it out (incidentsApart, !seed: story.ts nearSeed, titleFig: otherTitleFigures,
// country: otherCountries). docs/stories-recall.md reads this table. Dev gold only: on an unseen
// set it would print the stories' titles.
// usage: npx tsx scripts/story-splits.ts test/gold/stories-dev6.gold.json [--top 20] [--parts 8]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../src/ingest/read.js';
import { otherCountries, otherTitleFigures } from '../src/stories/apart.js';
import { fingerprint, type Fingerprint } from '../src/stories/fingerprint.js';
import { StoryGrouper } from '../src/stories/group.js';
import { mergeProbability } from '../src/stories/merge-model.js';
import { articleFeatures, combineFeatures, finishFeatures } from '../src/stories/pair-features.js';
import { inDateOrder } from '../src/stories/stories.js';
import { centroidCosine, incidentsApart, nearSeed, storyCosine, type Member } from '../src/stories/story.js';
import { sharedDir } from '../test/support/saudinewsnet.js';

const [goldFile, ...rest] = process.argv.slice(2);
const option = (name: string, otherwise: number) =>
  rest.includes(name) ? Number(rest[rest.indexOf(name) + 1]) : otherwise;
const top = option('--top', 20);
const shownParts = option('--parts', 8);
const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as {
  days: string[];
  stories: { id: string; urls: string[] }[];
};
const key = (u: string) =>
  u
    .trim()
    .replace(/^https?:\/\//, '')
    .replace(/\/+$/, '');

const fps: Fingerprint[] = [];
const days = gold.days.map((d) => join(sharedDir, 'data/saudinewsnet', `${d}.zip`));
for await (const item of readInputs(days, {})) if ('body' in item) fps.push(fingerprint(item));
const g = new StoryGrouper();
for (const fp of inDateOrder(fps)) g.add(fp);
g.flush();

const memberOf = new Map(g.members.map((m, i) => [key(m.id), i]));
const total = gold.stories.reduce((n, s) => n + new Set(s.urls.map(key)).size, 0);
/** cosine of two articles' unit vectors */
function cosine(a: Member, b: Member): number {
  const weights = new Map<number, number>();
  a.terms.forEach((t, i) => weights.set(t, a.weights[i]));
  let dot = 0;
  b.terms.forEach((t, i) => (dot += (weights.get(t) ?? 0) * b.weights[i]));
  return dot;
}

interface Split {
  id: string;
  size: number;
  /** the story's articles by the system story holding them, largest part first */
  parts: [number, number[]][];
  /** share of the set's B-cubed recall lost */
  lost: number;
}
const splits: Split[] = [];
for (const s of gold.stories) {
  const urls = [...new Set(s.urls.map(key))];
  const parts = new Map<number, number[]>();
  for (const u of urls) {
    const i = memberOf.get(u);
    if (i !== undefined) parts.set(g.members[i].story, [...(parts.get(g.members[i].story) ?? []), i]);
  }
  if (parts.size < 2) continue;
  let lost = 0;
  for (const ms of parts.values()) lost += ms.length * (1 - ms.length / urls.length);
  const sorted = [...parts].sort((a, b) => b[1].length - a[1].length);
  splits.push({ id: s.id, size: urls.length, parts: sorted, lost: lost / total });
}
splits.sort((a, b) => b.lost - a.lost);

for (const { id, size, parts, lost } of splits.slice(0, top)) {
  const [mainIndex, mainArticles] = parts[0];
  const main = g.stories[mainIndex];
  console.log(
    `\n## ${id} (${size}) R lost ${lost.toFixed(4)} in ${parts.length} parts; largest ${mainArticles.length} of ${main.members.length} | ${g.members[main.members[0]].title ?? ''}`,
  );
  for (const [index, articles] of parts.slice(1, shownParts)) {
    const part = g.stories[index];
    let link = 0;
    let closest = mainArticles[0];
    for (const i of articles)
      for (const j of mainArticles) {
        const c = cosine(g.members[i], g.members[j]);
        if (c > link) [link, closest] = [c, j];
      }
    const ms = articles.map((i) => g.members[i]);
    const centroid = Math.max(...ms.map((m) => centroidCosine(m, main)));
    const rules = [
      ms.some((m) => incidentsApart(m.incidents, main)) && 'incidentsApart',
      ms.some((m) => !nearSeed(m, main)) && '!seed',
      ms.some((m) => otherTitleFigures(m, g.latest(main))) && 'titleFig',
      ms.some((m) => otherCountries(m, g.latest(main))) && 'country',
    ].filter(Boolean);
    const gap = Math.min(
      ...ms.map((m) =>
        m.day === undefined
          ? 0
          : Math.max(0, (main.firstDay ?? m.day) - m.day, m.day - (main.lastDay ?? m.day)),
      ),
    );
    let p = -1;
    if (g.model && part.members.length < main.members.length) {
      let x: number[] | undefined;
      for (const i of part.members)
        x = combineFeatures(x, articleFeatures(g, g.members[i], part, main, g.members[closest], link));
      p = mergeProbability(g.model, finishFeatures(x!, part.members.length));
    }
    const others = part.members.length - articles.length;
    console.log(
      `  ${articles.length}+${others}: link ${link.toFixed(2)} centroid ${centroid.toFixed(2)} story ${storyCosine(part, main, g.members).toFixed(2)} p ${p.toFixed(2)} gap ${gap} ${rules.join(' ')} | ${ms[0].published?.slice(0, 10) ?? ''} ${ms[0].title ?? ''}`,
    );
  }
}
console.log(
  `\nrecall lost to splits: ${splits.reduce((n, s) => n + s.lost, 0).toFixed(3)} over ${splits.length} stories`,
);
