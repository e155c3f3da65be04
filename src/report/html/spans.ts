// Spans as the page writes them (data-refs="a:start:end:role,…") and the split of an article text
// at span boundaries. Pure functions: the browser script uses them, and so do the tests.
import type { ClientRef } from './client-data.js';

export function parseRefs(attr: string | null): ClientRef[] {
  if (!attr) return [];
  return attr.split(',').flatMap((part) => {
    const [a, s, e, r] = part.split(':');
    const ref = { a: Number(a), s: Number(s), e: Number(e), ...(r ? { r } : {}) };
    return Number.isInteger(ref.a) && Number.isInteger(ref.s) && Number.isInteger(ref.e) && ref.e >= ref.s
      ? [ref]
      : [];
  });
}

/** The text split at every span boundary; each piece carries the roles of the spans covering it. */
export function segments(text: string, refs: ClientRef[]): { text: string; roles: string[] }[] {
  const cuts = new Set([0, text.length]);
  for (const r of refs) {
    cuts.add(Math.min(Math.max(r.s, 0), text.length));
    cuts.add(Math.min(Math.max(r.e, 0), text.length));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const out: { text: string; roles: string[] }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    if (from === to) continue;
    const roles = refs.filter((r) => r.s <= from && r.e >= to).map((r) => r.r ?? 'main');
    out.push({ text: text.slice(from, to), roles: [...new Set(roles)] });
  }
  return out;
}
