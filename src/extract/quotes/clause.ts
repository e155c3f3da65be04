// Clause shape around a cue: where its clause starts, whether it opens a new statement, a subject
// written before the verb, quotation marks in the sentence and the content a cue introduces.
import { breaksClause, clauseStartBy } from '../../text/clause.js';
import { QUOTE_CLOSERS, type Range } from '../../text/segment.js';
import { cueOf } from './cues.js';
import { namesSource, phraseKey } from './gap.js';
import { nounPhraseEnd, opensPrep } from './speakers.js';
import {
  OPEN_QUOTE,
  backRefs,
  clauseOpeners,
  continuers,
  headInfo,
  isComplementiser,
  isDateWord,
  isStop,
  notSpeakers,
  topicShifts,
  statementLinks,
  TOPIC_SHIFT_MAX_WORDS,
  type Tok,
} from './words.js';

/** Punctuation that ends a clause (quote marks excepted: they may sit inside one). */
export const CLAUSE = /[،,:;؛.!?؟()\-–—]/;

/**
 * Does a clause end before token k? Not at the point or comma inside a number (3.7 مليار، 1,500):
 * there the gap is the number's own separator.
 */
export function clauseBreakBefore(toks: readonly Tok[], k: number): boolean {
  return breaksClause(toks[k].gap, toks[k - 1]?.key, toks[k].key, CLAUSE);
}
/**
 * A subject written before its verb is a short noun phrase: up to seven words ("إلا أن مسؤولا
 * رفيعا في وزارة الخارجية نفى"); longer, and the words are more likely the end of another clause.
 */
const SUBJECT_BEFORE_MAX_WORDS = 7;
/** Words allowed between that noun phrase and the verb (a date, an adverb): more is another clause. */
const SUBJECT_BEFORE_MAX_TRAIL = 3;
/** A quotation mark opens a quote, not a quoted name, when at least this many words follow inside. */
const MIN_QUOTED_WORDS = 3;

// The opening marks by code unit: the scan reads no one-letter string for the other characters.
const OPENS = new Uint8Array(65536);
for (const ch of Object.keys(QUOTE_CLOSERS)) OPENS[ch.charCodeAt(0)] = 1;

/** [open, close] offsets of «» “” and paired straight quotes inside the sentence. */
export function quotedRegions(text: string, s: Range): [number, number][] {
  const out: [number, number][] = [];
  for (let i = s.start; i < s.end; i++) {
    if (!OPENS[text.charCodeAt(i)]) continue;
    const close = QUOTE_CLOSERS[text[i]];
    const j = text.indexOf(close, i + 1);
    if (j < 0 || j > s.end + 1) continue;
    out.push([i, j]);
    i = j;
  }
  return out;
}

/** The sentence's quotation marks: is an offset inside a quotation, does a real quote open at a token? */
export interface QuotationMarks {
  inside: (pos: number) => boolean;
  /** a quotation (not a quoted name) opens just before token j */
  realQuoteAt: (j: number) => boolean;
}

export function quotationMarks(text: string, s: Range, toks: Tok[]): QuotationMarks {
  const regions = quotedRegions(text, s);
  return {
    // asked for every token: a loop, not a closure per call
    inside: (pos) => {
      for (const r of regions) if (pos > r[0] && pos < r[1]) return true;
      return false;
    },
    realQuoteAt: (j) => {
      const r = regions.find(([a]) => a >= toks[j].start - toks[j].gap.length && a < toks[j].start);
      if (!r) return false;
      let words = 0;
      let k = j;
      for (; k < toks.length && toks[k].start < r[1]; k++) words++;
      return words >= MIN_QUOTED_WORDS && !(words <= QUOTED_NAME_MAX_WORDS && complementiserFollows(toks, k));
    },
  };
}

/** A short quoted phrase followed by more of the speaker and then إن/أن is a name, not the statement. */
const QUOTED_NAME_MAX_WORDS = 5;
/** Words between such a quoted name and the complementiser (the rest of the name, a channel). */
const AFTER_QUOTED_NAME_MAX_WORDS = 6;

/**
 * "وقالت قناة "إن إتش كي" العامة إن ..."، "وأوضح صاحب الفكرة "..." فلان لـ"..." أن ...": from token k,
 * right after a quoted phrase, does إن/أن come within a few words, with no clause break or cue
 * between? Then the quoted phrase named someone or something, and the content opens after إن/أن.
 */
function complementiserFollows(toks: Tok[], k: number): boolean {
  const stop = Math.min(toks.length, k + AFTER_QUOTED_NAME_MAX_WORDS + 1);
  for (let i = k; i < stop; i++) {
    const t = toks[i];
    if (i > k && clauseBreakBefore(toks, i)) return false;
    if (isComplementiser(t)) return i > k;
    if (cueOf(t)) return false;
  }
  return false;
}

/**
 * "وأشار بأن «معرض الوظائف» يهدف إلى ...": a short quoted phrase after إن/أن whose clause goes on
 * right after its closing mark (no punctuation, no و, no cue) is the name the statement is about,
 * not the statement.
 */
function quotedNameGoesOn(toks: Tok[], close: number): boolean {
  const k = toks.findIndex((x) => x.start > close);
  if (k < 0) return false;
  const t = toks[k];
  return (
    !/[.،,:;؛!?؟()\-–—]/.test(t.gap) && t.key === t.bare && !cueOf(t) && !isComplementiser(t) && !isStop(t)
  );
}

/** First token of the clause that ends at `c` (after punctuation or a complementiser). */
function clauseStart(toks: Tok[], c: number): number {
  return clauseStartBy(
    0,
    c,
    (k) =>
      clauseBreakBefore(toks, k) ||
      isComplementiser(toks[k - 1]) ||
      // "وكان نشطاء ... أفادوا": a conjoined opener starts a new clause
      (k < c && toks[k].key !== toks[k].bare && clauseOpeners.has(toks[k].key)),
  );
}

/** Does the clause of `c` open with a conjunction (وفيما، وكان، فإن)? Then it is a new statement. */
export function opensNewClause(toks: Tok[], c: number): boolean {
  const k = clauseStart(toks, c);
  if (k > 0 && isComplementiser(toks[k - 1]) && toks[k - 1].key[0] === 'ف') return true;
  for (let i = k; i < c; i++) if (toks[i].key !== toks[i].bare && clauseOpeners.has(toks[i].key)) return true;
  return shiftsTopic(toks, k, c);
}

/**
 * Does a transition to another party or topic (على صعيد متصل، من جهتها) or a link to another
 * party's statement (في حين، بينما) lie in tokens [k, c)?
 */
function shiftsTopic(toks: Tok[], k: number, c: number): boolean {
  for (let i = k; i < c; i++)
    for (let len = 1; len <= TOPIC_SHIFT_MAX_WORDS && i + len <= c; len++) {
      const key = phraseKey(toks, i, i + len);
      if (topicShifts.has(key) || statementLinks.has(key)) return true;
    }
  return false;
}

/** Subject written before its verb in the same clause ("قاسمي قال إنه", "إلا أن مسؤولا ... نفى"). */
export function subjectBefore(toks: Tok[], c: number): [number, number] | null {
  let a = clauseStart(toks, c);
  while (a < c && (clauseOpeners.has(toks[a].key) || clauseOpeners.has(toks[a].bare))) a++;
  let b = c;
  while (b > a && (toks[b - 1].bare === 'قد' || toks[b - 1].key === 'قد')) b--;
  if (b - a < 1 || b - a > SUBJECT_BEFORE_MAX_WORDS) return null;
  for (let k = a; k < b; k++) if (cueOf(toks[k]) || isComplementiser(toks[k])) return null;
  const e = nounPhraseEnd(toks, a, b, { quotesInside: true, maxLen: SUBJECT_BEFORE_MAX_WORDS });
  if (e <= a || b - e > SUBJECT_BEFORE_MAX_TRAIL) return null;
  if (notSpeakers.has(toks[a].key) || notSpeakers.has(toks[a].bare)) return null; // في وقت أبدت، هنا قال
  if (!headInfo(toks[a]) && !backRefs.has(phraseKey(toks, a, e)) && !namesSource(toks, a, e)) {
    // a lone undefined word may be a name, but not an adverb with tanween (تماماً), nor a word
    // behind a conjunction (ومضى يقول، ويرفض الباطل ويكشف): a name so placed is a known head's
    const t = toks[a];
    if (e - a > 2 || t.al || isDateWord(t) || t.raw.includes('\u064B') || t.key !== t.bare) return null;
  }
  return [a, e];
}

/** A cue that opens its sentence with a conjunction (وكشف، فأكد، كما دعا، ثم أعلن). */
export function continuesSentence(toks: Tok[], c: number): boolean {
  const t = toks[c];
  if (c === 0) return t.key !== t.bare;
  return c === 1 && continuers.has(toks[0].key);
}

/** ب + a verbal noun or a definite word (بإجلاء، بتنفيذ، بالإفراج), not a name (بشار، بوتين). */
export function opensWithMasdar(t: Tok, preps: readonly string[]): boolean {
  return preps.includes('ب') && opensPrep(t, ['ب']) && /^ب(ال|[اتم])/.test(t.bare);
}

/**
 * The content that starts at token j: up to the closing quotation mark when a quote opens there
 * (and it is a quotation, not a quoted name followed by more text), else to the sentence end.
 */
export function contentFrom(
  text: string,
  toks: Tok[],
  j: number,
  s: Range,
): { content: [number, number]; direct: boolean } {
  const t = toks[j];
  if (OPEN_QUOTE.test(t.gap)) {
    const g0 = t.start - t.gap.length;
    let open = -1;
    for (let i = t.start - 1; i >= g0; i--) if (OPEN_QUOTE.test(text[i])) open = i;
    const ch = text[open];
    const close = text.indexOf(QUOTE_CLOSERS[ch] ?? '"', t.start);
    if (open >= 0 && close > 0 && close <= s.end) {
      const inner = text.slice(t.start, close).split(/\s+/).length;
      const rest = text
        .slice(close + 1, s.end)
        .split(/\s+/)
        .filter(Boolean).length;
      const named =
        !t.gap.includes(':') &&
        inner <= QUOTED_NAME_MAX_WORDS &&
        rest > inner &&
        quotedNameGoesOn(toks, close);
      if ((inner >= MIN_QUOTED_WORDS || rest <= inner) && !named)
        return { content: [t.start, close], direct: true };
    }
  }
  return { content: [t.start, s.end], direct: false };
}
