// Articles that rewrite one text. Outlets rewrite a wire or a release beyond the reach of word
// shingles (a word swapped in every clause, a clause cut, hamzas dropped), but each sentence keeps
// most of its content words: two articles with several such sentence pairs are one text, whatever
// their credits say. Independent reports of one event share names and figures in a sentence or
// two (the lead's facts), not sentence after sentence.
import type { ArticleCtx } from './context/context.js';

/** Content stems a sentence needs to be compared: shorter ones (a dateline, "وأضاف") tell nothing. */
const MIN_STEMS = 5;
/** Share of the smaller sentence's stems found in the other that makes one sentence rewritten. */
const SENTENCE_SHARE = 0.5;
/**
 * Stems of the shorter sentence against the longer: a rewrite keeps about a sentence's length (a
 * bullet line inside a long sentence is no rewrite of it).
 */
const LENGTH_RATIO = 0.4;
/** Rewritten sentences two articles share (in each of them) to be one text. */
const MIN_REWRITTEN = 4;
/** A stem in more sentences of the story than this is a topic word: it finds no candidates. */
const MAX_POSTINGS = 40;
/** Rare stems two sentences share before their whole stem sets are compared. */
const MIN_RARE_SHARED = 2;
/** Stems shorter than this are particles and pronouns. */
const CONTENT = 3;

interface Sent {
  art: number;
  stems: Set<string>;
}

const DIGIT = /[0-9٠-٩]/;

function sentencesOf(ctxs: ArticleCtx[]): Sent[] {
  const out: Sent[] = [];
  ctxs.forEach((ctx, art) => {
    const bySent = ctx.sentences.map(() => new Set<string>());
    for (const t of ctx.tokens)
      if (t.stem.length >= CONTENT && !DIGIT.test(t.text)) bySent[t.sent].add(t.stem);
    for (const stems of bySent) if (stems.size >= MIN_STEMS) out.push({ art, stems });
  });
  return out;
}

function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/**
 * Pairs of articles (indices into `ctxs`) that share MIN_REWRITTEN rewritten sentences or more:
 * each of those sentences holds half the other's content stems or more, at about its length, and
 * is the twin of one sentence only (a long sentence holding the words of several short ones is no
 * rewrite of each). Candidates come through an index of rare stems, never all pairs of sentences.
 */
export function rewrittenPairs(ctxs: ArticleCtx[]): [number, number][] {
  const sents = sentencesOf(ctxs);
  const postings = new Map<string, number[]>();
  sents.forEach((s, i) => {
    for (const x of s.stems) {
      const l = postings.get(x);
      if (l) l.push(i);
      else postings.set(x, [i]);
    }
  });
  // per article pair: the sentences of each side paired with a rewritten twin on the other, each once
  const twins = new Map<string, [Set<number>, Set<number>]>();
  sents.forEach((s, i) => {
    const rare = new Map<number, number>();
    for (const x of s.stems) {
      const l = postings.get(x)!;
      if (l.length > MAX_POSTINGS) continue;
      for (const j of l) if (j > i && sents[j].art !== s.art) rare.set(j, (rare.get(j) ?? 0) + 1);
    }
    for (const [j, n] of rare) {
      if (n < MIN_RARE_SHARED) continue;
      const t = sents[j];
      const [short, long] = [Math.min(s.stems.size, t.stems.size), Math.max(s.stems.size, t.stems.size)];
      if (short < LENGTH_RATIO * long || shared(s.stems, t.stems) < SENTENCE_SHARE * short) continue;
      const [a, b, ia, ib] = s.art < t.art ? [s.art, t.art, i, j] : [t.art, s.art, j, i];
      const key = `${a}|${b}`;
      const entry = twins.get(key) ?? twins.set(key, [new Set(), new Set()]).get(key)!;
      if (entry[0].has(ia) || entry[1].has(ib)) continue;
      entry[0].add(ia);
      entry[1].add(ib);
    }
  });
  const out: [number, number][] = [];
  for (const [key, [x, y]] of twins)
    if (Math.min(x.size, y.size) >= MIN_REWRITTEN) out.push(key.split('|').map(Number) as [number, number]);
  return out;
}
