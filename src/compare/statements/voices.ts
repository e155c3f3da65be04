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
  /** the text it comes from (a wire passage, an outlet's own report): one origin is one voice too */
  origin?: string;
  /** that text's source for display: an agency or the first outlet that ran it */
  originLabel?: string;
  /** originLabel is an agency a credit line names, not the first outlet that ran the text */
  originAgency?: boolean;
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

/**
 * Number of independent voices among statements: two statements are one voice when they share a
 * speaker or relay (the voice id) or come from one text (the origin), so count connected groups.
 */
export function countVoices(voices: Iterable<Voice>): number {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  const add = (k: string) => {
    if (!parent.has(k)) parent.set(k, k);
  };
  for (const v of voices) {
    add(v.id);
    if (!v.origin) continue;
    add(v.origin);
    parent.set(find(v.origin), find(v.id));
  }
  let groups = 0;
  for (const [k, p] of parent) if (k === p) groups++;
  return groups;
}

/** "AFP, carried by 3 outlets (a, b, c)": each origin of a claim with the outlets that ran it. */
export function describeOrigins(items: { voice: Voice; outlet: string }[]): string[] {
  const byOrigin = new Map<string, { label: string; outlets: Set<string> }>();
  for (const { voice, outlet } of items) {
    const key = voice.origin ?? voice.id;
    let o = byOrigin.get(key);
    if (!o) byOrigin.set(key, (o = { label: voice.originLabel ?? voice.by, outlets: new Set() }));
    o.outlets.add(outlet);
  }
  return [...byOrigin.values()].map(({ label, outlets }) =>
    outlets.size > 1 ? `${label}, carried by ${outlets.size} outlets (${[...outlets].join(', ')})` : label,
  );
}
