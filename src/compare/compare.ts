// The comparison stage: the one entry the pipeline calls. Small stages, plain data:
//   context -> dedup (voices) -> framing & leaning -> sentence events -> statements ->
//   contradictions -> claims -> distinctive terms -> summary -> timeline
import type { Contradiction, Dispute, Warning } from '../contract.js';
import { attachEntities, buildContext, type ArticleCtx } from './context/context.js';
import type { CompareInput, CompareResult, Duplicate, Update } from './types.js';
import { findDuplicates } from './dedup.js';
import { findOrigins } from './origins.js';
import { voiceAt, type Voice } from './statements/voices.js';
import { findFramingTerms, tabulateFraming, type FramingHit } from './framing/framing.js';
import { judgeLeanings, mainConflict } from './framing/leaning.js';
import { detectConflicts, hitsUnder } from './framing/conflict.js';
import { readSentence, type SentenceEvents } from './statements/events.js';
import { extractStatements } from './statements/statements.js';
import type { Statement } from './statements/statement.js';
import { buildClaims } from './claims/claims.js';
import { signatureClaims } from './claims/signature.js';
import { FINDERS, toContradictions } from './contradictions/contradictions.js';
import { findDenials } from './contradictions/denial.js';
import { findControl } from './contradictions/control.js';
import { findControlExtent } from './contradictions/control-whole.js';
import { findOrdinals } from './contradictions/ordinal.js';
import { groupDisputes } from './contradictions/disputes.js';
import { REPORT_FLOOR, confidence, denialDoubts, foundDoubts } from './contradictions/confidence.js';
import { distinctiveTerms } from './framing/distinctive.js';
import { summarize } from './brief/summary.js';
import { buildTimeline } from './brief/timeline.js';

export type { CompareInput, CompareResult } from './types.js';

function byArticle<T extends { article: string }>(items: T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of items) {
    const l = m.get(x.article);
    if (l) l.push(x);
    else m.set(x.article, [x]);
  }
  return m;
}

/** Ids named in a duplicate warning before "and N more": one line stays readable. */
const LISTED_IDS = 5;
/** Distinctive terms per article or outlet, unless the input asks for another number. */
const DEFAULT_DISTINCTIVE_TERMS = 8;
/** Summary items, unless the input asks for another number: a screenful. */
const DEFAULT_SUMMARY_LENGTH = 7;

/** A few ids and how many more: a wire republished 3,000 times makes one readable line. */
function listed(ids: string[], k = LISTED_IDS): string {
  return ids.length <= k ? ids.join(', ') : `${ids.slice(0, k).join(', ')} and ${ids.length - k} more`;
}

/** Compare the articles of one story: claims, contradictions, framing, leaning, summary, timeline. */
export function compareArticles(input: CompareInput): CompareResult {
  const warnings: Warning[] = [];
  const ctxs = articleContexts(input);
  const ctxById = new Map(ctxs.map((c) => [c.id, c]));

  // 1. near-duplicates: a republished copy speaks with the voice of the article it copies
  const { duplicates, groupOf } = findDuplicates(ctxs);
  warnings.push(...duplicates.map(duplicateWarning));
  const voiceOf = voicesOf(ctxs, ctxById, groupOf);

  // 2. framing words and leaning
  const { hits, conflictOf } = framingUnderConflicts(ctxs);
  // a party word names a side of the article's own conflict only (victim groups, incident.ts)
  for (const c of ctxs) c.conflict = conflictOf.get(c.id);
  const leaning = judgeLeanings(ctxs, hits);

  // 3. events per sentence, then statements
  const sentences = readSentences(ctxs, hits);
  const statements = extractStatements({
    ctxs: ctxById,
    sentences,
    quantities: input.quantities,
    accusations: input.accusations,
    voiceOf,
  });

  // 4. contradictions, one finder per kind; a status change across days is an update
  const { contradictions, disputes, disputed, updates } = findContradictions(ctxs, statements, voiceOf);

  // 5. claims with their corroboration status
  const { claims } = buildClaims(statements, disputed);
  claims.push(...signatureClaims({ ctxs, entities: input.entities, voiceOf, claims }, claims.length + 1));

  // 6. distinctive terms per article and per outlet
  const distinctive = distinctiveTables(ctxs, input.distinctiveTopK ?? DEFAULT_DISTINCTIVE_TERMS);

  // 7. summary and timeline
  const summary = summarize({
    claims,
    disputes,
    ctxs: ctxById,
    length: input.summaryLength ?? DEFAULT_SUMMARY_LENGTH,
  });
  const timeline = buildTimeline(ctxs, sentences);
  if (!input.dates.length && ctxs.length) warnings.push(noDatesWarning());

  return {
    claims,
    contradictions,
    disputes,
    framing: { concepts: tabulateFraming(hits, conflictOf, (id) => ctxById.get(id)!.text), ...distinctive },
    leaning: leaning.articles,
    outletLeaning: leaning.outlets,
    summary,
    timeline,
    duplicates,
    updates,
    warnings,
  };
}

/**
 * The leaning of articles that are not compared as reports (opinion columns, interviews, round-ups):
 * each is judged alone under the conflict it names, since an opinion piece shows its side most plainly.
 */
export function judgeLeaningAlone(input: CompareInput): CompareResult['leaning'] {
  const out: CompareResult['leaning'] = {};
  for (const ctx of articleContexts(input)) {
    const { hits, conflictOf } = framingUnderConflicts([ctx]);
    ctx.conflict = conflictOf.get(ctx.id);
    Object.assign(out, judgeLeanings([ctx], hits).articles);
  }
  return out;
}

/**
 * Who speaks at an offset of an article: a quoted speaker, else the text's origin. Passages shared
 * across articles (wire copies, credited texts) are one origin, and one origin is one voice.
 */
function voicesOf(
  ctxs: ArticleCtx[],
  ctxById: Map<string, ArticleCtx>,
  groupOf: Map<string, string>,
): (ctx: ArticleCtx, offset: number) => Voice {
  const outletOf = (id: string) => ctxById.get(groupOf.get(id) ?? id)!.outlet;
  const origins = findOrigins(ctxs, groupOf);
  return (ctx, offset) => {
    const origin = origins.at(ctx, offset);
    const voice = voiceAt(ctx, offset, outletOf);
    // the outlet's own voice is the text the passage comes from: a wire copy speaks for the wire
    const id = voice.id.startsWith('outlet:') ? origin.id : voice.id;
    return {
      ...voice,
      id,
      origin: origin.id,
      originLabel: origin.label,
      ...(origin.agency ? { originAgency: true } : {}),
    };
  };
}

/**
 * Framing words of each article, read under its conflict only (detected from the places and actors
 * the story names; without any, the conflict most of its framing words belong to).
 */
function framingUnderConflicts(ctxs: ArticleCtx[]): {
  hits: Map<string, FramingHit[]>;
  conflictOf: Map<string, string | undefined>;
} {
  const detected = detectConflicts(ctxs);
  const hits = new Map<string, FramingHit[]>();
  const conflictOf = new Map<string, string | undefined>();
  for (const c of ctxs) {
    const all = findFramingTerms(c);
    const conflict = detected.get(c.id) ?? mainConflict(all);
    hits.set(c.id, hitsUnder(all, conflict));
    conflictOf.set(c.id, conflict);
  }
  return { hits, conflictOf };
}

function noDatesWarning(): Warning {
  return { code: 'COMPARE_NO_DATES', message: 'no date mentions were given; the timeline is empty' };
}

/** Events, topics, places and parties of every sentence, by article. */
function readSentences(ctxs: ArticleCtx[], hits: Map<string, FramingHit[]>): Map<string, SentenceEvents[]> {
  return new Map(ctxs.map((c) => [c.id, c.sentences.map((_, i) => readSentence(c, i, hits.get(c.id)!))]));
}

/** Contradictions: the finders over statements, then denials of earlier passages. */
function findContradictions(
  ctxs: ArticleCtx[],
  statements: Statement[],
  voiceOf: (ctx: ArticleCtx, offset: number) => Voice,
): { contradictions: Contradiction[]; disputes: Dispute[]; disputed: Set<number>; updates: Update[] } {
  const updates: Update[] = [];
  const ctxById = new Map(ctxs.map((c) => [c.id, c]));
  // a pair with a doubt (confidence.ts) is left out: a wrong finding that is cited is worse than none
  const found = FINDERS.flatMap((find) => find(statements, updates)).filter(
    (f) => confidence(foundDoubts(f), f.figures === 'copies') >= REPORT_FLOOR,
  );
  const { contradictions, disputed, pairs } = toContradictions(found);
  for (const d of findDenials(ctxs, voiceOf)) {
    if (confidence(denialDoubts(d, ctxById, voiceOf)) < REPORT_FLOOR) continue;
    const contradiction: Contradiction = { id: `x${contradictions.length + 1}`, kind: 'denial', ...d };
    contradictions.push(contradiction);
    pairs.push({ contradiction });
  }
  // finders that read the text itself: who holds a place, ordinals of one act
  for (const f of [
    ...findControl(ctxs, voiceOf, updates),
    ...findControlExtent(ctxs, voiceOf, updates),
    ...findOrdinals(ctxs, voiceOf),
  ]) {
    const { question, answers, ...rest } = f;
    const contradiction: Contradiction = { id: `x${contradictions.length + 1}`, ...rest };
    contradictions.push(contradiction);
    pairs.push({ contradiction, question, answers });
  }
  return { contradictions, disputes: groupDisputes(pairs), disputed, updates };
}

/** Each article's context (tokens, sentences, its dates and quotes), with linked entities attached. */
function articleContexts(input: CompareInput): ArticleCtx[] {
  const dates = byArticle(input.dates);
  const quotes = byArticle(input.quotes);
  const ctxs: ArticleCtx[] = input.articles.map((a) =>
    buildContext(a, input.sentences[a.id], dates.get(a.id) ?? [], quotes.get(a.id) ?? []),
  );
  attachEntities(new Map(ctxs.map((c) => [c.id, c])), input.entities);
  return ctxs;
}

function duplicateWarning(d: Duplicate): Warning {
  // the warning's article is the first copy: the message names only the others
  const others = d.copies.length > 1 ? `with ${listed(d.copies.slice(1))}: ` : '';
  return {
    article: d.copies[0],
    code: 'COMPARE_DUPLICATE',
    message: `${others}near-duplicate of ${d.canonical} (similarity ${d.similarity.toFixed(2)}); counted as one voice`,
  };
}

/** Distinctive terms per article, and per outlet when there are two outlets or more. */
function distinctiveTables(
  ctxs: ArticleCtx[],
  k: number,
): Pick<CompareResult['framing'], 'distinctive' | 'distinctiveOutlets'> {
  const perArticle = distinctiveTerms(new Map(ctxs.map((c) => [c.id, [c]])), k);
  const outlets = new Map<string, ArticleCtx[]>();
  for (const c of ctxs) {
    if (!c.article.outlet) continue;
    const list = outlets.get(c.outlet);
    if (list) list.push(c);
    else outlets.set(c.outlet, [c]);
  }
  const perOutlet = outlets.size > 1 ? distinctiveTerms(outlets, k) : [];
  return {
    distinctive: perArticle.map((d) => ({ article: d.group, term: d.term, score: d.score })),
    distinctiveOutlets: perOutlet.map((d) => ({ outlet: d.group, term: d.term, score: d.score })),
  };
}
