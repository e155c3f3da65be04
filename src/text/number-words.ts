// Arabic numbers as written in news: digit runs (Western and Arabic-Indic, with thousands
// separators and decimals) and number words in every case and gender form, joined by و.
// The words are data (lexicons/number-words.json); this file is the grammar that combines them.
import { searchKey } from './arabic.js';
import { DIGIT_CLASS, parseDigits } from './digits.js';
import { readLexicon } from '../lexicon.js';
import { numberWordsSchema } from '../lexicon-schemas.js';

type WordKind = 'zero' | 'unit' | 'ten' | 'hundred' | 'scale' | 'digits';
type ScaleForm = 'one' | 'acc' | 'dual' | 'plural';

interface NumberWord {
  kind: WordKind;
  value: number;
  form?: ScaleForm;
  /** only a number inside a compound (أحد عشر, اثنا عشر, إحدى وعشرون) */
  partner?: boolean;
  /** digit runs: the value if the one dot was a decimal point (1.500 مليون) */
  decimal?: number;
}

interface Vague {
  low: number;
  high: number;
  base: number;
}

const LEX = readLexicon('number-words', numberWordsSchema);

const WORDS = new Map<string, NumberWord>();
for (const w of LEX.words) {
  for (const f of w.forms)
    WORDS.set(searchKey(f), { kind: w.kind, value: w.value, form: w.form, partner: w.partner });
}
// 300..900 written as one word: ثلاثمائة, ثمانمئة ...
for (const [stem, n] of Object.entries(LEX.hundredStems.stems)) {
  for (const h of LEX.hundredStems.hundreds)
    WORDS.set(searchKey(stem + h), { kind: 'hundred', value: n * 100 });
}
const VAGUE = new Map<string, Vague>();
for (const v of LEX.vague)
  for (const f of v.forms) VAGUE.set(searchKey(f), { low: v.low, high: v.high, base: v.base });
const NOT_NUMBERS = new Set(LEX.notNumbers.forms.map(searchKey));

/** Is the key a vague amount (عشرات، المئات، آلاف، بضعة): a word that names no number? */
export function isVagueAmount(key: string): boolean {
  return VAGUE.has(key);
}

/** Every key the parser can read, for building candidate regexes elsewhere. */
export const NUMBER_KEYS: readonly string[] = [...new Set([...WORDS.keys(), ...VAGUE.keys()])];

// The clitic lists are grammar (closed sets of prefixes), not vocabulary, so they stay in code.
// proclitics allowed on the first word of a number (بثلاثة, وخمسة, لألف); و alone on later words
const PROCLITICS = ['وب', 'ول', 'وك', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'];
// digits also take the article, written with tatweel: الـ50, بالـ20
const DIGIT_PROCLITICS = [...PROCLITICS, 'ال', 'وال', 'بال', 'فال', 'كال', 'لل'];
const SPACE = /[ \t\u00A0\u200E\u200F]*/y;
// a digit run may hold separators, or the press's decimal "ر" between two runs ("5ر6" = 6.5)
const D = `[${DIGIT_CLASS}]`;
const TOKEN = new RegExp(
  `[\\p{L}\\p{M}]*${D}+(?:ر${D}+(?![.,٫٬ر]?${D})|(?:[.,٫٬]${D}+)*)|[\\p{L}\\p{M}]+`,
  'uy',
);
const DIGIT = new RegExp(D);
const MARK = /[\p{M}\u0640]/u;

/** Raw length of the first n letters of a token, counting the marks and tatweel after them. */
function rawPrefix(token: string, n: number): number {
  let i = 0;
  let letters = 0;
  while (i < token.length && letters < n) {
    i++;
    letters++;
    while (i < token.length && MARK.test(token[i])) i++;
  }
  return i;
}

interface Read {
  start: number;
  end: number;
  /** length of the proclitics in front of the number inside the token */
  prefix: number;
  /** the token carried the conjunction و */
  and: boolean;
  word?: NumberWord;
  vague?: Vague;
  key: string;
}

/** Read one token at pos (after spaces) as a number word or digit run; first tokens may carry any proclitic. */
function readToken(text: string, pos: number, first: boolean): Read | null {
  SPACE.lastIndex = pos;
  SPACE.exec(text);
  const start = SPACE.lastIndex;
  TOKEN.lastIndex = start;
  const m = TOKEN.exec(text);
  if (!m) return null;
  const tok = m[0];
  const end = start + tok.length;
  const d = tok.search(DIGIT);
  if (d >= 0) {
    // a proclitic chain glued to digits (بـ500, و10); any other letters (F16, كوفيد19) make it no number
    const letters = searchKey(tok.slice(0, d));
    if (letters && !(first ? DIGIT_PROCLITICS.includes(letters) : letters === 'و')) return null;
    if (d === 0 && end < text.length && /[\p{L}]/u.test(text[end]) && /[A-Za-z]/.test(text[end])) return null;
    const parsed = parseDigits(tok.slice(d));
    if (!parsed) return null;
    const word: NumberWord = { kind: 'digits', value: parsed.value, decimal: parsed.decimal };
    return { start, end, prefix: d, and: letters.startsWith('و'), word, key: '' };
  }
  const key = searchKey(tok);
  if (NOT_NUMBERS.has(key)) return null;
  // a later word tries و first: "وأحد" folds to "واحد", but after "مائة" it is و + أحد
  if (!first && key.startsWith('و') && (WORDS.has(key.slice(1)) || VAGUE.has(key.slice(1)))) {
    return build(start, end, rawPrefix(tok, 1), true, key.slice(1));
  }
  if (WORDS.has(key) || VAGUE.has(key)) return build(start, end, 0, false, key);
  for (const p of first ? PROCLITICS : []) {
    if (!key.startsWith(p)) continue;
    const rest = key.slice(p.length);
    if (WORDS.has(rest) || VAGUE.has(rest))
      return build(start, end, rawPrefix(tok, p.length), p[0] === 'و', rest);
  }
  return null;
}

function build(start: number, end: number, prefix: number, and: boolean, key: string): Read {
  return { start, end, prefix, and, key, word: WORDS.get(key), vague: VAGUE.get(key) };
}

/** A number read from the text. */
export interface NumberParse {
  /** first character of the number, after any proclitic */
  start: number;
  end: number;
  value: number;
  /** vague amounts (عشرات الآلاف): the range; value is low */
  low?: number;
  high?: number;
  /** the largest scale word used (1000 for "15 ألف"), 1 if none */
  scale: number;
  /** how many tokens were read */
  tokens: number;
  /** the number begins with a digit run */
  digits: boolean;
  /** search key of the first token without proclitics, for context checks (ألف, اثنين, تسع) */
  firstKey: string;
}

interface State {
  total: number;
  group: number;
  empty: boolean;
  hundreds: boolean;
  unit: number;
  tens: boolean;
  teen: boolean;
  digits: boolean;
  decimal?: number;
  lastScale: number;
  lastKind: WordKind | '';
  tokens: number;
}

/** Apply one word to the running number; false when it cannot continue this number. */
function step(st: State, w: NumberWord, and: boolean): boolean {
  // a new group after a scale word must be joined by و; the first word needs nothing
  const opens = st.empty && (st.tokens === 0 || (st.total > 0 && and));
  switch (w.kind) {
    case 'zero':
      if (st.tokens > 0) return false;
      st.empty = false;
      st.lastScale = 0; // nothing may follow صفر
      return true;
    case 'digits':
      if (!opens) return false;
      st.group = w.value;
      st.decimal = w.decimal;
      st.digits = true;
      st.empty = false;
      return true;
    case 'unit':
      return stepUnit(st, w, and, opens);
    case 'ten':
      return stepTen(st, w, and, opens);
    case 'hundred':
      return stepHundred(st, w, and, opens);
    case 'scale':
      return stepScale(st, w, and, opens);
  }
}

/** ثلاثة، ثلاثة عشر (a teen), مئة وثلاثة. */
function stepUnit(st: State, w: NumberWord, and: boolean, opens: boolean): boolean {
  if (w.value === 10 && !and && st.lastKind === 'unit' && st.unit >= 1 && st.unit <= 9 && !st.teen) {
    st.group += 10; // teen: ثلاثة عشر
    st.teen = true;
    return true;
  }
  if (opens) st.group = w.value;
  else if (and && st.hundreds && !st.unit && !st.tens && !st.teen) st.group += w.value;
  else return false;
  st.unit = w.value;
  st.empty = false;
  return true;
}

/** عشرون، ثلاثة وعشرون، مئة وعشرون. */
function stepTen(st: State, w: NumberWord, and: boolean, opens: boolean): boolean {
  if (st.tens || st.teen || st.digits) return false;
  if (opens) st.group = w.value;
  else if (and && ((st.unit >= 1 && st.unit <= 9) || (st.hundreds && !st.unit))) st.group += w.value;
  else return false;
  st.tens = true;
  st.empty = false;
  return true;
}

/** مئة، مئتان، ثلاث مئة. */
function stepHundred(st: State, w: NumberWord, and: boolean, opens: boolean): boolean {
  if (opens) st.group = w.value;
  else if (
    !and &&
    w.value === 100 &&
    st.lastKind === 'unit' &&
    st.unit >= 3 &&
    st.unit <= 9 &&
    !st.hundreds
  ) {
    st.group = st.unit * 100; // ثلاث مئة
    st.unit = 0;
  } else return false;
  st.hundreds = true;
  st.empty = false;
  return true;
}

/** ألف، ألفان، ثلاثة آلاف، 1.5 مليون: the group so far times the scale joins the total. */
function stepScale(st: State, w: NumberWord, and: boolean, opens: boolean): boolean {
  if (w.value >= st.lastScale) return false;
  let add: number;
  if (w.form === 'dual') {
    if (!opens) return false;
    add = 2 * w.value;
  } else if (st.empty) {
    if (w.form !== 'one' || !opens) return false; // آلاف / ألفا alone are not read here
    add = w.value;
  } else {
    if (and) return false;
    const g = st.digits && st.decimal !== undefined ? st.decimal : st.group;
    add = Number((g * w.value).toPrecision(15)); // 1.1 مليون is 1100000, not 1100000.0000000002
  }
  st.total += add;
  st.group = 0;
  st.empty = true;
  st.hundreds = st.tens = st.teen = st.digits = false;
  st.unit = 0;
  st.decimal = undefined;
  st.lastScale = w.value;
  return true;
}

/** Parse a number starting at pos (spaces allowed before it). Null when none starts there. */
export function parseNumberAt(text: string, pos: number): NumberParse | null {
  const first = readToken(text, pos, true);
  if (!first) return null;
  const start = first.start + first.prefix;
  if (first.vague) return readVague(text, first, start);
  if (!first.word) return null;
  const st: State = {
    total: 0,
    group: 0,
    empty: true,
    hundreds: false,
    unit: 0,
    tens: false,
    teen: false,
    digits: false,
    lastScale: Infinity,
    lastKind: '',
    tokens: 0,
  };
  let good: NumberParse | null = null;
  let partnerOpen = false;
  let paren = false;
  let read: Read | null = first;
  while (read && read.word) {
    if (!step(st, read.word, st.tokens > 0 && read.and)) break;
    partnerOpen = !!read.word.partner;
    st.lastKind = read.word.kind;
    st.tokens++;
    if (!partnerOpen) {
      good = {
        start: paren && st.tokens > 1 ? start - 1 : start,
        end: read.end,
        value: st.total + st.group,
        scale: st.lastScale === Infinity ? 1 : st.lastScale,
        tokens: st.tokens,
        digits: first.word?.kind === 'digits',
        firstKey: first.key,
      };
    }
    let end = read.end;
    // Saudi papers bracket the digits: "(300) ألف ريال"
    if (st.tokens === 1 && read.word.kind === 'digits' && text[end] === ')' && text[start - 1] === '(') {
      paren = true;
      end++;
    }
    read = readToken(text, end, false);
    // a number does not run across a line break
    if (read && text.slice(end, read.start).includes('\n')) break;
  }
  // a lone word before a digit run is not a number phrase (the verb تسع before 500)
  if (good && good.tokens === 1 && first.word.kind !== 'digits' && read?.word?.kind === 'digits') return null;
  return good;
}

/** عشرات / مئات الآلاف / بضعة آلاف: a range, scaled by a following plural scale word. */
function readVague(text: string, first: Read, start: number): NumberParse {
  const v = first.vague as Vague;
  let base = v.base;
  let end = first.end;
  let tokens = 1;
  const next = readToken(text, end, false);
  if (
    next &&
    !next.and &&
    next.vague &&
    next.vague.base >= 1000 &&
    next.vague.base > base &&
    next.prefix === 0
  ) {
    base *= next.vague.base;
    end = next.end;
    tokens = 2;
  }
  const low = v.low * base;
  return {
    start,
    end,
    value: low,
    low,
    high: (v.high + 1) * base - 1,
    scale: base,
    tokens,
    digits: false,
    firstKey: first.key,
  };
}

/**
 * Value of a phrase that is wholly an Arabic number: "ثلاثة وعشرون" -> 23, "بثلاثة" -> 3,
 * "مئتا ألف" -> 200000, "2.5 مليون" -> 2500000. Null when anything else is in the phrase, for
 * vague amounts (عشرات), and for words that are only numbers inside compounds (أحد alone).
 */
export function parseNumberWords(phrase: string): number | null {
  const p = parseNumberAt(phrase, 0);
  if (!p || p.low !== undefined) return null;
  return phrase.slice(p.end).trim() === '' ? p.value : null;
}

/** The search key of a word without one proclitic chain, if that is a number word (for callers' checks). */
export function isNumberKey(key: string): boolean {
  return WORDS.has(key) || VAGUE.has(key);
}
