// One story: its exports and the report's own views (the sections the HTML report shows, rendered by
// the same renderer on the server, driven by the same script: span highlights and charts).
import type { ClientData } from '../../report/html/client-data.js';
import { installCharts } from '../../report/html/client/charts.js';
import type { AppLabelKey } from '../../labels.js';
import { api, ApiError } from './api.js';
import { A, arabic, h, show } from './dom.js';
import { articleTable } from './views-library.js';

const EXPORTS: { key: AppLabelKey; format: string; table?: string; ext: string }[] = [
  { key: 'exportJson', format: 'json', ext: 'json' },
  { key: 'exportMd', format: 'md', ext: 'md' },
  { key: 'exportHtml', format: 'html', ext: 'html' },
  { key: 'csvQuotes', format: 'csv', table: 'quotes', ext: 'csv' },
  { key: 'csvClaims', format: 'csv', table: 'claims', ext: 'csv' },
  { key: 'csvDisputes', format: 'csv', table: 'disputes', ext: 'csv' },
  { key: 'csvNumbers', format: 'csv', table: 'numbers', ext: 'csv' },
];

function exportsNav(id: string): HTMLElement {
  const links = EXPORTS.map((x) =>
    h(
      'li',
      {},
      h(
        'a',
        {
          href: api.exportUrl(id, x.format, x.table),
          download: `sanad-${id}${x.table ? `-${x.table}` : ''}.${x.ext}`,
          'data-format': x.table ?? x.format,
        },
        A(x.key),
      ),
    ),
  );
  return h(
    'nav',
    { class: 'exports', 'aria-labelledby': 'h-export' },
    h('h2', { id: 'h-export' }, A('export')),
    h('ul', {}, ...links),
  );
}

async function pendingView(id: string, error: ApiError): Promise<void> {
  const { articles } = await api.articles(id);
  show(
    h('h1', {}, A('story'), ` ${id}`),
    h('p', { class: 'notice', role: 'status' }, A('pending'), ` (${error.message})`),
    h(
      'section',
      { 'aria-labelledby': 'h-story-articles' },
      h('h2', { id: 'h-story-articles' }, A('articlesWord')),
      articleTable(articles, 'h-story-articles'),
    ),
  );
}

export async function storyView(id: string): Promise<void> {
  let view;
  try {
    view = await api.view(id);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return pendingView(id, e);
    throw e;
  }
  const sections = h('div', { class: 'report' });
  // the server's report renderer escapes every string of the analysis (src/report/html/views-*.ts)
  sections.innerHTML = view.html;
  show(
    h('h1', {}, arabic(view.title)),
    h('p', { class: 'meta' }, A('story'), ` ${view.id}`),
    exportsNav(id),
    sections,
  );
  installCharts(view.data as ClientData);
}
