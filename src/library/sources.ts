// What `sanad ingest` and `sanad watch` read: files and folders (the readers of src/ingest), pages
// and feeds by URL. A feed item whose text is only a teaser is completed from its page (main text by
// the same reader as saved pages); an item the library already holds is never fetched again.
import { readFetched, readInputs, type ReadOptions } from '../ingest/read.js';
import { problem, type InputProblem, type RawDoc } from '../ingest/types.js';
import type { Sql } from '../store/db.js';
import { fetchUrl, isUrl, type Fetched } from './fetch.js';

// a feed item with less text than this is a teaser: the page holds the article
export const TEASER_CHARS = 400;

export interface SourceOptions extends ReadOptions {
  db: Sql;
  /** warnings (a failed fetch, a broken feed) as they happen */
  warn?: (p: InputProblem) => void;
  /** a feed item seen before (watch): skipped before its page is fetched */
  seenItem?: (doc: RawDoc) => Promise<boolean>;
}

/** Documents of every input, in order: local inputs through the readers, URLs fetched. */
export async function* readSources(
  inputs: string[],
  opts: SourceOptions,
): AsyncGenerator<RawDoc | InputProblem> {
  const local = inputs.filter((i) => !isUrl(i));
  if (local.length) yield* readInputs(local, opts);
  for (const url of inputs.filter(isUrl)) {
    const got = await fetchUrl(url);
    if (!got.ok || !got.bytes) {
      yield problem(url, 'FETCH_FAILED', got.error ?? `HTTP ${got.status}`);
      continue;
    }
    yield* documentsOfFetched(url, got, opts);
  }
}

/** The documents of one fetched URL: a page, a record file, or a feed's items (teasers completed). */
export async function* documentsOfFetched(
  url: string,
  got: Fetched,
  opts: SourceOptions,
): AsyncGenerator<RawDoc | InputProblem> {
  for await (const item of readFetched(url, got.bytes!, got.contentType, opts)) {
    if ('body' in item && opts.seenItem && (await opts.seenItem(item))) continue;
    if (!('body' in item) || item.format !== 'html' || item.body.length >= TEASER_CHARS || !item.source.url) {
      yield item;
      continue;
    }
    yield await completeTeaser(item, opts);
  }
}

/** A feed teaser with a link: the page's main text, or the teaser itself when the page fails. */
async function completeTeaser(item: RawDoc, opts: SourceOptions): Promise<RawDoc> {
  const link = item.source.url!;
  if (link === item.id && item.source.path === link) return item; // the page itself, not a feed item
  const known = await opts.db.query('select 1 from articles where url = $1', [link]);
  if (known.length) return item; // stored already: the ingest skips it by URL without fetching
  const page = await fetchUrl(link);
  if (page.ok && page.bytes) {
    for await (const doc of readFetched(link, page.bytes, page.contentType, opts)) {
      if ('body' in doc && doc.body.length > item.body.length) {
        return { ...item, body: doc.body, warnings: [...item.warnings, ...doc.warnings] };
      }
    }
  } else opts.warn?.(problem(link, 'FETCH_FAILED', `${page.error ?? page.status}; kept the feed's teaser`));
  return item;
}
