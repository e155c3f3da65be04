// Articles and their annotations in the library. Identity: an article is stored once by URL and by
// the hash of its clean text; a document read again (same URL, same bytes, same clean text) is
// skipped. Every write is a transaction, so a process killed at any moment leaves whole articles.
import { createHash } from 'node:crypto';
import type { AnnotatedArticle } from '../annotate/annotate.js';
import type { Cleaned } from '../clean/clean.js';
import type { RawDoc } from '../ingest/types.js';
import { keysOf } from '../text/search-keys.js';
import type { Sql } from './db.js';

export type DocMeta = Omit<RawDoc, 'body'>;

/** A document cleaned and ready to store; `annotated` when the annotation was done in the same step. */
export interface NewArticle {
  doc: DocMeta;
  sourceHash: string;
  cleaned: Cleaned;
  annotated?: AnnotatedArticle;
}

/** An article's optional columns as the database gives them (null when unknown). */
export interface ArticleColumns {
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  story_id: string | null;
}

/** The optional columns a listed article shows, each only when set (story_id as `story`). */
export function articleMeta(r: ArticleColumns): {
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
  story?: string;
} {
  return {
    ...(r.title ? { title: r.title } : {}),
    ...(r.outlet ? { outlet: r.outlet } : {}),
    ...(r.published ? { published: r.published } : {}),
    ...(r.url ? { url: r.url } : {}),
    ...(r.story_id ? { story: r.story_id } : {}),
  };
}

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

export interface KnownCheck {
  urls: Set<string>;
  sourceHashes: Set<string>;
}

/** Which of these URLs and body hashes the library already holds (skipped before any work). */
export async function knownSources(db: Sql, urls: string[], sourceHashes: string[]): Promise<KnownCheck> {
  const rows = await db.query<{ url: string | null; source_hash: string }>(
    'select url, source_hash from articles where url = any($1::text[]) or source_hash = any($2::text[])',
    [urls, sourceHashes],
  );
  return {
    urls: new Set(rows.map((r) => r.url).filter((u): u is string => !!u)),
    sourceHashes: new Set(rows.map((r) => r.source_hash)),
  };
}

/** Which of these ids are taken; a new article with a taken id gets "~2", "~3"… as `analyze` does. */
export async function takenIds(db: Sql, ids: string[]): Promise<Set<string>> {
  const rows = await db.query<{ id: string }>(
    `select id from articles where id = any($1::text[]) or id like any(select i || '~%' from unnest($1::text[]) i)`,
    [ids],
  );
  return new Set(rows.map((r) => r.id));
}

export function freeId(id: string, taken: Set<string>): string {
  if (!taken.has(id)) return id;
  let k = 2;
  while (taken.has(`${id}~${k}`)) k++;
  return `${id}~${k}`;
}

/**
 * Store articles (and their annotations when given) in the caller's transaction. An article whose
 * URL or clean-text hash is already stored is skipped. Returns the ids stored.
 */
export async function insertArticles(tx: Sql, items: NewArticle[], by: string): Promise<string[]> {
  const stored: string[] = [];
  for (const it of items) {
    const contentHash = sha256(it.cleaned.text);
    const dup = await tx.query('select 1 from articles where url = $1 or content_hash = $2 limit 1', [
      it.doc.source.url ?? null,
      contentHash,
    ]);
    if (dup.length) continue;
    const { text, ...cleaning } = it.cleaned;
    await tx.query(
      `insert into articles (id, url, content_hash, source_hash, source_path, title, outlet, published, author,
         doc, text, title_keys, text_keys)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        it.doc.id,
        it.doc.source.url ?? null,
        contentHash,
        it.sourceHash,
        it.doc.source.path ?? null,
        it.doc.title ?? null,
        it.doc.outlet ?? null,
        it.doc.published ?? null,
        it.doc.author ?? null,
        JSON.stringify({ doc: it.doc, cleaning }),
        text,
        keysOf(it.doc.title ?? ''),
        keysOf(text),
      ],
    );
    if (it.annotated) await insertAnnotation(tx, it.doc.id, it.annotated, by);
    stored.push(it.doc.id);
  }
  return stored;
}

/** Store one annotation; false when the article already had one (a retried job applies nothing). */
export async function insertAnnotation(
  tx: Sql,
  id: string,
  a: AnnotatedArticle,
  by: string,
): Promise<boolean> {
  const { text: _text, ...article } = a.article;
  const rows = await tx.query(
    `insert into annotations (article_id, data, annotated_by) values ($1, $2, $3)
     on conflict (article_id) do nothing returning article_id`,
    [id, JSON.stringify({ ...a, article }), by],
  );
  return rows.length === 1;
}

interface ArticleRow {
  id: string;
  doc: { doc: DocMeta; cleaning: Omit<Cleaned, 'text'> };
  text: string;
}

/** What the annotator needs for one stored article: its document and clean text. */
export async function loadForAnnotation(
  db: Sql,
  id: string,
): Promise<{ doc: DocMeta; cleaned: Cleaned; annotated: boolean } | undefined> {
  const rows = await db.query<ArticleRow & { annotated: boolean }>(
    `select a.id, a.doc, a.text, exists (select 1 from annotations n where n.article_id = a.id) as annotated
     from articles a where a.id = $1`,
    [id],
  );
  const r = rows[0];
  if (!r) return undefined;
  return { doc: r.doc.doc, cleaned: { text: r.text, ...r.doc.cleaning }, annotated: r.annotated };
}

/** Annotations of these articles, with the article text put back. */
export async function loadAnnotated(db: Sql, ids: string[]): Promise<AnnotatedArticle[]> {
  const rows = await db.query<{ id: string; text: string; data: AnnotatedArticle }>(
    `select a.id, a.text, n.data from articles a join annotations n on n.article_id = a.id
     where a.id = any($1::text[]) order by a.published nulls first, a.seq`,
    [ids],
  );
  return rows.map((r) => ({ ...r.data, article: { ...r.data.article, text: r.text } }));
}

/** Articles stored but not annotated yet (after a crash, or queued for the workers). */
export async function unannotatedIds(db: Sql, limit = 1_000_000): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `select a.id from articles a where not exists (select 1 from annotations n where n.article_id = a.id)
     order by a.seq limit $1`,
    [limit],
  );
  return rows.map((r) => r.id);
}

export interface LibraryCounts {
  articles: number;
  annotated: number;
  stories: number;
  analysed: number;
  ungrouped: number;
  /** work that failed every attempt, recorded in the failures table (an article, a story, the grouping) */
  failed: number;
}

export async function counts(db: Sql): Promise<LibraryCounts> {
  const [r] = await db.query<LibraryCounts>(`select
    (select count(*)::int from articles) as articles,
    (select count(*)::int from annotations) as annotated,
    (select count(*)::int from stories) as stories,
    (select count(*)::int from story_analyses a join stories s on s.id = a.story_id
       where a.article_count = s.article_count) as analysed,
    (select count(*)::int from articles where not grouped) as ungrouped,
    (select count(*)::int from failures) as failed`);
  return r;
}
