// What lies between a cue (and its subject) and the reported content: channels (لوكالة ...),
// appositions (، المستشار القانوني لـ ...،), dates, relayed sources (عن مصادر، نقلا عن، بحسب),
// then the complementiser, colon, quote mark or preposition that opens the content.
import { cueOf, type CueForm } from './cues.js';
import { nounPhraseEnd, opensPrep } from './speakers.js';
import {
  OPEN_QUOTE,
  anonymityEnds,
  anonymityOpeners,
  backRefs,
  channelAt,
  channelIntros,
  headInfo,
  isAdjective,
  isNameParticle,
  isComplementiser,
  isDateWord,
  monthOrdinals,
  relayWords,
  isChannelHead,
  outletNames,
  relayWordsBeforeAn,
  statementContextAt,
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

/** Words of a channel's name after its ل (وكالة الأنباء الرسمية): past four it is the content. */
const CHANNEL_MAX_WORDS = 4;
/** An apposition runs to the next comma; past sixteen words it is the statement itself. */
const APPOSITION_MAX_WORDS = 16;
/**
 * Words of a statement's occasion searched for its outlet ("في بيان تلقت فرانس برس نسخة منه"،
 * "في اتصال مع رويترز"): past five the outlet named belongs to something else.
 */
const CONTEXT_MAX_WORDS = 5;
/** A bare preposition opens the content only right after the speaker: at most one word skipped. */
const BARE_PREP_MAX_SKIPPED = 1;

type Opening = Pick<Gap, 'content' | 'byComplementiser'>;

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
  let skipped = 0;
  const n = toks.length;
  for (let j = g; j < n;) {
    const t = toks[j];
    // a quoted name ("إن إتش كي") is passed whole: an إن inside it opens nothing
    const named = OPEN_QUOTE.test(t.gap) && !realQuoteAt(j) ? quotedNameClose(toks, j) : -1;
    if (named > j) {
      j = named;
      continue;
    }
    const opening = openerAt(toks, j, realQuoteAt);
    if (opening !== undefined) return opening && { ...out, ...opening };
    const source = out.source ? null : relayedSource(toks, j, f);
    if (source) {
      out.source = source;
      j = source[1];
      continue;
    }
    const prep = prepositionOpener(toks, j, f.verb.preps, skipped);
    if (prep !== undefined) return prep && { ...out, ...prep };
    const context = out.channel ? null : contextChannel(toks, j);
    if (context) {
      out.channel = context;
      j = context[1];
      continue;
    }
    if (!out.channel && channelAt(toks, j) >= 0) {
      out.channel = [j, channelEnd(toks, j)];
      j = out.channel[1];
      continue;
    }
    // apposition: "، المستشار القانوني لـ ...،" / "، وهو المسؤول عن ...،"
    if (j === g && /[،,]/.test(t.gap) && (headInfo(t)?.role || t.bare === 'هو' || t.bare === 'هي')) {
      out.role = apposition(toks, j);
      j = out.role[1];
      continue;
    }
    const aside = anonymityAsideEnd(toks, j);
    if (aside > j) {
      j = aside;
      continue;
    }
    if (cueOf(t)) return null;
    if (countsAsSkipped(toks, j)) skipped++;
    if (skipped > maxSkip) return null;
    j++;
  }
  return null;
}

/** A colon, a real quotation or إن/أن at token j opens the content; null when nothing follows it. */
function openerAt(toks: Tok[], j: number, realQuoteAt: (j: number) => boolean): Opening | null | undefined {
  const t = toks[j];
  if (t.gap.includes(':')) return { content: j, byComplementiser: false };
  if (OPEN_QUOTE.test(t.gap) && realQuoteAt(j)) return { content: j, byComplementiser: false };
  // فإن after a cue's subject is the main clause of فيما/إذا, not this verb's complement
  if (isComplementiser(t) && t.key[0] !== 'ف') {
    return j + 1 < toks.length ? { content: j + 1, byComplementiser: true } : null;
  }
  return undefined;
}

/** A relayed source at token j: نقل X عن مصادر / نقلا عن مصادر / بحسب المصادر. */
function relayedSource(toks: Tok[], j: number, f: CueForm): [number, number] | null {
  const t = toks[j];
  const relayAt =
    (f.verb.relay && t.bare === 'عن') || relayWords.has(t.bare)
      ? j + 1
      : relayWordsBeforeAn.has(t.bare) && toks[j + 1]?.key === 'عن'
        ? j + 2
        : -1;
  if (relayAt < 0) return null;
  const e = sourceEnd(toks, relayAt);
  return namesSource(toks, relayAt, e) ? [relayAt, e] : null;
}

/** The verb's preposition at token j opens the content (بأن، عن ...); null when nothing follows it. */
function prepositionOpener(
  toks: Tok[],
  j: number,
  preps: readonly string[],
  skipped: number,
): Opening | null | undefined {
  const t = toks[j];
  const n = toks.length;
  if (!opensPrep(t, preps)) return undefined;
  const next = toks[j + 1];
  if (next && isComplementiser(next)) return j + 2 < n ? { content: j + 2, byComplementiser: true } : null;
  // a bare preposition opens the content only right after the speaker (أعلن الجيش عن ...)
  if ((skipped <= BARE_PREP_MAX_SKIPPED || /[،,]/.test(t.gap)) && j + 1 < n)
    return { content: j, byComplementiser: false };
  return undefined;
}

/**
 * The outlet named in a statement's occasion at token j ("في بيان نشرته وكالة الأنباء"، "في اتصال
 * مع رويترز"): tokens [a, b) of the outlet, written with ل or bare; null when it names none.
 */
function contextChannel(toks: Tok[], j: number): [number, number] | null {
  if (!statementContextAt(toks, j)) return null;
  const stop = Math.min(toks.length, j + 2 + CONTEXT_MAX_WORDS);
  for (let k = j + 2; k < stop; k++) {
    const t = toks[k];
    if (/[،,:;؛.]/.test(t.gap) || isComplementiser(t) || cueOf(t)) return null;
    if (channelAt(toks, k) >= 0) return [k, channelEnd(toks, k)];
    // a bare outlet after a word of the occasion (not "مؤتمر صحفي": an adjective of the occasion)
    if (k > j + 2 && headInfo(t)?.kind === 'media') return [k, outletNameEnd(toks, k)];
  }
  return null;
}

/**
 * End of an outlet named bare at token k: as far as a known outlet's name runs (فرانس برس، رويترز),
 * else a channel head's noun phrase (وكالة الأنباء الرسمية), else one word.
 */
export function outletNameEnd(toks: Tok[], k: number): number {
  let end = -1;
  for (let e = k + 1; e <= Math.min(toks.length, k + CHANNEL_MAX_WORDS); e++)
    if (outletNames.has(phraseKey(toks, k, e))) end = e;
  if (end > 0) return end;
  if (isChannelHead(toks[k].key))
    return nounPhraseEnd(toks, k, toks.length, { quotesInside: true, maxLen: CHANNEL_MAX_WORDS });
  return k + 1;
}

/** End of the channel that starts at token j (لوكالة ..., or ل written apart: ل "الجيش"). */
export function channelEnd(toks: Tok[], j: number): number {
  const n = toks.length;
  const k = toks[j].key === 'ل' ? j + 2 : j + 1;
  // a known outlet's name ends the channel ("لرويترز طالبا عدم نشر اسمه": the rest is not its name)
  let known = knownOutletEnd(toks, j);
  if (known > 0) {
    // with its adjectives of nationality (وكالة سبوتنيك الروسية), never a participle (طالبا)
    const adjectiveAt = (k: number) => toks[k].al && isAdjective(toks[k]) && !/[،,:;؛.()]/.test(toks[k].gap);
    while (known < n && known - j < CHANNEL_MAX_WORDS && adjectiveAt(known)) known++;
    return known;
  }
  return k < n && !/[،,:;؛.()]/.test(toks[k].gap)
    ? nounPhraseEnd(toks, k, n, { quotesInside: true, maxLen: CHANNEL_MAX_WORDS })
    : k;
}

/** End of a known outlet's name written with ل at token j (لرويترز، لفرانس برس، ل "رويترز"), else -1. */
function knownOutletEnd(toks: Tok[], j: number): number {
  const apart = toks[j].key === 'ل';
  const first = apart
    ? toks[j + 1]?.key
    : toks[j].key.startsWith('لل')
      ? 'ال' + toks[j].key.slice(2)
      : toks[j].key.slice(1);
  if (!first) return -1;
  const from = apart ? j + 1 : j;
  let end = -1;
  let key = first;
  for (let e = from + 1; e <= Math.min(toks.length, from + CHANNEL_MAX_WORDS); e++) {
    if (e > from + 1) key += ' ' + toks[e - 1].key;
    if (outletNames.has(key)) end = e;
  }
  return end;
}

/** The apposition at token j, up to the next comma, colon or complementiser (without هو/هي). */
function apposition(toks: Tok[], j: number): [number, number] {
  const n = toks.length;
  const t = toks[j];
  let e = j + 1;
  while (e < n && e - j < APPOSITION_MAX_WORDS && !/[،,:]/.test(toks[e].gap) && !isComplementiser(toks[e]))
    e++;
  return [t.bare === 'هو' || t.bare === 'هي' ? j + 1 : j, e];
}

/** Words that count against the skip limit: not dates, channel intros or في. */
function countsAsSkipped(toks: Tok[], j: number): boolean {
  const t = toks[j];
  // "ديسمبر/كانون الأول": the ordinal of a month name belongs to the date
  const monthOrdinal = j > 0 && isDateWord(toks[j - 1]) && monthOrdinals.has(t.key);
  return !isDateWord(t) && !monthOrdinal && !channelIntros.has(t.base) && t.key !== 'في';
}

/** An aside asking for anonymity runs at most this many words (طالبا عدم الكشف عن هويته). */
const ANONYMITY_ASIDE_MAX_WORDS = 6;

/**
 * "وذكر مصدر أمني، طالبا عدم كشف هويته، أنه ...": the end of an aside asking for anonymity that
 * opens at token j (its opener is a cue's participle, passed rather than read as a new statement);
 * j when none opens there.
 */
function anonymityAsideEnd(toks: Tok[], j: number): number {
  if (!anonymityOpeners.has(toks[j].bare)) return j;
  const stop = Math.min(toks.length, j + 1 + ANONYMITY_ASIDE_MAX_WORDS);
  for (let k = j + 1; k < stop; k++) {
    if (/[:«"“]/.test(toks[k].gap) || isComplementiser(toks[k])) return j;
    if (anonymityEnds.has(toks[k].bare) || anonymityEnds.has(toks[k].noAl)) return k + 1;
  }
  return j;
}

/** The token after a quoted name that opens before token j (its closing mark in that token's gap), else -1. */
function quotedNameClose(toks: Tok[], j: number): number {
  for (let k = j + 1; k < toks.length && k - j <= ANONYMITY_ASIDE_MAX_WORDS; k++) {
    if (/[»"”]/.test(toks[k].gap)) return k;
    if (/[.:؛;]/.test(toks[k].gap)) return -1;
  }
  return -1;
}
