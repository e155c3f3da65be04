// CSV of headline pairs: header s1,s2[,stance]; RFC 4180 quoting (commas, doubled quotes, CRLF).
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

export interface PairRow {
  s1: string;
  s2: string;
  stance?: string;
}

/** Rows of a pairs CSV. Throws when the header lacks s1 or s2. */
export function readPairs(input: string): PairRow[] {
  const records = parse(input, {
    columns: (header: string[]) =>
      header.map((h) =>
        h
          .trim()
          .replace(/^\uFEFF/, '')
          .toLowerCase(),
      ),
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
  }) as Record<string, string | undefined>[];
  if (records.length && (!('s1' in records[0]) || !('s2' in records[0]))) {
    throw new Error('pairs CSV needs a header with columns s1,s2[,stance]');
  }
  return records.map((r) => ({ s1: r.s1 ?? '', s2: r.s2 ?? '', ...(r.stance ? { stance: r.stance } : {}) }));
}

/** CSV with header s1,s2,stance; fields quoted only when they need it; LF line ends. */
export function writePairs(rows: readonly PairRow[]): string {
  return stringify(
    rows.map((r) => [r.s1, r.s2, r.stance ?? '']),
    { header: true, columns: ['s1', 's2', 'stance'], record_delimiter: 'unix' },
  );
}
