// The statistical tagger's spans, cleaned up: clitics, function words and titles off, common words,
// verbs and prepositional phrases refused, lexicon names kept whole.
import { loadWordList } from '../../clean/repair.js';
import { readLexicon } from '../../lexicon.js';
import { nameWordsSchema } from '../../lexicon-schemas.js';
import { searchKey } from '../../text/arabic.js';
import { type EntityType } from '../ner/lexicon.js';
import { CLOSE_QUOTE, OPEN_QUOTE, ownName } from './bodies.js';
import { givenName, NAME_PARTICLES, personWord } from './persons.js';
import { nameAfterBody, trimTaggerSpan } from './tagger-trim.js';
import {
  addCand,
  bestReadingAt,
  LEXICON_BONUS,
  matchFrom,
  prepositionalPhrase,
  TAGGER_BONUS,
  VERB_WITH_OBJECT,
  STOP,
  type Cand,
  type Sentence,
} from './sentence.js';
import { ruleOn } from './rules.js';
import { notSpeakers as NOT_SPEAKERS } from '../not-speakers.js';

// endings of plurals, feminine adjectives and adverbs (ناشطون، ليلية، هاتفيا): morphology, kept in code
const NOT_A_NAME = /(ون|ين|ات|يه|يا|ا)$|^ال.*ه$/;

/** The tagger's spans, cleaned up; never across "و" + a listed name ("الصليب الأحمر والهلال الأحمر"). */
export function addTaggerSpans(s: Sentence): void {
  const { toks, keys, tags, cands } = s;
  const conjName = new Uint8Array(toks.length);
  for (const c of cands) if (c.strip > 0 && (keys[c.i][0] === 'و' || keys[c.i][0] === 'ف')) conjName[c.i] = 1;
  for (let i = 0; i < tags.length; i++) {
    if (!tags[i].startsWith('B-') || tags[i] === 'B-MISC') continue;
    let j = i + 1;
    const inside = `I-${tags[i].slice(2)}`;
    while (j < tags.length && tags[j] === inside) j++;
    let cut = i + 1;
    // "المقاومة الشعبية والجيش الوطني": و + a body or listed name of its own starts another name
    // (bodies and places only: persons' names are listed with و too, "إبراهيم جبرا وعبد الرحمن منيف");
    // asked only inside a tagged span, not of every word with و
    if (!ruleOn('conj-cut')) cut = j;
    while (cut < j && !conjName[cut] && !(tags[i] !== 'B-PERS' && keys[cut][0] === 'و' && ownName(s, cut)))
      cut++;
    // "أحمد [بن عبدالعزيز قطان]": a name the tagger starts at "بن" begins at the given name before it
    const from =
      tags[i] === 'B-PERS' &&
      i > 0 &&
      NAME_PARTICLES.has(keys[i]) &&
      givenBefore(s, i) &&
      ruleOn('particle-start')
        ? i - 1
        : i;
    // "لـ « الشرق الأوسط »": a name the tagger calls an organisation, alone in quote marks, is the
    // outlet or body of that name, whatever else the words are (a listed place, a stop word: اليوم)
    if (from === i && cut === j && quotedOrganisation(s, i, j)) {
      addCand(s, { i, j, type: 'ORG', key: keys.slice(i, j).join(' '), strip: 0 }, QUOTED_NAME_BONUS);
      i = j - 1;
      continue;
    }
    const span = tagged(s, tags[i].slice(2), from, cut);
    // a tagger span that cuts across a lexicon or pattern name is wrong at one end
    if (span && (!ruleOn('crosses') || !crossesAny(cands, span.i, span.j))) addCand(s, span, TAGGER_BONUS);
    // a body's span cut before a given name (nameAfterBody): the rest of it is that person's name
    if (span && tags[i] !== 'B-PERS' && span.j < cut && nameAfterBody(s, span.j) && ruleOn('body-person')) {
      const person = tagged(s, 'PERS', span.j, cut);
      if (person && (!ruleOn('crosses') || !crossesAny(cands, person.i, person.j)))
        addCand(s, person, TAGGER_BONUS);
    }
    i = j - 1;
  }
}

/** Over a listed name's bonus (LEXICON_BONUS): the quoted organisation wins the same words. */
const QUOTED_NAME_BONUS = 1.6;

/**
 * Whether the tagger's span [i, j) is an organisation's name standing alone between quote marks, and
 * no listed name but a place's (an outlet's listed name keeps its canonical key: «الجزيرة»).
 */
function quotedOrganisation(s: Sentence, i: number, j: number): boolean {
  const { toks, tags, keys, lex } = s;
  if (
    tags[i] !== 'B-ORG' ||
    i === 0 ||
    j >= toks.length ||
    !OPEN_QUOTE.has(toks[i - 1].text) ||
    !CLOSE_QUOTE.has(toks[j].text) ||
    !ruleOn('quoted-org')
  )
    return false;
  // a function word alone ("غدًا «اليوم»": today) names an outlet only after لـ or a head (لـ « اليوم »)
  if (j === i + 1 && STOP.has(keys[i]) && !(i > 1 && outletBefore(s, i - 2))) return false;
  // (a body's quoted name after its head, شركة « ... », is the pattern's already)
  for (const c of s.cands) if (c.i === i && c.j === j && c.type !== 'LOC') return false;
  for (const c of s.infos[i].lexReadings)
    for (const p of lex.phrases.get(c.key) ?? [])
      if (p.type !== 'LOC' && p.keys.length === j - i && matchFrom(keys, i + 1, p.keys)) return false;
  return true;
}

/** Whether word k is لـ ("to") or an organisation head (صحيفة): an outlet's name may follow it. */
function outletBefore(s: Sentence, k: number): boolean {
  const w = s.keys[k].replace(/ـ/g, '');
  return w === 'ل' || s.infos[k].readings.some((c) => s.lex.orgHeads.has(c.key));
}

/** Whether the word before i is a given name outside any tagged name (no clitic but و). */
function givenBefore(s: Sentence, i: number): boolean {
  const k = i - 1;
  if (s.tags[k] !== 'O') return false;
  return s.infos[k].readings.some((c) => c.strip === 0 && givenName(c.key, s.lex));
}

/** A tagger span cleaned up: proclitics, function words and titles off; common words refused. */
function tagged(s: Sentence, cls: string, from: number, to: number): Omit<Cand, 'score'> | undefined {
  const { keys, lex } = s;
  const span = trimTaggerSpan(s, cls, from, to);
  if (!span) return undefined;
  const i = span[0];
  let j = span[1];
  const first = firstReading(s, cls, i);
  const ks = [first.key, ...keys.slice(i + 1, j)];
  if (notAName(s, cls, i, j, first.key, ks)) return undefined;
  // a lone word read as ك + a name ("كمالي" as ك + مالي) is a word of its own: ك ("like") seldom
  // stands before a name the news means, and names end in the letters after it (كمالي، كمال)
  if (
    j - i === 1 &&
    first.strip === 1 &&
    keys[i].startsWith('ك') &&
    !lex.phrases.has(keys[i]) &&
    ruleOn('ka-word')
  )
    return undefined;
  let type: EntityType = cls === 'PERS' ? 'PER' : cls === 'LOC' ? 'LOC' : 'ORG';
  // "حلب الشرقية المحاصرة": a listed place and the adjectives after it -> the place
  const lexStart = lex.phrases
    .get(first.key)
    ?.find((p) => p.keys.length <= j - i && matchFrom(keys, i + 1, p.keys));
  // "حزب الله والمليشيات الإيرانية": a listed name and what is coordinated with it -> the name;
  // "الاتحاد الأوروبي فدريكا موغريني": a listed body's name is whole, an indefinite word after it
  // (not a ل complement: "للطفولة") starts another name
  const after = lexStart ? ks[lexStart.keys.length] : undefined;
  if (
    lexStart &&
    after !== undefined &&
    ruleOn('lex-trim') &&
    (ks.slice(lexStart.keys.length).every((k) => k.startsWith('ال')) ||
      /^و/.test(after) ||
      (cls === 'ORG' && lexStart.type !== 'PER' && lexStart.type !== 'LOC' && !/^(ال|ل)/.test(after)))
  )
    j = i + lexStart.keys.length;
  const key = ks.slice(0, j - i).join(' ');
  const lexHit = lex.phrases.get(first.key)?.find((p) => p.keys.join(' ') === key);
  if (lexHit && ruleOn('lex-type')) type = lexHit.type;
  else if (type === 'ORG') type = lex.orgHeads.get(first.key) ?? 'ORG';
  return { i, j, type, key: lexHit?.canon ?? key, strip: first.strip };
}

/**
 * Whether a candidate crosses [i, j) (a loop: a closure would make each call allocate). A listed
 * name of a body or place around the span does not: the span inside it is drawn against it in
 * choose.ts (taggerInsideLexicon: "حركة [طالبان]").
 */
function crossesAny(cands: Cand[], i: number, j: number): boolean {
  const inside = ruleOn('tagger-inside-lexicon');
  for (const c of cands)
    if (
      crosses(c, i, j) &&
      !(
        inside &&
        c.i <= i &&
        j <= c.j &&
        c.type !== 'PER' &&
        c.type !== 'MEDIA' &&
        c.score - (c.j - c.i) === LEXICON_BONUS
      )
    )
      return true;
  return false;
}

/** Whether candidate c cuts across the span [i, j) (overlaps it without lying inside it). */
function crosses(c: Cand, i: number, j: number): boolean {
  return c.i < j && i < c.j && (c.i < i || c.j > j);
}

/** The first word's reading; a preposition comes off a person's name only before a known name. */
function firstReading(s: Sentence, cls: string, i: number): ReturnType<typeof bestReadingAt> {
  const { keys, lex, model } = s;
  const first = bestReadingAt(s, i);
  // "لأوباما" is ل + أوباما, but "كمالي" is no ك + مالي
  const keepWhole =
    !personWord(first.key, lex, model) && !model.common.has(first.key) && !keys[i].startsWith('لل');
  if (cls === 'PERS' && first.strip > 0 && keepWhole) {
    const whole = s.infos[i].readings;
    return whole.find((c) => c.strip === 1 && /^[وف]/.test(keys[i])) ?? whole[0];
  }
  return first;
}

/** Uses of the plural with the article in the news word list that make a -ون / -ين word a plural. */
const PLURAL_USES = 3;

/** A -ون / -ين word (three letters before the ending or more) whose plural the news writes with الـ...ين. */
function pluralWord(key: string): boolean {
  const m = /^(.{3,})(ون|ين)$/.exec(key);
  if (!m) return false;
  // the -ين form only: a country keeps its -ون with the article (الكاميرون), a plural takes -ين too
  return loadWordList().count(`ال${m[1]}ين`) >= PLURAL_USES;
}

/** A word with the plural ending -ون that no name list knows ("ناشطون"; not "هارون", a given name). */
function pluralNotName(s: Sentence, key: string): boolean {
  return key.length > 4 && key.endsWith('ون') && !personWord(key, s.lex, s.model);
}

const NAME_WORDS = readLexicon('name-words', nameWordsSchema);
const PROVINCE_HEADS = new Set(NAME_WORDS.provinceHeads.words.map(searchKey));
const PROVINCE_ADJECTIVES = new Set(NAME_WORDS.provinceAdjectives.words.map(searchKey));

// a definite word ending like a nisba or a direction (الشمالي، الشرقية): grammar, so in code
const DEFINITE_ADJECTIVE = /^ال.{2,}(ي|يه)$/;

/**
 * A definite place head and adjectives only ("الريف الشمالي", "المناطق الحدودية"): a description,
 * not a name. The beam tagger's other spans after a head are names ("منطقة اليورو", "مخيم قلنديا").
 */
function headAndAdjectives(s: Sentence, i: number, j: number): boolean {
  if (!ruleOn('place-head-span') || !/^(ال|وال|بال|فال|كال|لل)/.test(s.keys[i])) return false;
  // "المنطقة الشرقية": a province's name (name-words.json provinceHeads / provinceAdjectives)
  if (
    j === i + 2 &&
    PROVINCE_ADJECTIVES.has(s.keys[i + 1]) &&
    s.infos[i].readings.some((c) => PROVINCE_HEADS.has(c.key.replace(/^ال/, ''))) &&
    ruleOn('province-name')
  )
    return false;
  for (let k = i + 1; k < j; k++) if (!DEFINITE_ADJECTIVE.test(s.keys[k])) return false;
  return true;
}

/** Common words, a short lone word, a plural or adjective called a person, a generic head noun. */
function notAName(s: Sentence, cls: string, i: number, j: number, firstKey: string, ks: string[]): boolean {
  const { keys, lex, model } = s;
  if (
    ks.every((k, n) => model.common.has(k) || (n === 0 && model.common.has(keys[i])) || k.length < 2) &&
    ruleOn('common-words')
  )
    return true;
  if (j - i === 1 && firstKey.length < 3 && ruleOn('short-word')) return true;
  // a lone word the tagger calls a person needs the look of a name, not of a plural or an adjective
  if (
    cls === 'PERS' &&
    j - i === 1 &&
    !lex.givenNames.has(firstKey) &&
    NOT_A_NAME.test(firstKey) &&
    ruleOn('person-shape')
  )
    return true;
  // a lone -ون / -ين word whose plural the news writes with the article ("مدعون": المدعين) is a plural,
  // not a foreign name (كاميرون، كلينتون، بوتين)
  if (
    cls === 'PERS' &&
    j - i === 1 &&
    !lex.givenNames.has(firstKey) &&
    pluralWord(firstKey) &&
    ruleOn('plural-word')
  )
    return true;
  // nor do plurals joined by و ("ناشطون ومعارضون"): every word a -ون plural, none a person's word
  if (
    cls === 'PERS' &&
    j - i > 1 &&
    ks.every((k, n) => pluralNotName(s, n ? k.replace(/^و/, '') : k)) &&
    ruleOn('plural-persons')
  )
    return true;
  // the words that never open a speaker's phrase (lexicons/attribution.json: أول، غضون، بقوله،
  // مستدركا "adding a reservation") stand where a speaker's name would, after a cue verb, and are no name
  if (j - i === 1 && NOT_SPEAKERS.has(firstKey) && ruleOn('not-speaker-word')) return true;
  // a present-tense verb with an object pronoun ("يخسرها", "تدعمهم") is no name of any kind
  if (j - i === 1 && VERB_WITH_OBJECT.test(firstKey) && !lex.wordClass.has(firstKey) && ruleOn('verb-object'))
    return true;
  // a lone preposition + noun ("بمواعيد") that no lexicon names
  if (j - i === 1 && !lex.phrases.has(firstKey) && prepositionalPhrase(s, i) && ruleOn('lone-prep'))
    return true;
  // generic nouns the corpus tags in context ("ريف", "المدينة") are not names by themselves
  const bares = s.infos[i].readings.map((c) => (c.key.startsWith('ال') ? c.key.slice(2) : c.key));
  if (
    bares.some((b) => lex.placeHeads.has(b)) &&
    (j - i === 1 ? ruleOn('lone-place-head') : headAndAdjectives(s, i, j))
  )
    return true;
  if (j - i > 1) return false;
  if (bares.some((b) => lex.orgHeads.has(b)) && ruleOn('lone-org-head')) return true;
  return bares.some((b) => lex.titles.has(b) || lex.titles.has(`ال${b}`)) && ruleOn('lone-title');
}
