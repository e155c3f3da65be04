// Candidate pairs and groups of signature claims (signature.ts): sentences of different articles
// sharing enough rare terms close together, found through an inverted index of rare anchor terms
// (never all pairs), then grouped greedily, one sentence per article.
import { MIN_SHARED, close, isAnchor, negated, type Sig } from './signature-terms.js';

/** a pair is found through a term rarer than this share of the story's sentences */
const RARE_SHARE = 0.08;
/** a shared term counts when rarer than this share (common words say nothing) */
const MAX_SHARE = 0.25;
/** a term in more sentences than this never blocks (the index stays small on big stories) */
const MAX_POSTINGS = 12;
/** summed idf of the shared terms needed for a pair */
const MIN_SCORE = 3;
/** shared terms that make a statement, unless both are synonym sets */
const MIN_PLAIN_SHARED = 3;

export interface Group {
  members: Sig[];
  terms: Set<string>;
  score: number;
}

/** How rare each term is among the story's sentences, and the tests built on it. */
export interface Rarity {
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

export function rarityOf(sigs: Sig[]): Rarity {
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

export interface Pair {
  a: number;
  b: number;
  terms: string[];
  score: number;
}

/** Pairs of sentences from two articles sharing enough rare terms close together, strongest first. */
export function candidatePairs(sigs: Sig[], r: Rarity): Pair[] {
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
export function groupPairs(sigs: Sig[], pairs: Pair[], r: Rarity): Group[] {
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
