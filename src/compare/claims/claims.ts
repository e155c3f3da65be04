// Claims from statements: statements with one key state one thing, whatever the wording; a claim
// is corroborated when two independent origins state it of one event, disputed when a contradiction touches it.
import type { Claim } from '../../contract.js';
import type { Statement } from '../statements/statement.js';
import { describeOrigins } from '../statements/voices.js';
import { groupOrigins } from './independence.js';
import { describeVoices } from './voice-groups.js';
import { groupClaims } from './same-claim.js';
import { corroborates, corroborationDoubts } from './corroboration.js';

/** Independent voices (republished copies count once) that make a claim corroborated. */
const CORROBORATING_VOICES = 2;

/**
 * Claims from statements: one per key, further cut into groups that state the same thing
 * (same-claim.ts: one figure of one incident, one act), so rival numbers are rival claims and two
 * raids are two claims. `disputed` holds statement ids that take part in a contradiction.
 */
export function buildClaims(
  statements: Statement[],
  disputed: Set<number>,
): { claims: Claim[]; claimOf: Map<number, string> } {
  const byKey = new Map<string, Statement[]>();
  for (const s of statements) {
    if (s.quantity?.denied) continue;
    const list = byKey.get(s.key);
    if (list) list.push(s);
    else byKey.set(s.key, [s]);
  }
  const claims: Claim[] = [];
  const claimOf = new Map<number, string>();
  for (const [key, list] of byKey) {
    const groups = groupClaims(list);
    for (const g of groups) {
      const id = `c${claims.length + 1}`;
      // copies, one source's wordings and one text rewritten are one origin; origins must tell one event
      const { voices, groups: origins } = groupOrigins(g);
      // two origins corroborate only when nothing says they tell two facts (corroboration.ts)
      const status = g.some((s) => disputed.has(s.id))
        ? 'disputed'
        : corroborates(voices, corroborationDoubts(g[0].kind, origins), CORROBORATING_VOICES)
          ? 'corroborated'
          : 'single-source';
      for (const s of g) claimOf.set(s.id, id);
      claims.push({
        id,
        text: g[0].label,
        statements: g.map((s) => ({ span: s.span, by: s.voice.by })),
        outlets: [...new Set(g.map((s) => s.ctx.outlet))],
        status,
        kind: g[0].kind,
        key,
        voices,
        origins: describeOrigins(g.map((s) => ({ voice: s.voice, outlet: s.ctx.outlet }))),
        voiceGroups: describeVoices(origins),
      } as Claim);
    }
  }
  return { claims, claimOf };
}
