// "بحسب المصادر" / "وفقا لوزارة الخارجية" / "نقلا عن مسؤول": attribution by a phrase, not a verb.
import type { Range } from '../../text/segment.js';
import { CLAUSE } from './clause.js';
import { cueSpan, stripRole, type Draft, type Lite, type QuoteRead } from './draft.js';
import { namesSource, phraseKey, sourceEnd } from './gap.js';
import { asMention, speakerOf, type State } from './memory.js';
import {
  accordingTo,
  accordingToPrepositions,
  backRefs,
  clauseOpeners,
  headInfo,
  isComplementiser,
  isDateWord,
  outletPrepositions,
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
}

/** Where the source starts after the phrase head (نقلا عن، وفقا لـ، بحسب). */
function sourceAfterHead(toks: Tok[], c: number): PhraseSource | null {
  const then = accordingTo.get(toks[c].bare)?.then;
  let a = c + 1;
  let cliticLam = false;
  if (then === 'preposition') {
    if (!toks[a] || !accordingToPrepositions.has(toks[a].key)) return null;
    a++;
  } else if (then === 'lam') {
    const x = toks[a];
    if (!x) return null;
    if (x.key === 'ل') a++;
    else if (x.key[0] === 'ل' && x.key.length > 2) cliticLam = true;
    else return null;
  }
  if (a >= toks.length) return null;
  if (toks[a].key === 'ما') return null; // بحسب ما قال X: the verb rule reads it
  const end = sourceEnd(toks, a);
  if (end <= a) return null;
  return { start: a, end, cliticLam };
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

/** Does the phrase name a source: a lexicon head, a back-reference, or a name (two words after حسب)? */
function namesPhraseSource(toks: Tok[], head: Tok, a: number, e: number): boolean {
  const h = headInfo(toks[a]);
  const named = !h && namesSource(toks, a, e) && (!accordingTo.get(head.bare)?.twoWordName || e - a >= 2);
  return Boolean(h) || backRefs.has(phraseKey(toks, a, e)) || named;
}

/** Does the phrase open its clause (sentence start, after punctuation or only conjunctions)? */
function opensClause(toks: Tok[], c: number): boolean {
  if (c === 0 || CLAUSE.test(toks[c].gap)) return true;
  let k = c - 1;
  while (k >= 0 && clauseOpeners.has(toks[k].bare)) k--;
  return k < 0;
}

/** The content after a phrase that opens its clause: after a فإن when one follows, past any date. */
function contentAfter(toks: Tok[], e: number, s: Range): { content: [number, number]; next: number } | null {
  const n = toks.length;
  let k = e;
  for (let m = e; m < n && m < e + FA_INNA_SCAN_WORDS; m++) {
    if (isComplementiser(toks[m]) && toks[m].key.startsWith('فان')) {
      k = m + 1;
      break;
    }
  }
  if (k === e) while (k < n && isDateWord(toks[k])) k++;
  return k < n ? { content: [toks[k].start, s.end], next: k } : null;
}

/** The content before a phrase that closes its clause: that clause, or the sentence up to it. */
function contentBefore(text: string, toks: Tok[], c: number): [number, number] | null {
  if (c === 0) return null;
  let k = c - 1;
  while (k > 0 && !CLAUSE.test(toks[k].gap)) k--;
  const start = toks[c].start;
  const clause: [number, number] = [toks[k].start, start];
  if (text.slice(clause[0], clause[1]).trim().split(/\s+/).length < MIN_CLAUSE_WORDS)
    return [toks[0].start, start];
  return clause;
}

export function phraseQuote(st: State, toks: Tok[], c: number, s: Range, covered: number): QuoteRead | null {
  const head = toks[c];
  if (!accordingTo.has(head.bare) || head.start < covered) return null;
  const found = sourceAfterHead(toks, c);
  if (!found) return null;
  const relay = relayingOutlet(st, toks, found.end);
  const source = relay ? relay.source : ([found.start, found.end] as [number, number]);
  const end = relay ? relay.source[1] : found.end;
  if (!relay && !namesPhraseSource(toks, head, found.start, end)) return null;
  const speaker = speakerOf(st, toks, source[0], source[1], null);
  if (found.cliticLam && !speaker.resolvedFrom && source[0] === found.start) {
    speaker.start += 1;
    speaker.text = st.text.slice(speaker.start, speaker.end);
  }
  let after = opensClause(toks, c) ? contentAfter(toks, end, s) : null;
  if (!after) {
    const before = contentBefore(st.text, toks, c);
    if (!before) return null;
    after = { content: before, next: end };
  }
  const draft: Draft = {
    cue: cueSpan(st.text, head),
    speaker,
    local: !speaker.resolvedFrom,
    content: after.content,
    direct: false,
    // the outlet that relays the sources is also the channel they spoke through
    channel: relay?.via[0],
    via: relay?.via,
    phrase: true,
  };
  return { draft, next: after.next };
}
