// The web app's script: a hash router over the views, the language toggle and the span reader of
// the report (its own code, imported from src/report/html/client/). Bundled by
// scripts/build-report-assets.mjs into dist/server-assets/app.js and served as /app.js.
import { installRefLinks } from '../../report/html/client/highlight.js';
import { installLangToggle } from '../../report/html/client/lang.js';
import { ApiError } from './api.js';
import { A, h, show } from './dom.js';
import { addView } from './views-add.js';
import { checkView } from './views-check.js';
import { articleView, libraryView, searchView } from './views-library.js';
import { storyView } from './views-story.js';

let firstRender = true;

function route(): Promise<void> {
  const hash = location.hash || '#/';
  const [path, query] = hash.slice(1).split('?');
  const params = new URLSearchParams(query ?? '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'search' && params.get('q')) return searchView(params.get('q')!);
  if (parts[0] === 'story' && parts[1]) return storyView(parts[1]);
  if (parts[0] === 'article' && parts[1]) return articleView(parts[1], params.get('at') ?? undefined);
  if (parts[0] === 'check') return checkView(params.get('claim') ?? undefined);
  if (parts[0] === 'add') return addView();
  return libraryView();
}

async function render(): Promise<void> {
  // only app routes (#/…): other fragments are links inside a report (#article-3) and just scroll
  if (location.hash && !location.hash.startsWith('#/')) return;
  try {
    await route();
  } catch (e) {
    const message = e instanceof ApiError ? `${e.message} [${e.code}]` : String(e);
    show(
      h('h1', {}, A('error')),
      h('p', { class: 'alert', role: 'alert' }, message),
      h('p', {}, h('a', { href: '#/' }, A('back'))),
    );
  }
  if (firstRender) {
    firstRender = false;
    // the time to first render the tests measure: navigation start to the first view drawn with data
    performance.mark('sanad:first-render');
  }
}

function start(): void {
  document.documentElement.classList.add('js');
  // a page opened with ?token= has it in a cookie now: take it out of the address bar and history
  if (new URLSearchParams(location.search).has('token')) history.replaceState(null, '', `/${location.hash}`);
  installLangToggle();
  installRefLinks();
  addEventListener('hashchange', () => void render());
  void render();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
