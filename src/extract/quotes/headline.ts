// "الجيش الحر: ايران عرقلت الهدنة": a short speaker phrase and a colon at the sentence start.
import type { Range } from '../../text/segment.js';
import { contentFrom } from './clause.js';
import { cueAt } from './cues.js';
import { lite, type Draft } from './draft.js';
import { namesSource, phraseKey } from './gap.js';
import { speakerOf, type State } from './memory.js';
import { nounPhraseEnd } from './speakers.js';
import {
  attr,
  backRefs,
  clauseOpeners,
  creditWords,
  headInfo,
  isComplementiser,
  notSpeakers,
  type Tok,
} from './words.js';

const COLON_MAX = attr.colonHeadMaxWords.value;
/** Fewer words after the colon are a label ("المصدر: رويترز"), not a statement. */
const MIN_WORDS_AFTER_COLON = 3;

/** The colon that ends a short speaker phrase at the sentence start, as a token index; -1 if none. */
function colonAfterSpeaker(toks: Tok[]): number {
  let j = 1;
  while (j < toks.length && j <= COLON_MAX && !toks[j].gap.includes(':')) j++;
  if (j >= toks.length || j > COLON_MAX || !toks[j].gap.includes(':')) return -1;
  return j;
}

/** Tokens [a, colon) name a speaker: a noun phrase with a known head, a back-reference or a name. */
function speakerBeforeColon(toks: Tok[], colon: number): number {
  let a = 0;
  while (a < colon && clauseOpeners.has(toks[a].key)) a++;
  if (a >= colon || creditWords.has(toks[a].base) || creditWords.has(toks[a].key)) return -1;
  if (notSpeakers.has(toks[a].key) || notSpeakers.has(toks[a].bare)) return -1; // أولاً: ...
  for (let k = a; k < colon; k++)
    if (cueAt(toks, k) || isComplementiser(toks[k]) || /[،,]/.test(toks[k].gap)) return -1;
  if (toks.length - colon < MIN_WORDS_AFTER_COLON) return -1;
  if (nounPhraseEnd(toks, a, colon, { quotesInside: true }) !== colon) return -1;
  const key = phraseKey(toks, a, colon);
  if (!headInfo(toks[a]) && !backRefs.has(key) && !namesSource(toks, a, colon)) {
    // a lone word behind a conjunction (ويروي: ...) is a verb, not a name
    if (colon - a !== 1 || toks[a].al || toks[a].key !== toks[a].bare) return -1;
  }
  return a;
}

export function headlineQuote(st: State, toks: Tok[], s: Range): Draft | null {
  const colonAt = colonAfterSpeaker(toks);
  if (colonAt < 0) return null;
  const speakerAt = speakerBeforeColon(toks, colonAt);
  if (speakerAt < 0) return null;
  const speaker = speakerOf(st, toks, speakerAt, colonAt, true);
  const { content, direct } = contentFrom(st.text, toks, colonAt, s);
  const colon = st.text.lastIndexOf(':', toks[colonAt].start);
  return {
    cue: lite(st.text, colon, colon + 1),
    speaker,
    local: !speaker.resolvedFrom,
    content,
    direct,
    headline: true,
  };
}
