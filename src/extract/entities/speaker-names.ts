// A speaker named right after the verb that reports him ("وقال بلاتر إن ...", "وأشارت موغريني إلى
// ..."): Arabic puts the subject after the verb, and a word no list knows there, followed by what
// opens the reported words, is a name. Foreign names without a role word are the tagger's weak side.
import { loadWordList } from '../../clean/repair.js';
import { pastCue } from '../quotes/cues.js';
import type { Candidate } from '../ner/clitics.js';
import type { WordInfo } from '../ner/features.js';
import { articleNoun, inflectedWord, presentVerb, verbWord } from './fragments.js';
import { addCand, ARABIC_WORD, bestReadingAt, known, STOP, TAGGER_BONUS, type Sentence } from './sentence.js';

/** Words that open the reported words after the speaker (complementisers, prepositions of the cue). */
const OPENERS = new Set(['ان', 'انه', 'انها', 'الي', 'علي', 'عن', 'في', 'ل', 'لـ', ':', '،', ',', '"', '«']);
/** A speaker's name after the verb: one or two unknown words (a given name and a surname). */
const SPEAKER_WORDS = 2;

/** Uses with the article of a plural's or dual's singular that make the word a common noun. */
const SINGULAR_USES = 50;
/** Uses in the news of a word's form without its accusative alif or ك that make it a common word. */
const BARE_USES = 3;

// the endings of plurals, duals and a plural in construct (متمردو), and the accusative alif (مبينا):
// grammar, so in code
const PLURAL = /^(.{3,}?)(تين|تان|ات|ان|ين|ون|و)$/;
const TANWEEN = /[\u064B-\u064D]/;
const ADVERBIAL = /^م.{3,}ا$/;
// a preposition with a pronoun ("عنه", "منها")
const PRONOUN_END = /(ه|ها|هم|هما|هن)$/;

/** A common word in a form a name does not take: a plural or dual, an accusative, ك + a word. */
function inflectedNoun(word: string): boolean {
  const list = loadWordList();
  const m = PLURAL.exec(word);
  if (m) {
    const singular = m[2].startsWith('ت') ? `${m[1]}ة` : m[1];
    if (list.count(`ال${singular}`) >= SINGULAR_USES) return true;
    // a plural the news writes with the article ("مندوبون": المندوبين), or in construct ("متمردو")
    if ('وونين'.includes(m[2]) && list.count(`ال${m[1]}ين`) + list.count(`ال${m[1]}ون`) >= BARE_USES)
      return true;
  }
  // an adverbial participle (مستدركا، متسائلا) or an accusative of a common word
  if (ADVERBIAL.test(word) || (word.endsWith('ا') && list.count(word.slice(0, -1)) >= BARE_USES)) return true;
  // a feminine noun ("شاهدة"): a woman's name with ة is a listed given name
  if (word.endsWith('ة')) return true;
  return word.startsWith('ك') && list.count(word.slice(1)) >= BARE_USES;
}

/** Word k is a name no list knows: not a verb, an inflected word or a noun the news writes with ال. */
function unknownName(s: Sentence, k: number): boolean {
  const { words, keys, infos, lex, model } = s;
  const w = keys[k];
  if (!ARABIC_WORD.test(w) || w.length < 3 || STOP.has(w) || /^ال|^[وف]/.test(w)) return false;
  if (infos[k].enc || TANWEEN.test(words[k])) return false; // أبنائهم، مراسلنا، مبيناً
  if (PRONOUN_END.test(w) && STOP.has(w.replace(PRONOUN_END, ''))) return false;
  if (bestReadingAt(s, k).strip > 0 || known(w, lex, model.vocab)) return false;
  const bare = words[k].replace(/[\u064B-\u065F\u0640]/g, '');
  return (
    !verbWord(bare) &&
    !presentVerb(bare) &&
    !inflectedWord(bare, true) &&
    !articleNoun(bare) &&
    !inflectedNoun(bare)
  );
}

/** Whether a reading of the word is a past cue verb (a loop: a closure per word is an allocation). */
function cueAt(readings: Candidate[]): boolean {
  for (const r of readings) if (pastCue(r.key)) return true;
  return false;
}

/** cueAt of the word's readings, asked once per distinct word (every token of every sentence asks). */
export function pastCueWord(info: WordInfo): boolean {
  return (info.pastCue ??= cueAt(info.readings));
}

export function addSpeakerNames(s: Sentence): void {
  const { toks, keys, infos, tags } = s;
  for (let i = 0; i + 2 < toks.length; i++) {
    if (!pastCueWord(infos[i])) continue;
    let j = i + 1;
    while (j < toks.length && j - i <= SPEAKER_WORDS && unknownName(s, j) && !tags[j].endsWith('LOC')) j++;
    if (j === i + 1 || j >= toks.length || !OPENERS.has(keys[j])) continue;
    addCand(s, { i: i + 1, j, type: 'PER', key: keys.slice(i + 1, j).join(' '), strip: 0 }, TAGGER_BONUS);
  }
}
