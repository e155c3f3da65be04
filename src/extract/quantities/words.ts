// Words around a number in the raw text: the word before or after an offset, phrase matches, month
// names, and the digit runs that belong to a date, a clock time or a code.
import { searchKey } from '../../text/arabic.js';
import type { NumberParse } from '../../text/number-words.js';
import { MONTH_NAMES } from './lexicon.js';

/** A letter, mark or tatweel (Arabic and Latin by code range; other scripts by regex). */
export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c >= 0x0621 && c <= 0x06d3) return c < 0x0660 || c > 0x0669; // Arabic letters, marks, tatweel
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c > 0xbf && /[\p{L}\p{M}]/u.test(ch);
}
export const ARABIC_WORD = /^[\u0600-\u06FF]+$/;
export const SPACES = /[ \t\u00A0\u200E\u200F]/;

export interface Word {
  start: number;
  end: number;
  key: string;
}

/** The word ending before pos, with only spaces between (null at punctuation or line start). */
export function wordBefore(text: string, pos: number): Word | null {
  let e = pos;
  while (e > 0 && SPACES.test(text[e - 1])) e--;
  let s = e;
  while (s > 0 && isLetter(text[s - 1])) s--;
  return s < e ? { start: s, end: e, key: searchKey(text.slice(s, e)) } : null;
}

/** The word starting after pos, with only spaces between. */
export function wordAfter(text: string, pos: number): Word | null {
  let s = pos;
  while (s < text.length && SPACES.test(text[s])) s++;
  let e = s;
  while (e < text.length && isLetter(text[e])) e++;
  return s < e ? { start: s, end: e, key: searchKey(text.slice(s, e)) } : null;
}

/** The key without a leading و / ف conjunction, when the rest is still a word. */
export const dropConj = (k: string) => (k.length > 2 && (k[0] === 'و' || k[0] === 'ف') ? k.slice(1) : k);

/**
 * The key without its proclitics: a conjunction (و ف), then a preposition before the article
 * (للمادة -> المادة, بالطائرة -> الطائرة), when the rest is still a word.
 */
export function dropProclitics(k: string): string {
  const c = dropConj(k);
  if (c.length > 4 && c.startsWith('لل')) return 'ال' + c.slice(2);
  if (c.length > 4 && /^[بك]ال/.test(c)) return c.slice(1);
  return c;
}

/** Words before pos matching a phrase (its first word may carry و/ف): the start of the match. */
export function matchBefore(text: string, pos: number, phrase: string[]): number | null {
  let at = pos;
  for (let i = phrase.length - 1; i >= 0; i--) {
    const w = wordBefore(text, at);
    if (!w) return null;
    if (w.key === phrase[i]) at = w.start;
    else if (i === 0 && dropConj(w.key) === phrase[i]) at = w.start + (w.end - w.start - phrase[i].length);
    else return null;
  }
  return at;
}

export function monthAt(text: string, pos: number): boolean {
  let w = wordAfter(text, pos);
  if (!w && text[pos] === '/') w = wordAfter(text, pos + 1);
  if (!w) return false;
  const names = MONTH_NAMES.get(w.key) ?? MONTH_NAMES.get(dropConj(w.key));
  if (!names) return false;
  return names.some((n) => n.length === 1 || wordAfter(text, w.end)?.key === n[1]);
}

/** A month's other name in brackets right before a position: "يوليو (تموز) 1870". */
const BRACKETED_BEFORE = /\(\s*([^()]{1,24}?)\s*\)\s*$/;

export function monthBefore(text: string, pos: number): boolean {
  const bracketed = BRACKETED_BEFORE.exec(text.slice(Math.max(0, pos - 30), pos));
  if (bracketed && MONTH_NAMES.has(searchKey(bracketed[1].split(/\s+/)[0]))) return true;
  const w = wordBefore(text, pos);
  if (!w) return false;
  if (MONTH_NAMES.has(w.key)) return true;
  const w2 = wordBefore(text, w.start);
  return !!w2 && !!MONTH_NAMES.get(w2.key)?.some((n) => n.length === 2 && n[1] === w.key);
}

export const overlaps = (s: number, e: number, ex: { start: number; end: number }[]) =>
  ex.some((r) => s < r.end && r.start < e);

/** A digit run that is part of a date, clock time, phone or code: 10:30, 14/12/2016, 2016-12. */
export function glued(text: string, start: number, end: number): boolean {
  const a = text[end] ?? '';
  const b = text[start - 1] ?? '';
  const isDigit = (c: string | undefined) => !!c && /[0-9٠-٩۰-۹]/.test(c);
  if (/[:/\-–+]/.test(a) && isDigit(text[end + 1])) return true;
  if (/[:/\-–+]/.test(b) && isDigit(text[start - 2])) return true;
  // dates written with spaced slashes: 15 /8 /1436هـ
  if (
    /^ *\/ *[0-9٠-٩]/.test(text.slice(end, end + 4)) ||
    /[0-9٠-٩] *\/ *$/.test(text.slice(Math.max(0, start - 4), start))
  ) {
    return true;
  }
  return /[A-Za-z]/.test(a) || /[A-Za-z]/.test(b);
}

export const isYearish = (p: NumberParse) =>
  p.digits && p.tokens === 1 && Number.isInteger(p.value) && p.value >= 1000 && p.value <= 2199;

export const asciiRun = (s: string) => s.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
