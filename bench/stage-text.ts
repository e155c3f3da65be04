// Stages 1 and 2 of bench/run.ts: sanad's text core, and PostgreSQL's Arabic Snowball stemmer over
// the same texts as the yardstick.
import { performance } from 'node:perf_hooks';
import { normalizeText } from '../src/text/normalize.js';
import { splitSentences, tokenize } from '../src/text/segment.js';
import { lightStem, searchKey } from '../src/text/arabic.js';
import type { Corpus } from './corpus.js';
import { rates, sampleRss, time, type Results } from './measure.js';

/** 1. text core: normalise, sentences, tokens, search keys and light stems of every article */
export function benchTextCore(corpus: Corpus, { rows, figures }: Results): void {
  global.gc?.();
  const { ms } = time(() => {
    let tokens = 0;
    for (const d of corpus.docs) {
      const { text } = normalizeText(d.body);
      splitSentences(text);
      for (const t of tokenize(text)) {
        searchKey(t.text);
        lightStem(t.text);
        tokens++;
      }
    }
    return tokens;
  });
  sampleRss();
  const s = ms / 1000;
  figures.textCoreSeconds = s;
  rows.push(['sanad text core (normalise, sentences, tokens, keys, stems)', ...rates(corpus, s)]);
}

/** 2. PostgreSQL's to_tsvector('arabic', …) over the same texts, when a server answers */
export async function benchPostgres(corpus: Corpus, { rows, figures }: Results): Promise<void> {
  const pg = await import('pg').catch(() => null);
  const connectionString = process.env.DATABASE_URL;
  if (!pg || !(connectionString || process.env.PGHOST)) {
    console.error(
      'PostgreSQL skipped: set DATABASE_URL or PGHOST (bash scripts/start-postgres.sh starts a local server)',
    );
    return;
  }
  const { docs } = corpus;
  const client = new pg.default.Client(connectionString ? { connectionString } : {});
  try {
    await client.connect();
    await client.query('CREATE TEMP TABLE bench_docs (content text)');
    for (let i = 0; i < docs.length; i += 500) {
      const chunk = docs.slice(i, i + 500).map((d) => d.body);
      await client.query('INSERT INTO bench_docs SELECT unnest($1::text[])', [chunk]);
    }
    await client.query("SELECT count(to_tsvector('arabic', content)) FROM bench_docs"); // warm the cache
    const t0 = performance.now();
    await client.query('SET max_parallel_workers_per_gather = 0');
    await client.query("SELECT sum(length(to_tsvector('arabic', content))) FROM bench_docs");
    const s = (performance.now() - t0) / 1000;
    figures.postgresSeconds = s;
    rows.push([
      `PostgreSQL ${(await client.query('SHOW server_version')).rows[0].server_version} to_tsvector('arabic', …)`,
      ...rates(corpus, s),
    ]);
  } catch (e) {
    console.error(`PostgreSQL skipped: ${(e as Error).message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}
