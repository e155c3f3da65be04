// An accusation draft from an act found in a sentence: its spans in the text, and its accuser (the
// speaker of the quote that holds the act, unless the act names its own).
import type { AccusationDraft, QuoteDraft } from '../../contract.js';
import type { Tok } from './words.js';
import { stripPrefixes, verbOf } from './lexicon.js';
import type { Found } from './found.js';

/** The accusation draft of the act found at token `i` (or at `r.act`), with its accuser. */
export function draftOf(
  text: string,
  article: string,
  toks: Tok[],
  i: number,
  r: Found,
  quotes: readonly QuoteDraft[],
): AccusationDraft {
  const at = toks[r.act ?? i];
  const src = r.pronounToks ?? toks;
  const accusedStart = src[r.accused[0]].start + (r.lam ? 1 : 0);
  const accusedEnd = src[r.accused[1] - 1].end;
  const sp = (s: number, e: number) => ({ article, start: s, end: e, text: text.slice(s, e) });
  // the act without و/ف, nor the preposition of a verbal noun (بقصف -> قصف، لتعطيل -> تعطيل)
  const prep = /^[بل]/.test(at.bare) && !verbOf(at) && stripPrefixes(at) !== at.bare ? 1 : 0;
  const actStart = at.start + (at.key !== at.bare ? 1 : 0) + prep;
  const act = sp(actStart, at.end);
  let accuser: AccusationDraft['accuser'] = null;
  if (r.accuser) accuser = sp(toks[r.accuser[0]].start, toks[r.accuser[1] - 1].end);
  const qi = quotes.findIndex(
    (q) =>
      (act.start >= q.content.start && act.start < q.content.end) ||
      (q.cue.start <= act.start && act.start < q.cue.end),
  );
  if (qi >= 0) {
    if (!accuser) {
      const s = quotes[qi].speaker;
      accuser = { article, start: s.start, end: s.end, text: s.text };
    }
  }
  const near = !r.pronounToks && !r.far;
  const out: AccusationDraft = {
    article,
    start: near ? Math.min(act.start, accusedStart) : act.start,
    end: near ? Math.max(act.end, accusedEnd) : act.end,
    accuser,
    accused: sp(accusedStart, accusedEnd),
    act,
  };
  // a speaker is not its own accuser (a passive "لم يُتهم X بـ", a threat "توعدت إيران بأنها ستقوم بـ")
  if (accuser && accuser.start < out.accused.end && out.accused.start < accuser.end) out.accuser = null;
  if (qi >= 0) out.quoteIndex = qi;
  return out;
}
