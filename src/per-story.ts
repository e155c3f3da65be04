// Per-story analysis: an input that spans several stories is compared within each story only.
// Entities are linked and findings numbered once over all articles (one entity per referent across
// the input); claims, contradictions, framing, summary and timeline are computed per story and
// carry its id. Opinion pieces and round-ups are annotated but never compared as reports.
import type { Analysis, StoryInfo } from './contract.js';
import type { AnnotatedArticle } from './annotate/annotate.js';
import type { StoriesResult } from './stories/stories.js';
import type { CompareInput, CompareResult } from './compare/types.js';
import { linkEntities } from './link/entities.js';
import { nameEntities } from './link/names.js';
import { glossFraming } from './compare/framing/gloss.js';
import { compareArticles, judgeLeaningAlone } from './compare/compare.js';
import { attachEntities, numberFindings, type Findings } from './assemble.js';

export interface CombineOptions {
  summaryLength?: number;
}

type Entities = Analysis['entities'];

function subset<T extends { article: string }>(items: T[], ids: Set<string>): T[] {
  return items.filter((x) => ids.has(x.article));
}

/** The entities with their mentions in the given articles only (those with none left out). */
function entitiesIn(entities: Entities, ids: Set<string>): Entities {
  const out: Entities = [];
  for (const e of entities) {
    const mentions = subset(e.mentions, ids);
    if (mentions.length) out.push({ ...e, mentions });
  }
  return out;
}

function compareStory(
  story: StoryInfo,
  annotated: Map<string, AnnotatedArticle>,
  findings: Findings,
  entities: Entities,
  options: CombineOptions,
): CompareResult {
  const members = story.articles.map((id) => annotated.get(id)!).filter(Boolean);
  return compareArticles(inputOf(members, findings, entities, options));
}

/** The comparison's input for some articles: their findings and the entities they mention. */
function inputOf(
  members: AnnotatedArticle[],
  findings: Findings,
  entities: Entities,
  options: CombineOptions,
): CompareInput {
  const ids = new Set(members.map((a) => a.article.id));
  return {
    articles: members.map((a) => a.article),
    sentences: Object.fromEntries(members.map((a) => [a.article.id, a.sentences])),
    entities: entitiesIn(entities, ids),
    quotes: subset(findings.quotes, ids),
    accusations: subset(findings.accusations, ids),
    quantities: subset(findings.quantities, ids),
    dates: subset(findings.dates, ids),
    summaryLength: options.summaryLength,
  };
}

/**
 * Entities linked and named over all the articles (one entity per referent across the input), and
 * the findings numbered once and given their entities' ids: shared by the whole-input analysis
 * (pipeline.ts) and the per-story one.
 */
export function linkAndNumber(annotated: AnnotatedArticle[]): { entities: Entities; findings: Findings } {
  const entities = nameEntities(
    linkEntities(
      annotated.flatMap((a) => a.mentions),
      new Map(annotated.map((a) => [a.article.id, a.article.text])),
    ),
  );
  const findings = numberFindings(annotated);
  attachEntities(findings, entities);
  return { entities, findings };
}

/** Each article with the leaning judged for it, when there is one. */
export function withLeanings(
  annotated: AnnotatedArticle[],
  leaningOf: (id: string) => Leaning | undefined,
): Analysis['articles'] {
  return annotated.map((a) => {
    const leaning = leaningOf(a.article.id);
    return leaning ? { ...a.article, leaning } : a.article;
  });
}

/**
 * The analysis up to the timeline, in the contract's key order (the JSON keeps it): shared by the
 * whole-input analysis (pipeline.ts) and the per-story one, which add their own fields after it.
 */
export function analysisHead(
  articles: Analysis['articles'],
  entities: Entities,
  findings: Findings,
  c: Pick<Analysis, 'claims' | 'contradictions' | 'disputes' | 'summary' | 'timeline'> & {
    framing: Parameters<typeof glossFraming>[0];
  },
) {
  return {
    schemaVersion: 1 as const,
    articles,
    entities,
    ...findings,
    claims: c.claims,
    contradictions: c.contradictions,
    disputes: c.disputes,
    framing: glossFraming(c.framing),
    summary: c.summary,
    timeline: c.timeline,
  };
}

/** One analysis over several stories: each story compared on its own, the results side by side. */
export function combineStories(
  annotated: AnnotatedArticle[],
  grouping: StoriesResult,
  options: CombineOptions = {},
): Analysis {
  const { entities, findings } = linkAndNumber(annotated);
  const byId = new Map(annotated.map((a) => [a.article.id, a]));
  const stories = grouping.stories.filter((s) => s.articles.some((id) => byId.has(id)));
  const merged = emptyMerge();
  for (const story of stories) {
    mergeInto(merged, story.id, compareStory(story, byId, findings, entities, options));
  }
  const apart = grouping.apart.flatMap((a) => byId.get(a.article) ?? []);
  if (apart.length) {
    const alone = judgeLeaningAlone(inputOf(apart, findings, entities, options));
    for (const [id, l] of Object.entries(alone)) merged.leaning.set(id, l);
  }
  const articles = withLeanings(annotated, (id) => merged.leaning.get(id));
  return {
    ...analysisHead(articles, entities, findings, merged),
    outlets: outletLeanings(merged.outlets, articles),
    duplicates: merged.duplicates,
    updates: merged.updates,
    stories,
    apart: grouping.apart.filter((a) => byId.has(a.article)),
    warnings: [...annotated.flatMap((a) => a.warnings), ...merged.warnings],
  };
}

type Leaning = CompareResult['leaning'][string];

interface Merged {
  claims: Analysis['claims'];
  contradictions: Analysis['contradictions'];
  disputes: Analysis['disputes'];
  framing: Analysis['framing'];
  summary: Analysis['summary'];
  timeline: Analysis['timeline'];
  duplicates: NonNullable<Analysis['duplicates']>;
  updates: NonNullable<Analysis['updates']>;
  warnings: Analysis['warnings'];
  leaning: Map<string, Leaning>;
  /** outlet -> its leaning in each story, with the story's article count for that outlet */
  outlets: Map<string, { leaning: Leaning; weight: number }[]>;
}

function emptyMerge(): Merged {
  return {
    claims: [],
    contradictions: [],
    disputes: [],
    framing: { concepts: [], distinctive: [], distinctiveOutlets: [] },
    summary: [],
    timeline: [],
    duplicates: [],
    updates: [],
    warnings: [],
    leaning: new Map(),
    outlets: new Map(),
  };
}

/** Add one story's comparison, renumbering claims (c1…) and contradictions (x1…) across stories. */
function mergeInto(m: Merged, story: string, r: CompareResult): void {
  for (const c of r.claims) m.claims.push({ story, ...c, id: `c${m.claims.length + 1}` });
  // contradictions and the disputes that name them are renumbered together
  const renamed = new Map<string, string>();
  for (const x of r.contradictions) {
    const id = `x${m.contradictions.length + 1}`;
    renamed.set(x.id, id);
    m.contradictions.push({ story, ...x, id });
  }
  for (const d of r.disputes) {
    const contradictions = d.contradictions.map((x) => renamed.get(x) ?? x);
    m.disputes.push({ story, ...d, id: `d${m.disputes.length + 1}`, contradictions });
  }
  m.framing.concepts.push(...r.framing.concepts.map((c) => ({ story, ...c })));
  m.framing.distinctive.push(...r.framing.distinctive);
  m.framing.distinctiveOutlets!.push(...(r.framing.distinctiveOutlets ?? []).map((d) => ({ story, ...d })));
  m.summary.push(...r.summary.map((s) => ({ story, ...s })));
  m.timeline.push(...r.timeline.map((t) => ({ story, ...t })));
  m.duplicates.push(...r.duplicates);
  m.updates.push(...r.updates);
  // a story's own warning (no article) names its story, or thousands read the same
  m.warnings.push(
    ...r.warnings.map((w) => (w.article ? w : { ...w, message: `story ${story}: ${w.message}` })),
  );
  for (const [id, l] of Object.entries(r.leaning)) m.leaning.set(id, l);
  for (const [outlet, leaning] of Object.entries(r.outletLeaning)) {
    const list = m.outlets.get(outlet) ?? [];
    list.push({ leaning, weight: leaning.evidence.length + 1 });
    m.outlets.set(outlet, list);
  }
}

/** An outlet's leaning over all its stories: the one from the story where it shows most evidence. */
function outletLeanings(
  outlets: Merged['outlets'],
  articles: Analysis['articles'],
): NonNullable<Analysis['outlets']> {
  return [...outlets].map(([name, list]) => ({
    name,
    articles: articles.filter((a) => a.outlet?.name === name).map((a) => a.id),
    leaning: list.reduce((a, b) => (b.weight > a.weight ? b : a)).leaning,
  }));
}
