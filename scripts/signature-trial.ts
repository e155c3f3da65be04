// Trial of the incident-signature pass (signature.ts) on the story dev sets: groups each set's days
// once, then scores the pass under a grid of settings in process (B-cubed as score-stories.mjs).
// usage: npx tsx scripts/signature-trial.ts [SET ...]   (dev sets only)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../src/ingest/read.js';
import type { RawDoc } from '../src/ingest/types.js';
import { fingerprint, type Fingerprint } from '../src/stories/fingerprint.js';
import {
  joinBySignature,
  signatureOf,
  SIGNATURE,
  type Signed,
  type SignatureOptions,
} from '../src/stories/signature.js';
import { groupFingerprints } from '../src/stories/stories.js';
import { dayOf } from '../src/stories/window.js';
import { sharedDir } from '../test/support/saudinewsnet.js';

const sets = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['', '2', '3', '4', '5', '6'].map((s) => `stories-dev${s}`);
const key = (u: string) =>
  u
    .trim()
    .replace(/^https?:\/\//, '')
    .replace(/\/+$/, '');
const grid: Partial<SignatureOptions>[] = JSON.parse(process.env.GRID ?? '[{}]');
const detail = !!process.env.DETAIL;

function score(gold: { urls: string[]; id: string }[], stories: string[][]) {
  const storyOf = new Map<string, number>();
  stories.forEach((s, k) => s.forEach((a) => storyOf.set(key(a), k)));
  const sets = stories.map((s) => s.map(key));
  let n = 0,
    P = 0,
    R = 0;
  for (const g of gold) {
    const G = new Set(g.urls.map(key));
    for (const a of G) {
      n++;
      const s = storyOf.get(a);
      if (s === undefined) {
        P += 1;
        R += 1 / G.size;
        continue;
      }
      const inter = sets[s].filter((m) => G.has(m)).length;
      P += inter / sets[s].length;
      R += inter / G.size;
    }
  }
  return [P / n, R / n];
}

for (const set of sets) {
  const gold = JSON.parse(readFileSync(`test/gold/${set}.gold.json`, 'utf8')) as {
    days: string[];
    stories: { id: string; urls: string[] }[];
  };
  const docs: RawDoc[] = [];
  for await (const item of readInputs(
    gold.days.map((d) => join(sharedDir, 'data/saudinewsnet', `${d}.zip`)),
    {},
  ))
    if ('body' in item) docs.push(item);
  const fps = docs.map(fingerprint);
  const byId = new Map<string, Fingerprint>(fps.map((f) => [f.id, f]));
  const result = groupFingerprints(fps, { signature: null });
  const ids = result.stories.flatMap((s) => s.articles);
  const index = new Map(ids.map((id, i) => [id, i]));
  const base = score(
    gold.stories,
    result.stories.map((s) => s.articles),
  );
  const line = [`${set} base ${base.map((x) => x.toFixed(4)).join('/')}`];
  for (const g of grid) {
    const opt = { ...SIGNATURE, ...g };
    const arts: Signed[] = ids.map((id) => {
      const f = byId.get(id)!;
      return {
        outlet: f.outlet,
        day: dayOf(f.published),
        incidents: f.incidents,
        opinionPoints: f.opinionPoints,
        ...signatureOf(f.terms, f.incidents, opt.priorMax),
      };
    });
    const joined = joinBySignature(
      result.stories.map((s) => s.articles.map((a) => index.get(a)!)),
      arts,
      opt,
    );
    const pr = score(
      gold.stories,
      joined.map((s) => s.map((i) => ids[i])),
    );
    line.push(
      `${JSON.stringify(g)} ${pr.map((x) => x.toFixed(4)).join('/')} (${result.stories.length - joined.length} joins)`,
    );
    if (detail) {
      // each joined story: its size, its gold stories' shares, its first titles
      const goldOf = new Map<string, string>();
      for (const gs of gold.stories) for (const u of gs.urls) goldOf.set(key(u), gs.id);
      const orig = new Map<string, number>();
      result.stories.forEach((s, k) => s.articles.forEach((a) => orig.set(a, k)));
      for (const s of joined) {
        const parts = new Set(s.map((i) => orig.get(ids[i])));
        if (parts.size < 2) continue;
        const count = new Map<string, number>();
        for (const i of s) {
          const g0 = goldOf.get(key(ids[i])) ?? '-';
          count.set(g0, (count.get(g0) ?? 0) + 1);
        }
        if (process.env.TITLES)
          for (const i of s)
            if (!goldOf.has(key(ids[i])))
              console.log(`    - ${byId.get(ids[i])!.outlet} ${byId.get(ids[i])!.title}`);
        console.log(
          `  join of ${parts.size} parts, ${s.length} art: ${[...count]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 6)
            .map(([g0, c]) => `${g0}:${c}`)
            .join(' ')}`,
        );
      }
    }
  }
  console.log(line.join('\n  '));
}
