// The per-story analysis: link and compare the annotated articles of one story, and store the
// result with the number of articles it covers (a story that grows is analysed again).
import { combineArticles } from '../pipeline.js';
import { loadAnnotated } from '../store/articles.js';
import type { Db } from '../store/db.js';
import { saveAnalysis, staleStories, storyArticleIds } from '../store/stories.js';

/** Analyse one story from its annotated articles; false when there was nothing (new) to store. */
export async function analyzeStory(db: Db, story: string, by: string): Promise<boolean> {
  const { annotated } = await storyArticleIds(db, story);
  if (!annotated.length) return false;
  const articles = await loadAnnotated(db, annotated);
  const analysis = combineArticles(articles);
  return db.transaction((tx) => saveAnalysis(tx, story, annotated.length, analysis, by));
}

/** Analyse every story that is missing its analysis or grew since; returns how many were stored. */
export async function analyzeStale(
  db: Db,
  by: string,
  onStory?: (done: number, total: number) => void,
): Promise<number> {
  const stale = await staleStories(db);
  let stored = 0;
  for (const [i, id] of stale.entries()) {
    if (await analyzeStory(db, id, by)) stored++;
    onStory?.(i + 1, stale.length);
  }
  return stored;
}
