// Sources as an editor names them: the outlet and the headline, never a file id, an offset or a URL.
// The outlet comes from the article's metadata (a site code such as "aawsat" read through
// lexicons/brief.json), else its URL's domain, else an outlet its byline or credit names, else the
// agency its text is credited to; the headline from its title, else its first words.
import type { Article } from '../../contract.js';
import { readLexicon } from '../../lexicon.js';
import { decodeEntities } from '../../text/entities.js';
import { briefSchema, outletsSchema, wireCreditsSchema } from '../../lexicon-schemas.js';
import { findPhrases, indexPhrases, keysOf } from '../context/match.js';

/** Words of a headline made from the text when the article has no title: a headline's length. */
const HEADLINE_WORDS = 8;
/** Words of that made-up headline in a credit inside a sentence, where the outlet's name would stand. */
const SHORT_WORDS = 4;
/** Characters of a title shown: long titles are cut at a word. */
const HEADLINE_CHARS = 90;
/** Words at a text's head and tail where a credit line stands ("عدن - (د ب أ):"). */
const CREDIT_HEAD_WORDS = 12;
const CREDIT_TAIL_WORDS = 8;
/** Characters read at each end for those words: twelve Arabic words fit well within. */
const CREDIT_SLICE_CHARS = 200;

/** A site code or domain, as scraped metadata names outlets ("aawsat", "alyaum.com"). */
const SITE_CODE = /^[a-z0-9.-]+$/i;

const brief = readLexicon('brief', briefSchema);

/** site code or domain -> the outlet's Arabic name */
const SITE_NAME = new Map(
  brief.outletSites.flatMap((o) => o.sites.map((s): [string, string] => [s.toLowerCase(), o.name])),
);

/** Outlet names a byline may hold: the site list's names and every outlet the outlet lexicon knows. */
const BYLINE_OUTLETS = indexPhrases([
  ...brief.outletSites
    .filter((o) => !o.bylineAmbiguous)
    .map((o): [string, string] => [o.name.replace(/^صحيفة /, ''), o.name]),
  ...readLexicon('outlets', outletsSchema).entries.flatMap((e) =>
    [e.name, ...e.aliases].map((f): [string, string] => [f, e.name]),
  ),
]);

const CREDITS = indexPhrases(
  readLexicon('wire-credits', wireCreditsSchema).entries.flatMap((e) =>
    e.forms.map((f): [string, string] => [f, e.agency]),
  ),
);

export interface SourceName {
  /** the outlet, when anything names it */
  outlet?: string;
  /** the article's title, else its first words */
  headline: string;
  /** outlet and headline: «headline» — outlet */
  label: string;
  /** the outlet alone, else the headline: for a credit inside a sentence */
  short: string;
}

/** The outlet of a site code or URL, by its domain or any parent domain ("www.alyaum.com"). */
function siteOutlet(site: string): string | undefined {
  let host = site.toLowerCase();
  try {
    if (/^https?:/.test(host)) host = new URL(host).hostname;
  } catch {
    return undefined;
  }
  host = host.replace(/^www\./, '');
  for (let h = host; h; h = h.includes('.') ? h.slice(h.indexOf('.') + 1) : '') {
    const name = SITE_NAME.get(h);
    if (name) return name;
  }
  return undefined;
}

/** An outlet a byline or credit line names ("الوئام - رويترز", "لندن: «الشرق الأوسط»"). */
function bylineOutlet(line: string | undefined): string | undefined {
  if (!line) return undefined;
  const hits = findPhrases(keysOf(line), BYLINE_OUTLETS);
  return hits.length ? hits[0].value : undefined;
}

/** The agency the text's head or tail credits ("(رويترز)" at the end), if any. */
function textCredit(text: string): string | undefined {
  // only the head and the tail are read: a story of thousands of copies names each one
  const head = keysOf(text.slice(0, CREDIT_SLICE_CHARS)).slice(0, CREDIT_HEAD_WORDS);
  const inHead = findPhrases(head, CREDITS);
  if (inHead.length) return inHead[0].value;
  const tail = keysOf(text.slice(-CREDIT_SLICE_CHARS)).slice(-CREDIT_TAIL_WORDS);
  const inTail = findPhrases(tail, CREDITS);
  return inTail.length ? inTail[0].value : undefined;
}

function headlineOf(article: Article): string {
  const title = decodeEntities(article.title ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  if (title)
    return title.length > HEADLINE_CHARS
      ? title.slice(0, title.lastIndexOf(' ', HEADLINE_CHARS)) + '…'
      : title;
  return firstWords(article.text, HEADLINE_WORDS) || article.id;
}

/** The first words of a text, with "…" when there are more. */
function firstWords(text: string, n: number): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const first = words.slice(0, n).join(' ');
  return words.length > n ? `${first}…` : first;
}

/** The outlet of an article, from whatever names it; undefined when nothing does. */
export function outletOf(article: Article): string | undefined {
  const meta = article.outlet?.name;
  // a name in metadata is the outlet; a site code ("aawsat") is read through the site list first
  const metaName = meta && !SITE_CODE.test(meta) ? meta : undefined;
  return (
    (meta && siteOutlet(meta)) ||
    (article.source.url && siteOutlet(article.source.url)) ||
    metaName ||
    bylineOutlet(article.author) ||
    bylineOutlet(article.credit) ||
    meta ||
    textCredit(article.text)
  );
}

/** How an article is named to a reader: its outlet and headline. */
export function sourceName(article: Article): SourceName {
  const outlet = outletOf(article);
  const headline = headlineOf(article);
  return {
    ...(outlet ? { outlet } : {}),
    headline,
    label: outlet ? `${outlet}: «${headline}»` : `«${headline}»`,
    short: outlet ?? (article.title ? `«${headline}»` : `«${firstWords(article.text, SHORT_WORDS)}»`),
  };
}

/**
 * Names for a reader: an article id or an outlet code, as findings carry them in `by` and in a
 * dispute's sources, becomes the outlet's name (else the article's headline); other names (a
 * speaker, an agency) pass unchanged.
 */
export function readableNamer(articles: Article[]): (name: string) => string {
  const names = new Map<string, string>();
  for (const a of articles) {
    const s = sourceName(a);
    names.set(a.id, s.short);
    if (a.outlet?.name && s.outlet) names.set(a.outlet.name, s.outlet);
  }
  return (name) => names.get(name) ?? name;
}
