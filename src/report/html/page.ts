// `sanad analyze … --format html`: one self-contained page. Fonts, styles, script, chart library,
// basemap and data are inlined; a Content Security Policy allows only the page's own style and
// script (by hash), fonts and images from data: URLs, and no connection anywhere.
import { createHash } from 'node:crypto';
import type { Analysis } from '../../contract.js';
import { reportAssets } from './assets.js';
import { buildBasemap } from './basemap.js';
import type { ClientData } from './client-data.js';
import { escapeHtml as esc, jsonForScript } from './escape.js';
import { LABELS, type LabelKey } from '../../labels.js';
import { buildReportModel, type ReportModel } from './report-model.js';
import { disputesView, leadView, numbersView, speakersView } from './views-brief.js';
import { L } from './views-common.js';
import {
  articlesView,
  claimsView,
  entitiesView,
  framingView,
  mapView,
  sourcesView,
  timelineView,
} from './views-tables.js';

/** The sections in reading order: the brief first, then the tables, then the texts. */
const SECTIONS: LabelKey[] = [
  'lead',
  'disputes',
  'numbers',
  'speakers',
  'claims',
  'framing',
  'timeline',
  'map',
  'sources',
  'entities',
  'articles',
];

/** The report's body: every section, each from the model alone (the web app can call this too). */
export function renderSections(model: ReportModel): string {
  return [
    leadView(model.lead),
    disputesView(model.disputes, model.columns),
    numbersView(model.numbers, model.updates, model.columns),
    speakersView(model.speakers, model.columns),
    claimsView(model.claims, model.columns),
    framingView(model.framing, model.columns),
    timelineView(model.timeline, model.articles),
    mapView(model.map),
    sourcesView(model),
    entitiesView(model.entities),
    articlesView(model.articles),
  ].join('\n');
}

/**
 * One point per coordinate: places the gazetteer puts on the same spot (a city, its countryside, its
 * citadel) share one point and one label, so that labels do not pile up.
 */
function pointsOf(model: ReportModel): ReportModel['map']['places'] {
  const byCoordinate = new Map<string, ReportModel['map']['places'][number]>();
  for (const p of [...model.map.places].sort((x, y) => y.count - x.count)) {
    const key = `${p.lat},${p.lon}`;
    const point = byCoordinate.get(key);
    if (!point) byCoordinate.set(key, { ...p, name: { ...p.name }, refs: [...p.refs] });
    else {
      point.name.ar += `، ${p.name.ar}`;
      point.name.en = `${point.name.en ?? point.name.translit}, ${p.name.en ?? p.name.translit}`;
      point.count += p.count;
      point.refs.push(...p.refs);
    }
  }
  return [...byCoordinate.values()];
}

/** What the script needs beyond the HTML: chart points and the basemap. */
export function clientData(model: ReportModel): ClientData {
  const basemap = buildBasemap(model.map);
  return {
    articles: model.articles.map((a) => ({ id: a.id, label: model.columns[a.column].label })),
    timeline: model.timeline.map((t) => ({
      date: t.date,
      label: t.label,
      ...(t.event ? { event: t.event } : {}),
      ...(t.refs[0] ? { article: t.refs[0].a } : {}),
      refs: t.refs,
    })),
    ...(basemap ? { map: { ...basemap, places: pointsOf(model), countries: model.map.countries } } : {}),
    labels: { timeline: LABELS.timeline, map: LABELS.map },
  };
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Strict policy: nothing but the page's own inline style and script, by hash; no network at all. */
export function contentSecurityPolicy(style: string, script: string): string {
  return [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(style)}`,
    'font-src data:',
    'img-src data: blob:',
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

function header(): string {
  const links = SECTIONS.map((s) => `<li><a href="#${s}">${L(s)}</a></li>`).join('');
  return `<header class="top">
<p class="brand">${L('reportTitle')}</p>
<button id="lang-toggle" type="button" aria-pressed="false"><span class="ar" lang="en">English</span><span class="en" lang="ar">العربية</span></button>
<nav aria-labelledby="nav-title"><h2 id="nav-title" class="sr">${L('contents')}</h2><ul>${links}</ul></nav>
</header>`;
}

function dialog(): string {
  return `<dialog id="reader" aria-labelledby="reader-title">
<div class="reader-head"><h2 id="reader-title">${L('highlighted')}</h2><button type="button" class="close">${L('close')}</button></div>
<p class="reader-meta"></p><div class="reader-tabs"></div>
<div class="reader-text" lang="ar" dir="rtl"></div>
</dialog>`;
}

function intro(model: ReportModel): string {
  const dates = model.articles
    .map((a) => a.published)
    .filter(Boolean)
    .sort();
  const span = dates.length
    ? ` · ${esc(dates[0]!)}${dates.length > 1 ? ` – ${esc(dates[dates.length - 1]!)}` : ''}`
    : '';
  return `<h1>${L('reportTitle')}</h1>
<p class="meta">${L('tagline')} · ${model.articles.length} ${L('articleCount')}${span}</p>`;
}

/** The whole self-contained page for one analysis. */
export function renderHtmlReport(analysis: Analysis): string {
  const model = buildReportModel(analysis);
  const assets = reportAssets();
  const style = `${assets.fontCss}\n${assets.css}`;
  // a script block ends at the first "</script": the bundle must not contain one
  const script = assets.script.replace(/<\/script/gi, '<\\/script');
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${esc(contentSecurityPolicy(style, script))}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="sanad">
<title>${esc(LABELS.reportTitle.ar)} · ${model.articles.length}</title>
<style>${style}</style>
</head>
<body>
<a class="skip" href="#main">${L('skip')}</a>
${header()}
<main id="main">
${intro(model)}
${renderSections(model)}
</main>
${dialog()}
<footer><p>${L('generated')} · ${esc(LABELS.transliterated.en)} · ${L('mapSource')}</p></footer>
<script type="application/json" id="sanad-data">${jsonForScript(clientData(model))}</script>
<script>${script}</script>
</body>
</html>
`;
}
