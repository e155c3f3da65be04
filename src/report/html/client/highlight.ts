// Opens an article in the reader dialog with exactly the characters of a finding highlighted.
// The text comes from the page's own copy (.article-text), so offsets are the contract's UTF-16
// offsets: nothing is re-encoded or normalised on the way.
import type { ClientRef } from '../client-data.js';
import { parseRefs, segments } from '../spans.js';

export { parseRefs };

function articleText(a: number): string | undefined {
  return document.querySelector<HTMLElement>(`.article-text[data-article="${a}"]`)?.textContent ?? undefined;
}

function fill(target: HTMLElement, text: string, refs: ClientRef[]): HTMLElement | undefined {
  target.replaceChildren();
  let first: HTMLElement | undefined;
  for (const seg of segments(text, refs)) {
    if (seg.roles.length === 0) {
      target.append(seg.text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.className = ['hl', ...seg.roles.map((r) => `hl-${r}`)].join(' ');
    mark.textContent = seg.text;
    target.append(mark);
    first ??= mark;
  }
  return first;
}

/** Buttons for the other articles a finding points into. */
function otherArticles(
  byArticle: Map<number, ClientRef[]>,
  current: number,
  show: (a: number) => void,
): HTMLElement[] {
  return [...byArticle.keys()].map((a) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = a === current ? 'tab current' : 'tab';
    b.textContent = `#${a + 1}`;
    b.setAttribute('aria-pressed', String(a === current));
    b.addEventListener('click', () => show(a));
    return b;
  });
}

/** Opens the dialog on the first article of `refs`, with tabs for the others. */
export function openRefs(refs: ClientRef[]): void {
  const dialog = document.getElementById('reader') as HTMLDialogElement | null;
  if (!dialog || refs.length === 0) return;
  const byArticle = new Map<number, ClientRef[]>();
  for (const r of refs) byArticle.set(r.a, [...(byArticle.get(r.a) ?? []), r]);
  const show = (a: number) => {
    const text = articleText(a);
    if (text === undefined) return;
    const summary = document.querySelector(`#article-${a + 1} > summary`);
    dialog
      .querySelector('.reader-meta')!
      .replaceChildren(...(summary ? [...summary.cloneNode(true).childNodes] : []));
    dialog
      .querySelector('.reader-tabs')!
      .replaceChildren(...(byArticle.size > 1 ? otherArticles(byArticle, a, show) : []));
    const first = fill(dialog.querySelector<HTMLElement>('.reader-text')!, text, byArticle.get(a)!);
    if (!dialog.open) dialog.showModal();
    first?.scrollIntoView({ block: 'center' });
  };
  show(refs[0].a);
}

export function installRefLinks(): void {
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a.ref[data-refs]');
    if (!link) return;
    const refs = parseRefs(link.getAttribute('data-refs'));
    if (refs.length === 0) return;
    event.preventDefault();
    openRefs(refs);
  });
  const dialog = document.getElementById('reader') as HTMLDialogElement | null;
  dialog?.querySelector('.close')?.addEventListener('click', () => dialog.close());
  // a click on the backdrop (outside the dialog box) closes it too
  dialog?.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
}
