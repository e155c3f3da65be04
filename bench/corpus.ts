// The benchmark's corpus: the shared SaudiNewsNet day zips, read as the CLI's readers would.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { RawDoc } from '../src/ingest/read.js';
import { recordDoc, type NewsRecord } from './records.js';
import { dataDir } from './options.js';

export interface Corpus {
  docs: RawDoc[];
  chars: number;
  bytes: number;
}

/** Every non-empty article of the first `dayCount` days, at most `limit` of them. */
export function loadCorpus(dayCount: number, limit: number): Corpus {
  const days = readdirSync(dataDir)
    .filter((f) => f.endsWith('.zip'))
    .sort()
    .slice(0, dayCount);
  const docs: RawDoc[] = [];
  let chars = 0;
  let bytes = 0;
  for (const day of days) {
    const files = unzipSync(readFileSync(join(dataDir, day)));
    for (const [name, data] of Object.entries(files)) {
      if (!name.endsWith('.json')) continue;
      const records = JSON.parse(strFromU8(data)) as NewsRecord[];
      for (const r of records) {
        if (!r.content?.trim() || docs.length >= limit) continue;
        chars += r.content.length;
        bytes += Buffer.byteLength(r.content);
        docs.push(recordDoc(r, r.url ?? `${day}#${docs.length}`));
      }
    }
  }
  return { docs, chars, bytes };
}
