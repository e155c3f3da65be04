// Assembly helpers for the pipeline: number findings once, and point spans at linked entities.
import type {
  Accusation,
  AccusationDraft,
  DateDraft,
  DateMention,
  Entity,
  Quantity,
  QuantityDraft,
  Quote,
  QuoteDraft,
} from './contract.js';

export interface Findings {
  quotes: Quote[];
  accusations: Accusation[];
  quantities: Quantity[];
  dates: DateMention[];
}

/** One article's findings as the extractors return them: drafts without ids. */
interface PerArticle {
  quotes: readonly QuoteDraft[];
  accusations: readonly AccusationDraft[];
  quantities: readonly QuantityDraft[];
  dates: readonly DateDraft[];
}

/**
 * Give every finding its id in one pass (q1, a1, n1, d1 in reading order) and turn an accusation's
 * `quoteIndex` (an index into its own article's quotes) into that quote's id.
 */
export function numberFindings(articles: readonly PerArticle[]): Findings {
  const out: Findings = { quotes: [], accusations: [], quantities: [], dates: [] };
  for (const a of articles) {
    const firstQuote = out.quotes.length;
    for (const q of a.quotes) out.quotes.push({ id: `q${out.quotes.length + 1}`, ...q });
    for (const { quoteIndex, ...acc } of a.accusations) {
      const quote = quoteIndex === undefined ? undefined : out.quotes[firstQuote + quoteIndex]?.id;
      out.accusations.push({ id: `a${out.accusations.length + 1}`, ...acc, ...(quote ? { quote } : {}) });
    }
    for (const n of a.quantities) out.quantities.push({ id: `n${out.quantities.length + 1}`, ...n });
    for (const d of a.dates) out.dates.push({ id: `d${out.dates.length + 1}`, ...d });
  }
  return out;
}

interface Located {
  article: string;
  start: number;
  end: number;
  entity?: string;
}

/**
 * Fill `entity` on speaker, channel, via, accuser and accused spans from the entity whose mention
 * overlaps them most (by characters). Mentions are indexed per article, so this is linear in the
 * number of spans times the mentions of one article.
 */
export function attachEntities(findings: Findings, entities: Entity[]): void {
  const byArticle = new Map<string, { start: number; end: number; entity: string; place: boolean }[]>();
  for (const e of entities) {
    for (const m of e.mentions) {
      let list = byArticle.get(m.article);
      if (!list) byArticle.set(m.article, (list = []));
      list.push({ start: m.start, end: m.end, entity: e.id, place: e.type === 'LOC' });
    }
  }
  // a speaker is a person, a body or a source, never a place named inside it: "المتحدث باسم جبهة
  // قاعدة X" is not the base; and a role's body ("المتحدث باسم الجيش فلان") is not the person who speaks
  const fill = (span: Located | null | undefined, speaker?: { role?: string; text: string }) => {
    if (!span || span.entity) return;
    let from = span.start;
    if (speaker?.role && speaker.text.startsWith(speaker.role) && speaker.text.length > speaker.role.length)
      from += speaker.role.length;
    let best = 0;
    for (const m of byArticle.get(span.article) ?? []) {
      // a country or capital speaking as itself ("وقالت تركيا") is its government: the whole speaker
      if (speaker && m.place && (m.start > span.start || m.end < span.end)) continue;
      const overlap = Math.min(span.end, m.end) - Math.max(from, m.start);
      if (overlap > best) {
        best = overlap;
        span.entity = m.entity;
      }
    }
  };
  for (const q of findings.quotes) {
    fill(q.speaker, q.speaker);
    fill(q.speaker.resolvedFrom as Located | undefined, { text: '' });
    if (!q.speaker.entity && q.speaker.resolvedFrom) {
      const from = q.speaker.resolvedFrom as Located;
      if (from.entity) q.speaker.entity = from.entity;
    }
    fill(q.channel);
    for (const v of q.via ?? []) fill(v);
  }
  for (const a of findings.accusations) {
    fill(a.accuser);
    fill(a.accused);
  }
}
