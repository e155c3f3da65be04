// What lies between a cue (and its subject) and the reported content: channels (لوكالة ...),
// appositions (، المستشار القانوني لـ ...،), dates, relayed sources (عن مصادر، نقلا عن، بحسب),
// then the complementiser, colon, quote mark or preposition that opens the content.
import { cueOf, type CueForm } from './cues.js';
import { nounPhraseEnd, opensPrep } from './speakers.js';
import {
  OPEN_QUOTE,
  backRefs,
  channelAt,
  channelIntros,
  headInfo,
  isAdjective,
  isNameParticle,
  isComplementiser,
  isDateWord,
  type Tok,
} from './words.js';

export interface Gap {
  /** token index where the content starts */
  content: number;
  /** the content was opened by إن/أن (not a preposition, colon or bare object) */
  byComplementiser: boolean;
  channel?: [number, number];
  /** a relayed source: the real speaker, passed on by the subject */
  source?: [number, number];
  /** apposition after a comma: tokens [a, b) */
  role?: [number, number];
}

const RELAY_PHRASES = new Set(['بحسب', 'حسب', 'وفق']);

/** Does the phrase at `i` name a source (a lexicon head, a back-reference or a name)? */
export function namesSource(toks: Tok[], i: number, end: number): boolean {
  if (i >= end) return false;
  const t = toks[i];
  if (headInfo(t)) return true;
  if (backRefs.has(t.key) || backRefs.has(phraseKey(toks, i, end))) return true;
  // a person's name: two or more undefined words that are not adjectives (سمير نشار)
  if (end - i < 2) return false;
  for (let k = i; k < end; k++)
    if ((toks[k].al && !isNameParticle(toks[k])) || isAdjective(toks[k])) return false;
  return true;
}

export function phraseKey(toks: Tok[], a: number, b: number): string {
  let s = toks[a].key;
  for (let k = a + 1; k < b; k++) s += ' ' + toks[k].key;
  return s;
}

/** End of a source phrase after عن / بحسب (quote marks allowed inside). */
export function sourceEnd(toks: Tok[], i: number): number {
  return nounPhraseEnd(toks, i, toks.length, { quotesInside: true, isCue: (t) => cueOf(t) !== undefined });
}

/**
 * Scan from token `g` for the content opener. `realQuoteAt(j)` says whether a quotation (not a
 * quoted name) opens just before token j. Null when another cue or too many words come first.
 */
export function scanGap(
  toks: Tok[],
  g: number,
  f: CueForm,
  maxSkip: number,
  realQuoteAt: (j: number) => boolean,
): Gap | null {
  const out: Partial<Gap> = {};
  const preps = f.verb.preps;
  let skipped = 0;
  const n = toks.length;
  for (let j = g; j < n;) {
    const t = toks[j];
    if (t.gap.includes(':')) return { ...out, content: j, byComplementiser: false };
    if (OPEN_QUOTE.test(t.gap) && realQuoteAt(j)) return { ...out, content: j, byComplementiser: false };
    // فإن after a cue's subject is the main clause of فيما/إذا, not this verb's complement
    if (isComplementiser(t) && t.key[0] !== 'ف') {
      return j + 1 < n ? { ...out, content: j + 1, byComplementiser: true } : null;
    }
    // relayed source: نقل X عن مصادر / نقلا عن مصادر / بحسب المصادر
    const relayAt =
      (f.verb.relay && t.bare === 'عن') || RELAY_PHRASES.has(t.bare)
        ? j + 1
        : t.bare === 'نقلا' && toks[j + 1]?.key === 'عن'
          ? j + 2
          : -1;
    if (relayAt > 0 && !out.source) {
      const e = sourceEnd(toks, relayAt);
      if (namesSource(toks, relayAt, e)) {
        out.source = [relayAt, e];
        j = e;
        continue;
      }
    }
    if (opensPrep(t, preps)) {
      const next = toks[j + 1];
      if (next && isComplementiser(next))
        return j + 2 < n ? { ...out, content: j + 2, byComplementiser: true } : null;
      // a bare preposition opens the content only right after the speaker (أعلن الجيش عن ...)
      if ((skipped <= 1 || /[،,]/.test(t.gap)) && j + 1 < n)
        return { ...out, content: j, byComplementiser: false };
    }
    if (channelAt(toks, j) >= 0 && !out.channel) {
      const k = toks[j].key === 'ل' ? j + 2 : j + 1; // "ل" written apart: ل "الجيش"
      const e =
        k < n && !/[،,:;؛.()]/.test(toks[k].gap)
          ? nounPhraseEnd(toks, k, n, { quotesInside: true, maxLen: 4 })
          : k;
      out.channel = [j, e];
      j = e;
      continue;
    }
    // apposition: "، المستشار القانوني لـ ...،" / "، وهو المسؤول عن ...،"
    if (j === g && /[،,]/.test(t.gap) && (headInfo(t)?.role || t.bare === 'هو' || t.bare === 'هي')) {
      let e = j + 1;
      while (e < n && e - j < 16 && !/[،,:]/.test(toks[e].gap) && !isComplementiser(toks[e])) e++;
      out.role = [t.bare === 'هو' || t.bare === 'هي' ? j + 1 : j, e];
      j = e;
      continue;
    }
    if (cueOf(t)) return null;
    // "ديسمبر/كانون الأول": the ordinal of a month name belongs to the date
    const monthOrdinal = j > 0 && isDateWord(toks[j - 1]) && (t.key === 'الاول' || t.key === 'الثاني');
    if (!isDateWord(t) && !monthOrdinal && !channelIntros.has(t.base) && t.key !== 'في') skipped++;
    if (skipped > maxSkip) return null;
    j++;
  }
  return null;
}
