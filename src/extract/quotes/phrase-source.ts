// The source of an attribution phrase ("بحسب المصادر" / "وفقا لوزارة الخارجية" / "نقلا عن مسؤول"):
// where it starts after the phrase head, an outlet that relays it, and whether it names a source.
import { lite, stripRole, type Lite } from './draft.js';
import { searchKey } from '../../text/arabic.js';
import { cueOf } from './cues.js';
import { channelEnd, namesSource, phraseKey, sourceEnd } from './gap.js';
import { asMention, speakerOf, type Mention, type State } from './memory.js';
import {
  accordingTo,
  accordingToPrepositions,
  backRefs,
  channelAt,
  figureSources,
  closingAgencyCredits,
  headInfo,
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

export interface PhraseSource {
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
export function phraseHead(t: Tok) {
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
export function sourceAfterHead(toks: Tok[], c: number): PhraseSource | null {
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
export function relayingOutlet(
  st: State,
  toks: Tok[],
  e: number,
): { via: Lite[]; source: [number, number] } | null {
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
export function relayAfterVerb(
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
export function namesPhraseSource(toks: Tok[], head: Tok, found: PhraseSource): boolean {
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
export function earlierPerson(
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
export function channelAfter(st: State, toks: Tok[], e: number): { channel: Lite; end: number } | null {
  if (e >= toks.length || channelAt(toks, e) !== e) return null;
  const end = channelEnd(toks, e);
  const start = toks[e].key === 'ل' ? toks[e + 1].start : toks[e].start + 1;
  return { channel: lite(st.text, start, toks[end - 1].end), end };
}
