// A Markdown digest an editor can read: the story first (summary, contradictions, claims), then
// each article's sources, numbers and dates, then warnings. Every item cites article and offsets.
import type { Analysis, Span } from '../contract.js';

const cite = (s: { article: string; start: number; end: number }) => `[${s.article}:${s.start}-${s.end}]`;
const clip = (t: string, n = 160) => {
  const one = t.replace(/\s+/g, ' ').trim();
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
};
const cell = (t: string) => clip(t, 120).replace(/\|/g, '\\|');

export function renderMarkdown(a: Analysis): string {
  const out: string[] = [];
  const entityName = new Map(a.entities.map((e) => [e.id, e.name]));
  const quotesOf = (id: string) => a.quotes.filter((q) => q.article === id).length;
  const who = (s: Span & { entity?: string }) => (s.entity ? (entityName.get(s.entity) ?? s.text) : s.text);

  out.push('# sanad digest', '');
  out.push(
    `${a.articles.length} articles · ${a.quotes.length} quotations · ${a.accusations.length} accusations · ` +
      `${a.quantities.length} quantities · ${a.dates.length} dates · ${a.contradictions.length} contradictions · ` +
      `${a.warnings.length} warnings`,
    '',
  );

  if (a.summary.length) {
    out.push('## Summary', '');
    for (const s of a.summary) out.push(`- ${clip(s.text, 400)} ${s.sources.map(cite).join(' ')}`);
    out.push('');
  }
  if (a.contradictions.length) {
    out.push('## Contradictions', '');
    for (const c of a.contradictions) {
      out.push(`- **${c.kind}**: ${c.explanation}`);
      out.push(`  - ${c.a.by ? `${c.a.by}: ` : ''}«${clip(c.a.text)}» ${cite(c.a)}`);
      out.push(`  - ${c.b.by ? `${c.b.by}: ` : ''}«${clip(c.b.text)}» ${cite(c.b)}`);
    }
    out.push('');
  }
  if (a.claims.length) {
    out.push('## Claims', '', '| status | claim | outlets | statements |', '|---|---|---|---|');
    for (const c of a.claims) {
      out.push(
        `| ${c.status} | ${cell(c.text)} | ${c.outlets.join(', ')} | ${c.statements.map((s) => cite(s.span)).join(' ')} |`,
      );
    }
    out.push('');
  }
  if (a.timeline.length) {
    out.push('## Timeline', '');
    for (const t of a.timeline)
      out.push(`- **${t.date}** ${clip(t.text, 200)} ${t.sources.map(cite).join(' ')}`);
    out.push('');
  }
  if (a.framing.concepts.length) {
    out.push('## Framing', '');
    for (const c of a.framing.concepts) {
      const vs = c.variants
        .map(
          (v) =>
            `${v.term}${v.connotation ? ` (${v.connotation})` : ''}: ${v.articles.map((x) => `${x.article}×${x.count}`).join(', ')}`,
        )
        .join('; ');
      out.push(`- **${c.concept}** — ${vs}`);
    }
    out.push('');
  }

  if (a.framing.distinctive.length) {
    out.push(
      '## Distinctive words',
      '',
      'Words each article uses far more than the others (log-odds, informative Dirichlet prior; z-score).',
      '',
    );
    const byArticle = new Map<string, string[]>();
    for (const d of a.framing.distinctive) {
      byArticle.set(d.article, [...(byArticle.get(d.article) ?? []), `${d.term} (${d.score.toFixed(1)})`]);
    }
    for (const [id, terms] of byArticle) out.push(`- ${id}: ${terms.join('، ')}`);
    out.push('');
  }
  if (a.outlets?.length) {
    out.push('## Outlets', '', '| outlet | articles | leaning | score |', '|---|---|---|---|');
    for (const o of a.outlets) {
      out.push(
        `| ${cell(o.name)} | ${o.articles.length} | ${o.leaning.label} | ${o.leaning.score.toFixed(2)} |`,
      );
    }
    out.push('');
  }
  if (a.duplicates?.length) {
    out.push('## Near-duplicates', '');
    for (const d of a.duplicates) {
      out.push(
        `- ${d.copies.join(', ')} copy ${d.canonical} (similarity ${d.similarity.toFixed(2)}): one voice`,
      );
    }
    out.push('');
  }

  for (const art of a.articles) {
    out.push(`## Article ${art.id}`, '');
    const meta = [
      art.title && `title: ${art.title}`,
      art.outlet && `outlet: ${art.outlet.name}${art.outlet.inferred ? ' (inferred)' : ''}`,
      art.published && `published: ${art.published}`,
      art.leaning && `leaning: ${art.leaning.label} (${art.leaning.score.toFixed(2)})`,
      art.source.path && `file: ${art.source.path}`,
      art.source.url && `url: ${art.source.url}`,
    ].filter(Boolean);
    if (meta.length) out.push(meta.map((m) => `- ${m}`).join('\n'), '');
    if (art.sourcing && quotesOf(art.id) > 0) {
      const s = art.sourcing;
      const kinds = (['named', 'official', 'anonymous', 'organization', 'media', 'document'] as const)
        .filter((k) => s[k] > 0)
        .map((k) => `${s[k]} ${k}`)
        .join(', ');
      out.push(
        `Sourcing: ${kinds}; ${s.direct} direct, ${s.indirect} indirect` +
          (s.channels.length ? `; channels and relays: ${s.channels.join('، ')}` : ''),
        '',
      );
    }
    if (art.leaning?.evidence.length) {
      out.push(
        `Leaning evidence: ${art.leaning.evidence.map((e) => `«${e.text}» ${cite(e)}`).join(', ')}`,
        '',
      );
    }
    const quotes = a.quotes.filter((q) => q.article === art.id);
    if (quotes.length) {
      out.push('### Who said what', '', '| speaker | kind | via | said | where |', '|---|---|---|---|---|');
      for (const q of quotes) {
        const chain = [...(q.via ?? []).map(who), q.channel ? `to ${who(q.channel)}` : '']
          .filter(Boolean)
          .join(' → ');
        out.push(
          `| ${cell(who(q.speaker))} | ${q.speaker.kind}${q.speaker.resolvedFrom ? ' (resolved)' : ''} | ${cell(chain)} | ${q.direct ? '«' : ''}${cell(q.content.text)}${q.direct ? '»' : ''} | ${cite(q)} |`,
        );
      }
      out.push('');
    }
    const accusations = a.accusations.filter((x) => x.article === art.id);
    if (accusations.length) {
      out.push('### Accusations', '');
      for (const x of accusations) {
        out.push(
          `- ${x.accuser ? cell(who(x.accuser)) : '(the article)'} → ${cell(who(x.accused))}: «${clip(x.act.text, 60)}» ${cite(x)}`,
        );
      }
      out.push('');
    }
    const quantities = a.quantities.filter((x) => x.article === art.id);
    if (quantities.length) {
      out.push('### Quantities', '', '| text | value | counted | where |', '|---|---|---|---|');
      for (const n of quantities) {
        const value =
          n.approx === 'range' && n.high !== undefined
            ? `${n.low ?? n.value}–${n.high}`
            : `${n.approx && n.approx !== 'range' ? `${n.approx} ` : ''}${n.value}`;
        out.push(`| ${cell(n.text)} | ${value} | ${n.counted ? cell(n.counted.text) : ''} | ${cite(n)} |`);
      }
      out.push('');
    }
    const dates = a.dates.filter((x) => x.article === art.id);
    if (dates.length) {
      out.push('### Dates', '', '| text | date | time | note | where |', '|---|---|---|---|---|');
      for (const d of dates) {
        const note = [
          d.weekdayMismatch && '⚠ weekday does not match the date',
          d.relative && 'relative',
          d.calendar === 'hijri' && 'Hijri',
        ]
          .filter(Boolean)
          .join(', ');
        out.push(`| ${cell(d.text)} | ${d.value} | ${d.time ?? ''} | ${note} | ${cite(d)} |`);
      }
      out.push('');
    }
    const removed = art.cleaning?.removed ?? [];
    const repairs = art.cleaning?.repairs ?? [];
    if (removed.length || repairs.length) {
      out.push('### Cleaning', '');
      for (const r of repairs) out.push(`- repaired «${r.glued}» → «${r.fixed}»`);
      for (const r of removed) out.push(`- removed (${r.reason}): «${clip(r.text, 100)}»`);
      out.push('');
    }
  }
  if (a.warnings.length) {
    out.push('## Warnings', '');
    for (const w of a.warnings) out.push(`- \`${w.code}\`${w.article ? ` ${w.article}` : ''}: ${w.message}`);
    out.push('');
  }
  return out.join('\n');
}
