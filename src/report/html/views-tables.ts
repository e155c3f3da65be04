// The report's tables and chart sections: claims × outlets, framing, timeline, map, sources, the
// entity index and the article texts every finding links into.
import { CLAIM_STATUS, ENTITY_TYPE, LEANING } from '../../labels.js';
import type { ArticleInfo, Column } from './model.js';
import type {
  ClaimRow,
  EntityRow,
  FramingRow,
  FramingTerm,
  MapData,
  SourceRow,
  TimelineItem,
} from './model-tables.js';
import type { ReportModel } from './report-model.js';
import {
  L,
  arabic,
  articleTag,
  biOf,
  columnHtml,
  esc,
  foldRows,
  nameHtml,
  refLink,
  section,
  tableBox,
} from './views-common.js';

/** Rows of the claims matrix shown before "show all": the disputed and corroborated come first. */
const VISIBLE_CLAIMS = 25;
/** Evidence spans listed per article: enough to check a leaning without a wall of links. */
const VISIBLE_EVIDENCE = 8;

const CELL_MARK = { states: '●', contradicts: '✕', silent: '·' } as const;

function headerRow(columns: Column[], first: string): string {
  const cols = columns.map((c, i) => `<th scope="col">${columnHtml(columns, i)}</th>`).join('');
  return `<thead><tr>${first}${cols}</tr></thead>`;
}

function claimRow(row: ClaimRow): string {
  const cells = row.cells
    .map((c) => {
      const mark = `<span aria-hidden="true">${CELL_MARK[c.state]}</span><span class="sr">${L(c.state)}</span>`;
      return `<td class="cell ${c.state}">${c.refs.length ? refLink(c.refs, mark) : mark}</td>`;
    })
    .join('');
  const en = row.en ? `<span class="en" lang="en">${esc(row.en)}</span>` : '';
  const text = `<span class="${row.en ? 'ar' : ''}">${arabic(row.text)}</span>${en}`;
  return `<tr><th scope="row">${text} <span class="badge ${esc(row.status)}">${biOf(CLAIM_STATUS, row.status)}</span></th>${cells}</tr>`;
}

export function claimsView(rows: ClaimRow[], columns: Column[]): string {
  if (rows.length === 0) return section('claims', 'claims', '');
  const legend = `<p class="legend"><span aria-hidden="true">●</span> ${L('states')} | <span aria-hidden="true">✕</span> ${L('contradicts')} | <span aria-hidden="true">·</span> ${L('silent')}</p>`;
  const { shown, more } = foldRows(rows.map(claimRow), VISIBLE_CLAIMS);
  const head = headerRow(columns, `<th scope="col">${L('claim')}</th>`);
  const table = (body: string) =>
    tableBox('claims', `<table class="matrix">${head}<tbody>${body}</tbody></table>`);
  const rest = more ? `<details class="more"><summary>${L('showAll')}</summary>${table(more)}</details>` : '';
  return section('claims', 'claims', legend + table(shown) + rest, rows.length);
}

/** "gunmen — denies political standing": the gloss, then what the word implies. */
export function glossText(t: { gloss?: string; connotation?: string }): string {
  const connotation = t.connotation ?? '';
  // connotations are written "gloss: implication"; the gloss is already shown
  const implication =
    t.gloss && connotation.includes(':')
      ? connotation.slice(connotation.indexOf(':') + 1).trim()
      : connotation;
  return [t.gloss, implication].filter(Boolean).join(' — ');
}

function termHtml(t: FramingTerm): string {
  const en = `<span class="en gloss" lang="en">${esc(glossText(t))}</span>`;
  const inner = `${arabic(t.term)} <span class="n">×${t.count}</span>`;
  return `<li class="side-${esc(t.side ?? 'neutral')}">${refLink(t.refs, inner)} ${en}</li>`;
}

export function framingView(rows: FramingRow[], columns: Column[]): string {
  if (rows.length === 0) return section('framing', 'framing', '');
  const body = rows
    .map((r) => {
      const cells = r.cells.map((terms) => `<td><ul class="terms">${terms.map(termHtml).join('')}</ul></td>`);
      return `<tr><th scope="row">${nameHtml(r.concept)}</th>${cells.join('')}</tr>`;
    })
    .join('\n');
  const head = headerRow(columns, `<th scope="col">${L('concept')}</th>`);
  return section(
    'framing',
    'framing',
    tableBox('framing', `<table class="framing">${head}<tbody>${body}</tbody></table>`),
    rows.length,
  );
}

export function timelineView(items: TimelineItem[], articles: ArticleInfo[]): string {
  if (items.length === 0) return section('timeline', 'timeline', '');
  const rows = items
    .map((t) => {
      const where = t.refs[0] ? articleTag(articles[t.refs[0].a]) : '';
      return `<tr><td><time>${esc(t.date.replace(/^--/, ''))}</time></td><td>${arabic(t.label)}${t.event ? ` <span class="en" lang="en">${esc(t.event.replace('/', ' '))}</span>` : ''}</td><td>${refLink(t.refs, arabic(t.text))} ${where}</td></tr>`;
    })
    .join('\n');
  const chart = `<div class="chart" id="timeline-chart" role="img" aria-labelledby="h-timeline"></div><p class="hint">${L('chartHint')}</p>`;
  const table = tableBox(
    'timeline',
    `<table><thead><tr><th scope="col">${L('date')}</th><th scope="col">${L('event')}</th><th scope="col">${L('evidence')}</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
  return section('timeline', 'timeline', chart + table, items.length);
}

function placeList(
  items: { name: Parameters<typeof nameHtml>[0]; count: number; refs: import('./model.js').Ref[] }[],
): string {
  return `<ul class="places">${items.map((p) => `<li>${refLink(p.refs, nameHtml(p.name))} <span class="n">×${p.count}</span></li>`).join('')}</ul>`;
}

export function mapView(map: MapData): string {
  const any = map.places.length + map.countries.length + map.unplaced.length;
  if (any === 0) return section('map', 'map', '');
  const chart =
    map.places.length + map.countries.length
      ? `<div class="chart map" id="map-chart" role="img" aria-labelledby="h-map"></div><p class="hint">${L('chartHint')}</p>`
      : '';
  const lists = [
    map.places.length ? `<h3>${L('placesOnMap')}</h3>${placeList(map.places)}` : '',
    map.countries.length ? `<h3>${L('countriesNamed')}</h3>${placeList(map.countries)}` : '',
    map.unplaced.length ? `<h3>${L('unplaced')}</h3>${placeList(map.unplaced)}` : '',
  ].join('');
  return section(
    'map',
    'map',
    `${chart}<div class="columns">${lists}</div><p class="note">${L('mapSource')}</p>`,
    map.places.length,
  );
}

function sourceRow(s: SourceRow, a: ArticleInfo): string {
  const leaning = s.leaning
    ? `<span class="badge lean-${esc(s.leaning.label)}">${biOf(LEANING, s.leaning.label)}</span> <meter min="-1" max="1" value="${s.leaning.score}" aria-label="${esc(s.leaning.label)} ${s.leaning.score}">${s.leaning.score}</meter> <bdi dir="ltr">${s.leaning.score.toFixed(2)}</bdi>`
    : '–';
  const evidence = s.leaning
    ? s.leaning.evidence
        .slice(0, VISIBLE_EVIDENCE)
        .map((r) => refLink([r], arabic(a.text.slice(r.s, r.e))))
        .join(' · ')
    : '';
  const sourcing = s.sourcing
    ? Object.entries(s.sourcing)
        .filter(([, v]) => typeof v === 'number' && v > 0)
        .map(([k, v]) => `<span lang="en">${esc(k)}</span> ${esc(String(v))}`)
        .join(', ')
    : '';
  return `<tr><th scope="row">${articleTag(a)}<br><span class="id" dir="ltr">${esc(a.title ?? a.id)}</span></th><td>${leaning}</td><td>${evidence}</td><td dir="ltr">${sourcing}</td></tr>`;
}

export function sourcesView(model: ReportModel): string {
  const rows = model.sources.map((s) => sourceRow(s, model.articles[s.article])).join('\n');
  const head = `<thead><tr><th scope="col">${L('articleWord')}</th><th scope="col">${L('leaning')}</th><th scope="col">${L('evidence')}</th><th scope="col">${L('sourcing')}</th></tr></thead>`;
  const outlets = model.outlets.length
    ? `<h3>${L('outlet')}</h3><ul>${model.outlets.map((o) => `<li>${arabic(o.name)} <span class="badge lean-${esc(o.leaning.label)}">${biOf(LEANING, o.leaning.label)}</span> <bdi dir="ltr">${o.leaning.score.toFixed(2)}</bdi></li>`).join('')}</ul>`
    : '';
  return section(
    'sources',
    'sources',
    tableBox('sources', `<table>${head}<tbody>${rows}</tbody></table>`) + outlets,
    model.sources.length,
  );
}

function entityRow(e: EntityRow): string {
  const links = e.byArticle
    .map((b) => refLink(b.refs, `#${b.a + 1}<span class="n">×${b.refs.length}</span>`))
    .join(' ');
  const english = e.name.en ?? e.name.translit ?? '';
  const cls = e.name.en ? '' : ' class="translit"';
  return `<tr><th scope="row">${arabic(e.name.ar)}</th><td lang="en" dir="ltr"${cls}>${esc(english)}</td><td>${e.count}</td><td>${links}</td></tr>`;
}

export function entitiesView(rows: EntityRow[]): string {
  const types = ['PER', 'ORG', 'GROUP', 'MEDIA', 'LOC'];
  const body = types
    .map((t) => {
      const list = rows.filter((r) => r.type === t);
      if (list.length === 0) return '';
      const head = `<thead><tr><th scope="col">${L('name')}</th><th scope="col">${L('english')}</th><th scope="col">${L('mentions')}</th><th scope="col">${L('articles')}</th></tr></thead>`;
      return `<h3>${biOf(ENTITY_TYPE, t)} <span class="count">${list.length}</span></h3>${tableBox('entities', `<table class="entities">${head}<tbody>${list.map(entityRow).join('\n')}</tbody></table>`)}`;
    })
    .join('\n');
  return section('entities', 'entities', body, rows.length);
}

/** The article texts: the one copy of each text on the page, which the highlight reads. */
export function articlesView(articles: ArticleInfo[]): string {
  const body = articles
    .map(
      (a) => `<details class="article" id="article-${a.index + 1}">
<summary>${articleTag(a)} <span class="id" dir="ltr">${esc(a.id)}</span>${a.title ? ` ${arabic(a.title)}` : ''}</summary>
<div class="article-text" lang="ar" dir="rtl" data-article="${a.index}">${esc(a.text)}</div>
</details>`,
    )
    .join('\n');
  return section('articles', 'articles', body, articles.length);
}
