// A story's claims, disputes and numbers as CSV (the quotations are in quotes-csv.ts): one row per
// finding with the exact span, so a spreadsheet user can find every figure in its article.
import { stringify } from 'csv-stringify/sync';
import type { Analysis } from '../contract.js';
import { quotesCsv } from './quotes-csv.js';

export const CSV_TABLES = ['quotes', 'claims', 'disputes', 'numbers'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

function outletOf(a: Analysis): (article: string) => string {
  const byId = new Map(a.articles.map((x) => [x.id, x.outlet?.name ?? '']));
  return (article) => byId.get(article) ?? '';
}

/** One row per statement of a claim: a claim stated by three articles is three rows. */
export function claimsCsv(a: Analysis): string {
  const outlet = outletOf(a);
  const rows = a.claims.flatMap((c) =>
    c.statements.map((s) => [
      c.id,
      c.status,
      c.text,
      s.span.article,
      outlet(s.span.article),
      s.span.text,
      s.span.start,
      s.span.end,
    ]),
  );
  return stringify([
    ['claim', 'status', 'claim_text', 'article', 'outlet', 'statement', 'start', 'end'],
    ...rows,
  ]);
}

/**
 * One row per statement of each dispute (the contract's `disputes[]`): the question, the side and
 * its answer and sources, and the statement with its article, outlet, voice and span.
 */
export function disputesCsv(a: Analysis): string {
  const outlet = outletOf(a);
  const rows = a.disputes.flatMap((d) =>
    d.sides.flatMap((side, i) =>
      side.statements.map((st) => [
        d.id,
        d.kind,
        d.question,
        i + 1,
        side.answer,
        side.sources.join('; '),
        st.article,
        outlet(st.article),
        st.by ?? '',
        st.text,
        st.start,
        st.end,
      ]),
    ),
  );
  return stringify([
    [
      'dispute',
      'kind',
      'question',
      'side',
      'answer',
      'side_sources',
      'article',
      'outlet',
      'by',
      'statement',
      'start',
      'end',
    ],
    ...rows,
  ]);
}

/** One row per number: its value, approximation, unit and what it counts. */
export function numbersCsv(a: Analysis): string {
  const outlet = outletOf(a);
  const published = new Map(a.articles.map((x) => [x.id, x.published ?? '']));
  const rows = a.quantities.map((q) => [
    q.id,
    q.article,
    outlet(q.article),
    published.get(q.article) ?? '',
    q.text,
    q.value,
    q.approx ?? '',
    q.low ?? '',
    q.high ?? '',
    q.unit ?? '',
    q.counted?.text ?? '',
    q.start,
    q.end,
  ]);
  return stringify([
    [
      'number',
      'article',
      'outlet',
      'published',
      'text',
      'value',
      'approx',
      'low',
      'high',
      'unit',
      'counted',
      'start',
      'end',
    ],
    ...rows,
  ]);
}

export function tableCsv(a: Analysis, table: CsvTable): string {
  if (table === 'claims') return claimsCsv(a);
  if (table === 'disputes') return disputesCsv(a);
  if (table === 'numbers') return numbersCsv(a);
  return quotesCsv(a);
}
