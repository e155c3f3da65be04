// A tagger span trimmed to its name: function words and a person's title off its start; cut at a
// function word, a title, a preposition + noun or a verb inside it; a person's name ended before a
// common word. Where a stop word is a word of the name (a direction heading a region, a letter of an
// abbreviation, العام "general" after a body's words), the span keeps it (name-words.json).
import { loadWordList } from '../../clean/repair.js';
import { readLexicon } from '../../lexicon.js';
import { nameWordsSchema } from '../../lexicon-schemas.js';
import { searchKey } from '../../text/arabic.js';
import { titleEnd } from '../ner/features.js';
import { nisbaKey } from '../ner/lexicon.js';
import { inflectedWord, verbWord } from './fragments.js';
import { FOREIGN_PARTICLES, givenName, NAME_PARTICLES, personWord } from './persons.js';
import { ruleOn } from './rules.js';
import { ARABIC_WORD, COMMON_IN_NEWS, prepositionalPhrase, STOP, type Sentence } from './sentence.js';

const NAME_WORDS = readLexicon('name-words', nameWordsSchema);
const keysOf = (words: string[]) => new Set(words.map(searchKey));
const DIRECTIONS = keysOf(NAME_WORDS.regionDirections.words);
const ADJECTIVE_TIME_WORDS = keysOf(NAME_WORDS.adjectiveTimeWords.words);
const LETTER_NAMES = keysOf(NAME_WORDS.letterNames.words);
const TIME_ADJECTIVES = keysOf(NAME_WORDS.stops.flatMap((g) => (g.kind === 'time-adjective' ? g.words : [])));

/** A title at k followed by a given name or a word the tagger puts in a person's name. */
function titleBeforeName(s: Sentence, k: number): boolean {
  if (!s.infos[k].titleReadings.length) return false;
  const e = titleEnd(s.keys, s.words, k, s.infos);
  return e > k && e < s.keys.length && (givenName(s.keys[e], s.lex) || s.tags[e].endsWith('PERS'));
}

/**
 * An indefinite given name right after a definite word that is no title: a person after a body's
 * name, not a body named after one ("مستشفى الملك خالد", "مسجد أنس بن مالك" keep theirs).
 */
export function nameAfterBody(s: Sentence, k: number): boolean {
  const { keys, lex } = s;
  return (
    !keys[k].startsWith('ال') &&
    givenName(keys[k], lex) &&
    keys[k - 1].startsWith('ال') &&
    !s.infos[k - 1].titleReadings.length
  );
}

/** Function words and a person's title off the span; undefined when no name-like words are left. */
export function trimTaggerSpan(s: Sentence, cls: string, i: number, j: number): [number, number] | undefined {
  const { words, keys, lex, infos } = s;
  const from = i;
  while (
    i < j &&
    stopWordAt(s, i) &&
    !leadingGivenName(s, cls, i, j) &&
    !stopInName(s, cls, i, from, j) &&
    ruleOn('trim-stop')
  )
    i++;
  // a person span that starts with a title: keep the name after it
  if (cls === 'PERS') {
    const e = titleEnd(keys, words, i, infos);
    if (e > i && ruleOn('title-trim')) i = e;
  }
  // cut at a function word or, in a person's name, at a title ("... نائب رئيس مجلس الوزراء"), but
  // not at one after a name particle ("عبد الأمير", "أبو الأمير"), nor at a given name spelled like
  // a function word after one ("محمد بن علي الشمراني": علي read as على)
  for (let k = i + 1; k < j; k++)
    if (
      (ruleOn('stop-cut') && cutsName(s, cls, i, k, j)) ||
      (cls === 'PERS' &&
        !NAME_PARTICLES.has(keys[k - 1]) &&
        titleEnd(keys, words, k, infos) > k &&
        ruleOn('title-cut'))
    ) {
      j = k;
      break;
    } else if (
      cls !== 'PERS' &&
      k > i + 1 &&
      (titleBeforeName(s, k) || nameAfterBody(s, k)) &&
      ruleOn('body-title-cut')
    ) {
      // "لمجلس التعاون ... الدكتور عبداللطيف": a title and a person's name end a body's name;
      // "نقابة عمال الميناء كمال الزين": so does a given name after the body's definite word
      j = k;
      break;
    }
  // a preposition + a known noun ends a name ("صالح بمنطقتي"): names are no prepositional phrases;
  // nor verbs ("هيئة التحقيق ستستدعي")
  for (let k = i + 1; k < j; k++)
    if (
      ((prepositionalPhrase(s, k) && !prepositionInName(s, cls, k)) || verbAt(s, k)) &&
      ruleOn('prep-verb-cut')
    ) {
      j = k;
      break;
    }
  // a person's name ends before a common word: "[صالح] ربما", "[شينزو آبي] رئيسا", "[كيري]
  // الانتخابات", "[يوركشاير] عرضت" (a name particle keeps the word after it: عبد الرحمن); an adverb
  // with tanween or a verb after و before it is no part of it ("سابقاً [عبدالرحمن]", "وشارك [صالح]")
  if (cls === 'PERS') {
    while (j - i > 1 && !NAME_PARTICLES.has(keys[j - 2]) && commonEnd(s, j - 1) && ruleOn('common-end')) j--;
    while (j - i > 1 && leadingWord(s, i) && ruleOn('leading-word')) i++;
  }
  if (i >= j) return undefined;
  // adverbs with tanween (شهرياً) and lone nisba adjectives (العربي) are not names
  if (
    j - i === 1 &&
    (/\u064B/.test(words[i]) || lex.nisbas.has(nisbaKey(keys[i]))) &&
    ruleOn('lone-tanween-nisba')
  )
    return undefined;
  for (let k = i; k < j; k++)
    if (!ARABIC_WORD.test(keys[k]) && !/^[A-Za-z]+$/.test(keys[k]) && ruleOn('non-arabic')) return undefined;
  return [i, j];
}

/**
 * Whether word k after a person's name is no word of it: an accusative or adverb of a common word
 * (رئيسا، كثيرا، قريبًا), a verb (ستزور، يعرف، عرضت، أطلقوا), a noun or verb with a pronoun
 * (رضاه), ب / ل + a common word read whole (بحضور، لديه), a definite feminine plural
 * (الانتخابات). Other common nouns stay: surnames are written so (حرب، إمام، قاضي، الأمين).
 */
function commonEnd(s: Sentence, k: number): boolean {
  const { words, keys, model } = s;
  const key = keys[k];
  const word = words[k];
  if (personReading(s, k)) return false;
  if (key.startsWith('ال')) return key.endsWith('ات') && model.common.has(key);
  if (verbWord(word)) return true;
  if (/(ه|ها|هم|هما|وا|ت)$/.test(word) && inflectedWord(word)) return true;
  if (!model.common.has(key)) return false;
  return /\u064B/.test(word) || key.endsWith('ا') || /^[بل]/.test(key);
}

/**
 * Whether word k before a person's name is no part of it: an adverb with tanween ("سابقاً") or
 * و / ف + a common word ("وشارك") or verb ("ونحمد"); a name is joined by و to another name (وصالح).
 */
function leadingWord(s: Sentence, k: number): boolean {
  const { words, keys, model } = s;
  if (personReading(s, k)) return false;
  // "ونحمد [الله]": و + a verb the news uses often (inflectedWord) leads no name either
  return (
    /\u064B/.test(words[k]) ||
    (/^[وف]/.test(keys[k]) && (model.common.has(keys[k].slice(1)) || inflectedWord(words[k], true)))
  );
}

/** A present or future verb (يعلن، ستستدعي) that no name list knows, at word k. */
function verbAt(s: Sentence, k: number): boolean {
  return verbWord(s.words[k]) && !personReading(s, k);
}

/** Whether word k, whole or with its proclitics off, is a word of persons' names ("بطارق"). */
function personReading(s: Sentence, k: number): boolean {
  const { lex, model } = s;
  return s.infos[k].readings.some((c) => personWord(c.key, lex, model) || givenName(c.key, lex));
}

/**
 * Whether the function word at k ends the tagger's span [.., j): not a given name spelled like one
 * after a name particle ("محمد بن علي الشمراني": علي read as على), nor, inside a person's name, a
 * foreign name particle that is a function word only with a proclitic off ("لويس فان غال": فان read
 * as ف + أن) before an indefinite name word: before a definite one it is the function word ("أحمد
 * فان الوزير وصل": "so the minister"), as a name part takes no ال-. Nor a stop that is a word of the
 * name here (stopInName), nor علي written with ي after a given name ("محمد علي المقدشي").
 */
function cutsName(s: Sentence, cls: string, i: number, k: number, j: number): boolean {
  const { keys } = s;
  if (!stopWordAt(s, k)) return false;
  if (NAME_PARTICLES.has(keys[k - 1]) && givenName(keys[k], s.lex)) return false;
  if (stopInName(s, cls, k, i, j) || aliAfterGivenName(s, cls, i, k)) return false;
  const whole = s.infos[k].readings.some((c) => c.strip === 0 && STOP.has(c.key));
  const foreign = FOREIGN_PARTICLES.has(keys[k]) && k + 1 < j && !keys[k + 1].startsWith('ال');
  return !(cls === 'PERS' && !whole && foreign && !stopWordAt(s, k + 1));
}

/**
 * Whether the function word at i that starts a tagger span is the given name علي (keys fold ى into
 * ي, so "على" the preposition looks the same): only if written with ي, and only before a name
 * particle ("علي بن الحسين") or, in a person's span, after a title ("الدكتور علي الغامدي") or before
 * a word of persons' names. "أثنى الوزير على محمد" keeps its preposition out of the name.
 */
function leadingGivenName(s: Sentence, cls: string, i: number, j: number): boolean {
  const { words, keys, lex } = s;
  if (i + 1 >= j || !givenName(keys[i], lex) || !/ي$/.test(words[i].replace(/[\u064B-\u0652]/g, '')))
    return false;
  if (NAME_PARTICLES.has(keys[i + 1])) return true;
  if (cls !== 'PERS' || stopWordAt(s, i + 1)) return false;
  // "الرضيع الفلسطيني علي دوابشة": before a word the news does not use mostly outside names, too
  return (
    afterTitle(s, i) ||
    personReading(s, i + 1) ||
    (!s.model.common.has(keys[i + 1]) && ruleOn('given-name-start'))
  );
}

/** Whether a title ends right before word i (titles run up to four words: "نائب رئيس الوزراء"). */
function afterTitle(s: Sentence, i: number): boolean {
  for (let t = i - 1; t >= 0 && t >= i - 4; t--)
    if (s.infos[t].titleReadings.length && titleEnd(s.keys, s.words, t, s.infos) === i) return true;
  return false;
}

/** Whether a reading of word k, whole or with its clitics off, is a function word (على، فان as ف + أن). */
function stopWordAt(s: Sentence, k: number): boolean {
  return s.infos[k].readings.some((c) => STOP.has(c.key));
}

/**
 * Whether the stop word at k is a word of the tagged name [from, j) (name-words.json):
 * a direction heading a region (جنوب السودان، حلف شمال الأطلسي، "الشرق الأوسط وشمال أفريقيا") unless
 * a place ends right before it ("تل صبحة شمال حماة": north of Hama); a letter of a written-out
 * abbreviation between two letters or last after one (letterInName: إف بي آي، سي إن إن);
 * العام "general" after the name's first word, unless a time adjective follows (العام الماضي: the
 * year), in a body's or a place's name; in a person's name, a time adjective after a given name (فهد المقبل).
 */
function stopInName(s: Sentence, cls: string, k: number, from: number, j: number): boolean {
  const { keys, infos } = s;
  if (LETTER_NAMES.has(keys[k]) && letterInName(s, k, from, j) && ruleOn('letter-names')) return true;
  // "فهد المقبل": a time adjective right after a given name is a surname (it follows time words only)
  if (cls === 'PERS')
    return (
      k > from &&
      TIME_ADJECTIVES.has(keys[k]) &&
      givenName(keys[k - 1], s.lex) &&
      ruleOn('time-adjective-surname')
    );
  // with a clitic (وشمال، بجنوب) the direction opens a phrase of its own: a region's name
  if (
    k + 1 < j &&
    !stopWordAt(s, k + 1) &&
    infos[k].readings.some((c) => DIRECTIONS.has(c.key)) &&
    (infos[k].readings.some((c) => c.strip > 0 && DIRECTIONS.has(c.key)) || !placeEndsAt(s, k)) &&
    ruleOn('direction-in-name')
  )
    return true;
  // a body or a place only (adjectiveTimeWords): in a name of another class العام is the year
  return (
    (cls === 'ORG' || cls === 'LOC') &&
    k > from &&
    ADJECTIVE_TIME_WORDS.has(keys[k]) &&
    !(k + 1 < keys.length && TIME_ADJECTIVES.has(keys[k + 1])) &&
    ruleOn('time-word-adjective')
  );
}

/** Whether a place's name ends right before word k: a listed or patterned place, or a tagged one outside the span. */
function placeEndsAt(s: Sentence, k: number): boolean {
  if (k === 0) return false;
  for (const c of s.cands) if (c.j === k && c.type === 'LOC') return true;
  return s.tags[k - 1].endsWith('LOC') && !s.tags[k].startsWith('I-');
}

/**
 * Whether the letter's name at k, a function word too (أو، في، إن، أم، كي), is a letter of the
 * abbreviation in the span [from, j): only between two letters' names ("سي إن إن" the first إن) or
 * as the span's last word after one ("سي إن إن" the last). Next to one letter only it is the word:
 * "قناة إم بي سي أو روتانا" (or: two channels), "مكتب إف بي آي في واشنطن" (in).
 */
function letterInName(s: Sentence, k: number, from: number, j: number): boolean {
  const { keys } = s;
  if (k === from || !LETTER_NAMES.has(keys[k - 1])) return false;
  return k + 1 === j || LETTER_NAMES.has(keys[k + 1]);
}

/** The given name علي written with ي (على, the preposition, with ى) after a given name inside a person's span. */
function aliAfterGivenName(s: Sentence, cls: string, i: number, k: number): boolean {
  return (
    cls === 'PERS' &&
    k > i &&
    givenName(s.keys[k], s.lex) &&
    givenName(s.keys[k - 1], s.lex) &&
    /ي$/.test(s.words[k].replace(/[\u064B-\u0652]/g, '')) &&
    ruleOn('given-after-given')
  );
}

/**
 * Whether the preposition + noun at k stays in the tagged name: ل + a noun after a body's or a
 * place's first words is its complement (المركز الوطني للقياس، مكتب الرئاسة العامة لرعاية الشباب،
 * قاعة روز للاحتفالات); in a person's name, ب / ل + a word the news seldom writes alone is a surname
 * (بالمر، بلغيث، بهوي), while ب / ل + a common word (بكريمة، بإيقاع، بمنطقتي) is the phrase after it.
 */
function prepositionInName(s: Sentence, cls: string, k: number): boolean {
  const { keys, words, model } = s;
  if (cls !== 'PERS') return keys[k].startsWith('ل') && ruleOn('lam-in-body');
  const rest = keys[k].slice(1);
  return (
    !model.common.has(rest) &&
    loadWordList().count(words[k].slice(1)) < COMMON_IN_NEWS &&
    ruleOn('person-rare-preposition')
  );
}
