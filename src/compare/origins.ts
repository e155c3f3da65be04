// Shared origins at passage level. Outlets rewrite one wire text (trim it, pad it, reorder it),
// so whole-article near-duplicates miss most copies: sentences copied between articles are one
// passage and articles that copy most of each other are one text (copies.ts), articles credited to
// one agency ("(رويترز)", "عدن - د ب أ") are one text, and so are rewritten ones (rewrites.ts).
// Each sentence gets an origin; a claim is corroborated only by statements of two origins or more.
import { readLexicon } from '../lexicon.js';
import { wireCreditsSchema } from '../lexicon-schemas.js';
import { isoOrder, sentenceAt, type ArticleCtx } from './context/context.js';
import { findPhrases, indexPhrases } from './context/match.js';
import { paperName, papersCredited } from './paper-credits.js';
import { rewrittenPairs } from './rewrites.js';
import { containedPairs, copiedSentences, sentenceShingles, withEditedMiddles } from './copies.js';

/** Tokens at an article's head and tail where a credit line stands ("عدن - (د ب أ):"). */
const CREDIT_HEAD_TOKENS = 12;
const CREDIT_TAIL_TOKENS = 8;

const credits = indexPhrases(
  readLexicon('wire-credits', wireCreditsSchema).entries.flatMap((e) =>
    e.forms.map((f): [string, string] => [f, e.agency]),
  ),
);

export interface Origin {
  /** independence key: statements of one origin are one voice */
  id: string;
  /** who the text comes from, for display: an agency or the first outlet that ran it */
  label: string;
  /** the label is an agency a credit line names ("(رويترز)"), not the first outlet that ran the text */
  agency?: boolean;
}

export interface Origins {
  /** origin of the passage at `offset` of an article */
  at(ctx: ArticleCtx, offset: number): Origin;
  /** agency credited for each article, when one is */
  credit: Map<string, string>;
}

class UnionFind {
  private parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(i: number): number {
    const p = this.parent;
    while (p[i] !== i) i = p[i] = p[p[i]];
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** The agency an article's head or tail credits, if any. */
export function creditOf(ctx: ArticleCtx): string | undefined {
  const n = ctx.tokens.length;
  const head = findPhrases(ctx.tokens, credits, 0, Math.min(n, CREDIT_HEAD_TOKENS));
  if (head.length) return head[0].value;
  const tail = findPhrases(ctx.tokens, credits, Math.max(0, n - CREDIT_TAIL_TOKENS), n);
  return tail.length ? tail[0].value : undefined;
}

/**
 * Join the homes of articles that are one text: near-duplicates, one agency's credit, edited or
 * rewritten copies, a paper's report another article credits.
 */
function joinTexts(
  ctxs: ArticleCtx[],
  groupOf: Map<string, string>,
  shingles: Set<number>[][],
  o: Graph,
): void {
  const index = new Map(ctxs.map((c, i) => [c.id, i]));
  const byAgency = new Map<string, number>();
  ctxs.forEach((c, i) => {
    const g = index.get(groupOf.get(c.id) ?? c.id);
    if (g !== undefined) o.uf.union(o.home[i], o.home[g]);
    const agency = creditOf(c);
    if (!agency) return;
    o.credit.set(c.id, agency);
    if (byAgency.has(agency)) o.uf.union(o.home[i], o.home[byAgency.get(agency)!]);
    else byAgency.set(agency, i);
  });
  for (const [a, b] of containedPairs(shingles)) o.uf.union(o.home[a], o.home[b]);
  for (const [a, b] of rewrittenPairs(ctxs)) o.uf.union(o.home[a], o.home[b]);
  // an article crediting another paper of the story relays that paper's report
  const byPaper = new Map<string, number>();
  ctxs.forEach((c, i) => {
    const name = paperName(c.outlet);
    if (name && !byPaper.has(name)) byPaper.set(name, i);
  });
  ctxs.forEach((c, i) => {
    for (const name of papersCredited(c)) {
      const j = byPaper.get(name);
      if (j !== undefined) o.uf.union(o.home[i], o.home[j]);
    }
  });
}

interface Graph {
  uf: UnionFind;
  home: number[];
  sentNode: number[][];
  credit: Map<string, string>;
}

/**
 * Origins of every sentence of a story. `groupOf` maps an article to the canonical article of its
 * near-duplicate group (one text already).
 */
export function findOrigins(ctxs: ArticleCtx[], groupOf: Map<string, string>): Origins {
  const uf = new UnionFind();
  const o: Graph = {
    uf,
    home: ctxs.map(() => uf.add()),
    sentNode: ctxs.map((c) => c.sentences.map(() => uf.add())),
    credit: new Map(),
  };
  const { home, sentNode, credit } = o;
  const shingles = ctxs.map(sentenceShingles);
  joinTexts(ctxs, groupOf, shingles, o);
  // texts an agency's credit claims: their copies speak for the agency, not for the outlet
  const agencyRoots = new Set(ctxs.flatMap((c, i) => (credit.has(c.id) ? [uf.find(home[i])] : [])));
  const wire = ctxs.map((_, i) => agencyRoots.has(uf.find(home[i])));
  const copied = ctxs.map(() => new Set<number>());
  for (const [a, b] of withEditedMiddles(copiedSentences(shingles))) {
    uf.union(sentNode[a.art][a.sent], sentNode[b.art][b.sent]);
    copied[a.art].add(a.sent);
    copied[b.art].add(b.sent);
    // a passage shared by two copies of one text is that text's
    if (uf.find(home[a.art]) === uf.find(home[b.art])) uf.union(sentNode[a.art][a.sent], home[a.art]);
  }
  // a sentence copied nowhere is the article's own text; a credit line claims every sentence
  ctxs.forEach((c, i) => {
    c.sentences.forEach((_, s) => {
      if (credit.has(c.id) || !copied[i].has(s)) uf.union(sentNode[i][s], home[i]);
    });
  });
  // an outlet's own reporting across its articles is one voice (its correspondents, its desk)
  const ownOf = new Map<string, number>();
  ctxs.forEach((c, i) => {
    if (wire[i]) return;
    if (ownOf.has(c.outlet)) uf.union(home[i], home[ownOf.get(c.outlet)!]);
    else ownOf.set(c.outlet, i);
  });
  return { at: originLookup(ctxs, uf, home, sentNode, credit), credit };
}

/** Origin lookup: root id, labelled by a credited agency or the earliest article's outlet. */
function originLookup(
  ctxs: ArticleCtx[],
  uf: UnionFind,
  home: number[],
  sentNode: number[][],
  credit: Map<string, string>,
): Origins['at'] {
  const label = new Map<number, string>();
  const agencyLabelled = new Set<number>();
  const order = ctxs
    .map((c, i) => i)
    .sort((a, b) => isoOrder(ctxs[a].article.published ?? '9999', ctxs[b].article.published ?? '9999'));
  // credited agencies name their origin first, then the earliest outlet that ran the text
  for (const i of order) {
    const agency = credit.get(ctxs[i].id);
    if (!agency) continue;
    for (const n of [home[i], ...sentNode[i]]) {
      const r = uf.find(n);
      if (label.has(r)) continue;
      label.set(r, agency);
      agencyLabelled.add(r);
    }
  }
  for (const i of order)
    for (const n of [home[i], ...sentNode[i]]) {
      const r = uf.find(n);
      if (!label.has(r)) label.set(r, ctxs[i].outlet);
    }
  const index = new Map(ctxs.map((c, i) => [c.id, i]));
  return (ctx, offset) => {
    const i = index.get(ctx.id);
    if (i === undefined) return { id: `origin:${ctx.id}`, label: ctx.outlet };
    const r = uf.find(sentNode[i][sentenceAt(ctx, offset)] ?? home[i]);
    return {
      id: `origin:${r}`,
      label: label.get(r) ?? ctx.outlet,
      ...(agencyLabelled.has(r) ? { agency: true } : {}),
    };
  };
}
