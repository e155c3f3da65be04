// A claim's voices as the contract shows them: each origin (a named speaker, an agency, or the outlet
// whose own text it is), what carried it, why its statements were folded into one voice, and the
// same in plain words an editor can sign ("AFP, carried by five outlets (...): copies of one text").
import type { Claim, FoldReason, Span, SpanRef, VoiceGroup } from '../../contract.js';
import type { Fold, OriginGroup, OriginItem } from './independence.js';

/** Why statements were folded, as a reader says it. */
const REASON_WORDS: Record<FoldReason, string> = {
  'same-speaker': 'one speaker quoted',
  relay: 'one agency relaying an unnamed source',
  'agency-copy': "copies of one agency's credited text",
  copy: 'copies of one text',
  'own-reporting': "one outlet's own reporting",
  'same-article': 'told twice in one article',
  'same-source': 'one source named in different wordings',
  rewording: 'one text reworded',
  'cited-source': "one source's statement, retold by papers that cite it",
};

/** Small counts in words ("five outlets"), as an editor writes them; larger ones in digits. */
const NUMBER_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
export const countWord = (n: number) => NUMBER_WORDS[n] ?? String(n);

/** Why an origin is not counted, in full (the contract's note) and short (a line under a claim's summary). */
const NOT_COUNTED = {
  full: " — not counted as a confirmation: its sentences name no place or person that another origin's sentences name (likely another incident)",
  short: ' — not counted: names no place or person the other origins name',
  none: '',
};

/**
 * Who an origin is: a named speaker first, then the source papers retelling it cite, then an agency
 * (relayed or credited), else the outlet whose text it is.
 */
function originOf(members: OriginItem[], folds: Fold[] = []): Pick<VoiceGroup, 'origin' | 'kind'> {
  const credited = members.find((m) => m.voice.originAgency && m.voice.originLabel);
  const agency = credited?.voice.originLabel;
  const speaker = members.find((m) => m.voice.id.startsWith('source:'));
  // a speaker quoted in an agency's text comes through that agency: "الشرطة (AFP)"
  if (speaker)
    return {
      origin:
        agency && !speaker.voice.by.includes(agency) ? `${speaker.voice.by} (${agency})` : speaker.voice.by,
      kind: 'source',
    };
  const cited = folds.find((f) => f.source)?.source;
  if (cited) return { origin: cited, kind: 'source' };
  const relayed = members.find((m) => m.voice.id.startsWith('wire:'));
  if (relayed) return { origin: relayed.voice.by, kind: 'agency' };
  if (agency) return { origin: agency, kind: 'agency' };
  const first = members[0];
  return { origin: first.voice.originLabel ?? first.ctx.outlet, kind: 'outlet' };
}

/**
 * The voice in plain words: who, what carried it, and why its statements are one voice. `name`
 * turns an outlet or article id into the name a reader knows (the brief's namer); `uncounted` how
 * much to say of an origin not counted (nothing when the claim's summary already says why).
 */
export function voiceNote(
  g: Omit<VoiceGroup, 'note'>,
  name: (id: string) => string = (id) => id,
  uncounted: keyof typeof NOT_COUNTED = 'full',
): string {
  const outlets = g.outlets.map(name);
  const articles = new Set(g.statements.map((x) => x.article)).size;
  const origin = name(g.origin);
  const n = outlets.length;
  const carried =
    n > 1
      ? `, carried by ${countWord(n)} outlets (${outlets.join(', ')})`
      : articles > 1
        ? `, in ${countWord(articles)} articles of ${outlets[0]}`
        : g.kind !== 'outlet' || origin !== outlets[0]
          ? `, in ${outlets[0]}`
          : '';
  const reasons = [...new Set(g.folded.map((f) => f.reason))];
  // "told twice in one article" says nothing once another reason joins outlets
  const shown = reasons.length > 1 ? reasons.filter((r) => r !== 'same-article') : reasons;
  const why = shown.length ? `: ${shown.map((r) => REASON_WORDS[r]).join('; ')}` : '';
  return `${origin}${carried}${why}${g.counted ? '' : NOT_COUNTED[uncounted]}`;
}

const refOf = ({ article, start, end }: Span): SpanRef => ({ article, start, end });

/** The contract's voice groups of a claim, in the order groupOrigins gives (most statements first). */
export function describeVoices(groups: OriginGroup[]): VoiceGroup[] {
  return groups.map((g) => {
    const outlets = [...new Set(g.members.map((m) => m.ctx.outlet))];
    const group = {
      ...originOf(g.members, g.folds),
      outlets,
      statements: g.members.map((m) => ({ ...refOf(m.span), by: m.voice.by })),
      folded: g.folds.map((f) => ({ reason: f.reason, a: refOf(f.a.span), b: refOf(f.b.span) })),
      counted: g.counted,
    };
    return { ...group, note: voiceNote(group) };
  });
}

/**
 * How many voices a claim has and from what, in plain words: "two independent voices from five
 * outlets", or, when no two origins tell one incident, "one voice: three origins, none telling the
 * same incident as another".
 */
export const noneCounted = (c: Pick<Claim, 'voiceGroups'>) =>
  (c.voiceGroups?.length ?? 0) > 1 && !c.voiceGroups!.some((g) => g.counted);

export function voicesSummary(c: Pick<Claim, 'voices' | 'outlets' | 'voiceGroups'>): string {
  const origins = c.voiceGroups?.length ?? 0;
  const voices = c.voices ?? 1;
  if (noneCounted(c))
    return `one voice: ${countWord(origins)} origins, none telling the same incident as another (no two name a place or person in common), so none confirms another`;
  const outlets = c.outlets.length;
  const from = outlets > voices ? ` from ${countWord(outlets)} outlets` : '';
  return `${countWord(voices)} independent voice${voices > 1 ? 's' : ''}${from}`;
}
