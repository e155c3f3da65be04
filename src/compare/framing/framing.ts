// Framing: which of the rival words for one concept each article uses (lexicons/framing.json).
import type { Framing } from '../../contract.js';
import type { ArticleCtx } from '../context/context.js';
import { quoteAt } from '../context/context.js';
import { findPhrases, indexPhrases, keysOf, matchKey, type PhraseIndex } from '../context/match.js';
import { readLexicon } from '../../lexicon.js';
import { framingSchema } from '../../lexicon-schemas.js';

export type Side = 'pro-government' | 'pro-opposition' | 'neutral';
export type Camp = 'government' | 'opposition';

export interface FramingVariant {
  conflict: string;
  concept: string;
  conceptLabel: string;
  term: string;
  side: Side;
  weight: number;
  connotation?: string;
  /** the party the word refers to, when it names a party */
  camp?: Camp;
}

export interface FramingHit {
  article: string;
  start: number;
  end: number;
  /** token range */
  from: number;
  to: number;
  /** one variant per conflict that lists the phrase */
  variants: FramingVariant[];
  /** inside a quotation: the speaker's words, not the outlet's */
  inQuote: boolean;
}

export const framingLexicon = readLexicon('framing', framingSchema);

function buildIndex(): PhraseIndex<FramingVariant[]> {
  const byKey = new Map<string, { form: string; list: FramingVariant[] }>();
  for (const c of framingLexicon.conflicts) {
    for (const concept of c.concepts) {
      for (const v of concept.variants) {
        const variant: FramingVariant = {
          conflict: c.id,
          concept: `${c.id}/${concept.id}`,
          conceptLabel: concept.label,
          term: v.term,
          side: v.side,
          weight: v.weight,
          ...(v.connotation ? { connotation: v.connotation } : {}),
          ...((v.camp ?? concept.camp) ? { camp: v.camp ?? concept.camp } : {}),
        };
        for (const f of v.forms) {
          // forms spelled differently may share a key ("الإرهابيين", "الارهابيين"): merge by key
          const key = f.trim().split(/\s+/).map(matchKey).join(' ');
          const entry = byKey.get(key) ?? { form: f, list: [] };
          // one reading per conflict: the first listed wins within a conflict
          if (!entry.list.some((x) => x.conflict === c.id)) entry.list.push(variant);
          byKey.set(key, entry);
        }
      }
    }
  }
  return indexPhrases([...byKey.values()].map((e): [string, FramingVariant[]] => [e.form, e.list]));
}

const INDEX = buildIndex();

/** Framing terms in one article, longest match first, each marked when inside a quotation. */
export function findFramingTerms(ctx: ArticleCtx, from = 0, to = ctx.tokens.length): FramingHit[] {
  return findPhrases(ctx.tokens, INDEX, from, to).map((h) => {
    const start = ctx.tokens[h.from].start;
    const end = ctx.tokens[h.to - 1].end;
    const q = quoteAt(ctx, start);
    const inQuote = q !== undefined && start >= q.content.start && start < q.content.end;
    return { article: ctx.id, start, end, from: h.from, to: h.to, variants: h.value, inQuote };
  });
}

/**
 * The party a span of tokens names under one conflict ("ميليشيات المتمردين" and "الحوثيين" are
 * both the Houthis in a Yemen story): the first party concept found, as "conflict/concept".
 */
export function partyIn(ctx: ArticleCtx, from: number, to: number, conflict?: string): string | undefined {
  if (!conflict) return undefined;
  for (const h of findPhrases(ctx.tokens, INDEX, from, to)) {
    const v = h.value.find((x) => x.conflict === conflict);
    if (v?.camp) return v.concept;
  }
  return undefined;
}

/** The reading of a hit under one conflict, if the conflict lists the phrase. */
export function variantIn(hit: FramingHit, conflict: string): FramingVariant | undefined {
  return hit.variants.find((v) => v.conflict === conflict);
}

/**
 * The concepts table of the contract: for each concept met, each variant with its per-article
 * counts. A phrase is counted under the article's conflict only (none: under its first listing).
 */
export function tabulateFraming(
  hitsByArticle: Map<string, FramingHit[]>,
  conflictOf: Map<string, string | undefined>,
  textOf?: (article: string) => string,
): Framing['concepts'] {
  // each occurrence is kept so that every surface can open the article at the word (a span each)
  type Row = { variant: FramingVariant; counts: Map<string, FramingHit[]> };
  const concepts = new Map<string, { label: string; conflict: string; rows: Map<string, Row> }>();
  for (const [article, hits] of hitsByArticle) {
    const main = conflictOf.get(article);
    for (const h of hits) {
      // never another conflict's reading: a phrase the article's conflict does not list is left out
      const v = main ? variantIn(h, main) : h.variants[0];
      if (!v) continue;
      let c = concepts.get(v.concept);
      if (!c) concepts.set(v.concept, (c = { label: v.conceptLabel, conflict: v.conflict, rows: new Map() }));
      let row = c.rows.get(v.term);
      if (!row) c.rows.set(v.term, (row = { variant: v, counts: new Map() }));
      row.counts.set(article, [...(row.counts.get(article) ?? []), h]);
    }
  }
  return [...concepts.entries()].map(([concept, c]) => ({
    concept,
    label: c.label,
    conflict: c.conflict,
    variants: [...c.rows.values()].map((r) => ({
      term: r.variant.term,
      ...(r.variant.connotation ? { connotation: r.variant.connotation } : {}),
      side: r.variant.side,
      articles: [...r.counts.entries()].map(([article, hits]) => ({
        article,
        count: hits.length,
        ...(textOf ? { mentions: hits.map((h) => spanOfHit(h, textOf(article))) } : {}),
      })),
    })),
  }));
}

const spanOfHit = (h: FramingHit, text: string) => ({
  article: h.article,
  start: h.start,
  end: h.end,
  text: text.slice(h.start, h.end),
});

/** The camp a short text names ("مليشيات تابعة للنظام" -> government), if the lexicon knows it. */
export function campOfText(text: string, conflict?: string): Camp | undefined {
  for (const h of findPhrases(keysOf(text), INDEX)) {
    // under a known conflict only its own words name a camp: another conflict's are not read
    const v = h.value.find((x) => x.camp && (!conflict || x.conflict === conflict));
    if (v?.camp) return v.camp;
  }
  return undefined;
}

/** How a reader is told a camp: the conflict's own name for it (framing.json), else a generic one. */
const GENERIC_CAMP_LABEL: Record<Camp, string> = {
  government: 'طرف الحكومة وحلفائها',
  opposition: 'طرف المعارضة',
};
const CAMP_LABELS = new Map(framingLexicon.conflicts.map((c) => [c.id, c.campLabels]));
export function campLabel(camp: Camp, conflict?: string): string {
  return (conflict && CAMP_LABELS.get(conflict)?.[camp]) || GENERIC_CAMP_LABEL[camp];
}
