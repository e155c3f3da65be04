// A SaudiNewsNet record as the day archives hold it, and the input document the benchmarks make
// of it (the same fields `sanad` reads from a JSON record).
import type { RawDoc } from '../src/ingest/read.js';

export interface NewsRecord {
  source?: string;
  url?: string;
  date_extracted?: string;
  title?: string;
  content?: string;
}

export function recordDoc(r: NewsRecord, id: string): RawDoc {
  return {
    id,
    source: { url: r.url },
    title: r.title,
    outlet: r.source,
    published: r.date_extracted?.slice(0, 10),
    body: r.content ?? '',
    format: 'json',
    warnings: [],
  };
}
