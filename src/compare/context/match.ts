// Lexicon phrases matched on token keys: each word compared by its search key with the
// conjunction, preposition and article prefixes off (و ب ل ك ف ال لل), longest phrase first.
import { segmentClitics } from '../../text/arabic.js';

const keyCache = new Map<string, string>();

/**
 * Match key of one word: search key with the proclitic chain removed. Pronoun suffixes stay on,
 * because segmentClitics reads a folded ta marbuta (ة -> ه) as the pronoun ه ("هدنة" -> "هدن"
 * but "الهدنة" -> "هدنه"); keeping the suffix makes both "هدنه".
 */
export function matchKey(word: string): string {
  const hit = keyCache.get(word);
  if (hit !== undefined) return hit;
  const seg = segmentClitics(word);
  const key = seg.base + seg.enclitic;
  if (keyCache.size > 500_000) keyCache.clear();
  keyCache.set(word, key);
  return key;
}

export interface PhraseIndex<T> {
  /** first word key -> candidate phrases (word keys), longest first */
  byFirst: Map<string, { words: string[]; value: T }[]>;
}

/** Index phrases (space-separated words) to values. A later duplicate phrase is ignored. */
export function indexPhrases<T>(entries: Iterable<[phrase: string, value: T]>): PhraseIndex<T> {
  const byFirst = new Map<string, { words: string[]; value: T }[]>();
  const seen = new Set<string>();
  for (const [phrase, value] of entries) {
    const words = phrase.trim().split(/\s+/).filter(Boolean).map(matchKey);
    if (!words.length) continue;
    const k = words.join(' ');
    if (seen.has(k)) continue;
    seen.add(k);
    let list = byFirst.get(words[0]);
    if (!list) byFirst.set(words[0], (list = []));
    list.push({ words, value });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
}

export interface PhraseHit<T> {
  /** token index range [from, to) */
  from: number;
  to: number;
  value: T;
}

/** Non-overlapping longest matches, left to right, over tokens[from, to). */
export function findPhrases<T>(
  tokens: readonly { key: string }[],
  index: PhraseIndex<T>,
  from = 0,
  to = tokens.length,
): PhraseHit<T>[] {
  const out: PhraseHit<T>[] = [];
  for (let i = from; i < to; i++) {
    const cands = index.byFirst.get(tokens[i].key);
    if (!cands) continue;
    for (const c of cands) {
      if (i + c.words.length > to) continue;
      let ok = true;
      for (let j = 1; j < c.words.length; j++) {
        if (tokens[i + j].key !== c.words[j]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      out.push({ from: i, to: i + c.words.length, value: c.value });
      i += c.words.length - 1;
      break;
    }
  }
  return out;
}

/** Word keys of a short text (for matching a span's text against an index). */
export function keysOf(text: string): { key: string }[] {
  return (text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map((w) => ({ key: matchKey(w) }));
}
