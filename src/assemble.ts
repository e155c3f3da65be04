// Assembly helpers for the pipeline: number findings once, and point spans at linked entities.
import type { Accusation, DateMention, Entity, Quantity, Quote } from './contract.js';

export interface Findings {
  quotes: Quote[];
  accusations: Accusation[];
  quantities: Quantity[];
  dates: DateMention[];
}

interface PerArticle {
  quotes: Quote[];
  accusations: Accusation[];
  quantities: Quantity[];
  dates: DateMention[];
}

/**
 * Give every finding a stable id (q1, a1, n1, d1 in reading order) and turn an accusation's
 * local quote reference ("#3": the 4th quote of its own article) into that quote's id.
 */
export function numberFindings(articles: PerArticle[]): Findings {
  const out: Findings = { quotes: [], accusations: [], quantities: [], dates: [] };
  for (const a of articles) {
    const quoteIds: string[] = [];
    for (const q of a.quotes) {
      const id = `q${out.quotes.length + 1}`;
      quoteIds.push(id);
      out.quotes.push({ ...q, id });
    }
    for (const acc of a.accusations) {
      const local = acc.quote?.startsWith('#') ? quoteIds[Number(acc.quote.slice(1))] : acc.quote;
      const { quote: _drop, ...rest } = acc;
      out.accusations.push({
        ...rest,
        id: `a${out.accusations.length + 1}`,
        ...(local ? { quote: local } : {}),
      });
    }
    for (const n of a.quantities) out.quantities.push({ ...n, id: `n${out.quantities.length + 1}` });
    for (const d of a.dates) out.dates.push({ ...d, id: `d${out.dates.length + 1}` });
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
  const byArticle = new Map<string, { start: number; end: number; entity: string }[]>();
  for (const e of entities) {
    for (const m of e.mentions) {
      let list = byArticle.get(m.article);
      if (!list) byArticle.set(m.article, (list = []));
      list.push({ start: m.start, end: m.end, entity: e.id });
    }
  }
  const fill = (span: Located | null | undefined) => {
    if (!span || span.entity) return;
    let best = 0;
    for (const m of byArticle.get(span.article) ?? []) {
      const overlap = Math.min(span.end, m.end) - Math.max(span.start, m.start);
      if (overlap > best) {
        best = overlap;
        span.entity = m.entity;
      }
    }
  };
  for (const q of findings.quotes) {
    fill(q.speaker);
    fill(q.speaker.resolvedFrom as Located | undefined);
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
