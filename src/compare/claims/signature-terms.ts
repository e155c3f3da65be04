// Sentence signatures for signature claims (signature.ts): a sentence's content stems, synonym
// sets of the events lexicon folded to one term, plus linked entity ids, each with where it sits in
// the sentence; and the tests on where shared words lie (close together, negated or not).
import type { Entity } from '../../contract.js';
import { lightStem } from '../../text/arabic.js';
import type { ArticleCtx } from '../context/context.js';
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
export const EVENT_STEM = new Set(
  [...lex.statuses, ...lex.topics].flatMap((x) => x.forms.filter((f) => !f.includes(' ')).map(lightStem)),
);
const STOP = new Set(framingLexicon.stopwords.forms.map(lightStem));

/** shared informative terms needed for a pair */
export const MIN_SHARED = 2;
/** most words from the first to the last shared word of a sentence */
const MAX_WINDOW = 30;

/** token indexes stay below this (2^24 tokens per article) */
const SPAN_PACK = 16_777_216;

export interface Sig {
  ctx: ArticleCtx;
  sent: number;
  /** term -> first and last token index carrying it, packed as first * SPAN_PACK + last */
  terms: Map<string, number>;
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

export function signatures(ctxs: ArticleCtx[], entities: Entity[]): Sig[] {
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
export function close(sig: Sig, terms: Iterable<string>): boolean {
  const [lo, hi] = stretch(sig, terms);
  return hi - lo <= MAX_WINDOW;
}

/** First and last token index of the sentence's words carrying the terms. */
export function stretch(sig: Sig, terms: Iterable<string>): [number, number] {
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
export function negated(sig: Sig, terms: string[]): boolean {
  const [lo, hi] = stretch(sig, terms);
  const toks = sig.ctx.tokens;
  for (let i = Math.max(sig.ctx.sentTok[sig.sent], lo - NEGATION_REACH); i <= hi; i++) {
    if (NEGATION.has(toks[i].key)) return true;
  }
  return false;
}

/** An anchor term: a synonym set or an event word (a shared name alone is no shared statement). */
export const isAnchor = (t: string) => t[0] === '~' || EVENT_STEM.has(t);
