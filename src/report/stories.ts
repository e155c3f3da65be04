// `sanad stories --format md`: the stories of a corpus as a list an editor can scan, biggest first.
import type { StoriesResult } from '../stories/stories.js';
import { escapeStrings } from './markdown-escape.js';

/** stories listed with their articles; smaller ones are counted only */
const LISTED_MIN_REPORTS = 2;

/** The list of stories; every article string in it escaped (markdown-escape.ts). */
export function renderStoriesMarkdown(result: StoriesResult): string {
  const r = escapeStrings(result);
  const lines = [`# Stories`, ''];
  const big = [...r.stories]
    .filter((s) => s.reports >= LISTED_MIN_REPORTS || s.outlets.length >= 2)
    .sort((a, b) => b.outlets.length - a.outlets.length || b.articles.length - a.articles.length);
  lines.push(
    `${r.stories.length} stories, ${big.length} told by several outlets or reports; ` +
      `${r.duplicates.length} near-duplicate pairs; ${r.apart.length} opinion pieces and round-ups kept apart.`,
    '',
  );
  for (const s of big) {
    const dates = s.first ? (s.first === s.last ? ` (${s.first})` : ` (${s.first} – ${s.last})`) : '';
    lines.push(`## ${s.id}: ${s.title}${dates}`, '');
    lines.push(
      `${s.articles.length} articles, ${s.reports} distinct reports, outlets: ${s.outlets.join(', ')}`,
      '',
    );
    for (const a of s.articles) lines.push(`- ${a}`);
    lines.push('');
  }
  if (r.apart.length) {
    lines.push('## Kept apart (opinion, editorials, round-ups)', '');
    for (const a of r.apart) lines.push(`- ${a.article}: ${a.kind} (${a.cues.join('; ')})`);
    lines.push('');
  }
  return lines.join('\n');
}
