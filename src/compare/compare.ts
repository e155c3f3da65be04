// The comparison stage: the one entry the pipeline calls. Small stages, plain data:
//   context -> dedup (voices) -> framing & leaning -> sentence events -> statements ->
//   contradictions -> claims -> distinctive terms -> summary -> timeline
import type { Warning } from '../contract.js';
import { attachEntities, buildContext, type ArticleCtx } from './context/context.js';
import type { CompareInput, CompareResult } from './types.js';
import { findDuplicates } from './dedup.js';
import { voiceAt } from './statements/voices.js';
import { findFramingTerms, tabulateFraming, type FramingHit } from './framing/framing.js';
import { judgeLeanings, mainConflict } from './framing/leaning.js';
import { readSentence, type SentenceEvents } from './statements/events.js';
import { buildClaims, extractStatements } from './statements/statements.js';
import { signatureClaims } from './claims/signature.js';
import {
  findBlame,
  findDeniedCounts,
  findNumeric,
  findPlace,
  findStatus,
  toContradictions,
} from './contradictions/contradictions.js';
import { findDenials } from './contradictions/denial.js';
import { findTimes } from './contradictions/time.js';
import { distinctiveTerms } from './framing/distinctive.js';
import { summarize } from './brief/summary.js';
import { buildTimeline } from './brief/timeline.js';

export type { CompareInput, CompareResult } from './types.js';

function byArticle<T extends { article: string }>(items: T[] | undefined): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of items ?? []) {
    const l = m.get(x.article);
    if (l) l.push(x);
    else m.set(x.article, [x]);
  }
  return m;
}

/** A few ids and how many more: a wire republished 3,000 times makes one readable line. */
function listed(ids: string[], k = 5): string {
  return ids.length <= k ? ids.join(', ') : `${ids.slice(0, k).join(', ')} and ${ids.length - k} more`;
}

/** Compare the articles of one story: claims, contradictions, framing, leaning, summary, timeline. */
export function compareArticles(input: CompareInput): CompareResult {
  const warnings: Warning[] = [];
  const dates = byArticle(input.dates);
  const quotes = byArticle(input.quotes);
  const ctxs: ArticleCtx[] = input.articles.map((a) =>
    buildContext(a, input.sentences?.[a.id], dates.get(a.id) ?? [], quotes.get(a.id) ?? []),
  );
  const ctxById = new Map(ctxs.map((c) => [c.id, c]));
  attachEntities(ctxById, input.entities ?? []);

  // 1. near-duplicates: a republished copy speaks with the voice of the article it copies
  const { duplicates, groupOf } = findDuplicates(ctxs);
  for (const d of duplicates) {
    warnings.push({
      article: d.copies[0],
      code: 'COMPARE_DUPLICATE',
      message: `${listed(d.copies)}: near-duplicate of ${d.canonical} (similarity ${d.similarity.toFixed(2)}); counted as one voice`,
    });
  }
  const outletOf = (id: string) => ctxById.get(groupOf.get(id) ?? id)!.outlet;
  const voiceOf = (ctx: ArticleCtx, offset: number) => voiceAt(ctx, offset, outletOf);

  // 2. framing words and leaning
  const hits = new Map<string, FramingHit[]>(ctxs.map((c) => [c.id, findFramingTerms(c)]));
  const leaning = judgeLeanings(ctxs, hits);
  const conflictOf = new Map(ctxs.map((c) => [c.id, mainConflict(hits.get(c.id)!)]));

  // 3. events per sentence, then statements
  const sentences = new Map<string, SentenceEvents[]>(
    ctxs.map((c) => [c.id, c.sentences.map((_, i) => readSentence(c, i, hits.get(c.id)!))]),
  );
  const statements = extractStatements({
    ctxs: ctxById,
    sentences,
    quantities: input.quantities ?? [],
    accusations: input.accusations ?? [],
    voiceOf,
  });

  // 4. contradictions; a status change across days is an update
  const status = findStatus(statements);
  const { contradictions, disputed } = toContradictions([
    ...findNumeric(statements),
    ...findDeniedCounts(statements),
    ...findBlame(statements),
    ...findPlace(statements),
    ...status.found,
    ...findTimes(statements),
  ]);
  for (const d of findDenials(ctxs, voiceOf)) {
    contradictions.push({ id: `x${contradictions.length + 1}`, kind: 'denial', ...d });
  }

  // 5. claims with their corroboration status
  const { claims } = buildClaims(statements, disputed);
  claims.push(
    ...signatureClaims({ ctxs, entities: input.entities ?? [], voiceOf, claims }, claims.length + 1),
  );

  // 6. distinctive terms per article and per outlet
  const k = input.distinctiveTopK ?? 8;
  const perArticle = distinctiveTerms(new Map(ctxs.map((c) => [c.id, [c]])), k);
  const outlets = new Map<string, ArticleCtx[]>();
  for (const c of ctxs) {
    if (!c.article.outlet) continue;
    const list = outlets.get(c.outlet);
    if (list) list.push(c);
    else outlets.set(c.outlet, [c]);
  }
  const perOutlet = outlets.size > 1 ? distinctiveTerms(outlets, k) : [];

  // 7. summary and timeline
  const summary = summarize(claims, contradictions, ctxById, input.summaryLength ?? 7);
  const timeline = buildTimeline(ctxs, sentences);
  if (!input.dates?.length && ctxs.length) {
    warnings.push({
      code: 'COMPARE_NO_DATES',
      message: 'no date mentions were given; the timeline is empty',
    });
  }

  return {
    claims,
    contradictions,
    framing: {
      concepts: tabulateFraming(hits, conflictOf),
      distinctive: perArticle.map((d) => ({ article: d.group, term: d.term, score: d.score })),
      distinctiveOutlets: perOutlet.map((d) => ({ outlet: d.group, term: d.term, score: d.score })),
    },
    leaning: leaning.articles,
    outletLeaning: leaning.outlets,
    summary,
    timeline,
    duplicates,
    updates: status.updates,
    warnings,
  };
}
