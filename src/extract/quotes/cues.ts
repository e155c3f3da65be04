// Cue verbs of reported speech, inflected by rule from lexicons/cue-verbs.json into one Map. The
// inflection endings are grammar (the verb and participle paradigms), so they stay in code.
import { searchKey } from '../../text/arabic.js';
import { headInfo, isComplementiser, readLexicon, recordOf, type Tok } from './words.js';
import { cueVerbsSchema } from '../../lexicon-schemas.js';

export interface CueVerb {
  lemma: string;
  preps: string[];
  object: boolean;
  relay: boolean;
  accuse: boolean;
  strict: boolean;
  addressee: boolean;
  /** takes a verbal-noun object (ذكرت الوكالة وصول ...) though not any bare object */
  nominal: boolean;
  /** a cue only right before a speaker head (ردّ نظيره: ...): its forms are also nouns (في ردّ على) */
  headed: boolean;
}

export interface CueForm {
  verb: CueVerb;
  form: 'past' | 'present' | 'participle';
  fem: boolean;
}

const lex = readLexicon('cue-verbs', cueVerbsSchema);
const notTypos = new Set(lex.notTypos.words.map(searchKey));
const ambiguous = new Set(lex.ambiguous.forms.map(searchKey));
/** past forms that are also the verbal noun (كشف، ذكر): cues only where a verb can stand */
export const nounForms = new Set(lex.nounForms.forms.map(searchKey));
const forms = new Map<string, CueForm>();
/** forms of `headed` verbs: cues only where cueAt sees a speaker head right after them */
const headedForms = new Map<string, CueForm>();
/** past forms, for the edit-distance-1 typo rule */
export const pastForms: string[] = [];
export const impersonal = new Set(lex.impersonal.forms.map(searchKey));

/** Forms shorter than this are too many other words, unless the verb counts only before a speaker head. */
const MIN_FORM_LETTERS = 3;

function add(word: string, verb: CueVerb, form: CueForm['form'], fem: boolean): void {
  const k = searchKey(word);
  const map = verb.headed ? headedForms : forms;
  if ((k.length < MIN_FORM_LETTERS && !verb.headed) || map.has(k)) return;
  map.set(k, { verb, form, fem });
  // a headed verb's short forms would make every near word a misspelt cue
  if (form === 'past' && !verb.headed) pastForms.push(k);
}

for (const v of lex.verbs) {
  const verb: CueVerb = {
    lemma: v.past,
    preps: (v.preps ?? []).map(searchKey),
    object: Boolean(v.object),
    relay: Boolean(v.relay),
    accuse: Boolean(v.accuse),
    strict: Boolean(v.strict),
    addressee: Boolean(v.addressee),
    nominal: Boolean(v.nominal),
    headed: Boolean(v.headed),
  };
  for (const w of v.extra?.past ?? []) add(w, verb, 'past', /ت$/.test(w));
  for (const w of v.extra?.present ?? []) add(w, verb, 'present', w[0] === 'ت');
  for (const w of v.extra?.participle ?? []) add(w, verb, 'participle', /[ةه]$/.test(w));
  if (!/[ىا]$/.test(v.past)) {
    add(v.past, verb, 'past', false);
    add(v.past + 'ت', verb, 'past', true);
    add(v.past + 'وا', verb, 'past', false);
    add(v.past + 'تا', verb, 'past', true);
  } else add(v.past, verb, 'past', false);
  const p = v.present;
  add('ي' + p, verb, 'present', false);
  add('ت' + p, verb, 'present', true);
  add('ي' + p + 'ون', verb, 'present', false);
  add('ت' + p + 'ان', verb, 'present', true);
  add('ي' + p + 'ان', verb, 'present', false);
  if (v.participle) {
    const q = v.participle;
    add(q + 'ا', verb, 'participle', false);
    add(q + 'ة', verb, 'participle', true);
    add(q + 'ين', verb, 'participle', false);
    // no nominative -ون/-ان: a participle of manner (موضحا، مؤكدين) is accusative, and the
    // nominative forms are predicates and nouns (هم متهمون بـ، المصريون مطالبون بـ)
    add(q + 'تين', verb, 'participle', true);
  }
}

/** Whether a search key is a form of a cue verb, headed or not: cueAt finds none without one. */
export function anyCueForm(key: string): boolean {
  return forms.has(key) || headedForms.has(key);
}

/** The cue form of a token, allowing a leading و/ف. */
export function cueOf(t: Tok): CueForm | undefined {
  const f = forms.get(t.key) ?? (t.bare !== t.key ? forms.get(t.bare) : undefined);
  if (f && ambiguous.has(t.bare) && !t.raw.includes('\u0651')) return undefined; // بين without shadda
  return f;
}

/**
 * The cue form of the token at `c` in its sentence: cueOf, and also a `headed` verb's form when a
 * speaker head follows it ("وردّ نظيره: ..."; not "في ردّ على" nor "ورد في البيان").
 */
export function cueAt(toks: Tok[], c: number): CueForm | undefined {
  const t = toks[c];
  const f = cueOf(t);
  if (f) return f;
  if (ambiguousVerbAt(toks, c)) return forms.get(t.bare);
  const h = headedForms.get(t.key) ?? (t.bare !== t.key ? headedForms.get(t.bare) : undefined);
  const next = toks[c + 1];
  return h && next && !/[،,.:]/.test(next.gap) && headInfo(next) ? h : undefined;
}

/** Words of a subject between an ambiguous verb and its complementiser (وبين المدير العام أن). */
const AMBIGUOUS_SUBJECT_MAX_WORDS = 3;

/**
 * "وبين المهنا أن ...": an ambiguous form without shadda (بين: also "between") is the verb when it
 * opens a clause with و and a short subject then إن/أن follow with no break ("between X that" is no
 * Arabic).
 */
function ambiguousVerbAt(toks: Tok[], c: number): boolean {
  const t = toks[c];
  if (t.key === t.bare || !ambiguous.has(t.bare) || !forms.has(t.bare)) return false;
  // at its sentence's or clause's start: "تنسيق بيننا وبين أسر الشهداء وأن" is "between"
  if (c > 0 && !/[.،,:;؛]/.test(t.gap)) return false;
  for (let k = c + 1; k < toks.length && k <= c + 1 + AMBIGUOUS_SUBJECT_MAX_WORDS; k++) {
    if (/[،,.:;؛()]/.test(toks[k].gap)) return false;
    if (isComplementiser(toks[k])) return k > c + 1;
  }
  return false;
}

/** Whether a search key (its proclitics off) is the past form of a cue verb: قال، أكدت، أوضح (never بين). */
export function pastCue(key: string): boolean {
  return forms.get(key)?.form === 'past' && !ambiguous.has(key); // بين: also "between"
}

/** Optimal string alignment distance <= 1 (one insertion, deletion, substitution or swap). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Lengths a misspelt cue verb may have: under three letters one edit reaches too many words. Past
 * six the check is skipped: it trades a misspelt long verb (استنكرت) for not running a pass over
 * every past form on every long word.
 */
const TYPO_MIN_LETTERS = 3;
const TYPO_MAX_LETTERS = 6;

/** A misspelt past cue verb ("قاتل" for "قالت"), only for words of 3+ letters. */
export function typoCue(t: Tok): CueForm | undefined {
  // a test against every past form: remember it on the word (see recordOf)
  const w = recordOf(t);
  if (w === undefined) return findTypoCue(t);
  if (w.typo === undefined) w.typo = findTypoCue(t) ?? null;
  return w.typo ?? undefined;
}
function findTypoCue(t: Tok): CueForm | undefined {
  if (
    t.bare.length < TYPO_MIN_LETTERS ||
    t.bare.length > TYPO_MAX_LETTERS ||
    notTypos.has(t.bare) ||
    notTypos.has(t.key)
  )
    return undefined;
  for (const f of pastForms) if (withinOneEdit(t.bare, f)) return forms.get(f);
  return undefined;
}
