// How an article sources its statements: counts by speaker kind, direct vs indirect, channels used.
import type { QuoteDraft } from '../../contract.js';

export interface SourcingProfile {
  named: number;
  anonymous: number;
  official: number;
  organization: number;
  media: number;
  document: number;
  direct: number;
  indirect: number;
  /** distinct channels and relaying outlets, in first-seen order (ل stripped, spaces collapsed) */
  channels: string[];
}

/** Sourcing counts over one article's (or several articles') quotes. */
export function sourcingProfile(quotes: readonly QuoteDraft[]): SourcingProfile {
  const p: SourcingProfile = {
    named: 0,
    anonymous: 0,
    official: 0,
    organization: 0,
    media: 0,
    document: 0,
    direct: 0,
    indirect: 0,
    channels: [],
  };
  const seen = new Set<string>();
  const addChannel = (t: string) => {
    const k = t
      .replace(/["«»“”]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (k && !seen.has(k)) {
      seen.add(k);
      p.channels.push(k);
    }
  };
  for (const q of quotes) {
    p[q.speaker.kind]++;
    if (q.direct) p.direct++;
    else p.indirect++;
    if (q.channel) addChannel(q.channel.text);
    for (const v of q.via ?? []) addChannel(v.text);
  }
  return p;
}
