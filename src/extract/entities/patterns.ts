// Lexicon names and pattern names at one word: listed names, organisation heads + their words,
// institution + nisba, place heads, title + person.
import { readLexicon } from '../../lexicon.js';
import { nameWordsSchema } from '../../lexicon-schemas.js';
import { searchKey } from '../../text/arabic.js';
import { titleEnd } from '../ner/features.js';
import { nisbaKey } from '../ner/lexicon.js';
import { addDefiniteBody, addQuotedBody, coordinatedWord, ORG_BODY_WORDS } from './bodies.js';
import { verbWord } from './fragments.js';
import { addPlaceAfterHead } from './places.js';
import { addTitlePerson } from './persons.js';
import { silentCommonBody, taggerBodyEnd } from './org-head-tagger.js';
import { pastCueWord } from './speaker-names.js';
import {
  addCand,
  ARABIC_WORD,
  LEXICON_BONUS,
  matchFrom,
  PATTERN_BONUS,
  STOP,
  type Cand,
  type Sentence,
} from './sentence.js';
import type { Candidate } from '../ner/clitics.js';
import type { Lexicons } from '../ner/lexicon.js';
import { ruleOn } from './rules.js';

const NAME_WORDS = readLexicon('name-words', nameWordsSchema);
const DESCRIBED_NOUNS = new Set(NAME_WORDS.describedStateNouns.words.map(searchKey));
const VERB_PARTICLES = new Set(NAME_WORDS.verbParticles.words.map(searchKey));

// addPatterns' look-ups as functions of their own: a closure inside addPatterns would make every
// call (one per word) allocate its context
const NO_READINGS: Candidate[] = [];

/** The first phrase of the list whose words follow at `from`. */
function phraseFrom<P extends { keys: string[] }>(
  list: P[] | undefined,
  keys: string[],
  from: number,
): P | undefined {
  if (list) for (const ph of list) if (matchFrom(keys, from, ph.keys)) return ph;
  return undefined;
}

/** The first word list of the list whose words follow at `from`. */
function keysFrom(list: string[][] | undefined, keys: string[], from: number): string[] | undefined {
  if (list) for (const ph of list) if (matchFrom(keys, from, ph)) return ph;
  return undefined;
}

/** The first reading that heads an organisation ('ORG'). */
function orgReading(heads: Candidate[], lex: Lexicons): Candidate | undefined {
  for (const c of heads) if (lex.orgHeads.get(c.key) === 'ORG') return c;
  return undefined;
}

/** The first reading that heads a place. */
function placeReading(heads: Candidate[], lex: Lexicons): Candidate | undefined {
  for (const c of heads) if (lex.placeHeads.has(c.key)) return c;
  return undefined;
}

/** Lexicon names and pattern names (organisation heads, institution + nisba, places, titles) at word i. */
export function addPatterns(s: Sentence, i: number): void {
  // (no closures here: this runs for every word, and each closure is an allocation)
  const { toks, words, infos, keys, tags, inTitle, lex } = s;

  const heads = infos[i].headReadings;
  // 1. lexicon names, longest first
  let bestLex: Cand | undefined;
  for (const c of infos[i].lexReadings) {
    const p = phraseFrom(lex.phrases.get(c.key), keys, i + 1);
    if (p && (!bestLex || p.keys.length > bestLex.j - bestLex.i))
      bestLex = { i, j: i + p.keys.length, type: p.type, key: p.canon, strip: c.strip, score: 0 };
  }
  // "حلب القديمة": the old city is a place of its own
  if (bestLex?.type === 'LOC' && bestLex.j < toks.length && lex.placeSuffixes.has(keys[bestLex.j])) {
    bestLex.key = `${bestLex.key} ${keys[bestLex.j]}`;
    bestLex.j++;
  }
  if (bestLex && !ruleOn('lexicon')) bestLex = undefined;
  if (bestLex && taggerSaysNot(s, bestLex)) bestLex = undefined;
  if (bestLex) addCand(s, bestLex, LEXICON_BONUS);
  // 2a. an organisation head + a listed place is the place's body: جامعة تبوك، بلدية باريس، حكومة مصر
  const orgHead = bestLex || inTitle[i] ? undefined : orgReading(heads, lex);
  const place = orgHead && i + 1 < toks.length ? listedPlaceAt(s, i + 1) : 0;
  if (orgHead && place > i + 1 && ruleOn('org-head-place'))
    addCand(
      s,
      { i, j: place, type: 'ORG', key: keyFrom(keys, i, place, orgHead.key), strip: orgHead.strip },
      PATTERN_BONUS,
    );
  // 2. organisation heads: وزارة / وكالة / حركة + definite words (a listed name after the head wins)
  for (const c of !heads.length || bestLex || inTitle[i] || (i + 1 < toks.length && lexiconNameAt(s, i + 1))
    ? NO_READINGS
    : heads) {
    const type = lex.orgHeads.get(c.key);
    if (!type) continue;
    let j = i + 1;
    let proper = false; // a word of the body is a name, not a common noun with the article
    let nisba = false; // the word before is a nisba (الإيرانية)
    while (j < toks.length && j - i <= ORG_BODY_WORDS && ARABIC_WORD.test(keys[j]) && !STOP.has(keys[j])) {
      // "بوزارة الداخلية اللواء منصور التركي", "لمجلس التعاون الدكتور ...": a rank or title ends the
      // body (a title phrase inside a body's name, "مجلس الوزراء", starts with no ال-less head here)
      // (not right after the head: "جريدة السفير", "مركز الملك فيصل" are named so)
      if (
        infos[j].titleReadings.length &&
        (tags[j + 1] === 'B-PERS' || (j > i + 1 && titleEnd(keys, words, j, infos) > j))
      )
        break;
      // "للغذاء والدواء", "لكرة القدم" inside a body's name: ل + a definite word, and the
      // definite words coordinated with it
      // "والقروية", "والدواء": coordinated definite words belong to the name, unless the word is a
      // body or listed name of its own ("وزارة الداخلية والجيش")
      const coordinated = j > i + 1 && coordinatedWord(s, j);
      const prep = keys[j].startsWith('لل') || coordinated;
      // (a word written with أل is no definite word though its key starts so: "وزارة الصحة ألزمت")
      const definite =
        (keys[j].startsWith('ال') && (!/^[أإآ]/.test(words[j]) || !ruleOn('org-head-hamza'))) ||
        (prep && j > i + 1);
      if (!definite && lex.nisbas.has(nisbaKey(`ال${keys[j]}`))) break; // "صحيفة ألمانية": a description
      // a verb is no word of a name, whatever the tagger says ("هيئة التحقيق ستستدعي")
      const taggedIn =
        tags[j].startsWith('I-') && !tags[j].endsWith('MISC') && !(!definite && verbWord(words[j]));
      if (!definite && !taggedIn) break;
      // "وزارة الخارجية الإيرانية بهرام قاسمي": a nisba ends the body, an unknown word after it is
      // no word of it (a person the role speaks for), whatever the tagger says
      if (!definite && nisba) break;
      if (!definite) proper = true;
      nisba = definite && lex.nisbas.has(nisbaKey(keys[j]));
      j++;
    }
    // "نادي اتحاد جدة السعودي": after a proper name the country's adjective is a description
    // ("وزارة الطاقة الإماراتية" keeps it: the head and common nouns alone name no body)
    while (proper && j > i + 2 && lex.nisbas.get(nisbaKey(keys[j - 1]))) j--;
    // ... nor past the end of the tagger's name from the head (org-head-tagger.ts)
    const end = taggerBodyEnd(s, i, j, c.key);
    // (a newspaper or channel keeps its words, unless the tagger reads them as a place: قناة السويس)
    if (end < 0 || type !== 'MEDIA') j = end;
    // (a newspaper or channel keeps its head: "صحيفة الوطن" is the outlet, MEDIA)
    const yields =
      (type !== 'MEDIA' && ruleOn('org-head-yields') && taggedAcross(s, i, j)) ||
      silentCommonBody(s, i, j, type, c.key);
    if (j > i + 1 && ruleOn('org-head') && !yields) {
      const t = type === 'MEDIA' && lex.notMedia.has(keys[i + 1]) ? 'ORG' : type;
      addCand(s, { i, j, type: t, key: keyFrom(keys, i, j, c.key), strip: c.strip }, PATTERN_BONUS);
    }
    break;
  }
  // 2c. a definite head, its adjectives and a ل complement: الهيئة العامة للغذاء والدواء
  if (!bestLex && !inTitle[i] && ruleOn('definite-body')) addDefiniteBody(s, i);
  // 2b. a body named in quotes after its head: شركة « باسيفيك غارديان لايف »، صحيفة "الحياة"
  if (!inTitle[i] && ruleOn('quoted-body')) addQuotedBody(s, i);
  // 3. institution noun + nisba: الخارجية الروسية، الجيش التركي
  for (const c of inTitle[i] ? NO_READINGS : heads) {
    const n = keysFrom(lex.stateNouns.get(c.key), keys, i + 1);
    if (!n) continue;
    const e = i + n.length;
    // "القوات العراقية": forces and authorities of a country are described, not named, unless tagged
    if (
      DESCRIBED_NOUNS.has(n.join(' ')) &&
      tags[i] === 'O' &&
      tags[e] === 'O' &&
      ruleOn('state-noun-described')
    )
      break;
    if (
      e < keys.length &&
      lex.nisbas.has(nisbaKey(keys[e])) &&
      lex.nisbas.get(nisbaKey(keys[e])) !== '' &&
      ruleOn('state-noun-nisba')
    )
      addCand(
        s,
        { i, j: e + 1, type: 'ORG', key: keyFrom(keys, i, e + 1, c.key), strip: c.strip },
        PATTERN_BONUS,
      );
    break;
  }
  // 4. place heads: مدينة / بلدة / حي X -> X; مطار / ريف X -> the whole (a place of its own)
  const head = heads.length ? placeReading(heads, lex) : undefined;
  if (head && i + 1 < toks.length && ruleOn('place-head')) addPlaceAfterHead(s, i, head);
  // 5. title + person name: الرئيس الروسي فلاديمير بوتين
  if (infos[i].titleReadings.length && ruleOn('title-person')) addTitlePerson(s, i);
}

/**
 * A listed name where the beam tagger reads something else: every word inside one of its MISC names
 * (an event or competition: "كأس آسيا", "دوري أبطال أفريقيا", "مهرجان جدة"), or one word the
 * training news keeps outside names that the tagger leaves out ("سبق" the outlet and the verb), unless
 * a reporting verb comes right before it.
 */
function taggerSaysNot(s: Sentence, c: Cand): boolean {
  // an armed group's listed plural (الحوثيين) is read as its members (MISC) by the news' gold: the
  // finder keeps it (conll.ts leaves such plurals out of CoNLL)
  if (c.type === 'GROUP') return false;
  const { tags } = s;
  let misc = true;
  for (let k = c.i; k < c.j; k++) if (!tags[k].endsWith('MISC')) misc = false;
  if (misc && ruleOn('lexicon-in-misc')) return true;
  // "كما سبق": after a particle or relative pronoun a verb follows, not the outlet
  if (c.j - c.i === 1 && tags[c.i] === 'O' && c.i > 0 && ruleOn('listed-after-particle'))
    for (const r of s.infos[c.i - 1].readings) if (VERB_PARTICLES.has(r.key)) return true;
  // right after a reporting verb the word stands where a source is named ("وأفادت الميادين": the
  // channel, though الميادين is also "the squares"): the listed name is kept there
  return (
    c.j - c.i === 1 &&
    tags[c.i] === 'O' &&
    s.model.common.has(s.keys[c.i]) &&
    ruleOn('lexicon-common-untagged') &&
    !(c.i > 0 && pastCueWord(s.infos[c.i - 1]) && ruleOn('listed-after-cue'))
  );
}

/**
 * Whether the tagger puts the head at i in a name (not MISC), or a word after it in a body's: a body is
 * then the tagger's to draw; the beam tagger draws it better (a company's head left out as the news'
 * gold does, "وزارة الإسكان" without the "والعمل" after it), and the pattern speaks where it is silent.
 */
function taggedAcross(s: Sentence, i: number, j: number): boolean {
  const { tags, keys, lex } = s;
  // the tagger's name from the head on, and the country's nisba after it ("وزارة الصحة الليبية"):
  // the pattern's, with the nisba
  let e = i + 1;
  while (e < j && tags[e] === `I-${tags[i].slice(2)}`) e++;
  let nisbas = e < j;
  for (let k = e; k < j; k++) if (!lex.nisbas.has(nisbaKey(keys[k]))) nisbas = false;
  if (nisbas) return false;
  // a head the tagger leaves out before a body's words it names ("شركة [النفط العمانية]", "جماعة
  // [الحوثي]"); a head it names too keeps the pattern ("هيئة تنسيق الإغاثة المستقلة"), and a place
  // after the head is the pattern's to name ("جبهة [الضباب] والطريق الثالث")
  if (tags[i] !== 'O') return false;
  for (let k = i + 1; k < j; k++) if (tags[k].endsWith('ORG')) return true;
  return false;
}

/** The key of a name that starts with the reading `first` of word i and runs to word j (exclusive). */
function keyFrom(keys: string[], i: number, j: number, first: string): string {
  return [first, ...keys.slice(i + 1, j)].join(' ');
}

/** Whether a lexicon name starts at word k. */
function lexiconNameAt(s: Sentence, k: number): boolean {
  const { keys, lex } = s;
  return s.infos[k].lexReadings.some((c) =>
    lex.phrases.get(c.key)?.some((ph) => matchFrom(keys, k + 1, ph.keys)),
  );
}

/** End of the listed place (a LOC lexicon name) starting at k, or 0. */
function listedPlaceAt(s: Sentence, k: number): number {
  let end = 0;
  for (const c of s.infos[k].lexReadings)
    if (c.strip === 0)
      for (const p of s.lex.phrases.get(c.key) ?? [])
        if (p.type === 'LOC' && matchFrom(s.keys, k + 1, p.keys)) end = Math.max(end, k + p.keys.length);
  return end;
}
