// RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed: each item becomes a record (title, link, date, author,
// text). The feed library (feedsmith) does the parsing, after a well-formedness check; item text is often HTML, so it goes through
// the same HTML-to-text walker as pages.
import { XMLValidator } from 'fast-xml-parser';
import { parseFeed } from 'feedsmith';
import { parseHTML } from 'linkedom';
import { htmlText } from './html.js';
import type { DocMeta } from './types.js';
import { toIsoDate } from './types.js';

export interface FeedItem {
  body: string;
  meta: DocMeta;
}

export interface Feed {
  outlet?: string;
  items: FeedItem[];
}

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A JSON value that is a JSON Feed (https://jsonfeed.org): its `version` names the spec. */
export function isJsonFeed(value: unknown): boolean {
  const v = (value as Loose | null)?.version;
  return typeof v === 'string' && v.includes('jsonfeed.org');
}

/** Items of a feed (XML text or a parsed JSON Feed); throws an Error naming the reason otherwise. */
export function readFeed(input: string | object): Feed {
  let parsed: { format: string; feed: Loose };
  if (typeof input === 'string') {
    // no feed needs its own entities; declared ones are how "billion laughs" expansion attacks start
    const root = input.search(/<(rss|feed|rdf:RDF)\b/i);
    if (/<!ENTITY\b/i.test(root < 0 ? input : input.slice(0, root)))
      throw new Error('the feed declares XML entities (<!ENTITY>), which are never expanded; refused');
    // the feed library forgives unclosed tags; a truncated download must be reported, not half-read
    const ok = XMLValidator.validate(input);
    if (ok !== true) throw new Error(`broken XML at line ${ok.err.line}: ${ok.err.msg}`);
  }
  try {
    parsed = parseFeed(input) as never;
  } catch (e) {
    throw new Error(`not a readable RSS, Atom or JSON feed (${(e as Error).message})`);
  }
  const { format, feed } = parsed;
  if (format === 'atom') return { outlet: str(feed.title), items: (feed.entries ?? []).map(atomEntry) };
  if (format === 'json') return { outlet: str(feed.title), items: (feed.items ?? []).map(jsonItem) };
  return { outlet: str(feed.title), items: (feed.items ?? []).map(rssItem) };
}

function rssItem(it: Loose): FeedItem {
  const html = str(it.content?.encoded) ?? str(it.description) ?? '';
  return {
    body: toText(html),
    meta: {
      id: str(it.guid),
      title: str(it.title),
      url: str(it.link),
      published: toIsoDate(str(it.pubDate) ?? str(it.dc?.date) ?? str(it.dc?.dates)),
      author: str(it.dc?.creators) ?? str(it.dc?.creator) ?? str(it.authors) ?? str(it.author),
    },
  };
}

function atomEntry(e: Loose): FeedItem {
  const links = (e.links ?? []) as Loose[];
  const alt = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
  return {
    body: toText(str(e.content) ?? str(e.summary) ?? ''),
    meta: {
      id: str(e.id),
      title: str(e.title),
      url: alt ? str(alt.href) : undefined,
      published: toIsoDate(str(e.published) ?? str(e.updated)),
      author: str(e.authors),
    },
  };
}

function jsonItem(it: Loose): FeedItem {
  return {
    body: str(it.content_text) ?? toText(str(it.content_html) ?? str(it.summary) ?? ''),
    meta: {
      id: str(it.id),
      title: str(it.title),
      url: str(it.url),
      published: toIsoDate(str(it.date_published) ?? str(it.date_modified)),
      author: str(it.authors) ?? str(it.author),
    },
  };
}

/** A feed field as text: strings, numbers, { value }, { name }, or the first of an array. */
function str(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || undefined;
  if (Array.isArray(v)) return str(v[0]);
  if (typeof v === 'object') return str((v as Loose).value ?? (v as Loose).name ?? (v as Loose)['#text']);
  return undefined;
}

function toText(s: string): string {
  if (!/[<&]/.test(s)) return s.trim();
  return htmlText(parseHTML(`<html><body>${s}</body></html>`).document.body as never);
}
