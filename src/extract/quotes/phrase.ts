// "بحسب المصادر" / "وفقا لوزارة الخارجية" / "نقلا عن مسؤول": attribution by a phrase, not a verb.
// The source is found by ./phrase-source.ts, the content it sources by ./phrase-content.ts.
import type { Range } from '../../text/segment.js';
import { cueSpan, type Draft, type QuoteRead } from './draft.js';
import { resolved, speakerOf, type State } from './memory.js';
import { accordingTo, isComplementiser, type Tok } from './words.js';
import {
  channelAfter,
  earlierPerson,
  namesPhraseSource,
  phraseHead,
  relayAfterVerb,
  relayingOutlet,
  sourceAfterHead,
} from './phrase-source.js';
import {
  MIN_CLAUSE_WORDS,
  contentAfter,
  contentBefore,
  documentCloses,
  opensClause,
  previousSentence,
  startsSentence,
  withClosingMark,
  wordsIn,
} from './phrase-content.js';

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
