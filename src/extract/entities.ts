// Named-entity mentions of one article: lexicon names (outlets, organisations, armed groups,
// places, countries, people), patterns (وكالة X، مدينة X، الخارجية الروسية، title + name) and the
// statistical tagger, merged so that each stretch of text gets at most one mention.
// Spans are clitic-aware: "لوكالة الصحافة الفرنسية" starts at "وكالة", "وروسيا" at "روسيا".
import type { Span } from '../contract.js';
import { phraseKey, searchKey } from '../text/arabic.js';
import { splitSentences, tokenize, type Range, type Token } from '../text/segment.js';
import { cliticCandidates, surfaceOffset, type Candidate } from './ner/clitics.js';
import { titleEnd, wordInfo, type WordInfo } from './ner/features.js';
import { lexicons, nisbaKey, type EntityType, type Lexicons } from './ner/lexicon.js';
import { shippedModel, tagWords, type LoadedModel } from './ner/tagger.js';

export type { EntityType } from './ner/lexicon.js';

export type EntityMention = Span & {
  type: EntityType;
  /** normalised name: search key of the canonical name, titles and clitics removed */
  key: string;
};

interface Cand {
  i: number;
  j: number; // exclusive token index
  type: EntityType;
  key: string;
  strip: number;
  score: number;
}

// Words that never continue a name after a head (time words, relatives, pronouns, function words).
const STOP = new Set(
  [
    'الذي',
    'التي',
    'الذين',
    'اللذين',
    'اللتين',
    'اللاتي',
    'اليوم',
    'امس',
    'الاحد',
    'الاثنين',
    'الثلاثاء',
    'الاربعاء',
    'الخميس',
    'الجمعه',
    'السبت',
    'الماضي',
    'الماضيه',
    'الجاري',
    'المقبل',
    'المقبله',
    'الحالي',
    'الحاليه',
    'الاخير',
    'الاخيره',
    'الاسبوع',
    'الشهر',
    'العام',
    'السنه',
    'الان',
    'الى',
    'الي',
    'في',
    'من',
    'على',
    'علي',
    'عن',
    'مع',
    'ان',
    'او',
    'ثم',
    'قد',
    'لا',
    'لم',
    'لن',
    'ما',
    'هذا',
    'هذه',
    'ذلك',
    'تلك',
    'هو',
    'هي',
    'هم',
    'كل',
    'بعض',
    'غير',
    'بين',
    'عند',
    'بعد',
    'قبل',
    'حول',
    'خلال',
    'منذ',
    'حيث',
    'كما',
    'انه',
    'انها',
    'الا',
    'اي',
    'التابعه',
    'التابع',
    'المحليه',
    'الرسمي',
    'الرسميه',
    'نفسه',
    'نفسها',
  ].map(searchKey),
);

// words between a role and the body it belongs to (مسؤول التفاوض في المعارضة)
const LINKS = new Set(['في', 'لدى', 'عن', 'باسم'].map(searchKey));

// words that precede a name part, never a title: آل الشيخ، أبو الأمير
const NAME_PARTICLES = new Set(['آل', 'بن', 'ابن', 'أبو', 'أم', 'بنت'].map(searchKey));

const FAMILY = searchKey('آل');
// plurals, feminine adjectives, nouns with a pronoun (أمته، إقراره), definite feminines (المسلحة)
const NOT_A_NAME_WORD = /(ون|ات|يه|ته|تها|تهم|اره|اها)$|^ال.*ه$/;
const TANWEEN = /[\u064B-\u064D]/; // adverbs and accusatives: مدهوشًا، تحديًا

// pronoun suffixes that a name does not carry
const PRONOUN_SUFFIX = /^(هما|هم|هن|ها|كم|كما|نا)$/;

// endings of plurals, feminine adjectives and adverbs (ناشطون، ليلية، هاتفيا)
const NOT_A_NAME = /(ون|ين|ات|يه|يا|ا)$|^ال.*ه$/;
const ARABIC_WORD = /^[\u0621-\u064A\u0671-\u06D3]+$/;

/** Words and single punctuation marks of [from, to), as the tagger was trained on them. */
function sentenceTokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let pos = from;
  const gap = (end: number) => {
    for (let k = pos; k < end; k++) {
      const ch = text[k];
      if (
        ch !== ' ' &&
        ch !== '\n' &&
        ch !== '\t' &&
        ch !== '\r' &&
        ch !== '\u00A0' &&
        ch !== '\u200F' &&
        ch !== '\u200E'
      )
        out.push({ start: k, end: k + 1, text: ch });
    }
  };
  for (const t of tokenize(text, from, to)) {
    gap(t.start);
    out.push(t);
    pos = t.end;
  }
  gap(to);
  return out;
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

/** Whether the key is a word the system knows as a whole (training vocabulary or a lexicon). */
function known(key: string, lex: Lexicons, vocab: Set<string>): boolean {
  return vocab.has(key) || lex.wordClass.has(key) || lex.phrases.has(key);
}

/** The reading of a word with its proclitics taken off when that gives a known word. */
function bestReading(word: string, lex: Lexicons, vocab: Set<string>): Candidate {
  const cands = cliticCandidates(word);
  // "للقوات" is ل + القوات, whatever the vocabulary says (NewsFANE keeps لل words whole)
  const article = cands.find((c) => c.key.startsWith('ال') && cands[0].key.startsWith('لل'));
  if (article) return article;
  if (known(cands[0].key, lex, vocab)) return cands[0];
  return cands.find((c) => c.strip > 0 && known(c.key, lex, vocab)) ?? cands[0];
}

function matchFrom(keys: string[], from: number, phrase: string[]): boolean {
  if (from + phrase.length - 1 > keys.length) return false;
  for (let k = 1; k < phrase.length; k++) if (keys[from + k - 1] !== phrase[k]) return false;
  return true;
}

/** Entity mentions of one article, in text order. */
export function findEntityMentions(text: string, article: string, sentences?: Range[]): EntityMention[] {
  const lex = lexicons();
  const model = shippedModel();
  const out: EntityMention[] = [];
  const free: { tok: Token; info: WordInfo }[] = []; // words left outside every mention
  for (const s of sentences ?? splitSentences(text)) {
    const toks = sentenceTokens(text, s.start, s.end);
    if (!toks.length) continue;
    const words = toks.map((t) => t.text);
    const infos = words.map(wordInfo);
    const keys = infos.map((x) => x.key);
    const tags = tagWords(words, model, infos);
    const cands: Cand[] = [];
    const add = (c: Omit<Cand, 'score'>, bonus: number) => cands.push({ ...c, score: c.j - c.i + bonus });
    const keyOf = (i: number, j: number, first: string) => [first, ...keys.slice(i + 1, j)].join(' ');
    // words inside a title ("وزير الخارجية الروسي") are not organisations of their own
    const inTitle = new Uint8Array(toks.length);
    for (let i = 0; i < toks.length; i++) {
      if (!infos[i].titleReadings.length) continue;
      const e = titleEnd(keys, words, i, infos);
      for (let k = i + 1; k < e; k++) inTitle[k] = 1;
    }
    /** Index after a title, its nisbas and the body it speaks for (باسم وزارة الخارجية الإيرانية). */
    const affiliationEnd = (i: number): number => {
      let e = titleEnd(keys, words, i, infos);
      if (e === i) return i;
      // an indefinite role word takes its noun ("وزير الطاقة", "مسؤول التفاوض"); "الرئيس الأسد" does not
      const construct = e;
      const roleEndsIndefinite = !keys[e - 1].startsWith('ال');
      const generic = (k: number) => keys[k].startsWith('ال') && model.common.has(keys[k]);
      const adjective = (k: number) => /^ال.*ه$/.test(keys[k]) && !lex.wordClass.has(keys[k]);
      // an unlisted nisba before a name: "الرئيس النيجيري محمد بخاري"
      const nisbaLike = (k: number) =>
        /^ال.{2,}ي$/.test(keys[k]) &&
        k + 1 < toks.length &&
        !lex.wordClass.get(keys[k])?.includes('PER') &&
        nameWord(k + 1, true);
      for (let step = 0; step < 6 && e < toks.length; step++) {
        const k = LINKS.has(keys[e]) && e + 1 < toks.length ? e + 1 : e;
        let body: Cand | undefined;
        for (const c of cands) if (c.i === k && c.type !== 'PER' && (!body || c.j > body.j)) body = c;
        const t = infos[k].titleReadings.length ? titleEnd(keys, words, k, infos) : k;
        const roleNoun =
          k === construct && roleEndsIndefinite && keys[k].startsWith('ال') && !tags[k].endsWith('PERS');
        // a listed or patterned body, a generic noun (التفاوض، المعارضة) or a rank (اللواء)
        if (body) e = body.j;
        else if (generic(k) || roleNoun) e = k + 1;
        else if (t > k) e = t;
        else break;
        // nisbas, feminine adjectives and words the corpus keeps out of names: "المعارضة السورية المسلحة"
        while (
          e < toks.length &&
          (lex.nisbas.has(nisbaKey(keys[e])) || generic(e) || adjective(e) || nisbaLike(e))
        )
          e++;
      }
      return e;
    };
    /** A word that can be part of a person's name right after a role. */
    const nameWord = (k: number, first: boolean): boolean => {
      const w = keys[k];
      if (w.length < 2 || !ARABIC_WORD.test(w) || STOP.has(w) || TANWEEN.test(words[k])) return false;
      if (!first && NAME_PARTICLES.has(keys[k - 1])) return true; // آل الشيخ، بن سلمان
      if (k > 1 && keys[k - 2] === FAMILY) return false; // the family name ends it
      if (model.common.has(w) || lex.nisbas.has(nisbaKey(w)) || lex.titles.has(w)) return false;
      if (lex.orgHeads.has(w) || lex.placeHeads.has(w) || lex.stateNouns.has(w)) return false;
      if (PRONOUN_SUFFIX.test(infos[k].enc)) return false; // a noun with a pronoun: "بشهادتيهما"
      if (cands.some((c) => c.i === k && c.type !== 'PER')) return false;
      // a known word (with its clitics off) is a name only when the tagger or the given names say so:
      // "يتطلع", "ليواصل", "وأكد" end the name
      const r = bestReading(words[k], lex, model.vocab).key;
      if (lex.givenNames.has(r) || NAME_PARTICLES.has(w) || lex.wordClass.get(r)?.includes('PER'))
        return true;
      if (first ? tags[k].endsWith('PERS') : tags[k] === 'I-PERS') return true;
      if (model.persons.has(r)) return true; // a word the corpus mostly has inside names (شكري)
      // an unknown word: the shapes of verbs, plurals, nouns with pronouns and clauses are no name
      if (first) return !known(r, lex, model.vocab) && !/^[وف]/.test(w) && !NOT_A_NAME_WORD.test(r);
      // later words are read whole ("كمالي" is no ك + مالي), but a clitic + definite noun ends the name
      if (r !== w && r.startsWith('ال')) return false;
      if (known(w, lex, model.vocab) || /^[وفيتن]/.test(w) || NOT_A_NAME_WORD.test(w)) return false;
      return !w.startsWith('ال') || w.endsWith('ي');
    };
    const placeAfterHead = (i: number, head: Candidate) => {
      const k = i + 1;
      const j = placeNameEnd(k, head.key, false);
      if (!j) return;
      const keep = lex.keepHeads.has(head.key);
      const nameKey = placeKeyOf(k, j);
      if (keep) add({ i, j, type: 'LOC', key: `${head.key} ${nameKey}`, strip: head.strip }, 1.2);
      else add({ i: k, j, type: 'LOC', key: nameKey, strip: 0 }, 1);
      // "حيي باب الحديد وأقيول": a second place after و
      if (lex.dualHeads.has(head.key) && j < toks.length && keys[j].length > 3 && keys[j][0] === 'و') {
        const j2 = placeNameEnd(j, head.key, true);
        if (j2) add({ i: j, j: j2, type: 'LOC', key: placeKeyOf(j, j2, 1), strip: 1 }, 1);
      }
    };
    /** End of the place name starting at k (after a head), 0 if none. */
    const placeNameEnd = (k: number, headKey: string, conj: boolean): number => {
      const w = conj ? keys[k].slice(1) : keys[k];
      if (!ARABIC_WORD.test(w) || STOP.has(w) || lex.nisbas.has(nisbaKey(w))) return 0;
      let j = 0;
      // a listed place (longest) or a name that is also a common word (حي صلاح الدين)
      const listed = [...(lex.phrases.get(w) ?? []), ...(lex.weakPhrases.get(w) ?? [])].find(
        (p) => p.type === 'LOC' && matchFrom(keys, k + 1, p.keys),
      );
      if (listed) j = k + listed.keys.length;
      else {
        const bareW = w.startsWith('ال') ? w.slice(2) : w;
        if (lex.placeHeads.has(w) || lex.placeHeads.has(bareW) || model.common.has(w)) return 0;
        const taggedName = tags[k] !== 'O' && !tags[k].endsWith('MISC');
        const definiteOk =
          w.startsWith('ال') && headKey !== 'منطقه' && !model.vocab.has(w) && !model.vocab.has(bareW);
        if (!(taggedName || !known(w, lex, model.vocab) || definiteOk || lex.placePrefixes.has(w))) return 0;
        j = k + 1;
        if (lex.placePrefixes.has(w) && j < toks.length && ARABIC_WORD.test(keys[j])) j++;
        // an indefinite word and a definite noun make one name: "كرم الزيتون", "جسر الشغور"
        else if (j < toks.length && !w.startsWith('ال') && definiteName(j)) j++;
      }
      // the tagger carries the name on ("حي صلاح الدين" tagged as one place)
      while (
        j < toks.length &&
        j - k < 4 &&
        tags[j] === 'I-LOC' &&
        ARABIC_WORD.test(keys[j]) &&
        !STOP.has(keys[j])
      )
        j++;
      if (j < toks.length && lex.placeSuffixes.has(keys[j])) j++;
      return j;
    };
    // not an adjective: feminine (المحاصرة), nisba-like (الشرقي) or a verb's subject
    const definiteName = (j: number) =>
      /^ال..+[^ه]$/.test(keys[j]) &&
      !STOP.has(keys[j]) &&
      !lex.nisbas.has(nisbaKey(keys[j])) &&
      !lex.phrases.has(keys[j]) &&
      !(keys[j].endsWith('ي') && known(keys[j], lex, model.vocab)) &&
      !tags[j].startsWith('B-');
    const placeKeyOf = (k: number, j: number, strip = 0) => {
      const first = keys[k].slice(strip);
      const listed = [...(lex.phrases.get(first) ?? [])].find(
        (p) => p.keys.length === j - k && matchFrom(keys, k + 1, p.keys),
      );
      return listed ? listed.canon : [first, ...keys.slice(k + 1, j)].join(' ');
    };
    const lexAt = (i: number) =>
      infos[i].lexReadings.some((c) => lex.phrases.get(c.key)?.some((ph) => matchFrom(keys, i + 1, ph.keys)));

    for (let i = 0; i < toks.length; i++) {
      if (!infos[i].arabic && !infos[i].latin) continue;
      const heads = infos[i].headReadings;
      // 1. lexicon names, longest first
      let bestLex: Cand | undefined;
      for (const c of infos[i].lexReadings) {
        const p = lex.phrases.get(c.key)?.find((ph) => matchFrom(keys, i + 1, ph.keys));
        if (p && (!bestLex || p.keys.length > bestLex.j - bestLex.i))
          bestLex = { i, j: i + p.keys.length, type: p.type, key: p.canon, strip: c.strip, score: 0 };
      }
      // "حلب القديمة": the old city is a place of its own
      if (bestLex?.type === 'LOC' && bestLex.j < toks.length && lex.placeSuffixes.has(keys[bestLex.j])) {
        bestLex.key = `${bestLex.key} ${keys[bestLex.j]}`;
        bestLex.j++;
      }
      if (bestLex) add(bestLex, 1.5);
      // 2. organisation heads: وزارة / وكالة / حركة + definite words (a listed name after the head wins)
      for (const c of !heads.length || bestLex || inTitle[i] || (i + 1 < toks.length && lexAt(i + 1))
        ? []
        : heads) {
        const type = lex.orgHeads.get(c.key);
        if (!type) continue;
        let j = i + 1;
        while (j < toks.length && j - i <= 4 && ARABIC_WORD.test(keys[j]) && !STOP.has(keys[j])) {
          const definite = keys[j].startsWith('ال');
          if (!definite && lex.nisbas.has(nisbaKey(`ال${keys[j]}`))) break; // "صحيفة ألمانية": a description
          const taggedIn = tags[j].startsWith('I-') && !tags[j].endsWith('MISC');
          if (!definite && !taggedIn) break;
          j++;
        }
        if (j > i + 1) {
          const t = type === 'MEDIA' && lex.notMedia.has(keys[i + 1]) ? 'ORG' : type;
          add({ i, j, type: t, key: keyOf(i, j, c.key), strip: c.strip }, 1);
        }
        break;
      }
      // 3. institution noun + nisba: الخارجية الروسية، الجيش التركي
      for (const c of inTitle[i] ? [] : heads) {
        const nouns = lex.stateNouns.get(c.key);
        const n = nouns?.find((ph) => matchFrom(keys, i + 1, ph));
        if (!n) continue;
        const e = i + n.length;
        if (e < keys.length && lex.nisbas.has(nisbaKey(keys[e])) && lex.nisbas.get(nisbaKey(keys[e])) !== '')
          add({ i, j: e + 1, type: 'ORG', key: keyOf(i, e + 1, c.key), strip: c.strip }, 1);
        break;
      }
      // 4. place heads: مدينة / بلدة / حي X -> X; مطار / ريف X -> the whole (a place of its own)
      const head = heads.length ? heads.find((c) => lex.placeHeads.has(c.key)) : undefined;
      if (head && i + 1 < toks.length) placeAfterHead(i, head);
      // 5. title + person name: الرئيس الروسي فلاديمير بوتين
      const e = infos[i].titleReadings.length ? titleEnd(keys, words, i, infos) : i;
      if (e > i && e < toks.length && ARABIC_WORD.test(keys[e])) {
        const first = bestReading(words[e], lex, model.vocab).key;
        if (lex.givenNames.has(first) && !tags[e].endsWith('PERS')) {
          let j = e + 1;
          while (
            j < toks.length &&
            j - e < 4 &&
            ARABIC_WORD.test(keys[j]) &&
            !STOP.has(keys[j]) &&
            (tags[j] === 'I-PERS' || lex.givenNames.has(keys[j]) || !known(keys[j], lex, model.vocab))
          )
            j++;
          if (j > e + 1) add({ i: e, j, type: 'PER', key: keys.slice(e, j).join(' '), strip: 0 }, 0.8);
        }
      }
    }
    // 6. the tagger's spans, never across "و" + a listed name ("الصليب الأحمر والهلال الأحمر")
    const conjName = new Uint8Array(toks.length);
    for (const c of cands)
      if (c.strip > 0 && (keys[c.i][0] === 'و' || keys[c.i][0] === 'ف')) conjName[c.i] = 1;
    for (let i = 0; i < tags.length; i++) {
      if (!tags[i].startsWith('B-') || tags[i] === 'B-MISC') continue;
      let j = i + 1;
      while (j < tags.length && tags[j] === `I-${tags[i].slice(2)}`) j++;
      let cut = i + 1;
      while (cut < j && !conjName[cut]) cut++;
      const span = tagged(tags[i].slice(2), i, cut, words, keys, lex, model);
      // a tagger span that cuts across a lexicon or pattern name is wrong at one end
      const crosses = (c: Cand) => c.i < span!.j && span!.i < c.j && (c.i < span!.i || c.j > span!.j);
      if (span && !cands.some(crosses)) add(span, 0);
      i = j - 1;
    }
    // 7. a person after a role and its affiliation: "المتحدث باسم وزارة الخارجية الإيرانية بهرام قاسمي"
    for (let i = 0; i < toks.length; i++) {
      if (!infos[i].titleReadings.length || inTitle[i]) continue;
      // "آل الشيخ", "أبو الأمير": a title word inside a name is no role
      if (i > 0 && NAME_PARTICLES.has(keys[i - 1])) continue;
      if (cands.some((c) => c.type === 'PER' && c.i < i && i < c.j)) continue;
      const e = affiliationEnd(i);
      if (e <= i || e >= toks.length) continue;
      let j = e;
      while (j < toks.length && j - e < 6 && nameWord(j, j === e)) j++; // عبداللطيف بن عبدالملك آل الشيخ
      const one =
        j === e + 1 &&
        (tags[e] === 'B-PERS' || lex.givenNames.has(bestReading(words[e], lex, model.vocab).key));
      const first = bestReading(words[e], lex, model.vocab);
      if (j - e >= 2 || one)
        add(
          { i: e, j, type: 'PER', key: [first.key, ...keys.slice(e + 1, j)].join(' '), strip: first.strip },
          1.5,
        );
    }
    // choose: larger score first (length + source bonus), no overlaps
    cands.sort((a, b) => b.score - a.score || a.i - b.i);
    const taken = new Uint8Array(toks.length);
    for (const c of cands) {
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
  addSurnames(out, free, text, article, lex, model);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A surname found in a full name elsewhere in the article is the same person when it comes back
 * alone ("... الصمعين" after "عبد الله الصمعين"): the tagger often misses the short form.
 */
function addSurnames(
  out: EntityMention[],
  free: { tok: Token; info: WordInfo }[],
  text: string,
  article: string,
  lex: Lexicons,
  model: LoadedModel,
): void {
  const surnames = new Set<string>();
  for (const m of out) {
    if (m.type !== 'PER') continue;
    const ws = m.key.split(' ');
    const last = ws[ws.length - 1];
    if (ws.length > 1 && last.length >= 3 && !model.common.has(last) && !lex.givenNames.has(last))
      surnames.add(last);
  }
  if (!surnames.size) return;
  for (const { tok, info } of free) {
    const r = info.readings.find((c) => surnames.has(c.key));
    if (!r) continue;
    const start = tok.start + surfaceOffset(tok.text, r.strip);
    out.push({ article, start, end: tok.end, text: text.slice(start, tok.end), type: 'PER', key: r.key });
  }
}

/** A word that is a person's name by itself (given names, the person lexicon, the corpus's name words). */
function personWord(key: string, lex: Lexicons, model: LoadedModel): boolean {
  return lex.givenNames.has(key) || model.persons.has(key) || !!lex.wordClass.get(key)?.includes('PER');
}

/** A tagger span cleaned up: proclitics, function words and titles off; common words refused. */
function tagged(
  cls: string,
  i: number,
  j: number,
  words: string[],
  keys: string[],
  lex: Lexicons,
  model: LoadedModel,
): Omit<Cand, 'score'> | undefined {
  const isStop = (k: number) => cliticCandidates(words[k]).some((c) => STOP.has(c.key));
  while (i < j && isStop(i)) i++;
  // a person span that starts with a title: keep the name after it
  if (cls === 'PERS') {
    const e = titleEnd(keys, words, i);
    if (e > i) i = e;
  }
  // cut at a function word or, in a person's name, at a title ("... نائب رئيس مجلس الوزراء")
  for (let k = i + 1; k < j; k++)
    if (isStop(k) || (cls === 'PERS' && titleEnd(keys, words, k) > k)) {
      j = k;
      break;
    }
  if (i >= j) return undefined;
  // adverbs with tanween (شهرياً) and lone nisba adjectives (العربي) are not names
  if (j - i === 1 && (/\u064B/.test(words[i]) || lex.nisbas.has(nisbaKey(keys[i])))) return undefined;
  for (let k = i; k < j; k++)
    if (!ARABIC_WORD.test(keys[k]) && !/^[A-Za-z]+$/.test(keys[k])) return undefined;
  let first = bestReading(words[i], lex, model.vocab);
  // a preposition comes off a person's name only before a known name: "لأوباما", but "كمالي" is no ك + مالي
  if (cls === 'PERS' && first.strip > 0 && !personWord(first.key, lex, model)) {
    const whole = cliticCandidates(words[i]);
    first = whole.find((c) => c.strip === 1 && /^[وف]/.test(keys[i])) ?? whole[0];
  }
  const ks = [first.key, ...keys.slice(i + 1, j)];
  if (ks.every((k, n) => model.common.has(k) || (n === 0 && model.common.has(keys[i])) || k.length < 2))
    return undefined;
  if (j - i === 1 && first.key.length < 3) return undefined;
  // a lone word the tagger calls a person needs the look of a name, not of a plural or an adjective
  if (cls === 'PERS' && j - i === 1 && !lex.givenNames.has(first.key) && NOT_A_NAME.test(first.key))
    return undefined;
  // generic nouns the corpus tags in context ("ريف", "المدينة") are not names by themselves
  const bares = cliticCandidates(words[i]).map((c) => (c.key.startsWith('ال') ? c.key.slice(2) : c.key));
  if (bares.some((b) => lex.placeHeads.has(b))) return undefined;
  if (j - i === 1 && bares.some((b) => lex.orgHeads.has(b) || lex.titles.has(b) || lex.titles.has(`ال${b}`)))
    return undefined;
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

/** Normalised key of a name written in text (search keys, spaces collapsed). */
export const nameKey = (name: string): string => phraseKey(name);
