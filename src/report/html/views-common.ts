// Building blocks of the report views: bilingual labels, names, links to spans, sections.
// Every string from the analysis passes through escapeHtml here or in the views.
import { escapeHtml as esc } from './escape.js';
import { LABELS, type Bilingual, type LabelKey } from '../../labels.js';
import type { ArticleInfo, Column, Name, Ref } from './model.js';

/** Both languages; the page shows one (`:root[lang]` in report.css). */
export function bi(label: Bilingual): string {
  return `<span class="ar">${esc(label.ar)}</span><span class="en" lang="en">${esc(label.en)}</span>`;
}

export const L = (key: LabelKey): string => bi(LABELS[key]);

/** A label that may be missing from a table: the key itself in both languages. */
export const biOf = (table: Record<string, Bilingual>, key: string): string =>
  bi(table[key] ?? { ar: key, en: key });

/** A name: Arabic, and in English mode the English name or the marked transliteration. */
export function nameHtml(name: Name): string {
  const ar = `<bdi class="ar" lang="ar">${esc(name.ar)}</bdi>`;
  if (name.en && name.described)
    return `${ar}<bdi class="en" lang="en">${esc(name.en)} <span class="orig" lang="ar">(${esc(name.ar)})</span></bdi>`;
  if (name.en) return `${ar}<bdi class="en" lang="en">${esc(name.en)}</bdi>`;
  const title = esc(LABELS.transliterated.en);
  return `${ar}<bdi class="en translit" lang="ar-Latn" title="${title}">${esc(name.translit ?? name.ar)}</bdi>`;
}

/** Arabic text from an article: stays Arabic and right to left in both modes. */
export const arabic = (text: string, tag = 'span'): string =>
  `<${tag} class="src" lang="ar" dir="rtl">${esc(text)}</${tag}>`;

/** `a:start:end:role,…` — read by the client (client/highlight.ts) to open the article. */
export function refsAttr(refs: Ref[]): string {
  return refs.map((r) => `${r.a}:${r.s}:${r.e}${r.r ? `:${r.r}` : ''}`).join(',');
}

/**
 * A finding that opens its article with the spans highlighted. Without script, the link still
 * leads to the article's text at the end of the page.
 */
export function refLink(refs: Ref[], inner: string, cls = ''): string {
  if (refs.length === 0) return `<span class="${cls}">${inner}</span>`;
  return `<a class="ref ${cls}" href="#article-${refs[0].a + 1}" data-refs="${refsAttr(refs)}">${inner}</a>`;
}

export function columnHtml(columns: Column[], c: number): string {
  return `<span class="col">${nameHtml(columns[c].label)}</span>`;
}

/** "#2 · Outlet · 2016-12-14": where an article stands, short. */
export function articleTag(a: ArticleInfo): string {
  const outlet = a.outlet ? ` · ${nameHtml(a.outlet)}` : '';
  const date = a.published ? ` · <time datetime="${esc(a.published)}">${esc(a.published)}</time>` : '';
  return `<span class="tag">#${a.index + 1}${outlet}${date}</span>`;
}

export function section(id: string, title: LabelKey, body: string, count?: number): string {
  const badge = count !== undefined ? ` <span class="count">${count}</span>` : '';
  const content = body.trim() ? body : `<p class="empty">${L('nothing')}</p>`;
  return `<section id="${id}" aria-labelledby="h-${id}">
<h2 id="h-${id}">${L(title)}${badge}</h2>
${content}
</section>`;
}

/** A wide table in a scrolling box that keyboard users can focus and scroll. */
export function tableBox(sectionId: string, table: string): string {
  return `<div class="table-box" tabindex="0" role="region" aria-labelledby="h-${sectionId}">${table}</div>`;
}

/** More than `visible` rows: the rest behind "show all". */
export function foldRows(rows: string[], visible: number): { shown: string; more: string } {
  return { shown: rows.slice(0, visible).join('\n'), more: rows.slice(visible).join('\n') };
}

export { esc };
