// Copied passages and copied articles found by word shingles: sentences of two articles that share
// several four-word shingles are one passage (an edited wire copy keeps a third of them), and
// articles that share a fifth of the smaller one's shingles are one text. Plain data in and out
// (shingle sets per sentence, pairs of sentences or articles); origins.ts joins them into origins.
import type { ArticleCtx } from './context/context.js';

/** Words per passage shingle: four words in order rarely repeat across independent texts. */
const SHINGLE = 4;
/**
 * Shingles of a sentence found in another article that make it a copy: a stock phrase ("عملية
 * إجلاء الجرحى من الأحياء الشرقية") shares three or four; a copied sentence shares more.
 */
const MIN_SHARED = 5;
/** ... and the share of the sentence's shingles they cover: an edited copy still keeps a third. */
const MIN_SHARED_FRACTION = 0.3;
/** A shingle found in more sentences than this is a stock phrase of the story, not a copy. */
const MAX_POSTINGS = 12;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Distinct shingle hashes of each sentence of an article. */
export function sentenceShingles(ctx: ArticleCtx): Set<number>[] {
  const out = ctx.sentences.map(() => new Set<number>());
  const t = ctx.tokens;
  for (let i = 0; i + SHINGLE <= t.length; i++) {
    if (t[i + SHINGLE - 1].sent !== t[i].sent) continue;
    let key = t[i].key;
    for (let j = 1; j < SHINGLE; j++) key += ' ' + t[i + j].key;
    out[t[i].sent].add(fnv1a(key));
  }
  return out;
}

export interface SentRef {
  art: number;
  sent: number;
}

/**
 * Pairs of sentences in different articles that are one passage: most of a sentence's shingles
 * found in the other article (sentence breaks differ between copies), paired with the sentence
 * there that shares the most. Found through a shingle index, never all pairs.
 */
export function copiedSentences(shingles: Set<number>[][]): [SentRef, SentRef][] {
  const postings = new Map<number, SentRef[]>();
  shingles.forEach((sents, art) =>
    sents.forEach((set, sent) => {
      for (const h of set) {
        const l = postings.get(h);
        if (!l) postings.set(h, [{ art, sent }]);
        else if (l.length <= MAX_POSTINGS) l.push({ art, sent });
      }
    }),
  );
  const pairs: [SentRef, SentRef][] = [];
  shingles.forEach((sents, art) =>
    sents.forEach((set, sent) => {
      // per other article: shingles found there, and per sentence there
      const perArt = new Map<number, number>();
      const perSent = new Map<string, number>();
      for (const h of set) {
        const list = postings.get(h)!;
        if (list.length > MAX_POSTINGS) continue;
        const arts = new Set<number>();
        for (const r of list) {
          if (r.art === art) continue;
          arts.add(r.art);
          const k = `${r.art}:${r.sent}`;
          perSent.set(k, (perSent.get(k) ?? 0) + 1);
        }
        for (const a of arts) perArt.set(a, (perArt.get(a) ?? 0) + 1);
      }
      for (const [other, n] of perArt) {
        if (other < art || n < MIN_SHARED || n < MIN_SHARED_FRACTION * set.size) continue;
        let best = -1;
        let bestN = 0;
        for (const [k, m] of perSent) {
          const [a, s2] = k.split(':').map(Number);
          if (a === other && m > bestN) [best, bestN] = [s2, m];
        }
        if (best >= 0)
          pairs.push([
            { art, sent },
            { art: other, sent: best },
          ]);
      }
    }),
  );
  return pairs;
}

/**
 * A sentence between two sentences copied from two sentences one apart in another article is the
 * copy of the sentence between those, rewritten beyond the shingles' reach (an outlet edits the
 * middle of a wire paragraph: a word swapped, a clause cut, hamzas dropped), not its own reporting.
 */
export function withEditedMiddles(pairs: [SentRef, SentRef][]): [SentRef, SentRef][] {
  const copyOf = new Map<string, SentRef[]>();
  const add = (x: SentRef, y: SentRef) => {
    const k = `${x.art}:${x.sent}`;
    const l = copyOf.get(k);
    if (l) l.push(y);
    else copyOf.set(k, [y]);
  };
  for (const [a, b] of pairs) {
    add(a, b);
    add(b, a);
  }
  const out = [...pairs];
  for (const [k, ys] of copyOf) {
    const [art, sent] = k.split(':').map(Number);
    for (const y of ys) {
      const after = copyOf.get(`${art}:${sent + 2}`) ?? [];
      const middle = { art, sent: sent + 1 };
      if (copyOf.has(`${art}:${sent + 1}`)) continue;
      if (after.some((z) => z.art === y.art && z.sent === y.sent + 2))
        out.push([middle, { art: y.art, sent: y.sent + 1 }]);
    }
  }
  return out;
}

/** Share of the smaller article's shingles found in the other that makes two articles one text (an edited wire copy). */
const ARTICLE_CONTAINMENT = 0.2;

/** Shingles two articles must share, whatever their length, to be one text: two short reports of one event share stock phrases. */
const ARTICLE_MIN_SHARED = 12;

/** Pairs of articles sharing at least ARTICLE_CONTAINMENT of the smaller one's shingles. */
export function containedPairs(shingles: Set<number>[][]): [number, number][] {
  const all = shingles.map((sents) => {
    const set = new Set<number>();
    for (const s of sents) for (const h of s) set.add(h);
    return set;
  });
  const postings = new Map<number, number[]>();
  all.forEach((set, art) => {
    for (const h of set) {
      const l = postings.get(h);
      if (l) l.push(art);
      else postings.set(h, [art]);
    }
  });
  const shared = new Map<string, number>();
  for (const l of postings.values()) {
    // a shingle in many articles is a stock phrase (or a mass republication dedup already
    // grouped); skipping it keeps the pairing linear
    if (l.length > MAX_POSTINGS) continue;
    for (let i = 0; i < l.length; i++)
      for (let j = i + 1; j < l.length; j++) {
        const k = `${l[i]}|${l[j]}`;
        shared.set(k, (shared.get(k) ?? 0) + 1);
      }
  }
  const out: [number, number][] = [];
  for (const [k, n] of shared) {
    const [a, b] = k.split('|').map(Number);
    const small = Math.min(all[a].size, all[b].size);
    if (n >= ARTICLE_MIN_SHARED && n >= ARTICLE_CONTAINMENT * small) out.push([a, b]);
  }
  return out;
}
