// Per-article views shared by every comparison stage: tokens with their match keys, sentences,
// statement dates and voices. Built once per article so no stage re-tokenizes.
import type { Article, DateMention, Entity, Quote, Span } from '../../contract.js';
import { lightStem } from '../../text/arabic.js';
import { splitSentences, tokenize, type Range } from '../../text/segment.js';
import { matchKey } from './match.js';
import { placeForms, type PlaceForms } from './places.js';

// one look-up per token for both views (the hot path of the comparison stage)
const wordCache = new Map<string, [key: string, stem: string]>();
function wordViews(w: string): [string, string] {
  let v = wordCache.get(w);
  if (!v) {
    if (wordCache.size > 500_000) wordCache.clear();
    wordCache.set(w, (v = [matchKey(w), lightStem(w)]));
  }
  return v;
}

export interface Tok {
  start: number;
  end: number;
  text: string;
  /** clitic-stripped search key (see matchKey) */
  key: string;
  /** light stem, for similarity and distinctive terms */
  stem: string;
  /** sentence index */
  sent: number;
}

export interface ArticleCtx {
  article: Article;
  id: string;
  /** outlet name, or the article id when the outlet is unknown */
  outlet: string;
  text: string;
  sentences: Range[];
  tokens: Tok[];
  /** index of the first token of each sentence (tokens.length when empty) */
  sentTok: number[];
  /** date mentions of the article, in text order */
  dates: DateMention[];
  /** quotes of the article, in text order */
  quotes: Quote[];
  /** linked place ids named in each sentence (-1: in the whole article), when given */
  entities?: Map<number, Set<string>>;
  /** the conflict the article is judged under (framing/conflict.ts), when one is detected */
  conflict?: string;
  /** the article's linked place mentions of any length, in text order ("قاعدة العند" whole) */
  placeMentions?: { start: number; end: number; id: string; text: string }[];
  /** one-word surfaces of the story's linked places (places.ts), shared by all its articles */
  placeForms?: PlaceForms;
  /** places.ts's cache: linked places per sentence, tagged or after a preposition */
  placeLinks?: Map<number, Set<string>>;
}

/** Build the per-article view. */
export function buildContext(
  article: Article,
  sentences: Range[] | undefined,
  dates: DateMention[],
  quotes: Quote[],
): ArticleCtx {
  const text = article.text;
  const sents = sentences && sentences.length ? sentences : splitSentences(text);
  const raw = tokenize(text);
  const tokens: Tok[] = new Array(raw.length);
  const sentTok: number[] = new Array(sents.length).fill(raw.length);
  let s = 0;
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i];
    while (s < sents.length - 1 && t.start >= sents[s].end) s++;
    if (sentTok[s] === raw.length) sentTok[s] = i;
    const [key, stem] = wordViews(t.text);
    tokens[i] = { start: t.start, end: t.end, text: t.text, key, stem, sent: s };
  }
  // sentences without tokens point at the next sentence's first token
  for (let i = sents.length - 2; i >= 0; i--) if (sentTok[i] === raw.length) sentTok[i] = sentTok[i + 1];
  return {
    article,
    id: article.id,
    outlet: article.outlet?.name ?? article.id,
    text,
    sentences: sents,
    tokens,
    sentTok,
    dates: [...dates].sort((a, b) => a.start - b.start),
    quotes: [...quotes].sort((a, b) => a.start - b.start),
  };
}

/** Record which linked places each sentence and article names: where an event happens tells it apart. */
export function attachEntities(ctxs: Map<string, ArticleCtx>, entities: Entity[]): void {
  const forms = placeForms(entities);
  for (const ctx of ctxs.values()) ctx.placeForms = forms;
  for (const e of entities) {
    if (e.type !== 'LOC') continue;
    for (const m of e.mentions) {
      const ctx = ctxs.get(m.article);
      if (!ctx) continue;
      ctx.entities ??= new Map();
      (ctx.placeMentions ??= []).push({ start: m.start, end: m.end, id: e.id, text: m.text });
      const i = sentenceAt(ctx, m.start);
      for (const k of [i, -1]) {
        let set = ctx.entities.get(k);
        if (!set) ctx.entities.set(k, (set = new Set()));
        set.add(e.id);
      }
    }
  }
  for (const ctx of ctxs.values()) ctx.placeMentions?.sort((x, y) => x.start - y.start);
}

const shares = (a?: Set<string>, b?: Set<string>) => {
  if (a && b) for (const x of a) if (b.has(x)) return true;
  return false;
};

/** Stems two sentences share to be one story when no place ties them: fewer is any two sentences of a topic. */
const SAME_STORY_STEMS = 3;

/**
 * Two sentences of different articles speak of one story: when both name places, a place in
 * common; else their articles name a place in common, or the sentences share three stems.
 * Without entity links (none given) any two may.
 */
export function sameStory(a: ArticleCtx, i: number, b: ArticleCtx, j: number): boolean {
  if (a === b || (!a.entities && !b.entities)) return true;
  const ea = a.entities?.get(i);
  const eb = b.entities?.get(j);
  if (ea && eb) return shares(ea, eb);
  if (shares(a.entities?.get(-1), b.entities?.get(-1))) return true;
  const stems = new Set<string>();
  for (const t of sentenceTokens(a, i)) if (t.stem.length >= 3) stems.add(t.stem);
  let n = 0;
  for (const t of new Set(sentenceTokens(b, j).map((x) => x.stem)))
    if (stems.has(t) && ++n >= SAME_STORY_STEMS) return true;
  return false;
}

/**
 * The two sentences themselves name one entity (a place, a party, a person): the anchor that makes
 * two reports of a status, a time or a blame reports of one event. The article's other sentences are
 * no evidence (a roundup names many fronts). Without linked entities on either side, as sameStory.
 */
export function sameAnchor(a: ArticleCtx, i: number, b: ArticleCtx, j: number): boolean {
  if (!a.entities || !b.entities) return sameStory(a, i, b, j);
  return shares(a.entities.get(i), b.entities.get(j));
}

/** Tokens of sentence i. */
export function sentenceTokens(ctx: ArticleCtx, i: number): Tok[] {
  const from = ctx.sentTok[i];
  const to = i + 1 < ctx.sentTok.length ? ctx.sentTok[i + 1] : ctx.tokens.length;
  return ctx.tokens.slice(from, Math.max(from, to));
}

/** Index of the sentence holding `offset` (the nearest before it when between sentences). */
export function sentenceAt(ctx: ArticleCtx, offset: number): number {
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function spanOf(ctx: ArticleCtx, start: number, end: number): Span {
  return { article: ctx.id, start, end, text: ctx.text.slice(start, end) };
}

export function sentenceSpan(ctx: ArticleCtx, i: number): Span {
  const r = ctx.sentences[i];
  return spanOf(ctx, r.start, r.end);
}

/** The quote whose content (or whole extent) covers the offset, if any. */
export function quoteAt(ctx: ArticleCtx, offset: number): Quote | undefined {
  for (const q of ctx.quotes) {
    if (q.start > offset) break;
    if (offset >= q.start && offset < q.end) return q;
  }
  return undefined;
}

/** Date a statement in sentence i was made for: a date mentioned in the sentence, else publication. */
export function statementDate(ctx: ArticleCtx, i: number): string | undefined {
  const r = ctx.sentences[i];
  for (const d of ctx.dates) {
    if (d.start >= r.end) break;
    if (d.start >= r.start) return monthDay(d.value, ctx.article.published);
  }
  return ctx.article.published;
}

/**
 * Order of two ISO days ("YYYY-MM-DD", "--MM-DD") or clock times ("HH:MM"): code-unit order, which
 * for these fixed shapes is the order localeCompare gives, without loading ICU's collator (about
 * 12 ms of a cold start).
 */
export function isoOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Fill a year-less date ("--MM-DD") from the publication year. */
export function monthDay(value: string, published?: string): string {
  if (value.startsWith('--') && published) return published.slice(0, 4) + value.slice(1);
  return value;
}

/** Dates compare equal when equal, or when one lacks a year and month-day agree. */
export function sameDay(a?: string, b?: string): boolean | undefined {
  if (!a || !b) return undefined;
  if (a === b) return true;
  if (a.startsWith('-') || b.startsWith('-')) return a.slice(-5) === b.slice(-5);
  return false;
}
