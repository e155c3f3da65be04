// Organisation names beyond "head + definite words" (entities.ts): a body named in quotes after its
// head, a definite head with adjectives and a ل complement, and the coordinated words that stay in a
// body's name.
import type { Candidate } from '../ner/clitics.js';
import type { Lexicons } from '../ner/lexicon.js';
import { addCand, PATTERN_BONUS, STOP, type Sentence } from './sentence.js';

/** Definite words after an organisation head (وزارة الداخلية والبلديات العامة): more is the sentence. */
export const ORG_BODY_WORDS = 4;

export const OPEN_QUOTE = new Set(['«', '“', '"', '„']);
export const CLOSE_QUOTE = new Set(['»', '”', '"']);
/** Adjectives between a head and its quoted name (الشركة البرازيلية العملاقة « ... »). */
const QUOTE_GAP_WORDS = 3;
/** Words of a quoted name. */
const QUOTED_NAME_WORDS = 5;

/**
 * An organisation head (شركة، صحيفة، حركة, with or without the article and a few adjectives) and a
 * name in quotes right after it: the quoted words are the body's name, the head stays out.
 */
export function addQuotedBody(s: Sentence, i: number): void {
  const { toks, keys, infos, lex, model } = s;
  // the quote mark first: it is cheaper to look for than the head, and rarely there
  let k = i + 1;
  // (infos[k].arabic: the key is Arabic letters only, as sentence.ts's ARABIC_WORD tests)
  while (k < toks.length && k - i <= QUOTE_GAP_WORDS && keys[k].startsWith('ال') && infos[k].arabic) k++;
  if (k >= toks.length || !OPEN_QUOTE.has(toks[k].text)) return;
  // (helpers, not closures: a closure here would cost an allocation on every call, for every word)
  const head = orgHeadReading(infos[i].readings, lex);
  if (!head) return;
  const from = k + 1;
  let to = from;
  while (to < toks.length && to - from < QUOTED_NAME_WORDS && (infos[to].arabic || infos[to].latin)) to++;
  if (to === from || to >= toks.length || !CLOSE_QUOTE.has(toks[to].text)) return;
  if (allCommon(keys, from, to, model.common)) return;
  const type = lex.orgHeads.get(head.key) ?? lex.orgHeads.get(withoutAl(head.key)) ?? 'ORG';
  addCand(s, { i: from, j: to, type, key: keys.slice(from, to).join(' '), strip: 0 }, PATTERN_BONUS);
}

/** Adjectives between a definite head and its ل complement (الهيئة العامة السعودية للسياحة). */
const DEFINITE_BODY_ADJECTIVES = 2;

/**
 * "الهيئة العامة للغذاء والدواء", "المديرية العامة للجوازات": a head with the article is a name only
 * with a ل + definite complement (the official naming pattern); "الشركة الوطنية" alone is a description.
 */
export function addDefiniteBody(s: Sentence, i: number): void {
  const { toks, infos, keys, lex } = s;
  // the adjectives and the complement first: cheaper to test than the head, and rarely there
  let j = i + 1;
  // at least one adjective, each a nisba (الوطنية، السعودية) or one of the official ones (العامة)
  while (j < toks.length && j - i <= DEFINITE_BODY_ADJECTIVES && bodyAdjective(s, j)) j++;
  if (j === i + 1 || j >= toks.length || !keys[j].startsWith('لل') || keys[j].length < 5) return;
  const head = definiteHeadReading(infos[i].readings, lex);
  if (!head || lex.orgHeads.get(head.key.slice(2)) === 'GROUP') return;
  j++;
  while (
    j < toks.length &&
    j - i <= ORG_BODY_WORDS + 1 &&
    (coordinatedWord(s, j) || (keys[j].startsWith('ال') && !STOP.has(keys[j]))) &&
    // a rank or title ends the name: "للسياحة [المهندس] سعد"
    !s.infos[j].titleReadings.length
  )
    j++;
  const type = lex.orgHeads.get(head.key.slice(2)) ?? 'ORG';
  addCand(
    s,
    { i, j, type, key: [head.key, ...keys.slice(i + 1, j)].join(' '), strip: head.strip },
    PATTERN_BONUS,
  );
}

// "الحكومة ... للمواطن", "النادي الأهلي للتعاقد": a government or a club with ل + noun is a clause
const DESCRIBED_HEADS = new Set(['حكومه', 'نادي']);

/** Whether every key in [from, to) is a common word or a stop word. */
function allCommon(keys: string[], from: number, to: number, common: Set<string>): boolean {
  for (let k = from; k < to; k++) if (!common.has(keys[k]) && !STOP.has(keys[k])) return false;
  return true;
}

/** A definite nisba adjective or an adjective of official names (العامة، العليا). */
function bodyAdjective(s: Sentence, j: number): boolean {
  const k = s.keys[j];
  return k.startsWith('ال') && !STOP.has(k) && (s.lex.bodyAdjectives.has(k) || /(ي|يه)$/.test(k));
}

// a nisba: the article, two letters or more, and ي / ية ("الري" is a noun)
const NISBA_END = /^و?ال.{2,}(ي|يه)$/;

/**
 * "و" + a definite word that continues a body's name: like the word before it (adjective after
 * adjective: البلدية والقروية; noun after noun: للغذاء والدواء), no function word (والذي) and no
 * body of its own (والجيش). "الوطنية والأمن" is the sentence going on.
 */
export function coordinatedWord(s: Sentence, j: number): boolean {
  const k = s.keys[j];
  if (!k.startsWith('وال') || STOP.has(k.slice(1)) || ownName(s, j)) return false;
  return NISBA_END.test(k) === NISBA_END.test(s.keys[j - 1]);
}

/** Whether the word (و off) starts a listed name, a body or an institution noun of its own. */
export function ownName(s: Sentence, j: number): boolean {
  // a loop, not a closure: asked for every word with و, and a closure would cost an allocation a call
  const { lex } = s;
  for (const c of s.infos[j].readings)
    if (
      c.strip > 0 &&
      (lex.phrases.has(c.key) || lex.stateNouns.has(c.key) || lex.orgHeads.has(withoutAl(c.key)))
    )
      return true;
  return false;
}

/** The key without a leading ال. */
const withoutAl = (key: string): string => (key.startsWith('ال') ? key.slice(2) : key);

/** The first reading that is an organisation head, with or without its ال. */
function orgHeadReading(readings: Candidate[], lex: Lexicons): Candidate | undefined {
  for (const c of readings) if (lex.orgHeads.has(c.key) || lex.orgHeads.has(withoutAl(c.key))) return c;
  return undefined;
}

/** The first reading that is ال + an organisation head, other than a described head. */
function definiteHeadReading(readings: Candidate[], lex: Lexicons): Candidate | undefined {
  for (const c of readings)
    if (c.key.startsWith('ال') && lex.orgHeads.has(c.key.slice(2)) && !DESCRIBED_HEADS.has(c.key.slice(2)))
      return c;
  return undefined;
}
