// "بحسب المصادر" / "وفقا لوزارة الخارجية" / "نقلا عن مسؤول": attribution by a phrase, not a verb.
import { QUOTE_CLOSERS, type Range } from '../../text/segment.js';
import { CLAUSE, clauseBreakBefore } from './clause.js';
import { cueSpan, lite, stripRole, type Draft, type Lite, type QuoteRead } from './draft.js';
import { searchKey } from '../../text/arabic.js';
import { cueOf } from './cues.js';
import { channelEnd, namesSource, phraseKey, sourceEnd } from './gap.js';
import { asMention, resolved, speakerOf, type Mention, type State } from './memory.js';
import {
  accordingTo,
  accordingToPrepositions,
  backRefs,
  channelAt,
  channelIntros,
  figureSources,
  clauseOpeners,
  closingAgencyCredits,
  headInfo,
  isComplementiser,
  isDateWord,
  outletPrepositions,
  PUNCT_NO_QUOTES,
  outletRelatives,
  type Tok,
} from './words.js';

/**
 * "المعلومات التي حصلت عليها الأناضول من مصادر": the outlet is sought in the few words after التي /
 * الذي (a verb and its عليها); further on, a media word belongs to another clause.
 */
const OUTLET_SCAN_WORDS = 4;
/** "بحسب X ... فإن": a فإن this many words after the source still opens its content. */
const FA_INNA_SCAN_WORDS = 12;
/** A clause before the phrase shorter than this is a fragment (a date, a place): take the sentence. */
const MIN_CLAUSE_WORDS = 3;

interface PhraseSource {
  /** tokens [start, end) of the source after the phrase head */
  start: number;
  end: number;
  /** "وفقا للوزارة": the source's first token carries the ل of the phrase, dropped from its span */
  cliticLam: boolean;
  /** "حسبما أفادت مصادر"، "بحسب ما قالت مصادر": a cue verb stands between the head and the source */
  byVerb: boolean;
  /** "…، وفقا للفرنسية.": an agency's short credit closing the sentence */
  agencyCredit?: boolean;
}

/**
 * The attribution phrase at a token: by its form without a proclitic (وبحسب -> بحسب), else as
 * written, since the word itself may begin with و (وفقا، وفق).
 */
function phraseHead(t: Tok) {
  return accordingTo.get(t.bare) ?? accordingTo.get(t.key);
}

/** Object pronouns a cue verb after ما may carry, pointing back to ما ("لما ذكرته", "حسبما أعلنه"). */
const BACK_POINTERS = ['ها', 'ه'];

/** A cue verb after ما, bare or with the pronoun that points back to ما. */
function cueAfterMa(t: Tok) {
  const f = cueOf(t);
  if (f) return f;
  const p = BACK_POINTERS.find((x) => t.bare.endsWith(x) && t.bare.length > x.length + 2);
  return p ? cueOf({ ...t, key: t.bare.slice(0, -p.length), bare: t.bare.slice(0, -p.length) }) : undefined;
}

/** Where the source starts after the phrase head (نقلا عن، وفقا لـ، بحسب). */
function sourceAfterHead(toks: Tok[], c: number): PhraseSource | null {
  const then = phraseHead(toks[c])?.then;
  let a = c + 1;
  let cliticLam = false;
  let byVerb = false;
  if (then === 'verb') {
    if (!toks[a] || !cueAfterMa(toks[a])) return null;
    a++;
    byVerb = true;
  } else if (then === 'preposition') {
    if (!toks[a] || !accordingToPrepositions.has(toks[a].key)) return null;
    a++;
  } else if (then === 'lam') {
    const x = toks[a];
    if (!x) return null;
    // "طبقا لما ذكرته الوزارة", "وفقا لما أعلنه الجيش": ل + ما, then a cue verb and its source
    if (x.key === 'لما') {
      if (!toks[a + 1] || !cueAfterMa(toks[a + 1])) return null;
      a += 2;
      byVerb = true;
    } else if (x.key === 'ل') a++;
    else if (x.key[0] === 'ل' && x.key.length > 2) cliticLam = true;
    else return null;
  }
  if (a >= toks.length) return null;
  // "على ما أعلن الجيش": the head is a source phrase only with ما and a cue verb
  if (then === 'ma' && toks[a].key !== 'ما') return null;
  if (!byVerb && toks[a].key === 'ما') {
    // "بحسب ما قالت مصادر": the source follows the verb
    if (!toks[a + 1] || !cueAfterMa(toks[a + 1])) return null;
    a += 2;
    byVerb = true;
  }
  if (a >= toks.length) return null;
  let end = sourceEnd(toks, a);
  if (end <= a && cliticLam && channelAt(toks, a) === a) {
    // "وفقا لرويترز", "وفقا لصحيفة «المدينة»": glued to the phrase's ل, an outlet reads like a
    // channel ("said to Reuters"); its name may go on in quotes
    const next = toks[a + 1];
    end = next && !PUNCT_NO_QUOTES.test(next.gap) ? Math.max(a + 1, sourceEnd(toks, a + 1)) : a + 1;
  }
  // "…، وفقا للفرنسية.": a nisba standing for an agency, only as the sentence's last word
  if (!byVerb && a === toks.length - 1 && closingAgencyCredits.has(withoutLam(toks[a].key)))
    return { start: a, end: a + 1, cliticLam, byVerb, agencyCredit: true };
  if (end <= a) return null;
  return { start: a, end, cliticLam, byVerb };
}

/** "المعلومات التي حصلت عليها الأناضول من مصادر ...": the outlet relays the sources after it. */
function relayingOutlet(st: State, toks: Tok[], e: number): { via: Lite[]; source: [number, number] } | null {
  const n = toks.length;
  if (e >= n || !outletRelatives.has(toks[e].key)) return null;
  let m = e + 1;
  while (m < n && m < e + OUTLET_SCAN_WORDS && headInfo(toks[m])?.kind !== 'media') m++;
  if (m >= n || headInfo(toks[m])?.kind !== 'media') return null;
  const me = sourceEnd(toks, m);
  if (me >= n || !outletPrepositions.has(toks[me].key)) return null;
  const se = sourceEnd(toks, me + 1);
  if (!namesSource(toks, me + 1, se)) return null;
  const outlet = speakerOf(st, toks, m, me, true, false);
  st.media.push(asMention(outlet, true));
  return { via: [stripRole(outlet)], source: [me + 1, se] };
}

/** "…، كما نقلت الوكالة عن مصدر عسكري": the outlet after the verb relays the source after عن. */
function relayAfterVerb(
  st: State,
  toks: Tok[],
  found: PhraseSource,
): { via: Lite[]; source: [number, number] } | null {
  const e = found.end;
  if (e >= toks.length || toks[e].key !== 'عن') return null;
  const se = sourceEnd(toks, e + 1);
  if (!namesSource(toks, e + 1, se)) return null;
  const outlet = speakerOf(st, toks, found.start, e, true, false);
  st.media.push(asMention(outlet, true));
  return { via: [stripRole(outlet)], source: [e + 1, se] };
}

/** A word without the ل of "وفقا لـ" glued to it: للحربي -> الحربي, لبيانات -> بيانات. */
const withoutLam = (k: string) => (k.startsWith('لل') ? `ال${k.slice(2)}` : k[0] === 'ل' ? k.slice(1) : k);

/** "لبيانات", "الحصيلة", "تقديرات": a figures word, with or without the phrase's ل and the article. */
function isFigureSource(t: Tok): boolean {
  const k = withoutLam(t.key);
  return figureSources.has(k) || figureSources.has(t.noAl) || figureSources.has(k.replace(/^ال/, ''));
}

/**
 * Does the phrase name a source: a lexicon head, a back-reference, a name (two words after حسب),
 * or, after a cue verb ("حسب ما قال الجهاز التنفيذي"), any definite noun: the verb makes it a speaker.
 */
function namesPhraseSource(toks: Tok[], head: Tok, found: PhraseSource): boolean {
  const { start: a, end: e } = found;
  const h = headInfo(toks[a]);
  const entry = phraseHead(head);
  const named = !h && !entry?.knownSource && namesSource(toks, a, e) && (!entry?.twoWordName || e - a >= 2);
  const figures = e - a >= 2 && isFigureSource(toks[a]);
  const spoke = found.byVerb && toks[a].al && !isDateWord(toks[a]);
  return Boolean(h) || backRefs.has(phraseKey(toks, a, e)) || named || figures || spoke;
}

/**
 * "وفقا للحربي" after "قال العميد سالم الحربي": one word that names a person the article
 * has already quoted. `cliticLam`: the word carries the ل of the phrase.
 */
function earlierPerson(
  st: State,
  toks: Tok[],
  a: number,
  e: number,
  cliticLam: boolean,
): Mention | undefined {
  if (e - a !== 1) return undefined;
  const k = toks[a].key;
  const key = cliticLam ? withoutLam(k) : k;
  for (let i = st.speakers.length - 1; i >= 0; i--) {
    const m = st.speakers[i];
    if (
      (m.kind === 'named' || m.kind === 'official') &&
      m.span.text.split(/\s+/).some((w) => searchKey(w) === key)
    )
      return m;
  }
  return undefined;
}

/** "بحسب ما أفادت مصادر أمنية لفرانس برس": the channel right after the source, as a span. */
function channelAfter(st: State, toks: Tok[], e: number): { channel: Lite; end: number } | null {
  if (e >= toks.length || channelAt(toks, e) !== e) return null;
  const end = channelEnd(toks, e);
  const start = toks[e].key === 'ل' ? toks[e + 1].start : toks[e].start + 1;
  return { channel: lite(st.text, start, toks[end - 1].end), end };
}

/** Words a closing "في بيان" may run to after the source ("في تقريرها الشهري الأخير"). */
const DOCUMENT_WORDS = 4;

/**
 * "…، حسبما ذكرت الوزارة في بيانها." / "في تقرير لها": the statement the source gave it in may
 * follow the source and still close the sentence.
 */
function documentCloses(toks: Tok[], e: number): boolean {
  const t = toks[e + 1];
  return (
    toks[e]?.key === 'في' &&
    t !== undefined &&
    (channelIntros.has(t.base) || channelIntros.has(t.key)) &&
    toks.length - e <= DOCUMENT_WORDS
  );
}

/** Is token c the sentence's first word, after conjunctions only? */
function startsSentence(toks: Tok[], c: number): boolean {
  let k = c - 1;
  while (k >= 0 && clauseOpeners.has(toks[k].bare)) k--;
  return k < 0;
}

/** Does the phrase open its clause (sentence start, after punctuation or only conjunctions)? */
function opensClause(toks: Tok[], c: number): boolean {
  if (c === 0 || CLAUSE.test(toks[c].gap)) return true;
  let k = c - 1;
  while (k >= 0 && clauseOpeners.has(toks[k].bare)) k--;
  return k < 0;
}

/**
 * The content after a phrase that opens its clause: after a فإن when one follows, or a أن right
 * after the source, past any date.
 */
function contentAfter(toks: Tok[], e: number, s: Range): { content: [number, number]; next: number } | null {
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
function contentBefore(text: string, toks: Tok[], c: number): [number, number] | null {
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
function previousSentence(st: State): [number, number] | null {
  if (!st.previous || st.lastQuoted === st.sentence - 1) return null;
  const [a, b] = st.previous;
  // sentence ranges are trimmed of space; the content stops before the closing stop
  const end = a + st.text.slice(a, b).replace(/[\s.،؛:!؟?]+$/u, '').length;
  return wordsIn(st.text, [a, end]) >= MIN_CLAUSE_WORDS ? [a, end] : null;
}

/** "صحيفة «المدينة»": a name opened in quotes keeps its closing mark when the mark follows it. */
function withClosingMark(text: string, start: number, end: number): number {
  const span = text.slice(start, end);
  const count = (mark: string) => span.split(mark).length - 1;
  for (const [open, close] of Object.entries(QUOTE_CLOSERS)) {
    const unclosed = open === close ? count(open) % 2 === 1 : count(open) > count(close);
    if (unclosed && text[end] === close) return end + 1;
  }
  return end;
}

const wordsIn = (text: string, [a, b]: [number, number]) => text.slice(a, b).trim().split(/\s+/).length;

export function phraseQuote(st: State, toks: Tok[], c: number, s: Range, covered: number): QuoteRead | null {
  const head = toks[c];
  if (!phraseHead(head) || head.start < covered) return null;
  const found = sourceAfterHead(toks, c);
  if (!found) return null;
  const relay =
    relayingOutlet(st, toks, found.end) ?? (found.byVerb ? relayAfterVerb(st, toks, found) : null);
  const source = relay ? relay.source : ([found.start, found.end] as [number, number]);
  const channel = relay || !found.byVerb ? null : channelAfter(st, toks, found.end);
  const named = relay ? relay.source[1] : (channel?.end ?? found.end);
  // "…، حسبما ذكرت الوزارة في بيانها.": where it said it closes the phrase too
  const end = documentCloses(toks, named) ? toks.length : named;
  const known = relay ? undefined : earlierPerson(st, toks, found.start, found.end, found.cliticLam);
  if (!relay && !known && !found.agencyCredit && !namesPhraseSource(toks, head, found)) return null;
  if (phraseHead(head)?.beforeAn && !(end < toks.length && isComplementiser(toks[end]))) return null;
  // a phrase with a verb closes its sentence ("…، حسبما أفادت مصادر") or opens it ("وبحسب ما
  // قال الوزير، فإن ..."); in the middle it is some other clause's
  const closing = end >= toks.length;
  if (found.byVerb && !closing && (!startsSentence(toks, c) || phraseHead(head)?.closingOnly)) return null;
  const speaker = known ? resolved(known) : speakerOf(st, toks, source[0], source[1], null);
  if (found.agencyCredit) speaker.kind = 'media';
  // "لرويترز" -> "رويترز"; "للوزارة" keeps both lams: cut after one, the span would show "لوزارة"
  const lamOnly = found.cliticLam && !toks[found.start].key.startsWith('لل');
  if (lamOnly && !speaker.resolvedFrom && source[0] === found.start) speaker.start += 1;
  if (!speaker.resolvedFrom) speaker.end = withClosingMark(st.text, speaker.start, speaker.end);
  speaker.text = st.text.slice(speaker.start, speaker.end);
  let after =
    opensClause(toks, c) && (!found.byVerb || end < toks.length) ? contentAfter(toks, end, s) : null;
  // "…، وفق حصيلة لفرانس برس.": two words left after the source close the phrase, not a content
  if (after && c > 0 && wordsIn(st.text, after.content) < MIN_CLAUSE_WORDS) after = null;
  if (!after) {
    const before = contentBefore(st.text, toks, c) ?? (end >= toks.length ? previousSentence(st) : null);
    if (!before) return null;
    after = { content: before, next: end };
  }
  const draft: Draft = {
    // "وفقا" is read whole: its و is part of the word, not a conjunction
    cue: cueSpan(st.text, head, !accordingTo.has(head.bare)),
    speaker,
    local: !speaker.resolvedFrom,
    content: after.content,
    direct: false,
    // the outlet that relays the sources is also the channel they spoke through
    channel: relay?.via[0] ?? channel?.channel,
    via: relay?.via,
    phrase: true,
  };
  return { draft, next: after.next };
}
