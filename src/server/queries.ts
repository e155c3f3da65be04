// The reads the web app needs beyond src/store: article lists and one article with its text.
import { articleMeta } from '../store/articles.js';
import type { Sql } from '../store/db.js';

export interface ArticleRow {
  id: string;
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
  story?: string;
  chars: number;
}

export interface ArticleFull extends ArticleRow {
  text: string;
}

interface Row {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  story_id: string | null;
  chars: number;
  text?: string;
}

function toArticle(r: Row): ArticleRow {
  return {
    id: r.id,
    ...articleMeta(r),
    chars: r.chars,
  };
}

const COLUMNS = 'id, title, outlet, published, url, story_id, length(text)::int as chars';

/** The newest articles first (by arrival), optionally of one story (then in date order). */
export async function listArticles(
  db: Sql,
  opts: { story?: string; limit: number; offset: number },
): Promise<ArticleRow[]> {
  const rows = await db.query<Row>(
    `select ${COLUMNS} from articles
     where ($1::text is null or story_id = $1)
     order by case when $1::text is null then -seq else 0 end, published nulls first, seq
     limit $2 offset $3`,
    [opts.story ?? null, opts.limit, opts.offset],
  );
  return rows.map(toArticle);
}

export async function getArticle(db: Sql, id: string): Promise<ArticleFull | undefined> {
  const [row] = await db.query<Row>(`select ${COLUMNS}, text from articles where id = $1`, [id]);
  return row ? { ...toArticle(row), text: row.text ?? '' } : undefined;
}

export interface FeedRow {
  url: string;
  status?: string;
  checked?: string;
  failures: number;
}

export async function listFeeds(db: Sql): Promise<FeedRow[]> {
  const rows = await db.query<{
    url: string;
    last_status: string | null;
    checked_at: unknown;
    failures: number;
  }>('select url, last_status, checked_at, failures from feeds order by url');
  return rows.map((r) => ({
    url: r.url,
    ...(r.last_status ? { status: r.last_status } : {}),
    ...(r.checked_at ? { checked: new Date(r.checked_at as string).toISOString() } : {}),
    failures: r.failures,
  }));
}
