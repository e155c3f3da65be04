// Independent voices. A statement's voice is where it comes from upstream: a named source
// (two outlets quoting one official are one voice), a wire agency relaying an anonymous source
// (two outlets citing Reuters are one voice), else the outlet, with republished copies folded
// into the article they copy.
import { phraseKey } from '../../text/arabic.js';
import type { ArticleCtx } from '../context/context.js';
import { quoteAt } from '../context/context.js';

export interface Voice {
  /** independence key: statements with one key are one voice */
  id: string;
  /** who says it, for display */
  by: string;
}

/** Voice of the statement at `offset` in an article. `outletOf` maps an article to its group's outlet. */
export function voiceAt(ctx: ArticleCtx, offset: number, outletOf: (article: string) => string): Voice {
  const q = quoteAt(ctx, offset);
  const outlet = outletOf(ctx.id);
  if (!q) return { id: `outlet:${phraseKey(outlet)}`, by: ctx.outlet };
  const by = q.speaker.text;
  const upstream = q.via?.length ? q.via[q.via.length - 1] : q.channel;
  if (q.speaker.kind !== 'anonymous') {
    return { id: `source:${q.speaker.entity ?? phraseKey(q.speaker.text)}`, by };
  }
  if (upstream)
    return { id: `wire:${upstream.entity ?? phraseKey(upstream.text)}`, by: `${by} (${upstream.text})` };
  return { id: `outlet:${phraseKey(outlet)}`, by };
}

/** Number of independent voices among statements. */
export function countVoices(voices: Iterable<Voice>): number {
  const ids = new Set<string>();
  for (const v of voices) ids.add(v.id);
  return ids.size;
}
