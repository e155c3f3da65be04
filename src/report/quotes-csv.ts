// A story's quotations as CSV, one row per quotation: who said what, where, and the exact span.
import { stringify } from 'csv-stringify/sync';
import type { Analysis } from '../contract.js';

export function quotesCsv(a: Analysis): string {
  const byId = new Map(a.articles.map((x) => [x.id, x]));
  const rows = a.quotes.map((q) => {
    const art = byId.get(q.article);
    return [
      q.id,
      q.article,
      art?.outlet?.name ?? '',
      art?.published ?? '',
      q.speaker.text,
      q.speaker.kind ?? '',
      q.cue.text,
      q.content.text,
      q.direct ? 'yes' : 'no',
      q.channel?.text ?? '',
      q.start,
      q.end,
    ];
  });
  return stringify([
    [
      'quote',
      'article',
      'outlet',
      'published',
      'speaker',
      'speaker_kind',
      'cue',
      'content',
      'direct',
      'channel',
      'start',
      'end',
    ],
    ...rows,
  ]);
}
