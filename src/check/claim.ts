// `sanad check "<claim>"`: retrieve the articles that may address a claim from a coverage provider,
// decide each one's stance, and sum up: how many independent origins support the claim and how
// many contradict it (republished copies fold into one origin by near-duplicate detection, and
// two outlets quoting one named source or one wire are one origin), and the strongest contradicting
// statement, cited.
import type { QuoteDraft, Span } from '../contract.js';
import type { AnnotatedArticle } from '../annotate/annotate.js';
import { buildContext, type ArticleCtx } from '../compare/context/context.js';
import { numberFindings } from '../assemble.js';
import { findDuplicates } from '../compare/dedup.js';
import { voiceAt } from '../compare/statements/voices.js';
import { stanceOf, type ArticleStance } from './check.js';
import type { ScoredSentence } from './features.js';
import type { Coverage } from './coverage.js';
import type { CheckLabel } from './model.js';
import { readClaim } from './views.js';

/** Articles retrieved and checked per claim unless asked otherwise. */
export const DEFAULT_LIMIT = 50;

/**
 * A rationale sentence: a span of the article, with its speaker and chain when it is a quotation.
 * `field: 'title'` when the sentence is the article's title held apart from its text: `start` and
 * `end` are then offsets into the title.
 */
export interface Evidence extends Span {
  field?: 'title';
  speaker?: { text: string; kind: string };
  channel?: string;
  via?: string[];
}

export interface CheckedArticle {
  id: string;
  title?: string;
  outlet?: string;
  published?: string;
  source: { path?: string; url?: string };
  stance: CheckLabel;
  score: number;
  rationale: Evidence[];
  /** where the article's statement comes from upstream (a named source, a wire, else the outlet) */
  origin: string;
  /** the first article this one republishes, when it is a near-duplicate copy */
  copyOf?: string;
}

export interface Verdict {
  /** independent origins among the agreeing / the disagreeing articles */
  support: number;
  contradict: number;
  supportOrigins: string[];
  contradictOrigins: string[];
  /** article counts per stance (copies included) */
  articles: Record<CheckLabel, number>;
  strongestContradiction: (Evidence & { score: number; origin: string }) | null;
  summary: string;
}

export interface CheckResult {
  claim: string;
  /** articles the coverage holds, and how many were retrieved and read */
  searched: number;
  retrieved: number;
  articles: CheckedArticle[];
  verdict: Verdict;
}

export interface CheckOptions {
  limit?: number;
  from?: string;
  to?: string;
  story?: string;
}

function evidenceOf(a: AnnotatedArticle, r: ScoredSentence): Evidence {
  const { start, end } = r.sentence;
  if (r.sentence.index < 0) {
    // the title outside the text: a span of the title, past the blanks the title view trimmed
    const title = a.article.title ?? '';
    const at = Math.max(0, title.indexOf(r.sentence.text)) + start;
    const span = { start: at, end: at + end - start };
    return { article: a.article.id, ...span, text: title.slice(span.start, span.end), field: 'title' };
  }
  const text = a.article.text;
  const span: Evidence = { article: a.article.id, start, end, text: text.slice(start, end) };
  const q: QuoteDraft | undefined = a.quotes.find((x) => x.start < end && x.end > start);
  if (!q) return span;
  return {
    ...span,
    speaker: { text: q.speaker.text, kind: q.speaker.kind },
    ...(q.channel ? { channel: q.channel.text } : {}),
    ...(q.via?.length ? { via: q.via.map((v) => v.text) } : {}),
  };
}

interface Read {
  annotated: AnnotatedArticle;
  stance: ArticleStance;
}

/** Origin of each related article: its voice, copies speaking through the article they copy. */
function originsOf(read: Read[]): Map<string, { origin: string; by: string; copyOf?: string }> {
  const ctxs: ArticleCtx[] = read.map((r) => {
    // the comparison reads numbered findings; these ids stay local to this context
    const { dates, quotes } = numberFindings([r.annotated]);
    return buildContext(r.annotated.article, r.annotated.sentences, dates, quotes);
  });
  const { groupOf } = findDuplicates(ctxs);
  const outletOf = new Map(ctxs.map((c) => [c.id, c.outlet]));
  const out = new Map<string, { origin: string; by: string; copyOf?: string }>();
  ctxs.forEach((ctx, i) => {
    const canonical = groupOf.get(ctx.id) ?? ctx.id;
    const at = read[i].stance.rationale.find((r) => r.sentence.index >= 0)?.sentence.start ?? 0;
    const voice = voiceAt(ctx, at, (id) => outletOf.get(groupOf.get(id) ?? id) ?? id);
    // a copy is one origin with what it copies, whoever it quotes
    const origin = canonical !== ctx.id ? `copy:${canonical}` : voice.id;
    out.set(ctx.id, { origin, by: voice.by, ...(canonical !== ctx.id ? { copyOf: canonical } : {}) });
  });
  // copies take the origin of their canonical article
  for (const [id, o] of out)
    if (o.copyOf) out.set(id, { ...o, origin: out.get(o.copyOf)?.origin ?? o.origin });
  return out;
}

function verdictOf(articles: CheckedArticle[], originIds: Map<string, string>, unrelated: number): Verdict {
  const count = (l: CheckLabel) => articles.filter((a) => a.stance === l).length;
  const originsFor = (l: CheckLabel) => {
    const seen = new Map<string, string>();
    for (const a of articles)
      if (a.stance === l && !seen.has(originIds.get(a.id)!)) seen.set(originIds.get(a.id)!, a.origin);
    return [...seen.values()];
  };
  const supportOrigins = originsFor('agree');
  const contradictOrigins = originsFor('disagree');
  const against = articles.filter((a) => a.stance === 'disagree' && a.rationale.length);
  const strongest = against.sort((a, b) => b.score - a.score)[0];
  const summary =
    `${supportOrigins.length} independent origin(s) support the claim, ${contradictOrigins.length} contradict it` +
    ` (${count('agree')} agreeing, ${count('disagree')} disagreeing, ${count('discuss')} discussing articles)`;
  return {
    support: supportOrigins.length,
    contradict: contradictOrigins.length,
    supportOrigins,
    contradictOrigins,
    articles: { agree: count('agree'), disagree: count('disagree'), discuss: count('discuss'), unrelated },
    strongestContradiction: strongest
      ? { ...strongest.rationale[0], score: strongest.score, origin: strongest.origin }
      : null,
    summary,
  };
}

const ORDER: Record<CheckLabel, number> = { disagree: 0, agree: 1, discuss: 2, unrelated: 3 };

/** Check a claim against a coverage: the related articles with their stances, and the verdict. */
export async function checkClaim(
  claimText: string,
  coverage: Coverage,
  opts: CheckOptions = {},
): Promise<CheckResult> {
  const claim = readClaim(claimText);
  const hits = await coverage.search({
    claim,
    limit: opts.limit ?? DEFAULT_LIMIT,
    from: opts.from,
    to: opts.to,
    story: opts.story,
  });
  const read: Read[] = [];
  for (const h of hits) {
    const annotated = await coverage.article(h.id);
    read.push({ annotated, stance: stanceOf(claim, annotated) });
  }
  const related = read.filter((r) => r.stance.stance !== 'unrelated');
  const origins = originsOf(related);
  const articles: CheckedArticle[] = related.map(({ annotated: a, stance: s }) => {
    const o = origins.get(a.article.id)!;
    return {
      id: a.article.id,
      ...(a.article.title ? { title: a.article.title } : {}),
      ...(a.article.outlet ? { outlet: a.article.outlet.name } : {}),
      ...(a.article.published ? { published: a.article.published } : {}),
      source: a.article.source,
      stance: s.stance,
      score: Math.round(s.score * 1000) / 1000,
      rationale: s.rationale.map((r) => evidenceOf(a, r)),
      origin: o.by,
      ...(o.copyOf ? { copyOf: o.copyOf } : {}),
    };
  });
  articles.sort((x, y) => ORDER[x.stance] - ORDER[y.stance] || y.score - x.score);
  const originIds = new Map([...origins].map(([id, o]) => [id, o.origin]));
  return {
    claim: claimText,
    searched: coverage.size,
    retrieved: hits.length,
    articles,
    verdict: verdictOf(articles, originIds, read.length - related.length),
  };
}
