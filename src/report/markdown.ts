// A Markdown digest an editor can read: first a brief of one screen (lead, disputes, numbers by
// incident, who said what through whom, sources by outlet and headline: markdown-brief.ts), then the
// detail (summary, disputes, contradiction pairs, claims, timeline, framing), then each article's
// sources, numbers and dates, then warnings. Every detail item cites article and offsets.
// Each section is one function returning its lines (none when it has nothing to show).
import type { Analysis, Claim, Span } from '../contract.js';
import { sourceName } from '../compare/brief/sources.js';
import { noneCounted, voiceNote, voicesSummary } from '../compare/claims/voice-groups.js';
import { renderBrief } from './markdown-brief.js';
import { escapeStrings } from './markdown-escape.js';

type Article = Analysis['articles'][number];
/** The display name of a span: its linked entity's name, else its own text. */
type Namer = (s: Span & { entity?: string }) => string;

/**
 * Display widths in characters: a summary sentence is shown almost whole, a quoted passage or a
 * timeline event in a line or two, a table cell short enough to keep the table readable.
 */
const PASSAGE_CHARS = 160;
const CELL_CHARS = 120;
const SUMMARY_CHARS = 400;
const TIMELINE_CHARS = 200;
const ACT_CHARS = 60;
const REMOVED_CHARS = 100;

const cite = (s: { article: string; start: number; end: number }) => `[${s.article}:${s.start}-${s.end}]`;
const clip = (t: string, n = PASSAGE_CHARS) => {
  const one = t.replace(/\s+/g, ' ').trim();
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
};
const cell = (t: string) => clip(t, CELL_CHARS).replace(/\|/g, '\\|');
/** A heading, its lines and a blank line; nothing when there are no lines. */
const section = (heading: string[], lines: string[]) => (lines.length ? [...heading, ...lines, ''] : []);

/** The digest of an analysis; every article string in it escaped (markdown-escape.ts). */
export function renderMarkdown(analysis: Analysis): string {
  const a = escapeStrings(analysis);
  const entityName = new Map(a.entities.map((e) => [e.id, e.name]));
  const who: Namer = (s) => (s.entity ? (entityName.get(s.entity) ?? s.text) : s.text);
  const out = [
    ...header(a),
    ...renderBrief(a),
    '---',
    '',
    '# Detail',
    '',
    ...summary(a),
    ...disputes(a),
    ...contradictions(a),
    ...claims(a),
    ...timeline(a),
    ...framing(a),
    ...distinctive(a),
    ...outlets(a),
    ...duplicates(a),
  ];
  for (const art of a.articles) out.push(...article(a, art, who));
  out.push(...warnings(a));
  return out.join('\n');
}

function header(a: Analysis): string[] {
  return [
    '# sanad digest',
    '',
    `${a.articles.length} articles · ${a.quotes.length} quotations · ${a.accusations.length} accusations · ` +
      `${a.quantities.length} quantities · ${a.dates.length} dates · ${a.contradictions.length} contradictions · ` +
      `${a.warnings.length} warnings`,
    '',
  ];
}

function summary(a: Analysis): string[] {
  const lines = a.summary.map(
    (s) =>
      `- ${s.kind ? `_${s.kind}_: ` : ''}${clip(s.text, SUMMARY_CHARS)} ${s.sources.map(cite).join(' ')}`,
  );
  return section(['## Summary, with offsets', ''], lines);
}

/** One entry per question, each side with every statement and who takes it. */
function disputes(a: Analysis): string[] {
  const lines = a.disputes.flatMap((d) => [
    `- **${d.kind}**: ${d.question} (${d.contradictions.join(', ')})`,
    ...d.sides.flatMap((s) => [
      `  - «${clip(s.answer, CELL_CHARS)}»: ${s.sources.join('، ') || 'unattributed'}`,
      ...s.statements.map((x) => `    - ${x.by ? `${x.by}: ` : ''}«${clip(x.text)}» ${cite(x)}`),
    ]),
  ]);
  return section(['## Disputes', ''], lines);
}

function contradictions(a: Analysis): string[] {
  const lines = a.contradictions.flatMap((c) => [
    `- **${c.kind}**: ${c.explanation}`,
    `  - ${c.a.by ? `${c.a.by}: ` : ''}«${clip(c.a.text)}» ${cite(c.a)}`,
    `  - ${c.b.by ? `${c.b.by}: ` : ''}«${clip(c.b.text)}» ${cite(c.b)}`,
  ]);
  return section(['## Contradictions, pair by pair', ''], lines);
}

function claims(a: Analysis): string[] {
  const lines = a.claims.map(
    (c) =>
      `| ${c.status} | ${cell(c.text)} | ${c.outlets.join(', ')} | ${clip(voicesOf(c), SUMMARY_CHARS).replace(/\|/g, '\\|')} | ${c.statements.map((s) => cite(s.span)).join(' ')} |`,
  );
  return section(
    ['## Claims', '', '| status | claim | outlets | voices | statements |', '|---|---|---|---|---|'],
    lines,
  );
}

/** A claim's voices: how many, then each origin and why its statements were folded into one. */
function voicesOf(c: Claim): string {
  if (!c.voiceGroups?.length) return '';
  const uncounted = noneCounted(c) ? 'none' : 'short';
  return [voicesSummary(c), ...c.voiceGroups.map((g) => voiceNote(g, undefined, uncounted))].join('. ');
}

function timeline(a: Analysis): string[] {
  const lines = a.timeline.map(
    (t) => `- **${t.date}** ${clip(t.text, TIMELINE_CHARS)} ${t.sources.map(cite).join(' ')}`,
  );
  return section(['## Timeline', ''], lines);
}

function framing(a: Analysis): string[] {
  const lines = a.framing.concepts.map((c) => {
    const vs = c.variants
      .map(
        (v) =>
          `${v.term}${v.connotation ? ` (${v.connotation})` : ''}: ${v.articles.map((x) => `${x.article}×${x.count}`).join(', ')}`,
      )
      .join('; ');
    return `- **${c.concept}** — ${vs}`;
  });
  return section(['## Framing', ''], lines);
}

function distinctive(a: Analysis): string[] {
  const byArticle = new Map<string, string[]>();
  for (const d of a.framing.distinctive) {
    byArticle.set(d.article, [...(byArticle.get(d.article) ?? []), `${d.term} (${d.score.toFixed(1)})`]);
  }
  const lines = [...byArticle].map(([id, terms]) => `- ${id}: ${terms.join('، ')}`);
  const heading = [
    '## Distinctive words',
    '',
    'Words each article uses far more than the others (log-odds, informative Dirichlet prior; z-score).',
    '',
  ];
  return section(heading, lines);
}

function outlets(a: Analysis): string[] {
  const lines = (a.outlets ?? []).map(
    (o) => `| ${cell(o.name)} | ${o.articles.length} | ${o.leaning.label} | ${o.leaning.score.toFixed(2)} |`,
  );
  return section(['## Outlets', '', '| outlet | articles | leaning | score |', '|---|---|---|---|'], lines);
}

function duplicates(a: Analysis): string[] {
  const lines = (a.duplicates ?? []).map(
    (d) => `- ${d.copies.join(', ')} copy ${d.canonical} (similarity ${d.similarity.toFixed(2)}): one voice`,
  );
  return section(['## Near-duplicates', ''], lines);
}

/** One article: its metadata, sourcing and leaning, then its quotes, accusations, numbers, dates, cleaning. */
function article(a: Analysis, art: Article, who: Namer): string[] {
  return [
    `## Article: ${sourceName(art).label}`,
    '',
    ...articleMeta(art),
    ...sourcing(a, art),
    ...leaningEvidence(art),
    ...whoSaidWhat(a, art, who),
    ...accusations(a, art, who),
    ...quantities(a, art),
    ...dates(a, art),
    ...cleaning(art),
  ];
}

function articleMeta(art: Article): string[] {
  const meta = [
    `id: ${art.id}`,
    art.title && `title: ${art.title}`,
    art.outlet && `outlet: ${art.outlet.name}${art.outlet.inferred ? ' (inferred)' : ''}`,
    art.published && `published: ${art.published}`,
    art.leaning && `leaning: ${art.leaning.label} (${art.leaning.score.toFixed(2)})`,
    art.source.path && `file: ${art.source.path}`,
    art.source.url && `url: ${art.source.url}`,
  ].filter(Boolean);
  return meta.length ? [meta.map((m) => `- ${m}`).join('\n'), ''] : [];
}

function sourcing(a: Analysis, art: Article): string[] {
  const s = art.sourcing;
  if (!s || !a.quotes.some((q) => q.article === art.id)) return [];
  const kinds = (['named', 'official', 'anonymous', 'organization', 'media', 'document'] as const)
    .filter((k) => s[k] > 0)
    .map((k) => `${s[k]} ${k}`)
    .join(', ');
  return [
    `Sourcing: ${kinds}; ${s.direct} direct, ${s.indirect} indirect` +
      (s.channels.length ? `; channels and relays: ${s.channels.join('، ')}` : ''),
    '',
  ];
}

function leaningEvidence(art: Article): string[] {
  if (!art.leaning?.evidence.length) return [];
  return [`Leaning evidence: ${art.leaning.evidence.map((e) => `«${e.text}» ${cite(e)}`).join(', ')}`, ''];
}

function whoSaidWhat(a: Analysis, art: Article, who: Namer): string[] {
  const lines = a.quotes
    .filter((q) => q.article === art.id)
    .map((q) => {
      const chain = [...(q.via ?? []).map(who), q.channel ? `to ${who(q.channel)}` : '']
        .filter(Boolean)
        .join(' → ');
      return `| ${cell(who(q.speaker))} | ${q.speaker.kind}${q.speaker.resolvedFrom ? ' (resolved)' : ''} | ${cell(chain)} | ${q.direct ? '«' : ''}${cell(q.content.text)}${q.direct ? '»' : ''} | ${cite(q)} |`;
    });
  const heading = [
    '### Who said what',
    '',
    '| speaker | kind | via | said | where |',
    '|---|---|---|---|---|',
  ];
  return section(heading, lines);
}

function accusations(a: Analysis, art: Article, who: Namer): string[] {
  const lines = a.accusations
    .filter((x) => x.article === art.id)
    .map(
      (x) =>
        `- ${x.accuser ? cell(who(x.accuser)) : '(the article)'} → ${cell(who(x.accused))}: «${clip(x.act.text, ACT_CHARS)}» ${cite(x)}`,
    );
  return section(['### Accusations', ''], lines);
}

function quantities(a: Analysis, art: Article): string[] {
  const lines = a.quantities
    .filter((x) => x.article === art.id)
    .map((n) => {
      const value =
        n.approx === 'range' && n.high !== undefined
          ? `${n.low ?? n.value}–${n.high}`
          : `${n.approx && n.approx !== 'range' ? `${n.approx} ` : ''}${n.value}`;
      return `| ${cell(n.text)} | ${value} | ${n.counted ? cell(n.counted.text) : ''} | ${cite(n)} |`;
    });
  return section(['### Quantities', '', '| text | value | counted | where |', '|---|---|---|---|'], lines);
}

function dates(a: Analysis, art: Article): string[] {
  const lines = a.dates
    .filter((x) => x.article === art.id)
    .map((d) => {
      const note = [
        d.weekdayMismatch && '⚠ weekday does not match the date',
        d.relative && 'relative',
        d.calendar === 'hijri' && 'Hijri',
      ]
        .filter(Boolean)
        .join(', ');
      return `| ${cell(d.text)} | ${d.value} | ${d.time ?? ''} | ${note} | ${cite(d)} |`;
    });
  return section(['### Dates', '', '| text | date | time | note | where |', '|---|---|---|---|---|'], lines);
}

function cleaning(art: Article): string[] {
  const lines = [
    ...(art.cleaning?.repairs ?? []).map((r) => `- repaired «${r.glued}» → «${r.fixed}»`),
    ...(art.cleaning?.removed ?? []).map((r) => `- removed (${r.reason}): «${clip(r.text, REMOVED_CHARS)}»`),
  ];
  return section(['### Cleaning', ''], lines);
}

function warnings(a: Analysis): string[] {
  const lines = a.warnings.map((w) => `- \`${w.code}\`${w.article ? ` ${w.article}` : ''}: ${w.message}`);
  return section(['## Warnings', ''], lines);
}
