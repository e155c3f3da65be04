// Story assignment for the library: new articles join a story already stored or open one. The
// grouping itself is src/stories/ (the same grouper as `sanad stories`); the library replays the
// stored articles of the window with the new ones and keeps the stored stories stable: an article
// placed once never moves, and a new article joins the stored story its grouped mates belong to.
import type { RawDoc } from '../ingest/types.js';
import type { GroupArticle, Placement } from '../store/stories.js';
import { NEW_STORY } from '../store/stories.js';
import { fingerprint } from '../stories/fingerprint.js';
import { WINDOW_DAYS as GROUPER_WINDOW_DAYS } from '../stories/window.js';
import { groupFingerprints } from '../stories/stories.js';
import { searchTokens } from '../text/search-keys.js';

export interface StoryAssigner {
  /** how many days before the new articles the grouper needs to see */
  windowDays: number;
  /**
   * Place `fresh` articles (date order) given the `recent` stored ones of the window with their
   * stories. Every fresh article gets one placement: an existing story id or `new:<key>`.
   */
  assign(recent: (GroupArticle & { story: string })[], fresh: GroupArticle[]): Placement[];
}

// A simple stand-in, kept for tests of the library's mechanics: two articles are one story when
// their titles share most of their content words within the window.
const TITLE_OVERLAP = 0.6;
const MIN_SHARED = 3;
const MIN_KEY_LENGTH = 3;
const WINDOW_DAYS = 3;

function titleKeys(title: string | undefined): Set<string> {
  return new Set(
    searchTokens(title ?? '')
      .map((t) => t.key)
      .filter((k) => k.length >= MIN_KEY_LENGTH),
  );
}

export const titleAssigner: StoryAssigner = {
  windowDays: WINDOW_DAYS,
  assign(recent, fresh) {
    const byKey = new Map<string, { story: string; keys: Set<string> }[]>();
    const remember = (story: string, keys: Set<string>) => {
      for (const k of keys) {
        let list = byKey.get(k);
        if (!list) byKey.set(k, (list = []));
        list.push({ story, keys });
      }
    };
    for (const r of recent) remember(r.story, titleKeys(r.title));
    const out: Placement[] = [];
    for (const a of fresh) {
      const keys = titleKeys(a.title);
      let story: string | undefined;
      for (const k of keys) {
        for (const c of byKey.get(k) ?? []) {
          let shared = 0;
          for (const x of keys) if (c.keys.has(x)) shared++;
          if (shared >= MIN_SHARED && shared >= TITLE_OVERLAP * Math.min(keys.size, c.keys.size))
            story = c.story;
          if (story) break;
        }
        if (story) break;
      }
      story ??= `${NEW_STORY}${a.id}`;
      remember(story, keys);
      out.push({ article: a.id, story });
    }
    return out;
  },
};

const asDoc = (a: GroupArticle): RawDoc => ({
  id: a.id,
  source: {},
  ...(a.title ? { title: a.title } : {}),
  ...(a.outlet ? { outlet: a.outlet } : {}),
  ...(a.published ? { published: a.published } : {}),
  ...(a.author ? { author: a.author } : {}),
  body: a.text,
  format: 'txt',
  warnings: [],
});

/** The story grouper of src/stories (events, not topics; near-duplicates; opinion kept apart). */
export const storyGrouperAssigner: StoryAssigner = {
  windowDays: GROUPER_WINDOW_DAYS,
  assign(recent, fresh) {
    const storedStory = new Map(recent.map((r) => [r.id, r.story]));
    const isFresh = new Set(fresh.map((a) => a.id));
    const result = groupFingerprints([...recent, ...fresh].map((a) => fingerprint(asDoc(a))));
    const placed = new Map<string, string>();
    for (const story of result.stories) {
      // the stored story most of its stored members belong to
      const votes = new Map<string, number>();
      for (const id of story.articles) {
        const s = storedStory.get(id);
        if (s) votes.set(s, (votes.get(s) ?? 0) + 1);
      }
      const best = [...votes].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0];
      const firstFresh = story.articles.find((id) => isFresh.has(id));
      for (const id of story.articles)
        if (isFresh.has(id)) placed.set(id, best ?? `${NEW_STORY}${firstFresh}`);
    }
    const copyOf = new Map<string, string>();
    for (const [earlier, later] of result.duplicates) if (isFresh.has(later)) copyOf.set(later, earlier);
    // opinion columns and round-ups are kept apart from every story: each is a story of its own here
    return fresh.map((a) => ({
      article: a.id,
      story: placed.get(a.id) ?? `${NEW_STORY}${a.id}`,
      ...(copyOf.has(a.id) ? { duplicateOf: copyOf.get(a.id) } : {}),
    }));
  },
};
