// People found by rules around the tagger: a given name after a title (الرئيس الروسي فلاديمير بوتين),
// and a name after a role and the body it speaks for (المتحدث باسم وزارة الخارجية الإيرانية بهرام قاسمي).
// Names that come back in the article: repeated.ts; one more name word on either side: person-edges.ts.
import { inflectedWord, presentVerb } from './fragments.js';
import { searchKey } from '../../text/arabic.js';
import { readLexicon } from '../../lexicon.js';
import { nameWordsSchema } from '../../lexicon-schemas.js';
import { titleEnd } from '../ner/features.js';
import { nisbaKey, type Lexicons } from '../ner/lexicon.js';
import type { LoadedModel } from '../ner/tagger.js';
import {
  addCand,
  ARABIC_WORD,
  bestReadingAt,
  fromTagger,
  known,
  prepositionalPhrase,
  ROLE_PERSON_BONUS,
  STOP,
  TITLE_NAME_BONUS,
  VERB_WITH_OBJECT,
  type Cand,
  type Sentence,
} from './sentence.js';
import { ruleOn } from './rules.js';

const NAME_WORDS = readLexicon('name-words', nameWordsSchema);
const keySet = (words: string[]) => new Set(words.map(searchKey));
// words between a role and the body it belongs to (مسؤول التفاوض في المعارضة)
const LINKS = keySet(NAME_WORDS.roleLinks.words);
// words that precede a name part, never a title: آل الشيخ، أبو الأمير
export const NAME_PARTICLES = keySet(NAME_WORDS.nameParticles.words);
// particles inside European names (فان باستن، فون دير لاين): name words only before an indefinite word
export const FOREIGN_PARTICLES = keySet(NAME_WORDS.foreignParticles.words);
const FAMILY = keySet(NAME_WORDS.familyParticles.words);
// The affix patterns below are grammar (the shapes of plurals, feminines and pronoun suffixes), not
// vocabulary, so they stay in code.
// plurals, feminine adjectives, nouns with a pronoun (أمته، إقراره), definite feminines (المسلحة)
const NOT_A_NAME_WORD = /(ون|ات|يه|ته|تها|تهم|اره|اها)$|^ال.*ه$/;
// a preposition + article, or a definite plural, never starts a name after a role (بالحراك، البرازيليين)
const NOT_A_NAME_START = /^(بال|لل|كال)|^ال.*(ين|ون)$/;
const TANWEEN = /[\u064B-\u064D]/; // adverbs and accusatives: مدهوشًا، تحديًا
// pronoun suffixes that a name does not carry
const PRONOUN_SUFFIX = /^(هما|هم|هن|ها|كم|كما|نا)$/;

/** Words of a name after a title and a given name (فلاديمير بوتين، محمد جواد ظريف): four at most. */
const GIVEN_NAME_WORDS = 4;
/** Words of a name after a role (عبداللطيف بن عبدالملك آل الشيخ): six cover the long Gulf names. */
const ROLE_NAME_WORDS = 6;
/** Bodies and ranks a role may chain before its name (المتحدث باسم وزارة الخارجية الإيرانية اللواء). */
const AFFILIATION_STEPS = 6;

/** A word that is a person's name by itself (given names, the person lexicon, the corpus's name words). */
// "عبد" glued to the name it serves (عبداللطيف، عبدالعزيز، عبدربه) is a given name: Arabic naming, in code
const ABD_NAME = /^عبد.{3,}$/;

/** A given name of the lexicon, or an "عبد" compound written as one word. */
export function givenName(key: string, lex: Lexicons): boolean {
  return lex.givenNames.has(key) || ABD_NAME.test(key);
}

export function personWord(key: string, lex: Lexicons, model: LoadedModel): boolean {
  return lex.givenNames.has(key) || model.persons.has(key) || !!lex.wordClass.get(key)?.includes('PER');
}

/** A title at i followed by a given name and the name's other words. */
export function addTitlePerson(s: Sentence, i: number): void {
  const { toks, words, infos, keys, tags, lex, model } = s;
  const e = titleEnd(keys, words, i, infos);
  if (e <= i || e >= toks.length || !ARABIC_WORD.test(keys[e])) return;
  const first = bestReadingAt(s, e).key;
  if (!givenName(first, lex) || tags[e].endsWith('PERS')) return;
  let j = e + 1;
  while (
    j < toks.length &&
    j - e < GIVEN_NAME_WORDS &&
    ARABIC_WORD.test(keys[j]) &&
    !STOP.has(keys[j]) &&
    (tags[j] === 'I-PERS' ||
      givenName(keys[j], lex) ||
      // "علي بن الحسين": the tagger may start a new name at the particle
      NAME_PARTICLES.has(keys[j]) ||
      (NAME_PARTICLES.has(keys[j - 1]) && tags[j].endsWith('PERS')) ||
      (!known(keys[j], lex, model.vocab) && !prepositionalPhrase(s, j) && !presentVerb(words[j])))
  )
    j++;
  if (j > e + 1)
    addCand(s, { i: e, j, type: 'PER', key: keys.slice(e, j).join(' '), strip: 0 }, TITLE_NAME_BONUS);
}

/** A word that may end a person's name although the system knows it as a word. */
function surnameWord(s: Sentence, j: number): boolean {
  const { keys, words, infos, lex, model } = s;
  const k = keys[j];
  return (
    ARABIC_WORD.test(k) &&
    !STOP.has(k) &&
    !model.common.has(k) &&
    !lex.phrases.has(k) &&
    !infos[j].titleReadings.length &&
    !/^[لبو]/.test(k) &&
    !/\u064B/.test(words[j]) && // tanween: an adverb or accusative ("مسرعًا")
    !accusative(s, k) &&
    !presentVerb(words[j]) &&
    !inflectedWord(words[j], true)
  );
}

/** Names after a role and its affiliation, once the other candidates of the sentence are known. */
/**
 * Whether word i lies inside a person candidate, past its first word (a function of its own: a
 * closure over the loop's word index would cost a context per word).
 */
function insidePerson(cands: Cand[], i: number): boolean {
  for (const c of cands) if (c.type === 'PER' && c.i < i && i < c.j) return true;
  return false;
}

export function addRolePersons(s: Sentence): void {
  const { toks, infos, keys, tags, cands, inTitle, lex } = s;
  for (let i = 0; i < toks.length; i++) {
    if (!infos[i].titleReadings.length || inTitle[i]) continue;
    // "آل الشيخ", "أبو الأمير": a title word inside a name is no role
    if (i > 0 && NAME_PARTICLES.has(keys[i - 1])) continue;
    if (insidePerson(cands, i)) continue;
    const e = affiliationEnd(s, i);
    if (e <= i || e >= toks.length) continue;
    let j = e;
    // up to six words (عبداللطيف بن عبدالملك آل الشيخ); a listed one-word person starts another name
    while (
      j < toks.length &&
      j - e < ROLE_NAME_WORDS &&
      nameWord(s, j, j === e) &&
      !(j - e >= 2 && listedPerson(s, j))
    )
      j++;
    while (j > e + 1 && NAME_PARTICLES.has(keys[j - 1])) j--; // the cap cut "... بن عبدالعزيز آل"
    // the tagger's name goes on ("اللواء منصور التركي": a surname that reads as a nisba)
    if (j > e && tags[e] === 'B-PERS')
      while (j < toks.length && tags[j] === 'I-PERS' && lex.nisbas.has(nisbaKey(keys[j]))) j++;
    // "الصحافي ميشيل كيلو": a one-word name the tagger goes on with a surname that is also a word
    // (one word, and none the corpus keeps outside names, no place, title or clitic phrase)
    if (j === e + 1 && tags[e] === 'B-PERS' && j < toks.length && tags[j] === 'I-PERS' && surnameWord(s, j))
      j++;
    const first = bestReadingAt(s, e);
    const one = j === e + 1 && (tags[e] === 'B-PERS' || lex.givenNames.has(first.key));
    if (j - e >= 2 || one) {
      addCand(
        s,
        { i: e, j, type: 'PER', key: [first.key, ...keys.slice(e + 1, j)].join(' '), strip: first.strip },
        ROLE_PERSON_BONUS,
      );
      if (ruleOn('role-drop-across')) dropAcross(cands, i, e);
    }
  }
}

/**
 * The role's body ends where its person's name begins: a body or place that starts inside the role
 * (from its title at `role`) and runs over that boundary ("وزارة الخارجية الإيرانية بهرام قاسمي", a
 * tagger that ran on over an unknown name) is wrong at its end, and its length would beat the name.
 * One that starts before the title is named after the person ("جامعة الملك فيصل") and stays.
 */
function dropAcross(cands: Cand[], role: number, at: number): void {
  for (let k = cands.length - 1; k >= 0; k--) {
    const c = cands[k];
    if (c.type !== 'PER' && c.i >= role && c.i < at && c.j > at) cands.splice(k, 1);
  }
}

/** A noun in the accusative written without its tanween mark: "هبوطا" is هبوط + ا. */
function accusative(s: Sentence, w: string): boolean {
  return w.length > 3 && w.endsWith('ا') && known(w.slice(0, -1), s.lex, s.model.vocab);
}

/** A word that is a listed person by itself ("أوباما" in "أقنع جون كيري أوباما"). */
function listedPerson(s: Sentence, k: number): boolean {
  return !!s.lex.phrases.get(s.keys[k])?.some((p) => p.type === 'PER' && p.keys.length === 1);
}

/** Index after a title, its nisbas and the body it speaks for (باسم وزارة الخارجية الإيرانية). */
function affiliationEnd(s: Sentence, i: number): number {
  const { toks, words, infos, keys, tags, cands, lex, model } = s;
  let e = titleEnd(keys, words, i, infos);
  if (e === i) return i;
  // an indefinite role word takes its noun ("وزير الطاقة", "مسؤول التفاوض"); "الرئيس الأسد" does not
  const construct = e;
  const roleEndsIndefinite = !keys[e - 1].startsWith('ال');
  const generic = (k: number) => keys[k].startsWith('ال') && model.common.has(keys[k]);
  const adjective = (k: number) => /^ال.*ه$/.test(keys[k]) && !lex.wordClass.has(keys[k]);
  // an unlisted nisba before a name: "الرئيس النيجيري محمد بخاري"
  const nisbaLike = (k: number) =>
    /^ال.{2,}(ي|يين|يون)$/.test(keys[k]) &&
    k + 1 < toks.length &&
    !lex.wordClass.get(keys[k])?.includes('PER') &&
    nameWord(s, k + 1, true);
  // nisbas, feminine adjectives and words the corpus keeps out of names: "المعارضة السورية المسلحة"
  const skipAdjectives = () => {
    while (
      e < toks.length &&
      (lex.nisbas.has(nisbaKey(keys[e])) || generic(e) || adjective(e) || nisbaLike(e))
    )
      e++;
  };
  skipAdjectives();
  for (let step = 0; step < AFFILIATION_STEPS && e < toks.length; step++) {
    const k = LINKS.has(keys[e]) && e + 1 < toks.length ? e + 1 : e;
    // a place head before its place ("قائم مقام قضاء الرمادي"): the place is the body
    const at = lex.placeHeads.has(keys[k]) ? k + 1 : k;
    // a listed or patterned body before the tagger's: the tagger may run on over the person's name
    let body: Cand | undefined;
    for (const c of cands) if (c.i === at && c.type !== 'PER' && (!body || betterBody(c, body))) body = c;
    const t = infos[k].titleReadings.length ? titleEnd(keys, words, k, infos) : k;
    const roleNoun =
      k === construct && roleEndsIndefinite && keys[k].startsWith('ال') && !tags[k].endsWith('PERS');
    // a listed or patterned body, a generic noun (التفاوض، المعارضة) or a rank (اللواء)
    if (body) e = body.j;
    else if (generic(k) || roleNoun || (k > e && linkedNoun(s, k))) e = k + 1;
    else if (t > k) e = t;
    else break;
    skipAdjectives();
  }
  return e;
}

/** Whether body candidate c beats b: a rule's (lexicon, pattern) over the tagger's, then the longer. */
function betterBody(c: Cand, b: Cand): boolean {
  const ct = fromTagger(c);
  return ct === fromTagger(b) ? c.j > b.j : !ct;
}

/** A definite noun after a role link ("لشؤون التوسيع", "في الحكومة"), not a name the tagger sees. */
function linkedNoun(s: Sentence, k: number): boolean {
  return s.keys[k].startsWith('ال') && !s.tags[k].endsWith('PERS') && !s.lex.nisbas.has(nisbaKey(s.keys[k]));
}

/** A word that can be part of a person's name right after a role. */
export function nameWord(s: Sentence, k: number, first: boolean): boolean {
  const { words, infos, keys, tags, cands, lex, model } = s;
  const w = keys[k];
  if (w.length < 2 || !ARABIC_WORD.test(w) || STOP.has(w) || TANWEEN.test(words[k])) return false;
  if (!first && NAME_PARTICLES.has(keys[k - 1])) return true; // آل الشيخ، بن سلمان
  if (k > 1 && FAMILY.has(keys[k - 2])) return false; // the family name ends it
  if (model.common.has(w) || lex.nisbas.has(nisbaKey(w)) || lex.titles.has(w)) return false;
  if (lex.orgHeads.has(w) || lex.placeHeads.has(w) || lex.stateNouns.has(w)) return false;
  if (PRONOUN_SUFFIX.test(infos[k].enc)) return false; // a noun with a pronoun: "بشهادتيهما"
  if (VERB_WITH_OBJECT.test(w) || prepositionalPhrase(s, k)) return false; // "اختصوه", "لأمانة"
  if (cands.some((c) => c.i === k && c.type !== 'PER')) return false;
  // a known word (with its clitics off) is a name only when the tagger or the name lists say so:
  // "يتطلع", "ليواصل", "وأكد" end the name
  const r = bestReadingAt(s, k).key;
  if (first && NOT_A_NAME_START.test(w)) return false;
  // a noun with the pronoun ه (surface ه, not ة): "دفاعه", "مبعوثه"
  if (w.length > 3 && words[k].endsWith('ه') && known(w.slice(0, -1), lex, model.vocab)) return false;
  if (personWord(r, lex, model) || NAME_PARTICLES.has(w)) return true;
  if (first ? tags[k].endsWith('PERS') : tags[k] === 'I-PERS') return true;
  // an unknown word: the shapes of verbs, plurals, nouns with pronouns and clauses are no name
  if (accusative(s, w)) return false; // "هبوطا اضطراريا"
  if (first)
    return (
      !known(r, lex, model.vocab) && !/^[وف]/.test(w) && !NOT_A_NAME_START.test(w) && !NOT_A_NAME_WORD.test(r)
    );
  // later words are read whole ("كمالي" is no ك + مالي), but ب/ل + a known word ends the name
  // ("بالتنديد", "بطرح", "بتوقفه")
  if (r !== w && r.startsWith('ال')) return false;
  if (/^[بل]/.test(w) && (known(w.slice(1), lex, model.vocab) || known(infos[k].stem, lex, model.vocab)))
    return false;
  if (known(w, lex, model.vocab) || /^[وفيتن]/.test(w) || NOT_A_NAME_WORD.test(w)) return false;
  return !w.startsWith('ال') || w.endsWith('ي');
}
