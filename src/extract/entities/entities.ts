// Named-entity mentions of one article: lexicon names (outlets, organisations, armed groups,
// places, countries, people), patterns (وكالة X، مدينة X، الخارجية الروسية، title + name) and the
// statistical tagger, merged so that each stretch of text gets at most one mention.
// Spans are clitic-aware: "لوكالة الصحافة الفرنسية" starts at "وكالة", "وروسيا" at "روسيا".
import type { EntityMention } from './mention.js';
import { phraseKey, searchKey } from '../../text/arabic.js';
import { splitSentences, type Range, type Token } from '../../text/segment.js';
import { cliticCandidates, surfaceOffset, type Candidate } from '../ner/clitics.js';
import { titleEnd, wordInfo, type WordInfo } from '../ner/features.js';
import { articleWords, type SentenceWords } from '../ner/article-words.js';
import { lexicons, nisbaKey, type EntityType, type Lexicons } from '../ner/lexicon.js';
import { shippedModel, tagWords, type LoadedModel } from '../ner/tagger.js';
import { inflectedWord } from './fragments.js';
import { addDefiniteBody, addQuotedBody, coordinatedWord, ORG_BODY_WORDS, ownName } from './bodies.js';
import { addPlaceAfterHead } from './places.js';
import {
  addRepeatedNames,
  addRolePersons,
  addSurnames,
  addTitlePerson,
  givenName,
  NAME_PARTICLES,
  personWord,
} from './persons.js';
import {
  addCand,
  ARABIC_WORD,
  bestReading,
  LEXICON_BONUS,
  matchFrom,
  PATTERN_BONUS,
  prepositionalPhrase,
  STOP,
  VERB_WITH_OBJECT,
  TAGGER_BONUS,
  type Cand,
  type Sentence,
} from './sentence.js';

export type { EntityType } from '../ner/lexicon.js';

export type { EntityMention } from './mention.js';

// endings of plurals, feminine adjectives and adverbs (ناشطون، ليلية، هاتفيا): morphology, kept in code
const NOT_A_NAME = /(ون|ين|ات|يه|يا|ا)$|^ال.*ه$/;
/**
 * Words and single punctuation marks of a sentence, as the tagger was trained on them, with each
 * one's record: the sentence's words (shared with the other stages) and the marks between them.
 */
function sentenceTokens(
  text: string,
  range: Range,
  words: SentenceWords,
): { toks: Token[]; infos: WordInfo[] } {
  const toks: Token[] = [];
  const infos: WordInfo[] = [];
  let pos = range.start;
  for (let w = 0; w <= words.tokens.length; w++) {
    const t = w < words.tokens.length ? words.tokens[w] : undefined;
    const end = t ? t.start : range.end;
    for (let k = pos; k < end; k++) {
      // by code unit: most of these characters are spaces, and a one-letter string of each costs
      const c = text.charCodeAt(k);
      if (
        c !== 0x20 &&
        c !== 0x0a &&
        c !== 0x09 &&
        c !== 0x0d &&
        c !== 0xa0 &&
        c !== 0x200f &&
        c !== 0x200e
      ) {
        const ch = text[k];
        toks.push({ start: k, end: k + 1, text: ch });
        infos.push(wordInfo(ch));
      }
    }
    if (!t) break;
    toks.push(t);
    infos.push(words.infos[w]);
    pos = t.end;
  }
  return { toks, infos };
}

/**
 * Letters to leave out of a mention's span. After "لل" ("للأمم المتحدة") the span keeps both lams:
 * cutting between them would show a word that is not written ("لأمم"); the key has the article back.
 */
function spanStrip(word: string, strip: number, key: string): number {
  if (strip > 0 && key.startsWith('ال') && searchKey(word).slice(strip - 1, strip + 1) === 'لل')
    return strip - 1;
  return strip;
}

/** Lexicon names and pattern names (organisation heads, institution + nisba, places, titles) at word i. */
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

function addPatterns(s: Sentence, i: number): void {
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
  if (bestLex) addCand(s, bestLex, LEXICON_BONUS);
  // 2a. an organisation head + a listed place is the place's body: جامعة تبوك، بلدية باريس، حكومة مصر
  const orgHead = bestLex || inTitle[i] ? undefined : orgReading(heads, lex);
  const place = orgHead && i + 1 < toks.length ? listedPlaceAt(s, i + 1) : 0;
  if (orgHead && place > i + 1)
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
      const definite = keys[j].startsWith('ال') || (prep && j > i + 1);
      if (!definite && lex.nisbas.has(nisbaKey(`ال${keys[j]}`))) break; // "صحيفة ألمانية": a description
      const taggedIn = tags[j].startsWith('I-') && !tags[j].endsWith('MISC');
      if (!definite && !taggedIn) break;
      if (!definite) proper = true;
      j++;
    }
    // "نادي اتحاد جدة السعودي": after a proper name the country's adjective is a description
    // ("وزارة الطاقة الإماراتية" keeps it: the head and common nouns alone name no body)
    while (proper && j > i + 2 && lex.nisbas.get(nisbaKey(keys[j - 1]))) j--;
    if (j > i + 1) {
      const t = type === 'MEDIA' && lex.notMedia.has(keys[i + 1]) ? 'ORG' : type;
      addCand(s, { i, j, type: t, key: keyFrom(keys, i, j, c.key), strip: c.strip }, PATTERN_BONUS);
    }
    break;
  }
  // 2c. a definite head, its adjectives and a ل complement: الهيئة العامة للغذاء والدواء
  if (!bestLex && !inTitle[i]) addDefiniteBody(s, i);
  // 2b. a body named in quotes after its head: شركة « باسيفيك غارديان لايف »، صحيفة "الحياة"
  if (!inTitle[i]) addQuotedBody(s, i);
  // 3. institution noun + nisba: الخارجية الروسية، الجيش التركي
  for (const c of inTitle[i] ? NO_READINGS : heads) {
    const n = keysFrom(lex.stateNouns.get(c.key), keys, i + 1);
    if (!n) continue;
    const e = i + n.length;
    if (e < keys.length && lex.nisbas.has(nisbaKey(keys[e])) && lex.nisbas.get(nisbaKey(keys[e])) !== '')
      addCand(
        s,
        { i, j: e + 1, type: 'ORG', key: keyFrom(keys, i, e + 1, c.key), strip: c.strip },
        PATTERN_BONUS,
      );
    break;
  }
  // 4. place heads: مدينة / بلدة / حي X -> X; مطار / ريف X -> the whole (a place of its own)
  const head = heads.length ? placeReading(heads, lex) : undefined;
  if (head && i + 1 < toks.length) addPlaceAfterHead(s, i, head);
  // 5. title + person name: الرئيس الروسي فلاديمير بوتين
  if (infos[i].titleReadings.length) addTitlePerson(s, i);
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

/** Entity mentions of one article, in text order. */
export function findEntityMentions(
  text: string,
  article: string,
  sentences?: Range[],
  model: LoadedModel = shippedModel(),
): EntityMention[] {
  const lex = lexicons();
  const out: EntityMention[] = [];
  const free: { tok: Token; info: WordInfo }[] = []; // words left outside every mention
  const ranges = sentences ?? splitSentences(text);
  const all = articleWords(text, ranges);
  for (let r = 0; r < ranges.length; r++) {
    const { toks, infos } = sentenceTokens(text, ranges[r], all[r]);
    if (!toks.length) continue;
    const words = toks.map((t) => t.text);
    const keys = infos.map((x) => x.key);
    const tags = tagWords(words, model, infos);
    const cands: Cand[] = [];
    // words inside a title ("وزير الخارجية الروسي") are not organisations of their own
    const inTitle = new Uint8Array(toks.length);
    for (let i = 0; i < toks.length; i++) {
      if (!infos[i].titleReadings.length) continue;
      const e = titleEnd(keys, words, i, infos);
      for (let k = i + 1; k < e; k++) inTitle[k] = 1;
    }
    const s: Sentence = { toks, words, infos, keys, tags, cands, inTitle, lex, model };
    for (let i = 0; i < toks.length; i++) if (infos[i].arabic || infos[i].latin) addPatterns(s, i);
    addTaggerSpans(s);
    // a person after a role and the body it speaks for: "المتحدث باسم وزارة ... بهرام قاسمي"
    addRolePersons(s);
    // "في صنعاء وحجة ومأرب": a word in a list of places is a place
    addListedPlaces(s);
    chooseMentions(s, text, article, out, free);
  }
  const repeated = addRepeatedNames(out, free, text, article);
  addSurnames(out, repeated.size ? free.filter((_, k) => !repeated.has(k)) : free, text, article, lex, model);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A list of places joined by و: a one-word item between two places ("صنعاء وحجة ومأرب"), or last
 * after two ("ولحج وتعز وأبين."), is a place too, unless it is a common or function word.
 */
function addListedPlaces(s: Sentence): void {
  const { toks, words, keys, infos, cands, model } = s;
  const n = toks.length;
  const locEnd = new Uint8Array(n + 1); // 1 where a place candidate ends (exclusive end index)
  const locStart = new Uint8Array(n + 1);
  for (const c of cands)
    if (c.type === 'LOC') {
      locEnd[c.j] = 1;
      locStart[c.i] = 1;
    }
  for (let k = 1; k < n; k++) {
    if (!locEnd[k] || locStart[k] || !/^و/.test(keys[k]) || !infos[k].arabic) continue;
    const bare = keys[k].slice(1);
    if (bare.length < 3 || STOP.has(bare) || model.common.has(bare) || inflectedWord(words[k])) continue;
    const before = keys[k - 1];
    const nextPlace = k + 1 < n && locStart[k + 1] && /^و/.test(keys[k + 1]);
    // the last item: two places before it (the one ending at k joined by و to another)
    const lastItem = (k + 1 >= n || !infos[k + 1].arabic) && /^و/.test(before) && k >= 2 && locEnd[k - 1];
    if (nextPlace || lastItem)
      addCand(s, { i: k, j: k + 1, type: 'LOC', key: bare, strip: 1 }, PATTERN_BONUS);
  }
}

/** The tagger's spans, cleaned up; never across "و" + a listed name ("الصليب الأحمر والهلال الأحمر"). */
/** Whether a candidate crosses [i, j) (a loop: a closure would make each call allocate). */
function crossesAny(cands: Cand[], i: number, j: number): boolean {
  for (const c of cands) if (crosses(c, i, j)) return true;
  return false;
}

function addTaggerSpans(s: Sentence): void {
  const { toks, keys, tags, cands } = s;
  const conjName = new Uint8Array(toks.length);
  for (const c of cands) if (c.strip > 0 && (keys[c.i][0] === 'و' || keys[c.i][0] === 'ف')) conjName[c.i] = 1;
  // "المقاومة الشعبية والجيش الوطني": و + a body or listed name of its own starts another name
  // (bodies and places only: persons' names are listed with و too, "إبراهيم جبرا وعبد الرحمن منيف")
  const ownAfterConj = new Uint8Array(toks.length);
  for (let k = 1; k < toks.length; k++) if (keys[k][0] === 'و' && ownName(s, k)) ownAfterConj[k] = 1;
  for (let i = 0; i < tags.length; i++) {
    if (!tags[i].startsWith('B-') || tags[i] === 'B-MISC') continue;
    let j = i + 1;
    const inside = `I-${tags[i].slice(2)}`;
    while (j < tags.length && tags[j] === inside) j++;
    let cut = i + 1;
    while (cut < j && !conjName[cut] && !(ownAfterConj[cut] && tags[i] !== 'B-PERS')) cut++;
    // "أحمد [بن عبدالعزيز قطان]": a name the tagger starts at "بن" begins at the given name before it
    const from =
      tags[i] === 'B-PERS' && i > 0 && NAME_PARTICLES.has(keys[i]) && givenBefore(s, i) ? i - 1 : i;
    const span = tagged(s, tags[i].slice(2), from, cut);
    // a tagger span that cuts across a lexicon or pattern name is wrong at one end
    if (span && !crossesAny(cands, span.i, span.j)) addCand(s, span, TAGGER_BONUS);
    i = j - 1;
  }
}

/** A title at k followed by a given name or a word the tagger puts in a person's name. */
function titleBeforeName(s: Sentence, k: number): boolean {
  if (!s.infos[k].titleReadings.length) return false;
  const e = titleEnd(s.keys, s.words, k, s.infos);
  return e > k && e < s.keys.length && (givenName(s.keys[e], s.lex) || s.tags[e].endsWith('PERS'));
}

/** Whether the word before i is a given name outside any tagged name (no clitic but و). */
function givenBefore(s: Sentence, i: number): boolean {
  const k = i - 1;
  if (s.tags[k] !== 'O') return false;
  return cliticCandidates(s.words[k]).some((c) => c.strip === 0 && givenName(c.key, s.lex));
}

/** Candidates by score (length + source bonus) into mentions without overlaps; the words left free. */
function chooseMentions(
  s: Sentence,
  text: string,
  article: string,
  out: EntityMention[],
  free: { tok: Token; info: WordInfo }[],
): void {
  const { toks, words, infos, cands } = s;
  cands.sort((a, b) => b.score - a.score || a.i - b.i);
  const taken = new Uint8Array(toks.length);
  for (const c of cands) {
    if (fragment(s, c)) continue;
    let free = true;
    for (let k = c.i; k < c.j && free; k++) if (taken[k]) free = false;
    if (!free) continue;
    for (let k = c.i; k < c.j; k++) taken[k] = 1;
    const start = toks[c.i].start + surfaceOffset(words[c.i], spanStrip(words[c.i], c.strip, c.key));
    const end = toks[c.j - 1].end;
    out.push({ article, start, end, text: text.slice(start, end), type: c.type, key: c.key });
  }
  for (let k = 0; k < toks.length; k++)
    if (!taken[k] && infos[k].arabic) free.push({ tok: toks[k], info: infos[k] });
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
  let type: EntityType = cls === 'PERS' ? 'PER' : cls === 'LOC' ? 'LOC' : 'ORG';
  // "حلب الشرقية المحاصرة": a listed place and the adjectives after it -> the place
  const lexStart = lex.phrases
    .get(first.key)
    ?.find((p) => p.keys.length <= j - i && matchFrom(keys, i + 1, p.keys));
  if (
    lexStart &&
    lexStart.keys.length < j - i &&
    ks.slice(lexStart.keys.length).every((k) => k.startsWith('ال'))
  )
    j = i + lexStart.keys.length;
  const key = ks.slice(0, j - i).join(' ');
  const lexHit = lex.phrases.get(first.key)?.find((p) => p.keys.join(' ') === key);
  if (lexHit) type = lexHit.type;
  else if (type === 'ORG') type = lex.orgHeads.get(first.key) ?? 'ORG';
  return { i, j, type, key: lexHit?.canon ?? key, strip: first.strip };
}

/** Function words and a person's title off the span; undefined when no name-like words are left. */
function trimTaggerSpan(s: Sentence, cls: string, i: number, j: number): [number, number] | undefined {
  const { words, keys, lex } = s;
  // "علي بن الحسين": a given name spelled like a function word (على) before a name particle stays
  while (
    i < j &&
    stopWordAt(s, i) &&
    !(i + 1 < j && givenName(keys[i], lex) && NAME_PARTICLES.has(keys[i + 1]))
  )
    i++;
  // a person span that starts with a title: keep the name after it
  if (cls === 'PERS') {
    const e = titleEnd(keys, words, i);
    if (e > i) i = e;
  }
  // cut at a function word or, in a person's name, at a title ("... نائب رئيس مجلس الوزراء"), but
  // not at one after a name particle ("عبد الأمير", "أبو الأمير")
  for (let k = i + 1; k < j; k++)
    if (
      stopWordAt(s, k) ||
      (cls === 'PERS' && !NAME_PARTICLES.has(keys[k - 1]) && titleEnd(keys, words, k) > k)
    ) {
      j = k;
      break;
    } else if (cls !== 'PERS' && k > i + 1 && titleBeforeName(s, k)) {
      // "لمجلس التعاون ... الدكتور عبداللطيف": a title and a person's name end a body's name
      j = k;
      break;
    }
  // a preposition + a known noun ends a name ("صالح بمنطقتي"): names are no prepositional phrases
  for (let k = i + 1; k < j; k++)
    if (prepositionalPhrase(s, k)) {
      j = k;
      break;
    }
  if (i >= j) return undefined;
  // adverbs with tanween (شهرياً) and lone nisba adjectives (العربي) are not names
  if (j - i === 1 && (/\u064B/.test(words[i]) || lex.nisbas.has(nisbaKey(keys[i])))) return undefined;
  for (let k = i; k < j; k++)
    if (!ARABIC_WORD.test(keys[k]) && !/^[A-Za-z]+$/.test(keys[k])) return undefined;
  return [i, j];
}

/** Whether a reading of word k (clitics off) is a function word. */
function stopWordAt(s: Sentence, k: number): boolean {
  return cliticCandidates(s.words[k]).some((c) => STOP.has(c.key));
}

/** Whether candidate c cuts across the span [i, j) (overlaps it without lying inside it). */
function crosses(c: Cand, i: number, j: number): boolean {
  return c.i < j && i < c.j && (c.i < i || c.j > j);
}

/** The first word's reading; a preposition comes off a person's name only before a known name. */
function firstReading(s: Sentence, cls: string, i: number): ReturnType<typeof bestReading> {
  const { words, keys, lex, model } = s;
  const first = bestReading(words[i], lex, model.vocab);
  // "لأوباما" is ل + أوباما, but "كمالي" is no ك + مالي
  const keepWhole =
    !personWord(first.key, lex, model) && !model.common.has(first.key) && !keys[i].startsWith('لل');
  if (cls === 'PERS' && first.strip > 0 && keepWhole) {
    const whole = cliticCandidates(words[i]);
    return whole.find((c) => c.strip === 1 && /^[وف]/.test(keys[i])) ?? whole[0];
  }
  return first;
}

/** Common words, a short lone word, a plural or adjective called a person, a generic head noun. */
function notAName(s: Sentence, cls: string, i: number, j: number, firstKey: string, ks: string[]): boolean {
  const { words, keys, lex, model } = s;
  if (ks.every((k, n) => model.common.has(k) || (n === 0 && model.common.has(keys[i])) || k.length < 2))
    return true;
  if (j - i === 1 && firstKey.length < 3) return true;
  // a lone word the tagger calls a person needs the look of a name, not of a plural or an adjective
  if (cls === 'PERS' && j - i === 1 && !lex.givenNames.has(firstKey) && NOT_A_NAME.test(firstKey))
    return true;
  // a present-tense verb with an object pronoun ("يخسرها", "تدعمهم") is no name of any kind
  if (j - i === 1 && VERB_WITH_OBJECT.test(firstKey) && !lex.wordClass.has(firstKey)) return true;
  // a lone preposition + noun ("بمواعيد") that no lexicon names
  if (j - i === 1 && !lex.phrases.has(firstKey) && prepositionalPhrase(s, i)) return true;
  // generic nouns the corpus tags in context ("ريف", "المدينة") are not names by themselves
  const bares = cliticCandidates(words[i]).map((c) => (c.key.startsWith('ال') ? c.key.slice(2) : c.key));
  if (bares.some((b) => lex.placeHeads.has(b))) return true;
  return (
    j - i === 1 && bares.some((b) => lex.orgHeads.has(b) || lex.titles.has(b) || lex.titles.has(`ال${b}`))
  );
}

/**
 * One word from any source (tagger, head + word, title + word) that is an inflected common word
 * ("سيحتاج", "عبرت", "عودته", "منطقة نائية", "بشن") and that no list names.
 */
function fragment(s: Sentence, c: Cand): boolean {
  if (c.j - c.i !== 1) return false;
  const k = c.i;
  if (knownName(s, c.key) || knownName(s, s.keys[k])) return false;
  return s.infos[k].arabic && inflectedWord(s.words[k], c.type === 'PER');
}

/** A key some lexicon or the corpus's person words name. */
function knownName(s: Sentence, key: string): boolean {
  return s.lex.phrases.has(key) || s.lex.wordClass.has(key) || personWord(key, s.lex, s.model);
}

/** Normalised key of a name written in text (search keys, spaces collapsed). */
export const nameKey = (name: string): string => phraseKey(name);
