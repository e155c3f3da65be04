// Builders for invented test fixtures: articles and hand-made findings located by substring.
import type { Article, DateMention, Quantity, Quote, Span } from '../contract.js';

export function article(id: string, text: string, outlet?: string, published?: string): Article {
  return {
    id,
    source: {},
    text,
    ...(outlet ? { outlet: { name: outlet, inferred: false } } : {}),
    ...(published ? { published } : {}),
  };
}

/** Span of the n-th occurrence (0-based) of `needle` in the article; throws when absent. */
export function at(a: Article, needle: string, n = 0): Span {
  let i = -1;
  for (let k = 0; k <= n; k++) {
    i = a.text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`fixture: "${needle}" not in ${a.id}`);
  }
  return { article: a.id, start: i, end: i + needle.length, text: needle };
}

export function quantity(
  a: Article,
  text: string,
  value: number,
  extra: Partial<Quantity> = {},
  counted?: string,
): Quantity {
  const s = at(a, text);
  return {
    id: `n-${a.id}-${s.start}`,
    article: a.id,
    start: s.start,
    end: s.end,
    text,
    value,
    ...(counted ? { counted: at(a, counted) } : {}),
    ...extra,
  };
}

export function date(a: Article, text: string, value: string): DateMention {
  const s = at(a, text);
  return { id: `d-${a.id}-${s.start}`, article: a.id, start: s.start, end: s.end, text, value };
}

/** A quotation: speaker, cue and content located by substring; the quote runs from the first to the last. */
export function quote(
  a: Article,
  speaker: string,
  cue: string,
  content: string,
  kind: Quote['speaker']['kind'] = 'named',
  via?: string,
): Quote {
  const sp = at(a, speaker);
  const cu = at(a, cue);
  const co = at(a, content);
  const start = Math.min(sp.start, cu.start, co.start);
  const end = Math.max(sp.end, cu.end, co.end);
  return {
    id: `q-${a.id}-${start}`,
    article: a.id,
    start,
    end,
    speaker: { ...sp, kind },
    cue: cu,
    content: co,
    direct: false,
    ...(via ? { via: [at(a, via)] } : {}),
  };
}
