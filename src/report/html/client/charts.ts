// The timeline and the map, drawn by Apache ECharts (canvas renderer) from the page's data block.
// Charts start when their section scrolls into view and redraw when the language changes.
import * as echarts from 'echarts/core';
import { ScatterChart } from 'echarts/charts';
import { AriaComponent, GeoComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';
import type { ClientData, ClientName, ClientRef } from '../client-data.js';
import { openRefs } from './highlight.js';
import { currentLang, onLangChange, type Lang } from './lang.js';

// LabelLayout: place names that would overlap on the map are hidden (their points keep a tooltip)
echarts.use([
  ScatterChart,
  GeoComponent,
  GridComponent,
  TooltipComponent,
  AriaComponent,
  LabelLayout,
  CanvasRenderer,
]);

const FONT = "'Noto Naskh Arabic', 'Noto Sans', sans-serif";
/** Colours that keep 4.5:1 contrast on white for text and read apart for points (Okabe–Ito). */
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#8a6d00', '#56B4E9', '#000000'];
/** Place names labelled on the map: the most mentioned; the rest show on hover. */
const MAP_LABELS = 10;

/** Tooltip HTML from text: escaped, since names and labels come from articles. */
function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const nameIn = (n: ClientName, lang: Lang) => (lang === 'en' ? (n.en ?? n.translit ?? n.ar) : n.ar);
const label = (data: ClientData, key: string, lang: Lang) => data.labels[key]?.[lang] ?? key;

type Point = { value: [string | number, string | number]; refs: ClientRef[]; tip: string };

function timelineOption(data: ClientData, lang: Lang): echarts.EChartsCoreOption {
  const dates = [...new Set(data.timeline.map((t) => t.date))].sort();
  const events = (t: ClientData['timeline'][number]) =>
    lang === 'en' ? (t.event ?? t.label).replace('/', ' ') : t.label;
  const rows = [...new Set(data.timeline.map(events))];
  const series = data.articles.map((article, a) => ({
    type: 'scatter',
    name: nameIn(article.label, lang),
    symbolSize: 16,
    data: data.timeline
      .filter((t) => t.article === a)
      .map((t): Point => ({
        value: [t.date, events(t)],
        refs: t.refs,
        tip: `${esc(t.date.replace(/^--/, ''))} · ${esc(events(t))} · ${esc(nameIn(article.label, lang))}`,
      })),
  }));
  return {
    aria: { enabled: true, label: { description: label(data, 'timeline', lang) } },
    textStyle: { fontFamily: FONT },
    color: PALETTE,
    grid: { left: lang === 'en' ? 170 : 24, right: lang === 'en' ? 24 : 170, top: 16, bottom: 40 },
    tooltip: { trigger: 'item', formatter: (p: { data: Point }) => p.data.tip },
    // time runs in the reading direction: right to left in Arabic
    xAxis: {
      type: 'category',
      data: dates,
      inverse: lang === 'ar',
      axisLabel: { formatter: (d: string) => d.replace(/^--/, '') },
    },
    yAxis: {
      type: 'category',
      data: rows,
      position: lang === 'en' ? 'left' : 'right',
      axisLabel: { width: 160, overflow: 'truncate' },
    },
    series,
  };
}

function mapOption(data: ClientData, lang: Lang): echarts.EChartsCoreOption {
  const map = data.map!;
  const [west, south, east, north] = map.bounds;
  const features = (map.geojson as { features: { properties: { name: string; code?: string } }[] }).features;
  const shaded = new Set(map.countries.map((c) => c.code));
  const regions = features
    .filter((f) => f.properties.code && shaded.has(f.properties.code))
    .map((f) => ({ name: f.properties.name, itemStyle: { areaColor: '#f3d9a4' } }));
  const ranked = [...map.places].sort((x, y) => y.count - x.count).slice(0, MAP_LABELS);
  const labelled = new Set(ranked);
  return {
    aria: { enabled: true, label: { description: label(data, 'map', lang) } },
    textStyle: { fontFamily: FONT },
    tooltip: {
      trigger: 'item',
      formatter: (p: { data?: Point; name?: string }) => p.data?.tip ?? esc(p.name ?? ''),
    },
    geo: {
      map: 'sanad',
      roam: true,
      boundingCoords: [
        [west, north],
        [east, south],
      ],
      itemStyle: { areaColor: '#eef0f2', borderColor: '#8a949e', borderWidth: 0.6 },
      emphasis: { itemStyle: { areaColor: '#dde3ea' }, label: { show: false } },
      regions,
    },
    series: [
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        symbolSize: (_v: unknown, p: { data: Point & { count: number } }) =>
          8 + Math.min(18, Math.sqrt(p.data.count) * 2),
        itemStyle: { color: '#b3261e', borderColor: '#fff', borderWidth: 1 },
        label: {
          show: true,
          position: lang === 'en' ? 'right' : 'left',
          fontFamily: FONT,
          fontSize: 13,
          color: '#1b1b1b',
          formatter: (p: { data: Point & { labelled: boolean; text: string } }) =>
            p.data.labelled ? p.data.text : '',
        },
        labelLayout: { hideOverlap: true },
        data: map.places.map((p) => ({
          value: [p.lon, p.lat],
          count: p.count,
          refs: p.refs,
          labelled: labelled.has(p),
          // places on one spot: the most named labels the point, the tooltip lists them all
          text: nameIn(p.name, lang).split(/[,،] /)[0],
          tip: `${esc(nameIn(p.name, lang))} · ×${p.count}`,
        })),
      },
    ],
  };
}

function mount(el: HTMLElement, option: (lang: Lang) => echarts.EChartsCoreOption): void {
  const chart = echarts.init(el, undefined, { renderer: 'canvas' });
  chart.setOption(option(currentLang()));
  chart.on('click', (p) => {
    const refs = (p.data as { refs?: ClientRef[] } | undefined)?.refs;
    if (refs?.length) openRefs(refs);
  });
  // in the web app a story's view is replaced by the next one: a chart no longer on the page is left alone
  onLangChange((lang) => el.isConnected && chart.setOption(option(lang), { notMerge: true }));
  addEventListener('resize', () => el.isConnected && chart.resize());
  // the web font arrives after the first frame: draw the labels again with it
  void document.fonts?.ready.then(() => chart.setOption(option(currentLang()), { notMerge: true }));
  el.dataset.ready = 'true';
}

/** Start a chart once its box is (nearly) on screen, or at once where the observer is missing. */
function whenVisible(el: HTMLElement, start: () => void): void {
  if (!('IntersectionObserver' in window)) return start();
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        start();
      }
    },
    { rootMargin: '200px' },
  );
  observer.observe(el);
}

export function installCharts(data: ClientData): void {
  const timeline = document.getElementById('timeline-chart');
  if (timeline && data.timeline.length)
    whenVisible(timeline, () => mount(timeline, (l) => timelineOption(data, l)));
  const map = document.getElementById('map-chart');
  if (map && data.map) {
    echarts.registerMap('sanad', data.map.geojson as Parameters<typeof echarts.registerMap>[1]);
    whenVisible(map, () => mount(map, (l) => mapOption(data, l)));
  }
}
