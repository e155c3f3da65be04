// Which conflict a story belongs to, from the places and actors it names (lexicons/framing.json,
// each conflict's "markers"), so that only that conflict's framing words are read: a Sudanese army
// term is never applied to a Yemen story.
import type { ArticleCtx } from '../context/context.js';
import { findPhrases, indexPhrases } from '../context/match.js';
import { framingLexicon, variantIn, type FramingHit } from './framing.js';

const MARKERS = indexPhrases(
  framingLexicon.conflicts.flatMap((c) => c.markers.forms.map((f): [string, string] => [f, c.id])),
);
/** Marker mentions a conflict needs, over the whole story, before the story is judged under it. */
const STORY_MARKERS = 3;
/**
 * An article is judged under its own conflict rather than the story's when it names that conflict's
 * places and actors this many times and twice as often as any other (a Syria piece in a Yemen story).
 */
const ARTICLE_MARKERS = 4;
const ARTICLE_MARGIN = 2;

/** Marker mentions per conflict in one article. */
function markerCounts(ctx: ArticleCtx): Map<string, number> {
  const n = new Map<string, number>();
  for (const h of findPhrases(ctx.tokens, MARKERS)) n.set(h.value, (n.get(h.value) ?? 0) + 1);
  return n;
}

function top(n: Map<string, number>): [string | undefined, number, number] {
  let best: string | undefined;
  let bestN = 0;
  let second = 0;
  for (const [c, k] of n) {
    if (k > bestN) [best, bestN, second] = [c, k, bestN];
    else if (k > second) second = k;
  }
  return [best, bestN, second];
}

/**
 * The conflict each article is judged under: its own when it clearly names one, else the story's
 * (the conflict whose places and actors the story names most), else undefined: the caller then
 * falls back on the conflict most of the article's framing words belong to.
 */
export function detectConflicts(ctxs: ArticleCtx[]): Map<string, string | undefined> {
  const perArticle = new Map(ctxs.map((c) => [c.id, markerCounts(c)]));
  const story = new Map<string, number>();
  for (const n of perArticle.values()) for (const [c, k] of n) story.set(c, (story.get(c) ?? 0) + k);
  const [storyConflict, storyN] = top(story);
  const fallback = storyN >= STORY_MARKERS ? storyConflict : undefined;
  const out = new Map<string, string | undefined>();
  for (const [id, n] of perArticle) {
    const [own, ownN, second] = top(n);
    const clear = own && ownN >= ARTICLE_MARKERS && ownN >= ARTICLE_MARGIN * second;
    out.set(id, clear ? own : fallback);
  }
  return out;
}

/** An article's framing hits read under its conflict only: other conflicts' words are dropped. */
export function hitsUnder(hits: FramingHit[], conflict: string | undefined): FramingHit[] {
  if (!conflict) return hits;
  return hits.flatMap((h) => {
    const v = variantIn(h, conflict);
    return v ? [{ ...h, variants: [v] }] : [];
  });
}
