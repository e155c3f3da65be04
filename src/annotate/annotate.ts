// The per-article stage: clean one document and run every extractor on it. Independent of every
// other article, so it runs in worker threads (src/annotate/pool.ts) on large inputs.
import type { AccusationDraft, Article, DateDraft, QuantityDraft, QuoteDraft, Warning } from '../contract.js';
import type { RawDoc } from '../ingest/read.js';
import { cleanDocument, type Cleaned } from '../clean/clean.js';
import { splitSentences, type Range } from '../text/segment.js';
import { findDates } from '../extract/dates/dates.js';
import { findQuantities } from '../extract/quantities/quantities.js';
import { findEntityMentions, type EntityMention } from '../extract/entities/entities.js';
import { findQuotes } from '../extract/quotes/quotes.js';
import { findAccusations } from '../extract/accusations/accusations.js';
import { sourcingProfile } from '../extract/quotes/sourcing.js';

/** Everything found in one article, before cross-article linking; findings are drafts without ids. */
export interface AnnotatedArticle {
  article: Article;
  sentences: Range[];
  dates: DateDraft[];
  quantities: QuantityDraft[];
  mentions: EntityMention[];
  quotes: QuoteDraft[];
  accusations: AccusationDraft[];
  warnings: Warning[];
}

/** clean + annotate one document: the per-article work, independent of every other article. */
export function annotateArticle(doc: RawDoc): AnnotatedArticle {
  return annotateCleaned(doc, cleanDocument(doc));
}

/**
 * Annotate a document already cleaned: the library cleans at ingest (the content hash is taken
 * over the clean text) and annotates later, in a worker.
 */
export function annotateCleaned(doc: Omit<RawDoc, 'body'>, cleaned: Cleaned): AnnotatedArticle {
  const { text } = cleaned;
  const id = doc.id;
  const warnings: Warning[] = [...doc.warnings, ...cleaned.warnings];
  const sentences = splitSentences(text);
  // Without a publication date, relative dates ("أمس", a bare weekday) resolve against the
  // latest explicit date the article names; its year only when the text writes one.
  let dates = findDates(text, id, { published: doc.published });
  // a record's date the text's weekday contradicts gives way to the day the text fixes
  let published = dates.published ?? doc.published;
  const ref = published ? undefined : dates.reference;
  if (ref) {
    dates = findDates(text, id, { published: ref.date, yearKnown: ref.yearKnown });
    if (ref.yearKnown) published = ref.date;
    const shown = ref.yearKnown ? ref.date : `-${ref.date.slice(4)} (year unknown)`;
    warnings.push({
      article: id,
      code: 'PUBLISHED_INFERRED',
      message: `no publication date given; relative dates resolved against ${shown}, the latest date the text names`,
    });
  }
  warnings.push(...dates.warnings);
  const quantities = findQuantities(text, id, dates.dates);
  const mentions = findEntityMentions(text, id, sentences);
  const quotes = findQuotes(text, id, sentences);
  const accusations = findAccusations(text, id, sentences, quotes);
  const outletName = doc.outlet;
  const article: Article = {
    id,
    source: doc.source,
    ...(doc.title ? { title: doc.title } : {}),
    ...(outletName ? { outlet: { name: outletName, inferred: false } } : {}),
    ...(cleaned.meta.source ? { credit: cleaned.meta.source } : {}),
    ...(published ? { published } : {}),
    ...(doc.author || cleaned.meta.byline ? { author: doc.author ?? cleaned.meta.byline } : {}),
    ...(doc.encoding ? { encoding: doc.encoding } : {}),
    text,
    sourcing: sourcingProfile(quotes),
    cleaning: cleaned.cleaning,
  };
  return { article, sentences, dates: dates.dates, quantities, mentions, quotes, accusations, warnings };
}
