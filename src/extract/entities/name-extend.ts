// Document-level consistency for partial names: a person's mention that is part of a full name found
// elsewhere in the article, with the full name's other words right beside it and taken by no
// mention, is that full name ("فولكر" after "مارتن" when the article also names "مارتن فولكر").
import type { Token } from '../../text/segment.js';
import { surfaceOffset } from '../ner/clitics.js';
import type { WordInfo } from '../ner/features.js';
import { wordKeys } from '../ner/lexicon.js';
import type { EntityMention } from './mention.js';
import { ARABIC_WORD } from './sentence.js';

type FreeWord = { tok: Token; info: WordInfo };

/**
 * Widens person mentions over free words to the full names of two words or more the article has
 * (mentions in `out` are changed in place). Returns the free words it used.
 */
export function extendPartialNames(out: EntityMention[], free: FreeWord[], text: string): Set<number> {
  const used = new Set<number>();
  const full: { keys: string[]; m: EntityMention }[] = [];
  for (const m of out)
    if (m.type === 'PER' && m.text.includes(' ')) {
      const keys = wordKeys(m.text);
      if (keys.length > 1 && keys.every((k) => ARABIC_WORD.test(k))) full.push({ keys, m });
    }
  if (!full.length) return used;
  // free words by where they start and end, to find the ones right before and after a mention
  const byEnd = new Map<number, number>();
  const byStart = new Map<number, number>();
  free.forEach((w, k) => {
    byEnd.set(w.tok.end, k);
    byStart.set(w.tok.start, k);
  });
  for (const m of out) {
    if (m.type !== 'PER') continue;
    const keys = wordKeys(m.text);
    for (const name of full) {
      const at = name.keys.length > keys.length ? offsetIn(name.keys, keys) : -1;
      if (at < 0) continue;
      const before = wordsBefore(free, byEnd, m.start, name.keys.slice(0, at), text);
      const after = before && wordsAfter(free, byStart, m.end, name.keys.slice(at + keys.length), text);
      if (!before || !after) continue;
      const first = before.length ? free[before[0]] : undefined;
      const start = first
        ? first.tok.start + surfaceOffset(first.tok.text, readingStrip(first, name.keys[0]))
        : m.start;
      const end = after.length ? free[after[after.length - 1]].tok.end : m.end;
      Object.assign(m, { start, end, text: text.slice(start, end), key: name.m.key });
      for (const k of [...before, ...after]) used.add(k);
      break;
    }
  }
  return used;
}

/** Where keys stand inside name as a run of whole words, or -1. */
function offsetIn(name: string[], keys: string[]): number {
  for (let at = 0; at + keys.length <= name.length; at++)
    if (keys.every((k, j) => name[at + j] === k)) return at;
  return -1;
}

/** The free words right before `start` (spaces only between) whose keys are `keys`, or undefined. */
function wordsBefore(
  free: FreeWord[],
  byEnd: Map<number, number>,
  start: number,
  keys: string[],
  text: string,
): number[] | undefined {
  const ks: number[] = [];
  let at = start;
  for (let j = keys.length - 1; j >= 0; j--) {
    const gap = /\s+$/.exec(text.slice(Math.max(0, at - 8), at));
    const k = gap ? byEnd.get(at - gap[0].length) : undefined;
    // the name's first word may carry a clitic ("ومارتن"); the others are written whole
    if (k === undefined || (j > 0 ? free[k].info.key !== keys[j] : readingStrip(free[k], keys[j]) < 0))
      return undefined;
    ks.unshift(k);
    at = free[k].tok.start;
  }
  return ks;
}

/** The free words right after `end` (spaces only between) whose keys are `keys`, or undefined. */
function wordsAfter(
  free: FreeWord[],
  byStart: Map<number, number>,
  end: number,
  keys: string[],
  text: string,
): number[] | undefined {
  const ks: number[] = [];
  let at = end;
  for (const key of keys) {
    const gap = /^\s+/.exec(text.slice(at, at + 8));
    const k = gap ? byStart.get(at + gap[0].length) : undefined;
    if (k === undefined || free[k].info.key !== key) return undefined;
    ks.push(k);
    at = free[k].tok.end;
  }
  return ks;
}

/** Letters of the clitics before the reading of word w that is key, or -1 when no reading is. */
function readingStrip(w: FreeWord, key: string): number {
  for (const r of w.info.readings) if (r.key === key) return r.strip;
  return -1;
}
