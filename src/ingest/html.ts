// HTML page to article text + metadata: Readability finds the main text, our walker turns its
// HTML into text with one "\n" per block, so paragraph breaks survive (textContent loses them).
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { Warning } from '../contract.js';
import type { DocMeta } from './types.js';
import { MAX_HTML_DEPTH, MAX_HTML_ENTITIES } from './limits.js';
import { decodeEntities } from '../text/entities.js';

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'HEAD',
  'OBJECT',
  'CANVAS',
]);
const BLOCK = new Set([
  'P',
  'DIV',
  'BR',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'TR',
  'TABLE',
  'BLOCKQUOTE',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'FIGURE',
  'FIGCAPTION',
  'PRE',
  'HR',
  'DD',
  'DT',
]);
// page chrome dropped when Readability gives up and we read the whole body
const CHROME = 'nav, header, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"]';

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export interface HtmlDoc {
  body: string;
  meta: DocMeta;
  /** HTML_EXTRACTION_FAILED when the main-text extractor threw and the whole page was read instead */
  warnings: Warning[];
}

/**
 * Readability's charThreshold: a page whose best block has fewer characters counts as no article.
 * 100 (its default is 500) keeps the short news items of Arabic wire pages, a few lines long.
 */
const MAIN_TEXT_MIN_CHARS = 100;
/** A first line longer than this is the lede, not a repeated title, even if the title contains it. */
const MAX_TITLE_LINE = 300;

// Elements that never hold others, or that the parser closes by itself: they do not deepen a page.
const FLAT_TAGS = new Set(
  'area base br col embed hr img input link meta source track wbr p li td th tr dt dd option'.split(' '),
);

/** The deepest element nesting of a page, by a scan of its tags (no DOM: that is what is guarded). */
export function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  // [^<>]* stops at the next "<": a page of "<a " without ">" stays linear, not quadratic
  const tag = /<(\/?)([A-Za-z][\w:-]*)([^<>]*)>/g;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (FLAT_TAGS.has(m[2].toLowerCase()) || m[3].endsWith('/')) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > deepest) deepest = depth;
  }
  return deepest;
}

/**
 * Comments and invisible elements cut out by indexOf, not by a lazy regex: unclosed ones (which run
 * to the end of the page, as in a browser) would make a regex rescan the rest of the page each time.
 */
function dropHidden(html: string): string {
  const lower = html.toLowerCase();
  const open = /<!--|<(script|style|noscript|template|svg|head)\b/gi;
  let out = '';
  let at = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    out += html.slice(at, m.index);
    const close = m[1] ? `</${m[1].toLowerCase()}` : '-->';
    const end = lower.indexOf(close, m.index + m[0].length);
    if (end < 0) return out;
    at = m[1] ? lower.indexOf('>', end) + 1 || html.length : end + 3;
    open.lastIndex = at;
  }
  return out + html.slice(at);
}

/** Visible text of a page read without a DOM: scripts, styles and comments dropped, blocks as lines. */
function flatText(html: string): string {
  const blocks = [...BLOCK].join('|');
  const text = dropHidden(html)
    .replace(new RegExp(`</?(${blocks})\\b[^<>]*>`, 'gi'), '\n')
    .replace(/<[^<>]*>/g, '');
  return decodeEntities(text)
    .split('\n')
    .map((l: string) => l.replace(/[ \t\r]+/g, ' ').trim())
    .filter((l: string) => l.length > 0)
    .join('\n');
}

/** Main text and metadata of an HTML page. */
export function readHtml(html: string): HtmlDoc {
  const depth = nestingDepth(html);
  const entities = html.match(/&(#x?[0-9a-f]+|[a-z]+);/gi)?.length ?? 0;
  if (depth > MAX_HTML_DEPTH || entities > MAX_HTML_ENTITIES) {
    const bodyAt = html.search(/<body\b/i);
    const head = bodyAt > 0 ? html.slice(0, bodyAt) : '';
    return {
      body: flatText(html),
      meta: head ? readMeta(parseHTML(head).document) : {},
      warnings: [
        {
          code: 'HTML_TOO_DEEP',
          message:
            depth > MAX_HTML_DEPTH
              ? `elements nest ${depth} deep (limit ${MAX_HTML_DEPTH}); the page's visible text was read without the main-text extractor`
              : `${entities} character references (limit ${MAX_HTML_ENTITIES}); the page's visible text was read without the main-text extractor`,
        },
      ],
    };
  }
  let { document } = parseHTML(html);
  if (!document.documentElement) {
    // nothing but text or comments: linkedom builds no root, and its document.body then throws
    html = `<html><body>${html}</body></html>`;
    ({ document } = parseHTML(html));
  }
  const meta = readMeta(document);
  let body = '';
  const warnings: Warning[] = [];
  try {
    // Readability mutates the DOM, so it gets its own copy
    const article = new Readability(parseHTML(html).document as never, {
      charThreshold: MAIN_TEXT_MIN_CHARS,
    }).parse();
    if (article?.content) {
      body = htmlText(
        parseHTML(`<html><body>${article.content}</body></html>`).document.body as unknown as DomNode,
      );
      meta.title ??= article.title?.trim() || undefined;
      meta.author ??= article.byline?.trim() || undefined;
      meta.outlet ??= article.siteName?.trim() || undefined;
      meta.published ??= article.publishedTime?.trim() || undefined;
    }
  } catch (e) {
    // a page Readability cannot handle is still read: the whole body's visible text, below
    warnings.push({
      code: 'HTML_EXTRACTION_FAILED',
      message: `the main-text extractor failed (${e instanceof Error ? e.message : String(e)}); the whole page's visible text was used`,
    });
  }
  if (!body.trim()) {
    for (const el of document.querySelectorAll(CHROME)) el.remove();
    body = document.body ? htmlText(document.body as unknown as DomNode) : '';
  }
  body = dropLeadingTitle(body, meta.title);
  return { body, meta, warnings };
}

function readMeta(document: ReturnType<typeof parseHTML>['document']): DocMeta {
  const get = (...keys: string[]): string | undefined => {
    for (const k of keys) {
      const el =
        document.querySelector(`meta[property="${k}"]`) ??
        document.querySelector(`meta[name="${k}"]`) ??
        document.querySelector(`meta[itemprop="${k}"]`);
      const v = el?.getAttribute('content')?.trim();
      if (v) return v;
    }
    return undefined;
  };
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  return {
    title:
      get('og:title', 'twitter:title') ?? (document.querySelector('title')?.textContent?.trim() || undefined),
    outlet: get('og:site_name', 'application-name', 'publisher'),
    published: get('article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date', 'DC.date.issued'),
    author: get('author', 'article:author', 'dc.creator'),
    url: get('og:url') ?? (canonical || undefined),
  };
}

/** Text of a DOM subtree: inline text joined, one "\n" at each block boundary. */
export function htmlText(root: DomNode): string {
  const parts: string[] = [];
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/[ \t\r\n]+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIP.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) parts.push('\n');
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join('\n');
}

// Readability keeps the page's <h1> as the first line of the text; the title is metadata already.
function dropLeadingTitle(body: string, title: string | undefined): string {
  if (!title) return body;
  const nl = body.indexOf('\n');
  const first = (nl < 0 ? body : body.slice(0, nl)).trim();
  if (first.length > 0 && first.length < MAX_TITLE_LINE && title.includes(first))
    return nl < 0 ? '' : body.slice(nl + 1);
  return body;
}
