// Stories in the library: which article belongs to which story, each story's summary row, and the
// per-story analyses. A story's analysis records how many of its articles it covers, so a story
// that grew since (a new article joined) is stale and is analysed again.
import type { Analysis } from '../contract.js';
import type { Sql } from './db.js';

export interface GroupArticle {
  id: string;
  title?: string;
  outlet?: string;
  published?: string;
  author?: string;
  text: string;
}

export interface StoredStory {
  id: string;
  title: string;
  first?: string;
  last?: string;
  articles: number;
  outlets: string[];
  analysed: boolean;
}

const ARTICLE_COLUMNS = `id, title, outlet, published, author, text`;

function clean<T extends object>(row: T): T {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null)) as T;
}

/** Articles not yet in a story, in date order (undated first), then arrival order. */
export async function ungroupedArticles(db: Sql): Promise<GroupArticle[]> {
  const rows = await db.query<GroupArticle>(
    `select ${ARTICLE_COLUMNS} from articles where not grouped order by published nulls first, seq`,
  );
  return rows.map(clean);
}

/** Articles already in stories, published between two dates (inclusive): the grouper's memory. */
export async function groupedBetween(
  db: Sql,
  from: string,
  to: string,
): Promise<(GroupArticle & { story: string })[]> {
  const rows = await db.query<GroupArticle & { story: string }>(
    `select ${ARTICLE_COLUMNS}, story_id as story from articles
     where grouped and story_id is not null and published between $1 and $2 order by published, seq`,
    [from, to],
  );
  return rows.map(clean);
}

export interface Placement {
  article: string;
  /** an existing story's id, or a key naming a story opened in this run ("new:…") */
  story: string;
  duplicateOf?: string;
}

export const NEW_STORY = 'new:';

/** Write placements in the caller's transaction; returns the ids of every story that changed. */
export async function placeArticles(tx: Sql, placements: Placement[]): Promise<string[]> {
  const opened = new Map<string, string>();
  for (const p of placements) {
    if (!p.story.startsWith(NEW_STORY) || opened.has(p.story)) continue;
    const [row] = await tx.query<{ id: string }>(
      `insert into stories (id, title) values ('s' || nextval('story_numbers'), '') returning id`,
    );
    opened.set(p.story, row.id);
  }
  const ids = placements.map((p) => p.article);
  const stories = placements.map((p) => opened.get(p.story) ?? p.story);
  const dups = placements.map((p) => p.duplicateOf ?? null);
  await tx.query(
    `update articles a set story_id = x.story, duplicate_of = x.dup, grouped = true
     from unnest($1::text[], $2::text[], $3::text[]) as x(id, story, dup) where a.id = x.id`,
    [ids, stories, dups],
  );
  const touched = [...new Set(stories)];
  await refreshStories(tx, touched);
  return touched;
}

// characters of an untitled story's first line kept as its title
const UNTITLED_CHARS = 80;

/** Recompute the summary rows of these stories from their articles. */
async function refreshStories(tx: Sql, ids: string[]): Promise<void> {
  await tx.query(
    `update stories s set article_count = x.n, first_date = x.f, last_date = x.l, outlets = x.o,
       title = coalesce(nullif(s.title, ''), x.title, x.opening, s.id), updated_at = now()
     from (select story_id, count(*)::int n, min(published) f, max(published) l,
             coalesce(array_agg(distinct outlet) filter (where outlet is not null), '{}') o,
             (array_agg(title order by published nulls last, seq) filter (where title is not null))[1] title,
             -- an untitled article (a plain text file) is named by its first line
             (array_agg(left(split_part(text, E'\n', 1), ${UNTITLED_CHARS}) order by seq))[1] opening
           from articles where story_id = any($1::text[]) group by story_id) x
     where s.id = x.story_id`,
    [ids],
  );
}

/**
 * Stories whose analysis is missing or covers fewer articles than are annotated now, less those
 * whose analysis failed for good on as many annotated articles as they have now (see failures).
 */
export async function staleStories(db: Sql, limit = 1_000_000): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `select s.id from stories s
     left join story_analyses a on a.story_id = s.id
     cross join lateral (select count(*) as n from articles m join annotations n on n.article_id = m.id
       where m.story_id = s.id) x
     left join failures f on f.stage = 'compare' and f.subject = s.id
     where (a.story_id is null or a.article_count < x.n) and (f.article_count is null or f.article_count < x.n)
     order by s.id limit $1`,
    [limit],
  );
  return rows.map((r) => r.id);
}

export async function storyArticleIds(
  db: Sql,
  story: string,
): Promise<{ all: string[]; annotated: string[] }> {
  const rows = await db.query<{ id: string; annotated: boolean }>(
    `select a.id, exists (select 1 from annotations n where n.article_id = a.id) as annotated
     from articles a where a.story_id = $1 order by a.published nulls first, a.seq`,
    [story],
  );
  return { all: rows.map((r) => r.id), annotated: rows.filter((r) => r.annotated).map((r) => r.id) };
}

/**
 * Store a story's analysis unless a newer one (covering more articles) is there already: two
 * workers analysing one story never go back in time.
 */
export async function saveAnalysis(
  tx: Sql,
  story: string,
  covers: number,
  analysis: Analysis,
  by: string,
): Promise<boolean> {
  const slim = { ...analysis, articles: analysis.articles.map(({ text: _t, ...a }) => a) };
  const rows = await tx.query(
    `insert into story_analyses (story_id, article_count, data, analyzed_by) values ($1, $2, $3, $4)
     on conflict (story_id) do update set article_count = excluded.article_count, data = excluded.data,
       analyzed_by = excluded.analyzed_by, analyzed_at = now()
     where story_analyses.article_count < excluded.article_count
     returning story_id`,
    [story, covers, JSON.stringify(slim), by],
  );
  return rows.length === 1;
}

/** A story's stored analysis with every article's text put back, or undefined. */
export async function loadAnalysis(db: Sql, story: string): Promise<Analysis | undefined> {
  const rows = await db.query<{ data: Analysis }>('select data from story_analyses where story_id = $1', [
    story,
  ]);
  if (!rows.length) return undefined;
  const data = rows[0].data;
  const texts = await db.query<{ id: string; text: string }>(
    'select id, text from articles where id = any($1::text[])',
    [data.articles.map((a) => a.id)],
  );
  const byId = new Map(texts.map((t) => [t.id, t.text]));
  return { ...data, articles: data.articles.map((a) => ({ ...a, text: byId.get(a.id) ?? '' })) };
}

export async function listStories(
  db: Sql,
  opts: { limit?: number; minArticles?: number } = {},
): Promise<StoredStory[]> {
  const rows = await db.query<{
    id: string;
    title: string;
    first_date: string | null;
    last_date: string | null;
    article_count: number;
    outlets: string[];
    analysed: boolean;
  }>(
    `select s.id, s.title, s.first_date, s.last_date, s.article_count, s.outlets,
       coalesce(a.article_count = s.article_count, false) as analysed
     from stories s left join story_analyses a on a.story_id = s.id
     where s.article_count >= $1
     order by s.article_count desc, s.last_date desc nulls last, s.id limit $2`,
    [opts.minArticles ?? 1, opts.limit ?? 1_000_000],
  );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    ...(r.first_date ? { first: r.first_date } : {}),
    ...(r.last_date ? { last: r.last_date } : {}),
    articles: r.article_count,
    outlets: [...r.outlets].sort(),
    analysed: r.analysed,
  }));
}
