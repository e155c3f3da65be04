// HTML page to article text + metadata: Readability finds the main text, our walker turns its
// HTML into text with one "\n" per block, so paragraph breaks survive (textContent loses them).
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { Warning } from '../contract.js';
import type { DocMeta } from './types.js';

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

/** Main text and metadata of an HTML page. */
export function readHtml(html: string): HtmlDoc {
  const { document } = parseHTML(html);
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
