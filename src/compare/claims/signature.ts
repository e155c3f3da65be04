// Signature claims: statements the event lexicon has no key for ("Iran set new conditions", "the
// wounded leave first"), grouped across articles by the rare content words their sentences share.
// A sentence's signature is its content stems (synonym sets folded to one term) plus linked entity
// ids (signature-terms.ts); candidate pairs come from an inverted index of rare terms, never from
// all pairs (signature-pairs.ts). This file makes claims of the groups and tests their voices.
import type { Claim, Entity, Span } from '../../contract.js';
import { breaksClause } from '../../text/clause.js';
import type { ArticleCtx } from '../context/context.js';
import { spanOf } from '../context/context.js';
import type { Voice } from '../statements/voices.js';
import { describeOrigins } from '../statements/voices.js';
import { groupOrigins, type OriginGroup, type OriginItem } from './independence.js';
import { inOneOutlet, namedSpeaker } from './corroboration.js';
import { bodyActRetold } from './body-acts.js';
import { describeVoices } from './voice-groups.js';
import { EVENT_STEM, signatures, stretch, type Sig } from './signature-terms.js';
import { candidatePairs, groupPairs, rarityOf, type Group } from './signature-pairs.js';

/** claims kept per story: the strongest first */
const MAX_CLAIMS = 12;
/** longest statement span; a longer clause is cut to the shared words */
const MAX_SPAN = 220;
/** words a statement span reaches past the shared words, inside their clause */
const SPAN_REACH = 4;
/** independent voices a signature claim needs: one voice repeating itself corroborates nothing */
const MIN_VOICES = 2;
/** characters of a claim's text: its shortest statement, clipped to a line */
const CLAIM_TEXT_CHARS = 100;

interface SignatureInput {
  ctxs: ArticleCtx[];
  entities: Entity[];
  voiceOf: (ctx: ArticleCtx, offset: number) => Voice;
  /** claims already made: a group they already hold is not repeated */
  claims: Claim[];
}

/** Claims from sentences of different articles that share rare content words. */
export function signatureClaims(input: SignatureInput, firstId: number): Claim[] {
  const sigs = signatures(input.ctxs, input.entities);
  if (input.ctxs.length < 2 || !sigs.length) return [];
  const rarity = rarityOf(sigs);
  const pairs = candidatePairs(sigs, rarity);
  const groups = groupPairs(sigs, pairs, rarity);
  return rankedClaims(groups, input, firstId);
}

/** Groups told by two voices or more, not already claimed, as claims: most voices first. */
function rankedClaims(groups: Group[], input: SignatureInput, firstId: number): Claim[] {
  const known = knownSpans(input);
  const claims: Claim[] = [];
  const ranked = groups
    .map((g) => ({ g, spans: g.members.map((m) => statementSpan(m, g.terms)) }))
    .map((x) => {
      // a signature's words are shared by construction: its voices, origins, one source named
      // twice and copies fold it, not shared words (that reading drops confirmations the seeds' gold counts)
      const items = x.g.members.map((m, i) => ({
        ctx: m.ctx,
        sent: m.sent,
        span: x.spans[i],
        voice: input.voiceOf(m.ctx, x.spans[i].start),
        named: referents(m),
      }));
      // a place the lexicon names in both sentences ("تركيا" / "روسية تركية") is a place in common,
      // though the tagger links only the noun
      const sameEvent = (a: { named: Set<string> }, b: { named: Set<string> }) =>
        [...a.named].some((t) => b.named.has(t));
      return { ...x, items, ...groupOrigins(items, { pairwise: 'copies', sameEvent }) };
    })
    // an outlet does not confirm itself (corroboration.ts): its voices must come from two outlets
    .filter(
      (x) =>
        x.voices >= MIN_VOICES &&
        !inOneOutlet(x.items) &&
        unquoted(x.groups) >= MIN_VOICES &&
        (onlySynonyms(x.g.terms) || namesInCommon(x.groups)) &&
        // one body's act retold (body-acts.ts): a club's signing, told by papers with no source of their own
        !bodyActRetold(x.groups.filter((g) => g.counted)) &&
        !(onlyEvents(x.g.terms) && alreadyClaimed(x.spans, known)),
    )
    .sort((x, y) => y.voices - x.voices || y.g.score - x.g.score)
    .slice(0, MAX_CLAIMS);
  for (const { g, spans, voices, items, groups: origins } of ranked) {
    const shortest = spans.reduce((a, b) => (b.text.length < a.text.length ? b : a));
    claims.push({
      id: `c${firstId + claims.length}`,
      text:
        shortest.text.length > CLAIM_TEXT_CHARS
          ? `${shortest.text.slice(0, CLAIM_TEXT_CHARS)}…`
          : shortest.text,
      statements: items.map((x) => ({ span: x.span, by: x.voice.by })),
      outlets: [...new Set(g.members.map((m) => m.ctx.outlet))],
      status: 'corroborated',
      kind: 'signature',
      key: `s|${[...g.terms].sort().join(' ')}`,
      voices,
      origins: describeOrigins(items.map((x) => ({ voice: x.voice, outlet: x.ctx.outlet }))),
      voiceGroups: describeVoices(origins),
    });
  }
  return claims;
}

/**
 * Counted origins that are not a named speaker's quotation. A signature pairs sentences by shared
 * words; a named speaker's words shared with a paper's sentence were, on the judged days, his
 * statement retold by that paper (one origin) or his saying another thing in the same terms, so
 * such a claim needs two origins besides him.
 */
const unquoted = (groups: OriginGroup[]) =>
  groups.filter((g) => g.counted && !g.members.some(namedSpeaker)).length;

/**
 * Shared terms all synonym sets of the lexicon ("the wounded", "the sick", "first" in two wordings):
 * the lexicon's own paraphrase of one statement, which needs no name in common.
 */
const onlySynonyms = (terms: Set<string>) => [...terms].every((t) => t[0] === '~' || t[0] === '+');

/**
 * Two counted origins whose sentences name one entity or one named referent: a signature's shared
 * words without a shared actor or place ("an attack", "the deal") are a topic, not one fact.
 */
function namesInCommon(groups: OriginGroup<OriginItem & { named: Set<string> }>[]): boolean {
  const counted = groups.filter((g) => g.counted);
  const names = (m: OriginItem & { named: Set<string> }) =>
    new Set([...(m.ctx.entities?.get(m.sent) ?? []), ...m.named]);
  for (let i = 0; i < counted.length; i++)
    for (let j = i + 1; j < counted.length; j++)
      for (const a of counted[i].members.map(names))
        for (const b of counted[j].members.map(names)) if ([...a].some((x) => b.has(x))) return true;
  return false;
}

/** Referents the lexicon's named synonym sets find in a sentence ("@turkey"), not linked entities. */
const referents = (sig: Sig) =>
  new Set([...sig.terms.keys()].filter((t) => t.startsWith('@') && !/^@e\d+$/.test(t)));

const CLAUSE_BREAK = /[،,؛;:.!?؟\n«»"]/;

/** The clause(s) around the shared words of a sentence, not the whole sentence. */
function statementSpan(m: Sig, terms: Set<string>): Span {
  const { ctx, sent } = m;
  const [lo, hi] = stretch(m, terms);
  const from = ctx.sentTok[sent];
  const to = sent + 1 < ctx.sentTok.length ? ctx.sentTok[sent + 1] : ctx.tokens.length;
  const toks = ctx.tokens;
  // the clause around the shared words, at most a few words beyond them
  // a break between word k-1 and word k; never the separator inside "1,500"
  const breakBefore = (k: number) =>
    breaksClause(
      ctx.text.slice(toks[k - 1].end, toks[k].start),
      toks[k - 1].text,
      toks[k].text,
      CLAUSE_BREAK,
    );
  let a = lo;
  while (a > from && a > lo - SPAN_REACH && !breakBefore(a)) a--;
  let b = hi;
  while (b + 1 < to && b < hi + SPAN_REACH && !breakBefore(b + 1)) b++;
  if (toks[b].end - toks[a].start > MAX_SPAN) [a, b] = [lo, hi];
  return spanOf(ctx, toks[a].start, toks[b].end);
}

/** Statement spans of the claims already made (corroborated or disputed); a blame spans its whole
 * sentence, so it says nothing of which words another claim stands on. */
function knownSpans(input: SignatureInput): Span[][] {
  return input.claims
    .filter((c) => c.status !== 'single-source' && c.kind !== 'blame')
    .map((c) => c.statements.map((s) => s.span));
}

/** Shared terms the event lexicon reads anyway: such a group may repeat an event claim. */
const onlyEvents = (terms: Set<string>) => [...terms].every((t) => EVENT_STEM.has(t));

const overlaps = (a: Span, b: Span) => a.article === b.article && a.start < b.end && b.start < a.end;

/** A group adds nothing when one claim already holds a statement overlapping each of its spans. */
function alreadyClaimed(spans: Span[], known: Span[][]): boolean {
  return known.some((list) => spans.every((s) => list.some((k) => overlaps(k, s))));
}
