// The content an attribution phrase sources: the clause after it when it opens its clause, else the
// clause or sentence before it (or the sentence before, for a sentence that is only the phrase).
import { QUOTE_CLOSERS, type Range } from '../../text/segment.js';
import { CLAUSE, clauseBreakBefore } from './clause.js';
import type { State } from './memory.js';
import { channelIntros, clauseOpeners, isComplementiser, isDateWord, type Tok } from './words.js';

/** "بحسب X ... فإن": a فإن this many words after the source still opens its content. */
const FA_INNA_SCAN_WORDS = 12;
/** A clause before the phrase shorter than this is a fragment (a date, a place): take the sentence. */
export const MIN_CLAUSE_WORDS = 3;

/** Words a closing "في بيان" may run to after the source ("في تقريرها الشهري الأخير"). */
const DOCUMENT_WORDS = 4;

/**
 * "…، حسبما ذكرت الوزارة في بيانها." / "في تقرير لها": the statement the source gave it in may
 * follow the source and still close the sentence.
 */
export function documentCloses(toks: Tok[], e: number): boolean {
  const t = toks[e + 1];
  return (
    toks[e]?.key === 'في' &&
    t !== undefined &&
    (channelIntros.has(t.base) || channelIntros.has(t.key)) &&
    toks.length - e <= DOCUMENT_WORDS
  );
}

/** Is token c the sentence's first word, after conjunctions only? */
export function startsSentence(toks: Tok[], c: number): boolean {
  let k = c - 1;
  while (k >= 0 && clauseOpeners.has(toks[k].bare)) k--;
  return k < 0;
}

/** Does the phrase open its clause (sentence start, after punctuation or only conjunctions)? */
export function opensClause(toks: Tok[], c: number): boolean {
  if (c === 0 || CLAUSE.test(toks[c].gap)) return true;
  let k = c - 1;
  while (k >= 0 && clauseOpeners.has(toks[k].bare)) k--;
  return k < 0;
}

/**
 * The content after a phrase that opens its clause: after a فإن when one follows, or a أن right
 * after the source, past any date.
 */
export function contentAfter(
  toks: Tok[],
  e: number,
  s: Range,
): { content: [number, number]; next: number } | null {
  const n = toks.length;
  let k = e;
  for (let m = e; m < n && m < e + FA_INNA_SCAN_WORDS; m++) {
    if (isComplementiser(toks[m]) && toks[m].key.startsWith('فان')) {
      k = m + 1;
      break;
    }
  }
  // "وجاء في البيان أن ...": the complementiser right after the source opens the content
  if (k === e && e < n && isComplementiser(toks[e])) k = e + 1;
  if (k === e) while (k < n && isDateWord(toks[k])) k++;
  return k < n ? { content: [toks[k].start, s.end], next: k } : null;
}

/** The content before a phrase that closes its clause: that clause, or the sentence up to it. */
export function contentBefore(text: string, toks: Tok[], c: number): [number, number] | null {
  if (c === 0) return null;
  // "…، وذلك وفقا لـ": the linker "(و)ذلك" points at the content and is not part of it
  const last = c > 1 && toks[c - 1].bare === 'ذلك' ? c - 1 : c;
  let k = last - 1;
  while (k > 0 && !clauseBreakBefore(toks, k)) k--;
  const start = last < c ? toks[last - 1].end : toks[c].start;
  const clause: [number, number] = [toks[k].start, start];
  if (text.slice(clause[0], clause[1]).trim().split(/\s+/).length < MIN_CLAUSE_WORDS)
    return [toks[0].start, start];
  return clause;
}

/**
 * "… قتل خمسة أشخاص. بحسب رويترز.": a sentence that is only an attribution phrase sources the
 * sentence before it, unless that one already has its own speaker.
 */
export function previousSentence(st: State): [number, number] | null {
  if (!st.previous || st.lastQuoted === st.sentence - 1) return null;
  const [a, b] = st.previous;
  // sentence ranges are trimmed of space; the content stops before the closing stop
  const end = a + st.text.slice(a, b).replace(/[\s.،؛:!؟?]+$/u, '').length;
  return wordsIn(st.text, [a, end]) >= MIN_CLAUSE_WORDS ? [a, end] : null;
}

/** "صحيفة «المدينة»": a name opened in quotes keeps its closing mark when the mark follows it. */
export function withClosingMark(text: string, start: number, end: number): number {
  const span = text.slice(start, end);
  const count = (mark: string) => span.split(mark).length - 1;
  for (const [open, close] of Object.entries(QUOTE_CLOSERS)) {
    const unclosed = open === close ? count(open) % 2 === 1 : count(open) > count(close);
    if (unclosed && text[end] === close) return end + 1;
  }
  return end;
}

export const wordsIn = (text: string, [a, b]: [number, number]) =>
  text.slice(a, b).trim().split(/\s+/).length;
