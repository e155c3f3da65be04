// What the NER development scripts (ner-rules.ts, ner-finder-diff.ts) share: their arguments
// (`--set MODEL=FILE`, development files only), the model each file is read with, a CoNLL file's
// tokens and gold column, the tagger's or the finder's tags for it, and spans as score-ner.mjs counts
// them (PERS / LOC / ORG, exact token spans).
import { readFileSync } from 'node:fs';
import { decodeModel } from '../src/extract/ner/model-file.js';
import { shippedModel, type LoadedModel } from '../src/extract/ner/tagger.js';
import { tagConll } from '../src/extract/entities/conll.js';

/** The value after a flag, if given. */
export function option(args: string[], name: string): string | undefined {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
}

/** `--set MODEL=FILE` pairs; refuses held-out and unseen gold files. */
export function devSets(args: string[]): string[][] {
  const sets = args.flatMap((a, k) => (args[k - 1] === '--set' ? [a.split('=')] : []));
  if (sets.some(([, f]) => !f || /heldout|saudinewsnet|fresh/.test(f)))
    throw new Error('development files only');
  return sets;
}

export interface Span {
  s: number;
  e: number;
  t: string;
}
export const spanKey = (x: Span) => `${x.s}:${x.e}:${x.t}`;

/** Spans of a BIO column as score-ner.mjs reads them (an I- after O or another type opens one). */
export function bioSpans(tags: string[]): Span[] {
  const out: Span[] = [];
  let cur: { s: number; t: string } | null = null;
  tags.forEach((tag, i) => {
    const m = /^([BI])-(.+)$/.exec(tag);
    if (!m || m[1] === 'B' || (cur && cur.t !== m[2])) {
      if (cur) out.push({ s: cur.s, e: i, t: cur.t });
      cur = m ? { s: i, t: m[2] } : null;
    }
  });
  if (cur) out.push({ s: (cur as Span).s, e: tags.length, t: (cur as Span).t });
  return out.filter((x) => /^(PERS|LOC|ORG)$/.test(x.t));
}

/** A tag as the scorer names it (PER is PERS; empty is O). */
export const normTag = (t: string) => (t || 'O').replace(/PER$/, 'PERS');

const models = new Map<string, LoadedModel>();
/** `shipped`, or a model file written by `eval-ner.ts --leave-out FILE --write M` (read once). */
export function modelOf(m: string): LoadedModel {
  if (m === 'shipped') return shippedModel();
  if (!models.has(m)) models.set(m, decodeModel(readFileSync(m)));
  return models.get(m)!;
}

export interface DevFile {
  /** the words, one per line with blank lines between sentences, as `sanad ner` reads them */
  input: string;
  tokens: string[];
  /** the gold column as written */
  goldTags: string[];
}

export function readDevFile(file: string): DevFile {
  const lines = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  const rows = lines.map((l) => l.replace(/\u200E/g, '').trim()).filter(Boolean);
  return {
    input: lines.map((l) => l.split('\t')[0]).join('\n'),
    tokens: rows.map((l) => l.split(/\s+/)[0]),
    goldTags: rows.map((l) => {
      const cols = l.split(/\s+/);
      return cols[cols.length - 1];
    }),
  };
}

/** The tagger's or the whole finder's tags for a file's words, normalised as the scorer reads them. */
export function tagDev(input: string, mode: 'tagger' | 'entities', model: LoadedModel): string[] {
  return tagConll(input, { mode, model })
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => normTag(l.split('\t')[1]?.trim()));
}
