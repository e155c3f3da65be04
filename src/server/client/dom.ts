// Building the app's DOM: elements from tag, attributes and children. Text always goes in as text
// nodes (never as markup), so article titles and texts cannot become elements; the one place markup
// enters is the report's sections, which the server renders with every string escaped.
import { APP_LABELS, type AppLabelKey, type Bilingual } from '../../labels.js';

type Child = Node | string | number | undefined | null | false;
type Attrs = Record<string, string | boolean | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  append(el, children);
  return el;
}

export function append(el: Element | DocumentFragment, children: Child[]): void {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    el.append(typeof c === 'number' ? String(c) : c);
  }
}

/** Both languages of a label; the style sheet shows the one of the page's language. */
export function bi(label: Bilingual): DocumentFragment {
  const f = document.createDocumentFragment();
  f.append(h('span', { class: 'ar' }, label.ar), h('span', { class: 'en', lang: 'en' }, label.en));
  return f;
}

export const A = (key: AppLabelKey): DocumentFragment => bi(APP_LABELS[key]);

/** Text from an article: Arabic, right to left, in either page language. */
export const arabic = (text: string, tag: 'span' | 'p' | 'div' = 'span'): HTMLElement =>
  h(tag, { class: 'src', lang: 'ar', dir: 'rtl' }, text);

/** A text with some [start, end) ranges marked (search highlights), built from text nodes only. */
export function marked(text: string, ranges: { start: number; end: number }[], offset = 0): DocumentFragment {
  const f = document.createDocumentFragment();
  let at = 0;
  for (const r of [...ranges].sort((x, y) => x.start - y.start)) {
    const s = r.start - offset;
    const e = r.end - offset;
    if (s < at || e > text.length) continue;
    f.append(text.slice(at, s), h('mark', {}, text.slice(s, e)));
    at = e;
  }
  f.append(text.slice(at));
  return f;
}

export function main(): HTMLElement {
  return document.getElementById('main')!;
}

let views = 0;

/**
 * Replace the page's content with a view. After a navigation, focus moves to it (keyboard and screen
 * reader users start at the new content); the first view leaves focus at the page's start, where
 * the skip link is.
 */
export function show(...children: Child[]): void {
  const m = main();
  m.replaceChildren();
  append(m, children);
  if (views++ > 0) m.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}
