// `sanad check --format md`: the claim, the verdict line, the strongest contradicting statement,
// then each related article with its stance and the sentences behind it, cited by article and offsets.
import type { CheckResult, Evidence } from '../check/claim.js';
import { escapeStrings } from './markdown-escape.js';

const cite = (s: { article: string; start: number; end: number; field?: string }) =>
  `[${s.article}:${s.field ? `${s.field}:` : ''}${s.start}-${s.end}]`;
const clip = (t: string, n = 240) => {
  const one = t.replace(/\s+/g, ' ').trim();
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
};
const cell = (t: string) => clip(t, 80).replace(/\|/g, '\\|');

/** "X (via Y, on Z): " before a quoted sentence; nothing for the article's own voice. */
function voice(e: Evidence): string {
  if (!e.speaker) return '';
  const chain = [...(e.via ?? []), ...(e.channel ? [e.channel] : [])];
  return `${e.speaker.text}${chain.length ? ` (via ${chain.join(', ')})` : ''}: `;
}

/** The claim check; every article and claim string in it escaped (markdown-escape.ts). */
export function renderCheckMarkdown(result: CheckResult): string {
  const r = escapeStrings(result);
  const v = r.verdict;
  const out: string[] = ['# sanad check', '', `> ${clip(r.claim, 600)}`, ''];
  out.push(`**Verdict:** ${v.summary}.`, '');
  out.push(
    `${r.searched} articles searched · ${r.retrieved} read · ${v.articles.agree} agree · ` +
      `${v.articles.disagree} disagree · ${v.articles.discuss} discuss · ${v.articles.unrelated} unrelated`,
    '',
  );
  if (v.supportOrigins.length) out.push(`Supported by: ${v.supportOrigins.join(' · ')}`, '');
  if (v.contradictOrigins.length) out.push(`Contradicted by: ${v.contradictOrigins.join(' · ')}`, '');
  if (v.strongestContradiction) {
    const c = v.strongestContradiction;
    out.push(
      '## Strongest contradiction',
      '',
      `${voice(c)}«${clip(c.text, 400)}» ${cite(c)} (${c.origin}, score ${c.score})`,
      '',
    );
  }
  if (r.articles.length) {
    out.push(
      '## Articles',
      '',
      '| stance | score | article | outlet | date | origin |',
      '|---|---|---|---|---|---|',
    );
    for (const a of r.articles) {
      const name = a.title ? `${cell(a.title)} (${a.id})` : a.id;
      out.push(
        `| ${a.stance} | ${a.score} | ${cell(name)} | ${cell(a.outlet ?? '')} | ${a.published ?? ''} | ` +
          `${cell(a.copyOf ? `copy of ${a.copyOf}` : a.origin)} |`,
      );
    }
    out.push('');
    for (const a of r.articles) {
      if (!a.rationale.length) continue;
      out.push(`### ${a.stance}: ${a.title ? clip(a.title, 120) : a.id}`, '');
      for (const e of a.rationale) out.push(`- ${voice(e)}«${clip(e.text)}» ${cite(e)}`);
      out.push('');
    }
  } else {
    out.push('No article in the coverage addresses the claim.', '');
  }
  return out.join('\n');
}
