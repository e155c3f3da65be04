// Records of the shared SaudiNewsNet days (../shared/data/saudinewsnet), looked up by url, for the
// gold suites and scripts that analyse the articles a gold file names. Fails loudly without ../shared.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { join } from 'node:path';
import { readInputs } from '../../src/ingest/read.js';
import type { RawDoc } from '../../src/ingest/types.js';
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

/** Writes the records of `urls` as one JSONL input file at `path` (the input a gold file names). */
export function writeRecordsJsonl(urls: string[], path: string): string {
  writeFileSync(
    path,
    recordsByUrl(urls)
      .map((r) => JSON.stringify(r))
      .join('\n') + '\n',
  );
  return path;
}

/**
 * The first `count` articles of one day zip, read through the ingest readers, written as JSON Lines
 * records to `path` (the fault tests' input). With `distinctBodies`, a text met before is skipped.
 */
export async function writeDaySample(
  day: string,
  count: number,
  path: string,
  opts: { distinctBodies?: boolean } = {},
): Promise<{ file: string; urls: string[] }> {
  const lines: string[] = [];
  const urls: string[] = [];
  const bodies = new Set<string>();
  for await (const d of readInputs([join(needShared('data/saudinewsnet'), `${day}.zip`)])) {
    if (!('body' in d)) continue;
    if (opts.distinctBodies && (!d.source.url || bodies.has(d.body))) continue;
    bodies.add(d.body);
    if (d.source.url) urls.push(d.source.url);
    const record = {
      url: d.source.url,
      title: d.title,
      source: d.outlet,
      date: d.published,
      content: d.body,
    };
    lines.push(JSON.stringify(record));
    if (lines.length >= count) break;
  }
  writeFileSync(path, lines.join('\n') + '\n');
  return { file: path, urls: urls.sort() };
}

/** The first `n` articles with a body of one shared day's zip, streamed (fault tests' sample). */
export async function* firstArticles(dayName: string, n: number): AsyncGenerator<RawDoc> {
  let k = 0;
  for await (const d of readInputs([join(shared, 'data/saudinewsnet', `${dayName}.zip`)])) {
    if (!('body' in d)) continue;
    yield d;
    if (++k >= n) return;
  }
}
