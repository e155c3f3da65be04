// The library's views: stories and latest articles, search results, one article.
import { api, type ArticleRow, type Hit, type Story } from './api.js';
import { A, arabic, h, marked, show } from './dom.js';

/** The search form; on submit the route changes, so a search has its own address (#/search?q=…). */
export function searchForm(value = ''): HTMLElement {
  const input = h('input', {
    id: 'q',
    name: 'q',
    type: 'search',
    value,
    required: true,
    dir: 'auto',
    'aria-describedby': 'q-hint',
  });
  const form = h(
    'form',
    { role: 'search', class: 'search' },
    h('label', { for: 'q' }, A('searchLabel')),
    input,
    h('button', { type: 'submit' }, A('search')),
    h('p', { id: 'q-hint', class: 'hint' }, A('searchHint')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = `#/search?q=${encodeURIComponent(input.value.trim())}`;
  });
  return form;
}

const meta = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' · ');

function storyItem(s: Story): HTMLElement {
  return h(
    'li',
    {},
    h('a', { href: `#/story/${encodeURIComponent(s.id)}` }, arabic(s.title)),
    ' ',
    h(
      'span',
      { class: 'tag' },
      h('bdi', { dir: 'ltr' }, s.id),
      ` · ${s.articles} `,
      A('articlesWord'),
      ` · ${s.outlets.length} `,
      A('outletsWord'),
      s.first ? ` · ${s.first}${s.last && s.last !== s.first ? ` – ${s.last}` : ''}` : '',
    ),
    s.analysed ? null : h('span', { class: 'pending' }, ' · ', A('pending')),
  );
}

export function articleTable(rows: ArticleRow[], labelledBy: string): HTMLElement {
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, A('title')),
    h('th', { scope: 'col' }, A('outlet')),
    h('th', { scope: 'col' }, A('published')),
    h('th', { scope: 'col' }, A('story')),
  );
  const body = rows.map((a) =>
    h(
      'tr',
      {},
      h('td', {}, h('a', { href: `#/article/${encodeURIComponent(a.id)}` }, arabic(a.title ?? a.id))),
      h('td', {}, a.outlet ? arabic(a.outlet) : ''),
      h('td', {}, a.published ?? ''),
      h('td', {}, a.story ? h('a', { href: `#/story/${encodeURIComponent(a.story)}` }, a.story) : ''),
    ),
  );
  return h(
    'div',
    { class: 'table-box', tabindex: '0', role: 'region', 'aria-labelledby': labelledBy },
    h('table', {}, h('thead', {}, head), h('tbody', {}, ...body)),
  );
}

export async function libraryView(): Promise<void> {
  const [{ stories }, { articles }] = await Promise.all([api.stories(), api.articles()]);
  show(
    h('h1', {}, A('appTitle')),
    searchForm(),
    h(
      'section',
      { 'aria-labelledby': 'h-stories' },
      h('h2', { id: 'h-stories' }, A('stories'), ' ', h('span', { class: 'count' }, stories.length)),
      stories.length
        ? h('ul', { class: 'stories' }, ...stories.map(storyItem))
        : h('p', { class: 'empty' }, A('noStories')),
    ),
    h(
      'section',
      { 'aria-labelledby': 'h-recent' },
      h('h2', { id: 'h-recent' }, A('recent')),
      articles.length ? articleTable(articles, 'h-recent') : h('p', { class: 'empty' }, A('noStories')),
    ),
  );
}

function hitItem(hit: Hit): HTMLElement {
  const title = hit.title ?? hit.article;
  return h(
    'li',
    {},
    h('h3', {}, h('a', { href: `#/article/${encodeURIComponent(hit.article)}` }, arabic(title))),
    h(
      'p',
      { class: 'tag' },
      meta(hit.outlet, hit.published),
      hit.story
        ? h(
            'a',
            { href: `#/story/${encodeURIComponent(hit.story)}`, class: 'story-link' },
            ' · ',
            A('openStory'),
            ` (${hit.story})`,
          )
        : null,
    ),
    h(
      'p',
      { class: 'src snippet', lang: 'ar', dir: 'rtl' },
      marked(hit.snippet.text, hit.snippet.highlights, hit.snippet.start),
    ),
  );
}

export async function searchView(q: string): Promise<void> {
  const { hits } = await api.search(q);
  show(
    h('h1', {}, A('results')),
    searchForm(q),
    h(
      'section',
      { 'aria-labelledby': 'h-hits' },
      h('h2', { id: 'h-hits' }, arabic(q), ' ', h('span', { class: 'count' }, hits.length)),
      hits.length
        ? h('ol', { class: 'hits' }, ...hits.map(hitItem))
        : h('p', { class: 'empty' }, A('noResults')),
    ),
  );
}

/** `START-END` from an address (#/article/ID?at=…), when it is a span inside a text of this length. */
function spanAt(at: string | undefined, length: number): { start: number; end: number } | undefined {
  const m = /^(\d+)-(\d+)$/.exec(at ?? '');
  if (!m) return undefined;
  const [start, end] = [Number(m[1]), Number(m[2])];
  return start < end && end <= length ? { start, end } : undefined;
}

/** One article; with `at`, the span a finding cites is marked and scrolled to. */
export async function articleView(id: string, at?: string): Promise<void> {
  const a = await api.article(id);
  const span = spanAt(at, a.text.length);
  show(
    h('h1', {}, arabic(a.title ?? a.id)),
    h(
      'p',
      { class: 'meta' },
      meta(a.outlet, a.published, a.id),
      a.story
        ? h(
            'a',
            { href: `#/story/${encodeURIComponent(a.story)}`, class: 'story-link' },
            ' · ',
            A('openStory'),
          )
        : null,
    ),
    h('div', { class: 'article-body src', lang: 'ar', dir: 'rtl' }, span ? marked(a.text, [span]) : a.text),
  );
  document.querySelector('.article-body mark')?.scrollIntoView({ block: 'center' });
}
