// Quantities in Arabic news: digit runs, number words, mixed forms (15 ألف), duals (يومين),
// vague amounts (عشرات الآلاف) and approximators (نحو، أكثر من، بين X و Y), each with the noun it
// counts and its unit. One precompiled candidate regex finds where a number may start; the
// grammar in number-words.ts reads it; a few looks left and right decide what it is.
import type { Quantity, Span } from '../../contract.js';
import { searchKey } from '../../text/arabic.js';
import { NUMBER_KEYS, parseNumberAt, type NumberParse } from '../../text/number-words.js';
import { z } from 'zod';
import { readLexicon } from '../../lexicon.js';

type Approx = NonNullable<Quantity['approx']>;

const forms = z.object({ forms: z.array(z.string()) });
const phrases = z.array(
  z.object({ phrase: z.string(), approx: z.enum(['about', 'more-than', 'less-than', 'range']) }),
);
const NUM = readLexicon(
  'number-words',
  z.object({
    duals: z.array(z.object({ forms: z.array(z.string()), unit: z.string().optional() })),
    approximators: phrases,
    approximatorsAfter: phrases,
    rangeOpeners: z.object({ openers: z.array(z.string()), joiners: z.array(z.string()) }),
    identifierCues: forms,
    yearCues: forms,
    ordinalsBeforeTen: forms,
    timeCues: z.object({ before: z.array(z.string()), after: z.array(z.string()) }),
    weekdays: forms,
    namePrefixes: forms,
    countCues: forms,
  }),
);
const UNITS = readLexicon(
  'counted-units',
  z.object({
    units: z.array(z.object({ unit: z.string(), forms: z.array(z.string()) })),
    notCounted: forms,
    verbs: forms,
    others: forms,
  }),
);
const MONTHS = readLexicon('months', z.object({ gregorian: z.array(forms), hijri: z.array(forms) }));

const keys = (forms: string[]) => new Set(forms.map(phraseKeyOf));
function phraseKeyOf(s: string): string {
  return s.trim().split(/\s+/).map(searchKey).join(' ');
}

const DUALS = new Map<string, string | undefined>();
for (const d of NUM.duals) for (const f of d.forms) DUALS.set(searchKey(f), d.unit);

// approximator phrases as word-key arrays, longest first so "ما لا يقل عن" beats "لا يقل عن"
const APPROX = NUM.approximators
  .map((a) => ({ words: phraseKeyOf(a.phrase).split(' '), approx: a.approx }))
  .sort((a, b) => b.words.length - a.words.length);
const APPROX_BY_LAST = new Map<string, typeof APPROX>();
for (const a of APPROX) {
  const last = a.words[a.words.length - 1];
  APPROX_BY_LAST.set(last, [...(APPROX_BY_LAST.get(last) ?? []), a]);
}
const RANGE_OPENERS = NUM.rangeOpeners.openers
  .map((p) => phraseKeyOf(p).split(' '))
  .sort((a, b) => b.length - a.length);
const RANGE_JOINERS = keys(NUM.rangeOpeners.joiners);
const IDENTIFIER_CUES = keys(NUM.identifierCues.forms);
const YEAR_CUES = keys(NUM.yearCues.forms);
const ORDINALS_BEFORE_TEN = keys(NUM.ordinalsBeforeTen.forms);
const APPROX_AFTER = NUM.approximatorsAfter.map((a) => ({
  words: phraseKeyOf(a.phrase).split(' '),
  approx: a.approx,
}));
const TIME_BEFORE = keys(NUM.timeCues.before);
const TIME_AFTER = keys(NUM.timeCues.after);
const WEEKDAYS = keys(NUM.weekdays.forms);
const NAME_PREFIXES = keys(NUM.namePrefixes.forms);
const NOT_COUNTED = keys(UNITS.notCounted.forms);
const VERBS = keys(UNITS.verbs.forms);
const OTHERS = keys(UNITS.others.forms);
const COUNT_CUES = keys(NUM.countCues.forms);

// unit forms: one word or two (كيلومتر مربع); the sign forms (% ٪) are read separately
const UNIT_OF = new Map<string, string>();
for (const u of UNITS.units) {
  for (const f of u.forms) UNIT_OF.set(phraseKeyOf(f), u.unit);
}

// month names: first word -> the whole names that start with it (كانون الأول, ذو القعدة)
const MONTH_NAMES = new Map<string, string[][]>();
for (const m of [...MONTHS.gregorian, ...MONTHS.hijri]) {
  for (const f of m.forms) {
    const words = phraseKeyOf(f).split(' ');
    const list = MONTH_NAMES.get(words[0]) ?? [];
    list.push(words);
    MONTH_NAMES.set(words[0], list);
  }
}

// Raw-text pattern of a folded key: the folded letters stand for their spelling variants.
const VARIANTS: Record<string, string> = { ا: '[اأإآٱ]', ي: '[يى]', ه: '[هة]' };

type Trie = Map<string, Trie>;
/** A regex alternation of the keys as a trie, so the engine never backtracks across siblings. */
function trieSource(words: Iterable<string>): string {
  const root: Trie = new Map();
  for (const w of words) {
    let n = root;
    for (const c of w + '$') {
      if (!n.has(c)) n.set(c, new Map());
      n = n.get(c) as Trie;
    }
  }
  const emit = (n: Trie): string => {
    const alts = [...n.entries()].map(([c, child]) => (c === '$' ? '' : (VARIANTS[c] ?? c) + emit(child)));
    if (alts.length === 1) return alts[0];
    const rest = alts.filter((a) => a !== '');
    return `(?:${rest.join('|')})${rest.length < alts.length ? '?' : ''}`;
  };
  return emit(root);
}

// Candidate: a digit run, or a whole word that is a number word or dual behind optional
// proclitics / article. No `u` flag and no \p classes: this runs over every character.
const AR_LETTERS = '\u0621-\u063A\u0641-\u064A\u0671-\u06D3';
export const CANDIDATE = new RegExp(
  `[0-9\u0660-\u0669\u06F0-\u06F9]+|(?<![${AR_LETTERS}\u0640])[وفبلك]{0,2}(?:ال)?` +
    `${trieSource(new Set([...NUMBER_KEYS, ...DUALS.keys()]))}(?![${AR_LETTERS}])`,
  'g',
);

/** A letter, mark or tatweel (Arabic and Latin by code range; other scripts by regex). */
function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c >= 0x0621 && c <= 0x06d3) return c < 0x0660 || c > 0x0669; // Arabic letters, marks, tatweel
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c > 0xbf && /[\p{L}\p{M}]/u.test(ch);
}
const ARABIC_WORD = /^[\u0600-\u06FF]+$/;
const SPACES = /[ \t\u00A0\u200E\u200F]/;

interface Word {
  start: number;
  end: number;
  key: string;
}

/** The word ending before pos, with only spaces between (null at punctuation or line start). */
function wordBefore(text: string, pos: number): Word | null {
  let e = pos;
  while (e > 0 && SPACES.test(text[e - 1])) e--;
  let s = e;
  while (s > 0 && isLetter(text[s - 1])) s--;
  return s < e ? { start: s, end: e, key: searchKey(text.slice(s, e)) } : null;
}

/** The word starting after pos, with only spaces between. */
function wordAfter(text: string, pos: number): Word | null {
  let s = pos;
  while (s < text.length && SPACES.test(text[s])) s++;
  let e = s;
  while (e < text.length && isLetter(text[e])) e++;
  return s < e ? { start: s, end: e, key: searchKey(text.slice(s, e)) } : null;
}

/** The key without a leading و / ف conjunction, when the rest is still a word. */
const dropConj = (k: string) => (k.length > 2 && (k[0] === 'و' || k[0] === 'ف') ? k.slice(1) : k);

/** Words before pos matching a phrase (its first word may carry و/ف): the start of the match. */
function matchBefore(text: string, pos: number, phrase: string[]): number | null {
  let at = pos;
  for (let i = phrase.length - 1; i >= 0; i--) {
    const w = wordBefore(text, at);
    if (!w) return null;
    if (w.key === phrase[i]) at = w.start;
    else if (i === 0 && dropConj(w.key) === phrase[i]) at = w.start + (w.end - w.start - phrase[i].length);
    else return null;
  }
  return at;
}

function monthAt(text: string, pos: number): boolean {
  let w = wordAfter(text, pos);
  if (!w && text[pos] === '/') w = wordAfter(text, pos + 1);
  if (!w) return false;
  const names = MONTH_NAMES.get(w.key) ?? MONTH_NAMES.get(dropConj(w.key));
  if (!names) return false;
  return names.some((n) => n.length === 1 || wordAfter(text, w.end)?.key === n[1]);
}

function monthBefore(text: string, pos: number): boolean {
  const w = wordBefore(text, pos);
  if (!w) return false;
  if (MONTH_NAMES.has(w.key)) return true;
  const w2 = wordBefore(text, w.start);
  return !!w2 && !!MONTH_NAMES.get(w2.key)?.some((n) => n.length === 2 && n[1] === w.key);
}

const overlaps = (s: number, e: number, ex: { start: number; end: number }[]) =>
  ex.some((r) => s < r.end && r.start < e);

/** A digit run that is part of a date, clock time, phone or code: 10:30, 14/12/2016, 2016-12. */
function glued(text: string, start: number, end: number): boolean {
  const a = text[end] ?? '';
  const b = text[start - 1] ?? '';
  const isDigit = (c: string | undefined) => !!c && /[0-9٠-٩۰-۹]/.test(c);
  if (/[:/\-–]/.test(a) && isDigit(text[end + 1])) return true;
  if (/[:/\-–]/.test(b) && isDigit(text[start - 2])) return true;
  // dates written with spaced slashes: 15 /8 /1436هـ
  if (
    /^ *\/ *[0-9٠-٩]/.test(text.slice(end, end + 4)) ||
    /[0-9٠-٩] *\/ *$/.test(text.slice(Math.max(0, start - 4), start))
  ) {
    return true;
  }
  return /[A-Za-z]/.test(a) || /[A-Za-z]/.test(b);
}

const isYearish = (p: NumberParse) =>
  p.digits && p.tokens === 1 && Number.isInteger(p.value) && p.value >= 1000 && p.value <= 2199;

/** Reasons a parsed number is not a quantity, looking at the words around it. */
function notAQuantity(text: string, p: NumberParse, tokStart: number): boolean {
  let at = tokStart;
  while (at > 0 && /[(«"“[ ]/.test(text[at - 1]) && tokStart - at < 3) at--; // رقم (14)
  const prev = wordBefore(text, at);
  const prevKey = prev ? prev.key : '';
  const next = wordAfter(text, p.end);
  if (p.digits) {
    if (glued(text, p.start, p.end)) return true;
    if (IDENTIFIER_CUES.has(prevKey) || TIME_BEFORE.has(prevKey)) return true;
    if (isYearish(p) && (YEAR_CUES.has(prevKey) || monthBefore(text, tokStart))) return true;
    if (monthAt(text, p.end)) return true; // 14 ديسمبر
    const dash = /^ *[-–ـ]+ *[0-9٠-٩]+/.exec(text.slice(p.end, p.end + 12));
    if (dash && monthAt(text, p.end + dash[0].length)) return true; // 25 - 28 مايو
    if (p.value <= 31 && prev && WEEKDAYS.has(prevKey) && prevKey !== 'يوم') return true; // الأربعاء 14
    if (next && TIME_AFTER.has(next.key)) {
      if (isYearish(p) ? ['م', 'ه', 'هـ'].includes(next.key) : p.value <= 24) return true;
    }
    if (next?.key === 'من' && /^(ال)?شهر/.test(wordAfter(text, next.end)?.key ?? '')) return true; // 14 من الشهر
  } else {
    if (p.value === 0) return true; // صفر is also a month
    if (NAME_PREFIXES.has(prevKey)) return true; // أبو عشرة
    if (p.tokens === 1 && p.firstKey === 'اثنين' && prevKey === 'يوم') return true; // يوم اثنين: Monday
    if (p.tokens === 1 && p.value === 10 && ORDINALS_BEFORE_TEN.has(prevKey)) return true; // الثالث عشر
    if (p.tokens === 1 && p.firstKey === 'الف') {
      // ألّف (compiled) is spelled like ألف: shadda, or a definite word after it
      if (text.slice(p.start, p.end).includes('\u0651')) return true;
      if (!next || next.key.startsWith('ال')) return true;
    }
    if (p.tokens <= 2 && monthAt(text, p.end)) return true;
  }
  return false;
}

/** The noun a quantity counts, and its unit: the next word (after من), unless it is a particle. */
function countedAfter(
  text: string,
  pos: number,
  onlyAfterMin = false,
): { word: Word | null; unit?: string; end: number } {
  let w = wordAfter(text, pos);
  if (w?.key === 'من') w = wordAfter(text, w.end);
  else if (onlyAfterMin) return { word: null, end: pos }; // "20% من السكان", not "20% ليصل"
  if (w && OTHERS.has(w.key)) return { word: w, end: pos }; // 30 آخرين: findQuantities points it back
  // a counted noun is a noun: a verb after the number starts the predicate (نحو 30 جاء بعد ...)
  if (w && (VERBS.has(w.key) || VERBS.has(dropConj(w.key)))) return { word: null, end: pos };
  if (!w || w.end - w.start < 2 || !ARABIC_WORD.test(text.slice(w.start, w.end)) || NOT_COUNTED.has(w.key)) {
    return { word: null, end: pos };
  }
  if (text[w.start] === '\u0640') return { word: null, end: pos }; // a tatweel dash (25 ــ 28)
  if (/^[وف]/.test(w.key) && !UNIT_OF.has(w.key) && (w.key.length > 3 || NOT_COUNTED.has(dropConj(w.key)))) {
    return { word: null, end: pos }; // a conjunction starts the next clause (26 وهم ...)
  }
  const two = wordAfter(text, w.end);
  if (two && UNIT_OF.has(`${w.key} ${two.key}`))
    return { word: w, unit: UNIT_OF.get(`${w.key} ${two.key}`), end: pos };
  return { word: w, unit: UNIT_OF.get(w.key) ?? UNIT_OF.get(w.key.replace(/^ال/, '')), end: pos };
}

/** Per cent written after the number: "20%", "20 ٪", "20 بالمئة", "20 في المئة". */
function percentAfter(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && SPACES.test(text[i])) i++;
  if (text[i] === '%' || text[i] === '٪') return i + 1;
  const w = wordAfter(text, pos);
  if (!w) return pos;
  if (UNIT_OF.get(w.key) === '%') return w.end;
  if (w.key === 'في') {
    const w2 = wordAfter(text, w.end);
    if (w2 && UNIT_OF.get(`في ${w2.key}`) === '%') return w2.end;
  }
  return pos;
}

/** An approximator right after pos (تقريبا، على الأقل): its kind and end. */
function approxAfter(text: string, pos: number): { end: number; approx: Approx } | null {
  const w = wordAfter(text, pos);
  if (!w) return null;
  for (const a of APPROX_AFTER) {
    if (a.words[0] !== w.key) continue;
    let end = w.end;
    let ok = true;
    for (const word of a.words.slice(1)) {
      const n = wordAfter(text, end);
      if (n?.key !== word) {
        ok = false;
        break;
      }
      end = n.end;
    }
    if (ok) return { end, approx: a.approx };
  }
  return null;
}

const asciiRun = (s: string) => s.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));

/** The approximator phrase ending at pos, if any. */
function approxBefore(text: string, pos: number): { start: number; approx: Approx } | null {
  const w = wordBefore(text, pos);
  if (!w) return null;
  for (const a of APPROX_BY_LAST.get(w.key) ?? APPROX_BY_LAST.get(dropConj(w.key)) ?? []) {
    const s = matchBefore(text, pos, a.words);
    if (s !== null) return { start: s, approx: a.approx };
  }
  return null;
}

function span(article: string, text: string, start: number, end: number): Span {
  return { article, start, end, text: text.slice(start, end) };
}

/**
 * Quantities in one article's text. `exclude` are ranges already taken (dates): nothing inside
 * them is read. Years (عام 2016, 14 ديسمبر 2016), clock times and labels (بند 27) are skipped.
 * Ids are left empty for the pipeline to number.
 */
export function findQuantities(
  text: string,
  article: string,
  exclude: readonly { start: number; end: number }[] = [],
): Quantity[] {
  const out: Quantity[] = [];
  const ex = [...exclude];
  const re = new RegExp(CANDIDATE.source, CANDIDATE.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    let tokStart = m.index;
    while (tokStart > 0 && isLetter(text[tokStart - 1]) && m.index - tokStart < 4) tokStart--;
    const q = readQuantity(text, article, tokStart, ex);
    if (!q) continue;
    if (q.counted && OTHERS.has(searchKey(q.counted.text))) {
      const noun = antecedentNoun(text, out, q.start);
      if (noun) q.counted = noun;
    }
    out.push(q);
    if (q.end > re.lastIndex) re.lastIndex = q.end;
  }
  return out;
}

/** "مقتل 17 شخصا وإصابة 30 آخرين": the counted noun of the latest unitless quantity in the same sentence. */
function antecedentNoun(text: string, found: Quantity[], pos: number): Span | null {
  for (let i = found.length - 1; i >= 0; i--) {
    const prev = found[i];
    if (/[.!?؟\n]/.test(text.slice(prev.end, pos))) return null;
    const c = prev.counted;
    if (!c || prev.unit || OTHERS.has(searchKey(c.text))) continue;
    // "4 أشخاص من عائلة واحدة ... و3 آخرون": a one after "من" names the group, not the class
    if (c.start < prev.start && wordBefore(text, c.start)?.key === 'من') continue;
    return c;
  }
  return null;
}

/** "بلغ العدد 2000"، "بلغ عدد القتلى 2000": a count word one or two words before. */
function afterCountCue(text: string, pos: number): boolean {
  const w = wordBefore(text, pos);
  if (!w) return false;
  if (COUNT_CUES.has(w.key)) return true;
  // two words back only as a construct: "عدد القتلى 2000", not "العدد بنهاية 2015"
  const w2 = wordBefore(text, w.start);
  return !!w2 && COUNT_CUES.has(w2.key) && !w2.key.startsWith('ال') && w.key.startsWith('ال');
}

function readQuantity(
  text: string,
  article: string,
  tokStart: number,
  ex: { start: number; end: number }[],
): Quantity | null {
  const tokEnd = wordAfter(text, tokStart)?.end ?? tokStart;
  const dual = readDual(text, article, tokStart, tokEnd);
  if (dual) return overlaps(dual.start, dual.end, ex) ? null : dual;
  const p = parseNumberAt(text, tokStart);
  if (!p || overlaps(p.start, p.end, ex) || notAQuantity(text, p, tokStart)) return null;

  let start = p.start;
  let end = p.end;
  let value = p.value;
  let approx: Approx | undefined;
  let low = p.low;
  let high = p.high;
  if (low !== undefined) approx = 'range';

  // بين X و Y / من X إلى Y
  const range = readRange(text, p, tokStart, ex);
  if (range) {
    ({ start, end, low, high } = range);
    value = range.low;
    approx = 'range';
  } else {
    const a = approxBefore(text, tokStart);
    if (a && !approx) {
      approx = a.approx;
      start = a.start;
    }
  }

  let unit: string | undefined;
  const pct = percentAfter(text, end);
  if (pct > end) {
    unit = '%';
    end = pct;
  }
  const right = approxAfter(text, end);
  if (right && !approx) {
    approx = right.approx;
    end = right.end;
  }
  const c = countedAfter(text, end, unit === '%');
  let counted = c.word;
  unit ??= c.unit;
  if (counted && !approx) approx = approxAfter(text, counted.end)?.approx; // خمسة مدنيين على الأقل
  // 1 and 2 in words follow their noun: "شخص واحد", "طفلين اثنين"
  if (!p.digits && p.tokens === 1 && value <= 2 && !approx && wordAfter(text, p.end)?.key !== 'من') {
    const prev = wordBefore(text, tokStart);
    const noun = prev && ARABIC_WORD.test(text.slice(prev.start, prev.end)) && !NOT_COUNTED.has(prev.key);
    counted = noun && !/^[وف]/.test(prev.key) ? prev : null;
    unit = counted ? UNIT_OF.get(counted.key) : undefined;
  }
  // a bare 19xx/20xx that counts nothing is a year (في 2016، آذار) 2015); a long bare digit run
  // that counts nothing is a phone number or a code
  const bare = p.digits && p.tokens === 1 && !counted && !approx && !unit;
  if (bare && isYearish(p) && p.value >= 1900 && p.value <= 2100 && !afterCountCue(text, tokStart))
    return null;
  if (bare && /^\d{5,}$/.test(asciiRun(text.slice(p.start, p.end)))) return null;

  const q: Quantity = { id: '', article, start, end, text: text.slice(start, end), value };
  if (approx) q.approx = approx;
  if (low !== undefined) q.low = low;
  if (high !== undefined) q.high = high;
  if (unit) q.unit = unit;
  if (counted) q.counted = span(article, text, counted.start, counted.end);
  return q;
}

function readDual(text: string, article: string, tokStart: number, tokEnd: number): Quantity | null {
  const key = searchKey(text.slice(tokStart, tokEnd));
  for (const p of ['', 'و', 'ب', 'ل', 'ف', 'ال', 'وال', 'بال', 'لل', 'وب', 'ول']) {
    if (!key.startsWith(p)) continue;
    const rest = p === 'لل' ? 'ال' + key.slice(2) : key.slice(p.length);
    const bare = rest.replace(/^ال/, '');
    if (!DUALS.has(bare)) continue;
    const start = tokStart + (p === 'لل' ? 1 : p.replace(/ال$/, '').length);
    const q: Quantity = { id: '', article, start, end: tokEnd, text: text.slice(start, tokEnd), value: 2 };
    const unit = DUALS.get(bare);
    if (unit) q.unit = unit;
    q.counted = span(article, text, start, tokEnd);
    const a = approxBefore(text, tokStart);
    if (a) {
      q.approx = a.approx;
      q.start = a.start;
      q.text = text.slice(q.start, q.end);
    }
    return q;
  }
  return null;
}

/** "بين 10 و15 ألف" / "من 3 إلى 5": the range, with the second number's scale lent to the first. */
function readRange(
  text: string,
  p: NumberParse,
  tokStart: number,
  ex: { start: number; end: number }[],
): { start: number; end: number; low: number; high: number } | null {
  if (p.low !== undefined) return null;
  let opener: { start: number; words: string[] } | null = null;
  for (const words of RANGE_OPENERS) {
    const s = matchBefore(text, tokStart, words);
    if (s !== null) {
      opener = { start: s, words };
      break;
    }
  }
  if (!opener) return null;
  const byAnd = opener.words[opener.words.length - 1] !== 'من';
  let q: NumberParse | null = null;
  const next = wordAfter(text, p.end);
  if (next && RANGE_JOINERS.has(next.key)) q = parseNumberAt(text, next.end);
  else if (byAnd) {
    q = parseNumberAt(text, p.end);
    // the second number must carry the و: "بين 10 و15"
    if (q && !/^\s*و/.test(text.slice(p.end, q.start))) q = null;
  }
  if (!q || q.low !== undefined || overlaps(q.start, q.end, ex)) return null;
  if (q.digits && (monthAt(text, q.end) || glued(text, q.start, q.end))) return null;
  let low = p.value;
  if (q.scale > p.scale && low * q.scale <= q.value) low *= q.scale;
  if (low >= q.value) return null;
  return { start: opener.start, end: q.end, low, high: q.value };
}
