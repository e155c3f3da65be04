// The grouping step: every article not yet in a story is placed, in one transaction, by the story
// assigner, which sees the stored articles of the window before them. On a server the step holds
// an advisory lock, so two workers never group at once.
import type { Db } from '../store/db.js';
import { groupedBetween, placeArticles, ungroupedArticles } from '../store/stories.js';
import type { StoryAssigner } from './assign.js';

// any fixed number: the lock every grouper takes
const GROUP_LOCK = 7_311_002;
const DAY_MS = 86_400_000;

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Place every ungrouped article; returns the stories that changed. */
export async function groupPending(db: Db, assigner: StoryAssigner): Promise<string[]> {
  return db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.query('select pg_advisory_xact_lock($1)', [GROUP_LOCK]);
    const fresh = await ungroupedArticles(tx);
    if (!fresh.length) return [];
    const dates = fresh
      .map((a) => a.published)
      .filter((d): d is string => !!d)
      .sort();
    const recent = dates.length
      ? await groupedBetween(tx, shiftDate(dates[0], -assigner.windowDays), dates[dates.length - 1])
      : [];
    return placeArticles(tx, assigner.assign(recent, fresh));
  });
}
