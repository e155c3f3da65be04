// Who blames whom for what. Verbal acts (خرق المسلحون / المسلحين انتهكوا / إيران التي عطلت / ترفضه
// إيران), verbs of blame (اتهم X Y بـ، حمّل X Y مسؤولية), verbal nouns with their doer (بقصف للمعارضة،
// خرقهم للاتفاق، استهداف مليشيا حزب الله، رفض النظام), light verbs (قام بـ، يعمل X على، تسعى X لـ،
// تستمر X بـ), passive doers (من قبل مليشيات، المحاصرة من X), causes (تعرقل بسبب موقف X), weapons
// with their user (قذائف أطلقها مسلحون، نار مصدرها X), and a doer carried to the next clause of the
// sentence (وتسعى المليشيات لتعطيل الاتفاق، حيث منعت ...).
//
// Conventions: `accuser` is the speaker of the quotation whose content (or cue) holds the act, with
// the same span as that quote's speaker, or the subject of a blame verb, or null for the article's
// own voice. `quote` is "#i", the index of that quote in the array passed in; the pipeline maps it
// to the quote's id. `id` is "" (the pipeline numbers accusations). `act` is the verb or verbal noun
// (without و/ف); `accused` names the doer phrase; [start, end) spans act and accused when they are
// close, and the act alone when the doer was found far away (an earlier clause or sentence).
import type { AccusationDraft, QuoteDraft } from '../../contract.js';
import type { Range } from '../../text/segment.js';
import { articleTokens, recordOf, type Tok } from './words.js';
import { claims, isNounForm, nounOf, stripPrefixes, verbOf, verbWithObject, weapons } from './lexicon.js';
import { actorEnd, isAccusative, type Range2 } from './actors.js';
import { blameAt } from './blame-verbs.js';
import { clean, found, type Found } from './found.js';
import { hasPrefix, subjectActor, followsWithin, precedesWithin } from './grammar.js';
import { doerOfVerb, claimant, verbSlot } from './verb-doers.js';
import { nounDoer, weaponDoer } from './noun-doers.js';
import { draftOf } from './draft.js';

/** Accusations in one article; `quotes` are that article's quotes from findQuotes. */
export function findAccusations(
  text: string,
  article: string,
  sentences: Range[],
  quotes: readonly QuoteDraft[],
): AccusationDraft[] {
  const out: AccusationDraft[] = [];
  let prevToks: Tok[] = [];
  for (const toks of articleTokens(text, sentences)) {
    let last: Range2 | null = null; // doer of the previous act in this sentence
    for (let i = 0; i < toks.length; i++) {
      const r = actAt(toks, i, prevToks, last);
      if (!r) continue;
      out.push(draftOf(text, article, toks, i, r, quotes));
      if (!r.pronounToks) last = r.accused;
      if (r.skipTo) i = r.skipTo - 1;
    }
    prevToks = toks;
  }
  return out;
}

// Reaches, in words. Each trades recall (a longer reach finds a word or a doer further away) for
// precision (it also reaches into the next clause); they were set by reading sentences, not measured
// one by one.
/** A verb that needs a word (حمّل ... مسؤولية) finds it this far after it. */
const NEEDED_AFTER_VERB = 8;

/** A verb with its object pronoun that needs a word (الهجوم الذي نفذه) finds it this far before it. */
const NEEDED_BEFORE_VERB = 3;

/**
 * Whether a word can start an act at all: a verb, a verb with an object pronoun, a weapon, a claim
 * or a verbal noun. Most words are none; this is remembered per word, so actAt returns at once.
 */
function mayStartAct(t: Tok): boolean {
  const w = recordOf(t);
  if (w?.act !== undefined) return w.act;
  const may =
    verbOf(t) !== undefined ||
    verbWithObject(t) !== undefined ||
    weapons.has(stripPrefixes(t)) ||
    claims.has(t.bare) ||
    nounOf(t) !== undefined;
  if (w) w.act = may;
  return may;
}

function actAt(toks: Tok[], i: number, prev: Tok[], last: Range2 | null): Found | null {
  const t = toks[i];
  if (!mayStartAct(t)) return null;
  const v = verbOf(t);
  // a past form that is also a noun (قصف، منع) is a verb only where a clause can start
  if (v && !hasPrefix(t) && !(isNounForm(t.bare) && !verbSlot(toks, i))) {
    if (v.needs && !followsWithin(toks, i, v.needs, NEEDED_AFTER_VERB)) return null;
    return v.blame ? blameAt(toks, i) : doerOfVerb(toks, i, last);
  }
  // "ترفضه إيران"، "قصفها الطيران": a verb with its object pronoun, the subject after it
  const vo = hasPrefix(t) ? undefined : verbWithObject(t);
  // (a verb that needs a word finds it before: "الهجوم الذي نفذه انتحاري")
  if (
    vo &&
    !vo.blame &&
    !vo.agentOnly &&
    (!vo.needs || precedesWithin(toks, i, vo.needs, NEEDED_BEFORE_VERB))
  ) {
    const n = toks[i + 1];
    if (clean(n) && subjectActor(n) && !isAccusative(n)) return found([i + 1, actorEnd(toks, i + 1)]);
  }
  if (weapons.has(stripPrefixes(t))) return weaponDoer(toks, i);
  // "أعلن تنظيم داعش مسؤوليته عن التفجير": the actor before a claim of responsibility
  if (claims.has(t.bare) && toks[i + 1]?.key === 'عن') {
    const a = claimant(toks, i);
    return a ? found(a) : null;
  }
  const n = nounOf(t);
  return n ? nounDoer(toks, i, n, prev) : null;
}
