// Signature claims: statements the event lexicon has no key for ("Iran set new conditions", "the
// wounded leave first"), grouped across articles by the rare content words their sentences share.
// A sentence's signature is its content stems (synonym sets folded to one term) plus linked entity
// ids; candidate pairs come from an inverted index of rare terms, never from all pairs.
import type { Claim, Entity, Span } from '../../contract.js';
import { lightStem } from '../../text/arabic.js';
import { breaksClause } from '../../text/clause.js';
import type { ArticleCtx } from '../context/context.js';
import { spanOf } from '../context/context.js';
import type { Voice } from '../statements/voices.js';
import { describeOrigins } from '../statements/voices.js';
import { groupOrigins, type OriginGroup, type OriginItem } from './independence.js';
import { inOneOutlet, namedSpeaker } from './corroboration.js';
import { describeVoices } from './voice-groups.js';
import { framingLexicon } from '../framing/framing.js';
import { readLexicon } from '../../lexicon.js';
import { eventsSchema } from '../../lexicon-schemas.js';
import { NEGATION } from '../statements/event-words.js';

const lex = readLexicon('events', eventsSchema);

/** stem -> synonym set term ("~sponsor") */
const SYNONYM = new Map<string, string>();
for (const s of lex.synonyms.sets) {
  for (const f of s.forms) SYNONYM.set(lightStem(f), `${s.name ? '@' : s.weak ? '+' : '~'}${s.id}`);
}
/** stems of event words: sharing one ties two sentences to one happening */
const EVENT_STEM = new Set(
  [...lex.statuses, ...lex.topics].flatMap((x) => x.forms.filter((f) => !f.includes(' ')).map(lightStem)),
);
const STOP = new Set(framingLexicon.stopwords.forms.map(lightStem));

/** a pair is found through a term rarer than this share of the story's sentences */
const RARE_SHARE = 0.08;
/** a shared term counts when rarer than this share (common words say nothing) */
const MAX_SHARE = 0.25;
/** a term in more sentences than this never blocks (the index stays small on big stories) */
const MAX_POSTINGS = 12;
/** shared informative terms needed for a pair */
const MIN_SHARED = 2;
/** summed idf of the shared terms needed for a pair */
const MIN_SCORE = 3;
/** most words from the first to the last shared word of a sentence */
const MAX_WINDOW = 30;
/** claims kept per story: the strongest first */
const MAX_CLAIMS = 12;
/** longest statement span; a longer clause is cut to the shared words */
const MAX_SPAN = 220;
/** words a statement span reaches past the shared words, inside their clause */
const SPAN_REACH = 4;

/** shared terms that make a statement, unless both are synonym sets */
const MIN_PLAIN_SHARED = 3;
/** independent voices a signature claim needs: one voice repeating itself corroborates nothing */
const MIN_VOICES = 2;
/** characters of a claim's text: its shortest statement, clipped to a line */
const CLAIM_TEXT_CHARS = 100;

/** token indexes stay below this (2^24 tokens per article) */
const SPAN_PACK = 16_777_216;

interface Sig {
  ctx: ArticleCtx;
  sent: number;
  /** term -> token indexes carrying it */
  /** term -> first and last token index carrying it, packed as first * SPAN_PACK + last */
  terms: Map<string, number>;
}

interface SignatureInput {
  ctxs: ArticleCtx[];
  entities: Entity[];
  voiceOf: (ctx: ArticleCtx, offset: number) => Voice;
  /** claims already made: a group they already hold is not repeated */
  claims: Claim[];
}

const termCache = new Map<string, string | null>();

/** Term of a stem (a synonym set, else the stem), or null for function words, numbers, short stems. */
function termOf(stem: string): string | null {
  let t = termCache.get(stem);
  if (t !== undefined) return t;
  t = SYNONYM.get(stem) ?? (stem.length < 3 || STOP.has(stem) || /\d/.test(stem) ? null : stem);
  if (termCache.size > 200_000) termCache.clear();
  termCache.set(stem, t);
  return t;
}

function signatures(ctxs: ArticleCtx[], entities: Entity[]): Sig[] {
  // linked names by article: [start, end, id]; a name's words are the entity, not content words
  const names = new Map<string, [number, number, string][]>();
  for (const e of entities) {
    for (const m of e.mentions) {
      let l = names.get(m.article);
      if (!l) names.set(m.article, (l = []));
      l.push([m.start, m.end, `@${e.id}`]);
    }
  }
  const out: Sig[] = [];
  for (const ctx of ctxs) {
    const ents = (names.get(ctx.id) ?? []).sort((a, b) => a[0] - b[0]);
    let e = 0;
    let d = 0;
    for (let s = 0; s < ctx.sentences.length; s++) {
      const from = ctx.sentTok[s];
      const to = s + 1 < ctx.sentTok.length ? ctx.sentTok[s + 1] : ctx.tokens.length;
      // one number per term, no array per word: this loop runs over every token of the story
      const terms = new Map<string, number>();
      const add = (t: string, i: number) => {
        const v = terms.get(t);
        terms.set(t, v === undefined ? i * SPAN_PACK + i : v - (v % SPAN_PACK) + i);
      };
      for (let i = from; i < to; i++) {
        const tok = ctx.tokens[i];
        while (e < ents.length && ents[e][1] <= tok.start) e++;
        const inName = e < ents.length && ents[e][0] <= tok.start;
        // a date says when, not what: "Wednesday 14 December" ties no two statements
        while (d < ctx.dates.length && ctx.dates[d].end <= tok.start) d++;
        if (d < ctx.dates.length && ctx.dates[d].start <= tok.start) continue;
        // a name a synonym set knows ("تركيا") is that set's term alone: one referent, one term
        if (inName && SYNONYM.get(tok.stem)?.[0] !== '@') add(ents[e][2], i);
        // a synonym set still counts inside a name ("تركيا" and "تركية" are one term)
        const t = termOf(tok.stem);
        if (t && (!inName || SYNONYM.has(tok.stem))) add(t, i);
      }
      if (terms.size >= MIN_SHARED) out.push({ ctx, sent: s, terms });
    }
  }
  return out;
}

/** The shared words lie within one stretch of the sentence: words scattered over a long sentence
 * are not one statement. */
function close(sig: Sig, terms: Iterable<string>): boolean {
  const [lo, hi] = stretch(sig, terms);
  return hi - lo <= MAX_WINDOW;
}

/** First and last token index of the sentence's words carrying the terms. */
function stretch(sig: Sig, terms: Iterable<string>): [number, number] {
  let lo = Infinity;
  let hi = -1;
  for (const t of terms) {
    const v = sig.terms.get(t);
    if (v === undefined) continue;
    lo = Math.min(lo, Math.floor(v / SPAN_PACK));
    hi = Math.max(hi, v % SPAN_PACK);
  }
  return [lo, hi];
}

/** Words before the first shared word where a negation still governs the statement ("لم يستهدف القصف"). */
const NEGATION_REACH = 2;

/** The shared words are said negated ("لا توجد قرى في محيط القصف"): a denial is no confirmation. */
function negated(sig: Sig, terms: string[]): boolean {
  const [lo, hi] = stretch(sig, terms);
  const toks = sig.ctx.tokens;
  for (let i = Math.max(sig.ctx.sentTok[sig.sent], lo - NEGATION_REACH); i <= hi; i++) {
    if (NEGATION.has(toks[i].key)) return true;
  }
  return false;
}

/** An anchor term: a synonym set or an event word (a shared name alone is no shared statement). */
const isAnchor = (t: string) => t[0] === '~' || EVENT_STEM.has(t);

interface Group {
  members: Sig[];
  terms: Set<string>;
  score: number;
}

/** How rare each term is among the story's sentences, and the tests built on it. */
interface Rarity {
  /** sentences with a signature */
  n: number;
  df: Map<string, number>;
  rareDf: number;
  idf: (t: string) => number;
  /** a term that counts in a shared set: a plain word only when rare, a name or synonym set also when fairly common */
  counts: (t: string) => boolean;
  rareAnchor: (t: string) => boolean;
  /** shared terms that make one statement */
  enough: (terms: string[]) => boolean;
}

function rarityOf(sigs: Sig[]): Rarity {
  const df = new Map<string, number>();
  for (const s of sigs) for (const t of s.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = sigs.length;
  const rareDf = Math.max(2, Math.floor(n * RARE_SHARE));
  const maxDf = Math.max(2, Math.floor(n * MAX_SHARE));
  const rareAnchor = (t: string) => isAnchor(t) && df.get(t)! <= rareDf;
  return {
    n,
    df,
    rareDf,
    idf: (t) => Math.log(n / df.get(t)!),
    counts: (t) => df.get(t)! <= (t[0] === '~' || t[0] === '@' ? maxDf : rareDf),
    rareAnchor,
    // one rare statement word, and three shared terms, or two synonym sets ("the wounded" and "first"
    // in two wordings); a name and a synonym set ("Turkey" and "at the same time") or two bare event
    // words ("truce" and "deal") are a topic, not a statement
    enough: (terms) =>
      terms.some(rareAnchor) &&
      (terms.length >= MIN_PLAIN_SHARED || (terms.length >= MIN_SHARED && terms.every((t) => t[0] === '~'))),
  };
}

interface Pair {
  a: number;
  b: number;
  terms: string[];
  score: number;
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

/** Pairs of sentences from two articles sharing enough rare terms close together, strongest first. */
function candidatePairs(sigs: Sig[], r: Rarity): Pair[] {
  const n = r.n;
  // inverted index over rare anchor terms only: candidate pairs cost sum(postings^2), never n^2
  const postings = new Map<string, number[]>();
  sigs.forEach((s, i) => {
    for (const t of s.terms.keys()) {
      const d = r.df.get(t)!;
      // every pair kept shares a rare anchor, so blocking on anchors alone loses none
      if (d < 2 || d > MAX_POSTINGS || !r.rareAnchor(t)) continue;
      const l = postings.get(t);
      if (l) l.push(i);
      else postings.set(t, [i]);
    }
  });
  const seen = new Set<number>();
  const pairs: Pair[] = [];
  for (const list of postings.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [a, b] = [list[x], list[y]];
        if (sigs[a].ctx === sigs[b].ctx || seen.has(a * n + b)) continue;
        seen.add(a * n + b);
        // the pair is scored on every shared term that is not common
        const terms = [...sigs[a].terms.keys()].filter((t) => r.counts(t) && sigs[b].terms.has(t));
        if (!r.enough(terms) || !close(sigs[a], terms) || !close(sigs[b], terms)) continue;
        if (negated(sigs[a], terms) !== negated(sigs[b], terms)) continue;
        const score = terms.reduce((z, t) => z + r.idf(t), 0);
        if (score >= MIN_SCORE) pairs.push({ a, b, terms, score });
      }
    }
  }
  return pairs.sort((x, y) => y.score - x.score);
}

/**
 * Greedy grouping: one sentence per group, one sentence per article, and a joiner must share
 * the group's own terms (no chaining from "sponsors" to "conditions" through one long sentence).
 */
function groupPairs(sigs: Sig[], pairs: Pair[], r: Rarity): Group[] {
  const groupOf = new Map<number, Group>();
  const groups: Group[] = [];
  for (const p of pairs) {
    const ga = groupOf.get(p.a);
    const gb = groupOf.get(p.b);
    if (ga && gb) continue;
    if (!ga && !gb) {
      const g = { members: [sigs[p.a], sigs[p.b]], terms: new Set(p.terms), score: p.score };
      groups.push(g);
      groupOf.set(p.a, g).set(p.b, g);
      continue;
    }
    const g = (ga ?? gb)!;
    const other = ga ? p.b : p.a;
    if (g.members.some((m) => m.ctx === sigs[other].ctx)) continue;
    // a joiner shares at least half of what the group stands on, not just any two words of it
    const common = p.terms.filter((t) => g.terms.has(t));
    if (!r.enough(common) || common.length * 2 < g.terms.size) continue;
    g.members.push(sigs[other]);
    g.score += p.score;
    groupOf.set(other, g);
  }
  return groups;
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
