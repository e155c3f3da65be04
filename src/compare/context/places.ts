// Places a sentence names, beyond the tagger's links: a word of a place the story's entities name
// elsewhere, standing after a preposition or place noun ("في العند"، "في جبهتي بلة والعند"), is the
// same place even where the tagger missed it (a glued "والعند", a list of fronts). Two tolls that
// name one place this way are one incident's (numeric.ts).
import type { Entity } from '../../contract.js';
import { searchKey } from '../../text/arabic.js';
import type { ArticleCtx } from './context.js';
import { matchKey } from './match.js';
import { readLexicon } from '../../lexicon.js';
import { eventsSchema } from '../../lexicon-schemas.js';

const PREPOSITIONS = new Set(
  readLexicon('events', eventsSchema).incidents.placePrepositions.forms.map(matchKey),
);
/** Words after a preposition or place noun where a place word still belongs to it ("في جبهتي بلة والعند"). */
const PREPOSITION_REACH = 3;
/** Letters a place word keeps: shorter words are too often common words. */
const MIN_PLACE_LETTERS = 3;

/** place surface (search key, as written with its article) -> entity id */
export type PlaceForms = Map<string, string>;

/** The one-word surfaces of the story's linked places (mention texts, names, aliases). */
export function placeForms(entities: Entity[]): PlaceForms {
  const out: PlaceForms = new Map();
  for (const e of entities) {
    if (e.type !== 'LOC') continue;
    const surfaces = [e.name, ...(e.aliases ?? []), ...e.mentions.map((m) => m.text)];
    for (const s of surfaces) {
      const k = searchKey(s.trim());
      if (!/\s/.test(k) && k.length >= MIN_PLACE_LETTERS && !out.has(k)) out.set(k, e.id);
    }
  }
  return out;
}

/** A token's surface without a conjunction and a glued "ب/ل" before the article ("والعند", "بالعند"). */
function surfaces(text: string): string[] {
  const k = searchKey(text);
  const out = [k];
  const bare = /^[وف]/.test(k) ? k.slice(1) : k;
  if (bare !== k) out.push(bare);
  if (/^[بل]ال/.test(bare)) out.push(bare.slice(1));
  return out.filter((x) => x.length >= MIN_PLACE_LETTERS);
}

/** Linked places of sentence i: the tagger's links and the place words after a preposition. */
export function placesOfSentence(ctx: ArticleCtx, i: number): Set<string> | undefined {
  const tagged = ctx.entities?.get(i);
  const forms = ctx.placeForms;
  if (!forms?.size) return tagged;
  const cache = (ctx.placeLinks ??= new Map());
  const hit = cache.get(i);
  if (hit) return hit.size ? hit : undefined;
  const out = new Set(tagged);
  const from = ctx.sentTok[i];
  const to = i + 1 < ctx.sentTok.length ? ctx.sentTok[i + 1] : ctx.tokens.length;
  let lastPrep = -Infinity;
  for (let t = from; t < to; t++) {
    const tok = ctx.tokens[t];
    if (PREPOSITIONS.has(tok.key)) {
      lastPrep = t;
      continue;
    }
    if (t - lastPrep > PREPOSITION_REACH && !/^و?ب/.test(tok.text)) continue;
    const id = surfaces(tok.text)
      .map((s) => forms.get(s))
      .find(Boolean);
    if (id) out.add(id);
  }
  cache.set(i, out);
  return out.size ? out : undefined;
}

/** The first place word among tokens [from, to) (the last, when `last`): its entity id and its word as written. */
export function placeAt(
  ctx: ArticleCtx,
  from: number,
  to: number,
  last = false,
): { place: string; placeText: string } | undefined {
  const forms = ctx.placeForms;
  if (!forms?.size) return undefined;
  const end = Math.min(to, ctx.tokens.length);
  for (let i = 0; i < end - from; i++) {
    const t = last ? end - 1 - i : from + i;
    const id = surfaces(ctx.tokens[t].text)
      .map((s) => forms.get(s))
      .find(Boolean);
    if (id) return { place: id, placeText: ctx.tokens[t].text };
  }
  return undefined;
}

/**
 * The place named among tokens [from, to): a one-word place word (placeAt), else a linked place
 * mention of several words that starts there ("قاعدة العند", which no one-word surface names).
 */
export function placeOrMentionAt(
  ctx: ArticleCtx,
  from: number,
  to: number,
  last = false,
): { place: string; placeText: string } | undefined {
  const word = placeAt(ctx, from, to, last);
  if (word) return word;
  const end = Math.min(to, ctx.tokens.length);
  if (from >= end) return undefined;
  const [lo, hi] = [ctx.tokens[from].start, ctx.tokens[end - 1].end];
  const inside = (ctx.placeMentions ?? []).filter((m) => m.start >= lo && m.start < hi);
  const m = last ? inside[inside.length - 1] : inside[0];
  return m && { place: m.id, placeText: m.text };
}
