// Records of the shared SaudiNewsNet days (../shared/data/saudinewsnet), looked up by url, for the
// gold suites and scripts that analyse the articles a gold file names. Fails loudly without ../shared.
import { readFileSync, readdirSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { needShared, shared } from '../shared-data.js';

export const sharedDir = shared;

export interface NewsRecord {
  source?: string;
  url?: string;
  date_extracted?: string;
  title?: string;
  author?: string;
  content?: string;
}

const dayCache = new Map<string, NewsRecord[]>();

/** Every record of one day file (`2015-07-26`), parsed once per process. */
export function day(name: string): NewsRecord[] {
  const cached = dayCache.get(name);
  if (cached) return cached;
  const zip = needShared(`data/saudinewsnet/${name}.zip`);
  const records: NewsRecord[] = [];
  for (const [file, data] of Object.entries(unzipSync(readFileSync(zip))))
    if (file.endsWith('.json')) records.push(...(JSON.parse(strFromU8(data)) as NewsRecord[]));
  dayCache.set(name, records);
  return records;
}

/** The names of all day files, in date order. */
export function days(): string[] {
  return readdirSync(needShared('data/saudinewsnet'))
    .filter((f) => f.endsWith('.zip'))
    .map((f) => f.replace(/\.zip$/, ''))
    .sort();
}

/** The records whose url equals one of `urls` (first occurrence of each), in the order of `urls`. */
export function recordsByUrl(urls: string[]): NewsRecord[] {
  const wanted = new Set(urls);
  const found = new Map<string, NewsRecord>();
  for (const d of days()) {
    for (const r of day(d)) if (r.url && wanted.has(r.url) && !found.has(r.url)) found.set(r.url, r);
    if (found.size === wanted.size) break;
  }
  const missing = urls.filter((u) => !found.has(u));
  if (missing.length) throw new Error(`records not found in ../shared: ${missing.slice(0, 3).join(', ')}`);
  return urls.map((u) => found.get(u)!);
}
