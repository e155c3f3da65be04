// The labelled claim-article pairs of scripts/eval-check.ts: which files, how a file is read, and
// each pair's features on its article (the article read from ../shared/data/saudinewsnet by url).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordsByUrl } from '../../test/support/saudinewsnet.js';
import { pairFeaturesOf } from '../../src/check/check.js';

export interface GoldPair {
  id: string;
  /** the annotator's span of the article behind the label, and why (not read by the checker) */
  evidence?: string;
  why?: string;
  claim: string;
  /** a claim and its variants (a false version of it): the unit no fold may split */
  claimGroup: string;
  articleUrl: string;
  stance: string;
  /** the file the pair comes from (set by loadSets) */
  set?: string;
}

/**
 * The labelled sets the model is fitted and cross-validated on. The held-out and fresh sets were
 * scored once each as unseen sets in earlier rounds and then retired to development data;
 * claims-dev3 (390 pairs, 40 claims, 17 false versions) was written as development data (tenth round),
 * claims-dev4 (403 pairs, 24 false versions) and claims-dev5 (356 pairs, 22 false versions) in the twelfth,
 * claims-dev6 (314 pairs, 35 claims) in the fifteenth; its first 168 pairs were scored once as a held-out set (58.7) before it joined;
 * claims-dev7 (359 pairs, 38 claims) in the sixteenth, scored once by the fifteenth round's shipped model (54.3) before it joined.
 */
export const CLAIM_SETS = [
  'claims-dev',
  'claims-dev2',
  'claims-slots-dev',
  'claims-heldout',
  'claims-fresh',
  'claims-fresh2',
  'claims-fresh3',
  'claims-dev3',
  'claims-dev4',
  'claims-dev5',
  'claims-dev6',
  'claims-dev7',
  'claims-dev8',
];

export function loadGold(name: string): GoldPair[] {
  return readFileSync(new URL(`../../test/gold/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldPair);
}

/** url -> article text, cached under the system temp folder (reading the day zips takes seconds). */
export function articleTexts(name: string, urls: string[]): Map<string, string> {
  const cache = join(tmpdir(), `sanad-${name}-texts.json`);
  if (existsSync(cache)) {
    const cached = new Map(Object.entries(JSON.parse(readFileSync(cache, 'utf8')) as Record<string, string>));
    if (urls.every((u) => cached.has(u))) return cached;
  }
  const texts = new Map<string, string>();
  recordsByUrl(urls).forEach((r, i) =>
    texts.set(urls[i], [r.title?.trim(), r.content?.trim()].filter(Boolean).join('\n')),
  );
  writeFileSync(cache, JSON.stringify(Object.fromEntries(texts)));
  return texts;
}

export function featuresOf(name: string, rows: GoldPair[]): Record<string, number>[] {
  const texts = articleTexts(name, [...new Set(rows.map((r) => r.articleUrl))]);
  return rows.map((r) => pairFeaturesOf(r.claim, texts.get(r.articleUrl)!));
}

/**
 * Lets the event loop run between long synchronous stretches (a set's features, a fold's fit): a
 * test worker blocked for a minute stops answering the runner, which then reports an RPC timeout
 * ("Timeout calling onTaskUpdate"). Measured in CPU time (eighteenth round): one fit on every pair
 * about 7 s, one set's features up to 10 s, so a yield before each keeps every stretch near that.
 */
export const yieldToLoop = () => new Promise<void>((done) => setImmediate(done));

/** Every pair of the given sets with its features; claim groups are named by set, so two files never share one. */
export async function loadSets(
  names = CLAIM_SETS,
): Promise<{ rows: GoldPair[]; xs: Record<string, number>[] }> {
  const rows: GoldPair[] = [];
  const xs: Record<string, number>[] = [];
  for (const name of names) {
    await yieldToLoop();
    const set = loadGold(`${name}.jsonl`).map((r) => ({
      ...r,
      set: name,
      claimGroup: `${name}:${r.claimGroup}`,
    }));
    rows.push(...set);
    xs.push(...featuresOf(name, set));
  }
  return { rows, xs };
}
