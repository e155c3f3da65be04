// What a denial denies. A denial's object follows an introducer after its cue and denier ("نفى
// الناطق صحة الأنباء عن إغلاق المعبر", "نفت المصادر وجود خلافات", "نفى أن يكون ..."): past the report
// and light words, the first content word is the head of the denied proposition ("إغلاق", "خلافات").
// A passage answers the denial only when it asserts that head (same stem or the same root
// letters): a passage of the same story that shares names but states something else (a player
// dropped, where the denial is of his refusal to travel) is no rival account.
import type { Tok } from '../context/context.js';
import { findPhrases, matchKey } from '../context/match.js';
import { NEGATION, THAT, eventsLexicon, keySet, phraseIndex } from '../statements/event-words.js';
import { lightStem } from '../../text/arabic.js';
import { framingLexicon } from '../framing/framing.js';

const INTRODUCERS = phraseIndex(eventsLexicon.denial.objectIntroducers);
const stemSet = (forms: string[]) => new Set(forms.map(lightStem));
const FILLER_KEYS = keySet(eventsLexicon.denial.objectFillers);
const FILLER_STEMS = stemSet([
  ...eventsLexicon.denial.objectFillers.forms,
  ...framingLexicon.stopwords.forms,
]);
const LIGHT_ACTIONS = keySet(eventsLexicon.denial.lightActions);
const OWN_CLAIM = keySet(eventsLexicon.denial.ownClaim);
const REPORT_OPENERS = phraseIndex(eventsLexicon.denial.reportBefore);
const REPORT_VERBS = keySet(eventsLexicon.denial.reportVerbs);
/** At most this many words (the reporter, perhaps a day: "مصادر عسكرية امس الاثنين") between the verb and its "أن". */
const REPORTER_REACH = 8;
/** The denier's name, if any, stands in these few words after the cue. */
const DENIER_REACH = 3;
/** Stems shorter than this (particles) are no shared content. */
const CONTENT_LETTERS = 3;
const SAME_SIDE = phraseIndex(eventsLexicon.denial.sameSide);
const DEBATE = phraseIndex(eventsLexicon.denial.debate);

/** The introducer stands this many words after the cue at most: the denier between is a name or a title. */
const INTRODUCER_REACH = 9;
/** Words past the introducer searched for the head. */
const HEAD_REACH = 8;
/** Words after the head where what it acts on stands: the very next content word. */
const OBJECT_REACH = 2;
/** Stems shorter than this (particles) are no head; roots shorter than this match nothing. */
const MIN_LETTERS = 3;

const isFiller = (t: Tok) =>
  FILLER_KEYS.has(t.key) ||
  FILLER_STEMS.has(t.stem) ||
  // "مايتردد": the relative glued to a report verb
  (t.key.startsWith('ما') && FILLER_STEMS.has(lightStem(t.key.slice(2))));
const isIntroducer = (t: Tok) =>
  t.key.startsWith('ما') && t.key.length > 4 && FILLER_STEMS.has(lightStem(t.key.slice(2)));

/**
 * Root letters of a stem, roughly: long vowels, hamza and tā' marbūṭa dropped, and a leading
 * derivational ت/م/ي/ن of a longer word ("تصنيع" and "يصنع" -> "صنع", "ممنوع" -> "منع").
 */
export function rootOf(stem: string): string {
  let s = stem.replace(/[اأإآوىيءئؤة]/g, '');
  if (s.length > MIN_LETTERS && 'تمين'.includes(s[0])) s = s.slice(1);
  return s;
}

/**
 * Stems of the denied proposition's head, from the words after the cue (`from`): empty when no
 * introducer says where the object starts (the denier and the object cannot be told apart).
 */
export function deniedHeads(tokens: Tok[], from: number, to = tokens.length): string[] {
  const k = headIndex(tokens, from, to);
  return k < 0 ? [] : [tokens[k].stem];
}

/**
 * The stem of what the head acts on, when a content word follows it at once ("قصف مدنيين",
 * "إغلاق المعبر"): a passage answering the denial tells that too, not the same act on another
 * object ("قصف قواعد الحزب"). Empty when the head has none.
 */
export function deniedObjects(tokens: Tok[], from: number, to = tokens.length): string[] {
  const k = headIndex(tokens, from, to);
  if (k < 0) return [];
  for (let j = k + 1; j < Math.min(to, k + 1 + OBJECT_REACH); j++) {
    const t = tokens[j];
    if (isFiller(t) || /[0-9٠-٩]/.test(t.text)) continue;
    return t.stem.length >= MIN_LETTERS && !t.text.replace(/^و/, '').startsWith('ب') ? [t.stem] : [];
  }
  return [];
}

/** The index of the head among the tokens (see deniedHeads), or -1. */
function headIndex(tokens: Tok[], from: number, to: number): number {
  const last = Math.min(to, from + INTRODUCER_REACH);
  let start = -1;
  for (let k = from; k < last && start < 0; k++) if (isIntroducer(tokens[k])) start = k + 1;
  const hit = findPhrases(tokens, INTRODUCERS, from, last)[0];
  if (hit && (start < 0 || hit.from < start)) start = hit.to;
  if (start < 0) return -1;
  for (let k = start; k < Math.min(to, start + HEAD_REACH); k++) {
    const t = tokens[k];
    if (LIGHT_ACTIONS.has(t.key)) {
      // "قيام القناة بنقل": the action is the first word with ب after the light noun
      const action = tokens.slice(k + 1, Math.min(to, k + 1 + HEAD_REACH)).findIndex(withBa);
      return action < 0 ? -1 : k + 1 + action;
    }
    if (isFiller(t) || t.stem.length < MIN_LETTERS || /[0-9٠-٩]/.test(t.text)) continue;
    return k;
  }
  return -1;
}

/** A word with the preposition ب before its stem ("بنقل"). */
const withBa = (t: Tok) =>
  t.text.replace(/^و/, '').startsWith('ب') && t.stem.length >= MIN_LETTERS && !t.stem.startsWith('ب');

/** The passage asserts a head: one of its words has the head's stem or root. */
export function asserts(passage: Tok[], heads: string[]): boolean {
  if (!heads.length) return true;
  const roots = new Set(heads.map(rootOf).filter((r) => r.length >= MIN_LETTERS));
  return passage.some((t) => heads.includes(t.stem) || roots.has(rootOf(t.stem)));
}

/** The passage negates a head ("لم تقصف أي مناطق"): a negation right before a word of the head's stem or root. */
export function negatesHead(passage: Tok[], heads: string[]): boolean {
  if (!heads.length) return false;
  const roots = new Set(heads.map(rootOf).filter((r) => r.length >= MIN_LETTERS));
  return passage.some(
    (t, k) =>
      k > 0 && NEGATION.has(passage[k - 1].key) && (heads.includes(t.stem) || roots.has(rootOf(t.stem))),
  );
}

/**
 * A claim or accusation told in the denial's own sentence before its cue ("اتهام الشركة بالغش ...،
 * ونفت الشركة هذه المزاعم"): what the pointer denies stands there, not in the sentence before.
 */
export const claimBefore = (tokens: Tok[], cue: number) =>
  tokens.slice(0, cue).some((t) => OWN_CLAIM.has(t.key) || OWN_CLAIM.has(matchKey(t.stem)));

/**
 * Another account told in the denial's own sentence before its cue ("بينما أفادت مصادر أن المعبر
 * أغلق، نفت الوزارة إغلاق المعبر"): a contrast opener, a verb of saying (denial.reportVerbs, not
 * "نقل" transported or "كشف" uncovered), its "أن/إن" clause, a reporter other than the denier, and
 * that clause sharing a content word with what is denied. The denial answers that report.
 */
export function reportBefore(tokens: Tok[], cue: number): boolean {
  const denier = new Set(tokens.slice(cue + 1, cue + 1 + DENIER_REACH).map((t) => t.key));
  const denied = new Set(
    tokens
      .slice(cue + 1)
      .map((t) => t.stem)
      .filter((x) => x.length >= CONTENT_LETTERS),
  );
  return findPhrases(tokens, REPORT_OPENERS, 0, cue).some((h) => {
    if (h.to >= cue || !REPORT_VERBS.has(tokens[h.to].key)) return false;
    let that = h.to + 1;
    while (that < cue && that <= h.to + REPORTER_REACH && tokens[that].key !== THAT) that++;
    if (that >= cue || tokens[that].key !== THAT) return false;
    // the same voice telling two things ("في حين أكدت الوزارة أن ...، نفت ...") reports nothing to answer
    if (tokens.slice(h.to + 1, that).some((t) => denier.has(t.key))) return false;
    return tokens.slice(that + 1, cue).some((t) => denied.has(t.stem));
  });
}

/** The passage tells a report false in words no cue lists ("... غير صحيح"): it denies too. */
export const callsFalse = (passage: Tok[]) => findPhrases(passage, SAME_SIDE).length > 0;

/**
 * The passage tells only of a debate still open ("يحسم الجدل بشأن ..."، "تكهنات"): its words stand
 * before the first word asserting a head, or anywhere when no head is known. It claims nothing, so a
 * denial of it is no clash. (A rumour told, "تواترت أنباء عن ...", is a claim: judges read its
 * denial as a dispute.)
 */
export function openDebate(passage: Tok[], heads: string[]): boolean {
  const debate = findPhrases(passage, DEBATE)[0];
  if (!debate) return false;
  if (!heads.length) return true;
  const roots = new Set(heads.map(rootOf).filter((r) => r.length >= MIN_LETTERS));
  const head = passage.findIndex((t) => heads.includes(t.stem) || roots.has(rootOf(t.stem)));
  return head < 0 || debate.to <= head;
}
