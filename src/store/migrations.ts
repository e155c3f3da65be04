// The library's schema, as numbered migrations applied in order, each once, each in a transaction.
// Never edit a migration that has shipped: add the next one. The same SQL runs on PGlite and on a
// PostgreSQL server.
import type { Db } from './db.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'articles, annotations, stories, analyses, feeds',
    sql: `
create table articles (
  id text primary key,
  seq bigserial unique,
  url text unique,
  -- sha-256 of the clean text: the same article read twice (another URL, a file) is stored once
  content_hash text not null unique,
  -- sha-256 of the body as read: a re-ingest skips the document before cleaning it
  source_hash text not null,
  source_path text,
  title text,
  outlet text,
  published text,
  author text,
  doc jsonb not null,
  text text not null,
  title_keys text not null,
  text_keys text not null,
  search tsvector generated always as (
    setweight(to_tsvector('simple', title_keys), 'A') || setweight(to_tsvector('simple', text_keys), 'D')
  ) stored,
  story_id text,
  duplicate_of text,
  grouped boolean not null default false,
  ingested_at timestamptz not null default now()
);
create index articles_search on articles using gin (search);
create index articles_source_hash on articles (source_hash);
create index articles_story on articles (story_id);
create index articles_published on articles (published);
create index articles_ungrouped on articles (seq) where not grouped;

create table annotations (
  article_id text primary key references articles (id) on delete cascade,
  data jsonb not null,
  annotated_by text,
  annotated_at timestamptz not null default now()
);

create sequence story_numbers;
create table stories (
  id text primary key,
  title text not null,
  first_date text,
  last_date text,
  article_count integer not null default 0,
  outlets text[] not null default '{}',
  updated_at timestamptz not null default now()
);

create table story_analyses (
  story_id text primary key references stories (id) on delete cascade,
  -- the story's articles (annotated) that this analysis covers; fewer than the story has = stale
  article_count integer not null,
  data jsonb not null,
  analyzed_by text,
  analyzed_at timestamptz not null default now()
);

create table feeds (
  url text primary key,
  etag text,
  last_modified text,
  failures integer not null default 0,
  next_check timestamptz,
  last_status text,
  checked_at timestamptz
);

create table feed_items (
  feed_url text not null references feeds (url) on delete cascade,
  item_key text not null,
  seen_at timestamptz not null default now(),
  primary key (feed_url, item_key)
);
`,
  },
  {
    version: 2,
    name: 'failures: work that failed for good, kept visible',
    sql: `
-- a job that failed every attempt (an article's annotation, a story's analysis, the grouping):
-- recorded here so it is visible and not lost, and so the workers stop retrying it
create table failures (
  stage text not null,
  -- the article id (annotate), the story id (compare) or 'all' (group)
  subject text not null,
  message text not null,
  -- compare: the annotated articles the failed analysis covered; group: the ungrouped articles.
  -- The work is tried again once there are more (the story grew, new articles came).
  article_count integer,
  failed_by text,
  failed_at timestamptz not null default now(),
  primary key (stage, subject)
);
`,
  },
];

// any fixed number: every process that migrates a server takes this lock first
const MIGRATION_LOCK = 7_311_001;

/** Apply the migrations this database has not seen; returns the versions applied. */
export async function migrate(db: Db): Promise<number[]> {
  await db.exec(`create table if not exists schema_migrations (
    version integer primary key, name text not null, applied_at timestamptz not null default now())`);
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    const done = await db.transaction(async (tx) => {
      if (db.kind === 'postgres') await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const seen = await tx.query('select 1 from schema_migrations where version = $1', [m.version]);
      if (seen.length) return false;
      for (const statement of splitStatements(m.sql)) await tx.query(statement);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [m.version, m.name]);
      return true;
    });
    if (done) applied.push(m.version);
  }
  return applied;
}

/** Statements of a migration: split on ";" at a line end (no function bodies in these migrations). */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*\n/)
    .map((s) => s.replace(/--[^\n]*/g, '').trim())
    .filter(Boolean);
}
