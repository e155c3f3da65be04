// The brief: the lead, the disputes side by side, the numbers per incident, who said what.
import { CONTRADICTION_KIND, SPEAKER_KIND, SUMMARY_KIND } from './labels.js';
import type { Column, Name } from './model.js';
import type {
  Dispute,
  DisputeGroup,
  DisputeSide,
  Incident,
  LeadItem,
  SpeakerGroup,
  UpdateStep,
} from './model-findings.js';
import {
  L,
  arabic,
  biOf,
  columnHtml,
  esc,
  foldRows,
  nameHtml,
  refLink,
  section,
  tableBox,
} from './views-common.js';

/** How many speaker groups and incidents show before "show all". */
const VISIBLE_GROUPS = 12;

export function leadView(lead: LeadItem[]): string {
  const items = lead.map((l) => {
    const kind = l.kind ? `<span class="badge ${esc(l.kind)}">${biOf(SUMMARY_KIND, l.kind)}</span> ` : '';
    return `<li>${kind}${refLink(l.refs, arabic(l.text, 'div'), 'block')}</li>`;
  });
  return section('lead', 'lead', items.length ? `<ol class="lead">${items.join('\n')}</ol>` : '');
}

/** speaker ← relay ← channel, in the reading direction of the page */
export function chainHtml(chain: Name[]): string {
  if (chain.length === 0) return '';
  return `<span class="chain">${chain.map(nameHtml).join(' <span class="via-sep">←</span> ')}</span>`;
}

function sideView(side: DisputeSide, columns: Column[], heading: string): string {
  const chain = side.chain.length ? `<p class="by">${L('accordingTo')} ${chainHtml(side.chain)}</p>` : '';
  const when = side.published ? ` · <time>${esc(side.published)}</time>` : '';
  return `<div class="side">
<h4>${heading} <span class="where">${columnHtml(columns, side.column)}${when}</span></h4>
${refLink(side.refs, arabic(side.text, 'blockquote'), 'side-text')}
${chain}
</div>`;
}

/**
 * The comparison stage explains in English and quotes the Arabic words: each quoted Arabic part is
 * isolated so the numbers after it keep their left-to-right order.
 */
export function explanationHtml(text: string): string {
  return text
    .split(/("[^"]*[\u0600-\u06ff][^"]*")/)
    .map((part, i) => (i % 2 ? `"<bdi lang="ar" dir="rtl">${esc(part.slice(1, -1))}</bdi>"` : esc(part)))
    .join('');
}

function disputeView(d: Dispute, columns: Column[]): string {
  return `<article class="dispute" id="dispute-${esc(d.id)}">
<div class="sides">${sideView(d.a, columns, L('sideA'))}${sideView(d.b, columns, L('sideB'))}</div>
<p class="why"><span class="label">${L('why')}:</span> <span lang="en" dir="ltr">${explanationHtml(d.explanation)}</span></p>
</article>`;
}

export function disputesView(groups: DisputeGroup[], columns: Column[]): string {
  const total = groups.reduce((n, g) => n + g.clusters.reduce((m, c) => m + c.length, 0), 0);
  const body = groups
    .map((g) => {
      const clusters = g.clusters
        .map((c) => `<div class="cluster">${c.map((d) => disputeView(d, columns)).join('\n')}</div>`)
        .join('\n');
      return `<h3>${biOf(CONTRADICTION_KIND, g.kind)} <span class="count">${g.clusters.length}</span></h3>\n${clusters}`;
    })
    .join('\n');
  return section('disputes', 'disputes', body, total);
}

function incidentView(i: Incident, columns: Column[]): string {
  // columns no figure fills are left out (plain files carry no publication date)
  const withPublished = i.figures.some((f) => f.published);
  const withDate = i.figures.some((f) => f.date);
  const rows = i.figures.map((f) => {
    const flag = f.disputed ? ` <span class="badge disputed">${L('disputedFigure')}</span>` : '';
    const figure = refLink(
      f.refs,
      `<bdi class="num">${esc(f.value.toLocaleString('en-US'))}</bdi> ${arabic(f.text)}`,
    );
    return `<tr><td>${columnHtml(columns, f.column)}</td><td>${figure}${flag}</td>${withPublished ? `<td>${esc(f.published ?? '')}</td>` : ''}${withDate ? `<td>${esc(f.date ?? '')}</td>` : ''}</tr>`;
  });
  const head = [
    `<th scope="col">${L('outlet')}</th>`,
    `<th scope="col">${L('figure')}</th>`,
    withPublished ? `<th scope="col">${L('published')}</th>` : '',
    withDate ? `<th scope="col">${L('date')}</th>` : '',
  ].join('');
  const sequence = i.figures.map((f) => esc(f.value.toLocaleString('en-US'))).join(' → ');
  return `<div class="incident"><h3>${nameHtml(i.what)}</h3>
<p class="sequence" dir="ltr">${sequence}</p>
${tableBox('numbers', `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table>`)}</div>`;
}

function updatesView(updates: UpdateStep[]): string {
  if (updates.length === 0) return '';
  const items = updates.map((u) => {
    const steps = u.steps
      .map(
        (s) =>
          `<li>${refLink(s.refs, `<span class="status">${esc(s.status)}</span> ${arabic(s.text)}`)}${s.date ? ` <time>${esc(s.date)}</time>` : ''}</li>`,
      )
      .join('');
    return `<li><span lang="en" dir="ltr">${esc(u.explanation)}</span><ol class="steps">${steps}</ol></li>`;
  });
  return `<h3>${L('updates')}</h3><ul class="updates">${items.join('\n')}</ul>`;
}

export function numbersView(incidents: Incident[], updates: UpdateStep[], columns: Column[]): string {
  const { shown, more } = foldRows(
    incidents.map((i) => incidentView(i, columns)),
    VISIBLE_GROUPS,
  );
  const rest = more ? `<details class="more"><summary>${L('showAll')}</summary>${more}</details>` : '';
  return section('numbers', 'numbers', shown + rest + updatesView(updates), incidents.length);
}

function quoteView(q: SpeakerGroup['quotes'][number], columns: Column[]): string {
  const chainNames = [...q.via, ...(q.channel ? [q.channel] : [])];
  const chain = chainNames.length
    ? `<span class="chain-label">${L('channel')}</span> ${chainHtml(chainNames)}`
    : '';
  const kind = q.direct ? L('direct') : L('indirect');
  return `<li class="quote">${refLink(q.refs, arabic(q.content, 'blockquote'), 'quote-link')}
<p class="meta">${columnHtml(columns, q.column)} · ${arabic(q.cue)} · <span class="kind">${kind}</span>${chain ? ` · ${chain}` : ''}</p></li>`;
}

export function speakersView(groups: SpeakerGroup[], columns: Column[]): string {
  const blocks = groups.map(
    (
      g,
    ) => `<div class="speaker"><h3>${nameHtml(g.name)} <span class="kind">${biOf(SPEAKER_KIND, g.kind)}</span> <span class="count">${g.quotes.length}</span></h3>
<ul class="quotes">${g.quotes.map((q) => quoteView(q, columns)).join('\n')}</ul></div>`,
  );
  const { shown, more } = foldRows(blocks, VISIBLE_GROUPS);
  const rest = more ? `<details class="more"><summary>${L('showAll')}</summary>${more}</details>` : '';
  return section('speakers', 'speakers', shown + rest, groups.length);
}
