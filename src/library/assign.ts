// Story assignment for the library: new articles join a story already stored or open one. The
// grouping itself is another module's (src/stories/ once it lands); the library only needs this
// interface, so that the stored stories stay stable: an article placed once never moves.
import type { GroupArticle, Placement } from '../store/stories.js';
import { NEW_STORY } from '../store/stories.js';
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

// Stand-in until the story grouper lands: two articles are one story when their titles share
// most of their content words within the window. Deliberately simple; replaced, not tuned.
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
