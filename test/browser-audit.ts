// Basic accessibility checks run inside a page (page.evaluate(auditPage, 4.5)): every button and
// form control has a name, every aria-labelledby points at an element, headings do not skip levels,
// and text in main keeps the given contrast on its background (WCAG AA: 4.5).
export function auditPage(minContrast: number): { problems: string[]; checked: number } {
  const problems: string[] = [];
  for (const b of document.querySelectorAll('button'))
    if (!(b as HTMLElement).innerText.trim())
      problems.push(`button without a name: ${b.outerHTML.slice(0, 80)}`);
  for (const c of document.querySelectorAll('input, textarea, select')) {
    const labelled = (c.id && document.querySelector(`label[for="${c.id}"]`)) || c.getAttribute('aria-label');
    if (!labelled) problems.push(`control without a label: ${c.outerHTML.slice(0, 80)}`);
  }
  for (const r of document.querySelectorAll('[aria-labelledby]'))
    for (const id of r.getAttribute('aria-labelledby')!.split(' '))
      if (!document.getElementById(id)) problems.push(`missing label #${id}`);
  if (document.querySelectorAll('main h1').length !== 1) problems.push('main needs exactly one h1');
  let last = 1;
  for (const h of document.querySelectorAll('main h1, main h2, main h3, main h4')) {
    const level = Number(h.tagName[1]);
    if (level > last + 1) problems.push(`heading jumps to ${h.tagName}: ${(h as HTMLElement).innerText}`);
    last = level;
  }
  const luminance = (rgb: number[]) => {
    const [r, g, b] = rgb.map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 4).map(Number);
  const background = (el: Element | null): number[] => {
    for (; el; el = el.parentElement) {
      const c = parse(getComputedStyle(el).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  let checked = 0;
  for (const el of document.querySelectorAll('main *, header *')) {
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
    if (!own || (el as HTMLElement).offsetParent === null) continue;
    const fg = luminance(parse(getComputedStyle(el).color));
    const bg = luminance(background(el));
    const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    checked++;
    if (ratio < minContrast)
      problems.push(`contrast ${ratio.toFixed(2)}: ${(el as HTMLElement).innerText.slice(0, 40)}`);
  }
  return { problems: [...new Set(problems)].slice(0, 20), checked };
}
