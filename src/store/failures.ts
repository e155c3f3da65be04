// Work that failed for good: a job that threw (or whose worker died) on every attempt. Each is
// recorded once per subject, with its last message, so it stays visible in the library and the
// workers stop retrying it until there is something new to try it on.
import type { Sql } from './db.js';

export type FailedStage = 'annotate' | 'group' | 'compare';

export interface Failure {
  stage: FailedStage;
  subject: string;
  message: string;
  articleCount?: number;
}

export async function recordFailure(tx: Sql, f: Failure, by: string): Promise<void> {
  await tx.query(
    `insert into failures (stage, subject, message, article_count, failed_by) values ($1, $2, $3, $4, $5)
     on conflict (stage, subject) do update set message = excluded.message,
       article_count = excluded.article_count, failed_by = excluded.failed_by, failed_at = now()`,
    [f.stage, f.subject, f.message, f.articleCount ?? null, by],
  );
}

export async function listFailures(db: Sql): Promise<Failure[]> {
  const rows = await db.query<{
    stage: FailedStage;
    subject: string;
    message: string;
    article_count: number | null;
  }>('select stage, subject, message, article_count from failures order by failed_at, stage, subject');
  return rows.map((r) => ({
    stage: r.stage,
    subject: r.subject,
    message: r.message,
    ...(r.article_count === null ? {} : { articleCount: r.article_count }),
  }));
}

/** Annotated articles of a story now (what its next analysis would cover). */
export async function annotatedInStory(db: Sql, story: string): Promise<number> {
  const [r] = await db.query<{ n: number }>(
    `select count(*)::int as n from articles m join annotations n on n.article_id = m.id where m.story_id = $1`,
    [story],
  );
  return r.n;
}

/** Ungrouped articles not covered by a failed grouping (the grouping failed on at least as many). */
export async function ungroupedToDo(db: Sql): Promise<number> {
  const [r] = await db.query<{ n: number }>(
    `select case when (select count(*) from articles where not grouped)
        <= coalesce((select article_count from failures where stage = 'group' and subject = 'all'), -1)
      then 0 else (select count(*) from articles where not grouped) end::int as n`,
  );
  return r.n;
}
