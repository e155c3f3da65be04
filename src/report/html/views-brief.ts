// The brief: the lead, the disputes side by side, the numbers per incident, who said what.
import { CONTRADICTION_KIND, SPEAKER_KIND, SUMMARY_KIND } from '../../labels.js';
import type { Column, Name } from './model.js';
import type { DisputeSide, DisputeStatement, DisputeView, UpdateSequence } from './model-disputes.js';
import type { Figure, Incident, LeadItem, SpeakerGroup } from './model-findings.js';
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

/** One statement of a side: its words (a link to its span), where, when, and its chain. */
function statementView(st: DisputeStatement, columns: Column[]): string {
  const when = st.published ? ` · <time>${esc(st.published)}</time>` : '';
  const chain = st.chain.length ? ` · ${L('accordingTo')} ${chainHtml(st.chain)}` : '';
  return `<li class="statement">${refLink(st.refs, arabic(st.text, 'blockquote'), 'side-text')}
<p class="by">${columnHtml(columns, st.column)}${when}${chain}</p></li>`;
}

function sideView(side: DisputeSide, columns: Column[], n: number): string {
  const sources = side.sources.length
    ? `<p class="sources"><span class="label">${L('sideSources')}:</span> ${side.sources.map(nameHtml).join('، ')}</p>`
    : '';
  return `<div class="side">
<h4>${L('side')} ${n} · ${arabic(side.answer, 'bdi')}</h4>
${sources}
<ol class="statements">${side.statements.map((st) => statementView(st, columns)).join('\n')}</ol>
</div>`;
}

/** The Arabic words a question quotes ("How many (قتل)" -> "قتل"), for the Arabic heading. */
const arabicPart = (question: string): string =>
  (question.match(/[\u0600-\u06ff][\u0600-\u06ff\s…]*/g) ?? []).join(' ').trim();

function questionHtml(d: DisputeView): string {
  // the kind's badge follows: the Arabic heading is the question's own Arabic words when it has some
  const ar = arabicPart(d.question) || (CONTRADICTION_KIND[d.kind]?.ar ?? d.kind);
  return `<span class="ar">${esc(ar)}</span><span class="en" lang="en">${explanationHtml(d.question)}</span>`;
}

function disputeView(d: DisputeView, columns: Column[]): string {
  const why = d.explanations.length
    ? `<details class="why"><summary>${L('why')} <span class="count">${d.explanations.length}</span></summary><ul lang="en" dir="ltr">${d.explanations.map((x) => `<li>${explanationHtml(x)}</li>`).join('')}</ul></details>`
    : '';
  return `<article class="dispute cluster" id="dispute-${esc(d.id)}" aria-labelledby="dispute-${esc(d.id)}-q">
<h3 id="dispute-${esc(d.id)}-q">${questionHtml(d)} <span class="badge kind">${biOf(CONTRADICTION_KIND, d.kind)}</span></h3>
<div class="sides">${d.sides.map((s, i) => sideView(s, columns, i + 1)).join('')}</div>
${why}
</article>`;
}

/** The disputes side by side, one per question, in the order the comparison gives. */
export function disputesView(disputes: DisputeView[], columns: Column[]): string {
  return section(
    'disputes',
    'disputes',
    disputes.map((d) => disputeView(d, columns)).join('\n'),
    disputes.length,
  );
}

/** A sequence of updates: each step a link to its span, with its source and day. */
export function sequenceHtml(seq: UpdateSequence, columns: Column[]): string {
  const steps = seq.steps.map((st) => {
    const source = st.source ? nameHtml(st.source) : columnHtml(columns, st.column);
    const when = st.date ? ` <time>${esc(st.date)}</time>` : '';
    return `<li>${refLink(st.refs, arabic(st.text, 'bdi'), 'step')}<span class="step-by">${source}${when}</span></li>`;
  });
  const arrow = '<li class="arrow" aria-hidden="true"><span class="via-sep">←</span></li>';
  return `<ol class="sequence">${steps.join(arrow)}</ol>`;
}

function figureRow(f: Figure, columns: Column[], cols: { published: boolean; date: boolean }): string {
  const flag = f.disputed ? ` <span class="badge disputed">${L('disputedFigure')}</span>` : '';
  const figure = refLink(
    f.refs,
    `<bdi class="num">${esc(f.value.toLocaleString('en-US'))}</bdi> ${arabic(f.text)}`,
  );
  const source = f.chain.length ? chainHtml(f.chain) : '';
  return `<tr><td>${columnHtml(columns, f.column)}</td><td>${figure}${flag}</td><td>${source}</td>${cols.published ? `<td>${esc(f.published ?? '')}</td>` : ''}${cols.date ? `<td>${esc(f.date ?? '')}</td>` : ''}</tr>`;
}

function incidentView(i: Incident, columns: Column[]): string {
  // columns no figure fills are left out (plain files carry no publication date)
  const cols = { published: i.figures.some((f) => f.published), date: i.figures.some((f) => f.date) };
  const head = [
    `<th scope="col">${L('outlet')}</th>`,
    `<th scope="col">${L('figure')}</th>`,
    `<th scope="col">${L('source')}</th>`,
    cols.published ? `<th scope="col">${L('published')}</th>` : '',
    cols.date ? `<th scope="col">${L('date')}</th>` : '',
  ].join('');
  const rows = i.figures.map((f) => figureRow(f, columns, cols));
  const sequence = i.sequence
    ? `<div class="sequence-box"><p class="label">${L('sequence')}</p>${sequenceHtml(i.sequence, columns)}</div>`
    : '';
  return `<div class="incident"><h3>${nameHtml(i.what)}</h3>
${sequence}
${tableBox('numbers', `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table>`)}</div>`;
}

/** Sequences no incident took: status changes of an event across days. */
function updatesView(updates: UpdateSequence[], columns: Column[]): string {
  if (updates.length === 0) return '';
  const items = updates.map((u) => `<li>${sequenceHtml(u, columns)}</li>`);
  return `<h3>${L('updates')}</h3><ul class="updates">${items.join('\n')}</ul>`;
}

export function numbersView(incidents: Incident[], updates: UpdateSequence[], columns: Column[]): string {
  const { shown, more } = foldRows(
    incidents.map((i) => incidentView(i, columns)),
    VISIBLE_GROUPS,
  );
  const rest = more ? `<details class="more"><summary>${L('showAll')}</summary>${more}</details>` : '';
  return section('numbers', 'numbers', shown + rest + updatesView(updates, columns), incidents.length);
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
