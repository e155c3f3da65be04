// What a library must hold once its workers are done, whatever fault they met on the way: every
// article annotated exactly once and grouped, every story analysed at its current article count,
// no queue job failed and no failure recorded. The fault tests (test/faults-*.test.ts) end with it.
import { expect } from 'vitest';
import type { Db } from '../../src/store/db.js';

export async function expectLibraryDone(db: Db, articles: number): Promise<void> {
  const count = async (sql: string) => (await db.query<{ n: number }>(sql))[0].n;
  expect(await count('select count(*)::int as n from annotations')).toBe(articles);
  expect(
    await count(`select count(*)::int as n from articles a
      where (select count(*) from annotations n where n.article_id = a.id) <> 1`),
  ).toBe(0);
  expect(await count('select count(*)::int as n from articles where not grouped')).toBe(0);
  expect(
    await count(`select count(*)::int as n from stories s left join story_analyses a on a.story_id = s.id
        where a.story_id is null or a.article_count <> s.article_count`),
  ).toBe(0);
  expect(await count(`select count(*)::int as n from pgboss.job where state = 'failed'`)).toBe(0);
  expect(await count('select count(*)::int as n from failures')).toBe(0);
}
