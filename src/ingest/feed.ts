// RSS 2.0 and Atom feeds: each item becomes a record (title, link, date, author, text). Item text
// is often HTML, so it goes through the same HTML-to-text walker as pages.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { htmlText } from './html.js';
import type { DocMeta } from './types.js';
import { toIsoDate } from './types.js';

export interface FeedItem {
  body: string;
  meta: DocMeta;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry',
});

/** Items of a feed; throws an Error naming the reason when the XML is broken or not a feed. */
export function readFeed(xml: string): { outlet?: string; items: FeedItem[] } {
  const ok = XMLValidator.validate(xml);
  if (ok !== true) throw new Error(`broken XML at line ${ok.err.line}: ${ok.err.msg}`);
  const doc = parser.parse(xml) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const channel = doc.rss?.channel ?? doc['rdf:RDF']?.channel;
  if (channel) {
    const items = (doc.rss?.channel?.item ?? doc['rdf:RDF']?.item ?? []) as Record<string, unknown>[];
    return { outlet: text(channel.title), items: items.map(rssItem) };
  }
  if (doc.feed) {
    const entries = (doc.feed.entry ?? []) as Record<string, unknown>[];
    return { outlet: text(doc.feed.title), items: entries.map(atomEntry) };
  }
  throw new Error('XML is not an RSS or Atom feed');
}

function rssItem(it: Record<string, unknown>): FeedItem {
  const html = text(it['content:encoded']) ?? text(it.description) ?? '';
  return {
    body: toText(html),
    meta: {
      id: text(it.guid),
      title: text(it.title),
      url: text(it.link),
      published: toIsoDate(text(it.pubDate) ?? text(it['dc:date'])),
      author: text(it['dc:creator']) ?? text(it.author),
    },
  };
}

function atomEntry(e: Record<string, unknown>): FeedItem {
  const links = ([] as unknown[]).concat(e.link ?? []) as Record<string, unknown>[];
  const alt = links.find((l) => !l['@rel'] || l['@rel'] === 'alternate') ?? links[0];
  const author = e.author as Record<string, unknown> | undefined;
  return {
    body: toText(text(e.content) ?? text(e.summary) ?? ''),
    meta: {
      id: text(e.id),
      title: text(e.title),
      url: alt ? text(alt['@href']) : undefined,
      published: toIsoDate(text(e.published) ?? text(e.updated)),
      author: author ? text(author.name) : undefined,
    },
  };
}

function text(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || undefined;
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') return text((v as Record<string, unknown>)['#text']);
  return undefined;
}

function toText(s: string): string {
  if (!/[<&]/.test(s)) return s.trim();
  return htmlText(parseHTML(`<html><body>${s}</body></html>`).document.body as never);
}
