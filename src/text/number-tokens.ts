// The words of Arabic numbers, read one token at a time: the number words and vague amounts of
// lexicons/number-words.json by search key, digit runs, and the proclitics either may carry.
// number-grammar.ts combines the words; number-words.ts reads whole numbers.
import { searchKey } from './arabic.js';
import { DIGIT_CLASS, parseDigits } from './digits.js';
import { readLexicon } from '../lexicon.js';
import { numberWordsSchema } from '../lexicon-schemas.js';

export type WordKind = 'zero' | 'unit' | 'ten' | 'hundred' | 'scale' | 'digits';
type ScaleForm = 'one' | 'acc' | 'dual' | 'plural';

export interface NumberWord {
  kind: WordKind;
  value: number;
  form?: ScaleForm;
  /** only a number inside a compound (أحد عشر, اثنا عشر, إحدى وعشرون) */
  partner?: boolean;
  /** digit runs: the value if the one dot was a decimal point (1.500 مليون) */
  decimal?: number;
}

export interface Vague {
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

export interface Read {
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
export function readToken(text: string, pos: number, first: boolean): Read | null {
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

/** The search key of a word without one proclitic chain, if that is a number word (for callers' checks). */
export function isNumberKey(key: string): boolean {
  return WORDS.has(key) || VAGUE.has(key);
}
