// What the words around a number say: that it is no quantity (a year, a date, a label), the noun it
// counts and its unit, a per cent sign, an approximator before or after it, a count word before it.
import type { NumberParse } from '../../text/number-words.js';
import { searchKey } from '../../text/arabic.js';
import {
  APPROX_AFTER,
  APPROX_BY_LAST,
  COUNT_CUES,
  DAY_NOUNS,
  ERA_ABBREVIATIONS,
  FRACTION_HOMOGRAPHS,
  IDENTIFIER_CUES,
  LIST_MARKERS,
  MODEL_NAMES,
  MONTH_WORD,
  NAME_PREFIXES,
  NOT_COUNTED,
  ORDINALS_BEFORE_TEN,
  ONE_IDIOMS,
  OTHERS,
  SCORE_CUES,
  TIME_AFTER,
  TIME_BEFORE,
  UNIT_OF,
  VERB_HOMOGRAPHS,
  VERBS,
  WEEKDAY_NUMBERS,
  WEEKDAYS,
  YEAR_CUES,
  type Approx,
} from './lexicon.js';
import {
  ARABIC_WORD,
  SPACES,
  dropConj,
  dropProclitics,
  glued,
  isYearish,
  matchBefore,
  monthAt,
  monthBefore,
  wordAfter,
  wordBefore,
  type Word,
} from './words.js';

/** Reasons a parsed number is not a quantity, looking at the words around it. */
export function notAQuantity(text: string, p: NumberParse, tokStart: number): boolean {
  let at = tokStart;
  while (at > 0 && /[(«"“[ ]/.test(text[at - 1]) && tokStart - at < 3) at--; // رقم (14)
  const prev = wordBefore(text, at);
  const prevKey = prev ? prev.key : '';
  const next = wordAfter(text, p.end);
  if (p.digits) {
    if (glued(text, p.start, p.end)) return true;
    if (IDENTIFIER_CUES.has(prevKey) || IDENTIFIER_CUES.has(dropProclitics(prevKey))) return true;
    if (TIME_BEFORE.has(prevKey)) return true;
    if (MODEL_NAMES.has(prevKey) || MODEL_NAMES.has(dropProclitics(prevKey))) return true; // إف 15، بوينغ 777
    if (isScore(text, p, at)) return true;
    if (ordinalAdjective(text, p.start)) return true; // القمة العربية الـ27
    // "الرمز أ د 12": a lone letter before the digits makes them a code; a lone و ف ل ب ك is a
    // conjunction or a preposition written apart (ل 100 شخص، ب (2,464) منشأة)
    if (prevKey.length === 1 && !'وفلبك'.includes(prevKey)) return true;
    if (isYearish(p) && (YEAR_CUES.has(prevKey) || monthBefore(text, tokStart))) return true;
    if (monthAt(text, p.end)) return true; // 14 ديسمبر
    const dash = /^ *[-–ـ]+ *[0-9٠-٩]+/.exec(text.slice(p.end, p.end + 12));
    if (dash && monthAt(text, p.end + dash[0].length)) return true; // 25 - 28 مايو
    if (p.value <= 31 && prev && WEEKDAYS.has(prevKey) && !DAY_NOUNS.has(prevKey)) return true; // الأربعاء 14
    if (next && TIME_AFTER.has(next.key)) {
      if (isYearish(p) ? ERA_ABBREVIATIONS.has(next.key) : p.value <= 24) return true;
    }
    if (next?.key === 'من' && monthWordAfter(text, next.end)) return true; // 14 من الشهر، 24 من نفس الشهر
    const slash = /^ *\/ */.exec(text.slice(p.end, p.end + 4));
    if (slash && monthAt(text, p.end + slash[0].length)) return true; // 7 / يوليو /2015
    if (isYearish(p) && next && WEEKDAYS.has(next.key)) return true; // كأس العالم 2018 السبت
    if (listItem(text, p, at)) return true; // 1) ... 2) ...
  } else {
    if (p.value === 0) return true; // صفر is also a month
    if (NAME_PREFIXES.has(prevKey)) return true; // أبو عشرة
    if (p.tokens === 1 && WEEKDAY_NUMBERS.has(p.firstKey) && DAY_NOUNS.has(prevKey)) return true; // يوم اثنين: Monday
    if (p.tokens === 1 && p.value === 10 && ORDINALS_BEFORE_TEN.has(prevKey)) return true; // الثالث عشر
    if (p.tokens === 1 && VERB_HOMOGRAPHS.has(p.firstKey)) {
      // ألّف (compiled) is spelled like ألف: shadda, or a definite word after it
      if (text.slice(p.start, p.end).includes('\u0651')) return true;
      if (!next || next.key.startsWith('ال')) return true;
    }
    if (p.tokens <= 2 && monthAt(text, p.end)) return true;
    if (p.tokens === 1 && p.value === 1 && oneNotCounted(text, p, tokStart, prevKey, next?.key)) return true;
    // "تستهلك خمس الإنتاج": a fifth of it, not five
    if (p.tokens === 1 && FRACTION_HOMOGRAPHS.has(p.firstKey) && next?.key.startsWith('ال')) return true;
  }
  return false;
}

/** Item numbers of a list are small. */
const MAX_LIST_ITEM = 20;

/**
 * "1) يبدأ الطريق ... 2) الحياة داخل الجماعة": a small digit run closed by a list marker and not
 * opened by a bracket ("(300) ألف ريال" is a bracketed amount) numbers an item of a list.
 */
function listItem(text: string, p: NumberParse, at: number): boolean {
  if (p.value > MAX_LIST_ITEM || !LIST_MARKERS.has(text[p.end] ?? '')) return false;
  return !/[([]/.test(text.slice(Math.max(0, at - 2), p.start));
}

/**
 * "One" that counts nothing: "واحد من أهم" / "كواحد من" (one of), an idiom (في وقت واحد، الخمس
 * زائد واحد), and "وأحد أسباب" (و + أحد 'one of', whose search key is that of واحد: told apart by
 * the hamza written after و).
 */
function oneNotCounted(
  text: string,
  p: NumberParse,
  tokStart: number,
  prevKey: string,
  nextKey?: string,
): boolean {
  if (nextKey === 'من' && oneOfGroup(text, p.end)) return true;
  if (ONE_IDIOMS.has(prevKey) || ONE_IDIOMS.has(dropProclitics(prevKey))) return true;
  return /^[وف][أإ]حد/.test(text.slice(tokStart, p.end));
}

/** "الشهر"، "نفس الشهر"، "ذات الشهر": the month word after "14 من". نفس and ذات are grammar ("the same"). */
function monthWordAfter(text: string, pos: number): boolean {
  let w = wordAfter(text, pos);
  if (w && (w.key === 'نفس' || w.key === 'ذات')) w = wordAfter(text, w.end);
  return MONTH_WORD.test(w?.key ?? '');
}

/** "الـ27" / "ال 27": digits behind the article, an ordinal when they may stand as an adjective. */
const ARTICLE_BEFORE_DIGITS = /(?<![\p{L}\u0640])[وفبلك]?ال[\u0640-]* ?$/u;

/**
 * "القمة العربية الـ27"، "الذكرى الـ50": digits with the article after a definite singular word are
 * an ordinal agreeing with it (the 27th summit), not a count of anything.
 */
function ordinalAdjective(text: string, start: number): boolean {
  const m = ARTICLE_BEFORE_DIGITS.exec(text.slice(Math.max(0, start - 8), start));
  if (!m) return false;
  const head = wordBefore(text, start - m[0].length);
  if (!head) return false;
  const key = dropProclitics(head.key);
  // a singular feminine noun or a nisba adjective (القمة العربية، الذكرى): not a plural, whose
  // article-marked number counts it (الساعات الـ24، الأيام الـ3: the 24 hours)
  if (IDENTIFIER_CUES.has(key)) return true; // القرن ال21، الدورة الـ71
  return key.startsWith('ال') && /[هيى]$/.test(key) && !key.endsWith('ات');
}

/** Goals or points a side: small numbers joined by a dash (3 - 0) in a sentence about a match. */
const SCORE_PAIR = /^ *[-–] *[0-9٠-٩]{1,2}(?![0-9٠-٩])/;
const SCORE_PAIR_BEFORE = /(?<![0-9٠-٩])[0-9٠-٩]{1,2} *[-–] *$/;
const MAX_GOALS = 20;

function isScore(text: string, p: NumberParse, at: number): boolean {
  if (p.value > MAX_GOALS) return false;
  if (
    !SCORE_PAIR.test(text.slice(p.end, p.end + 8)) &&
    !SCORE_PAIR_BEFORE.test(text.slice(Math.max(0, at - 8), at))
  )
    return false;
  const from = Math.max(0, text.lastIndexOf('.', at) + 1);
  const to = text.indexOf('.', p.end);
  const sentence = text.slice(from, to < 0 ? text.length : to);
  for (const w of sentence.split(/[^\p{L}]+/u)) {
    if (w && (SCORE_CUES.has(searchKey(w)) || SCORE_CUES.has(dropProclitics(searchKey(w))))) return true;
  }
  return false;
}

/** The noun a quantity counts, and its unit: the next word (after من), unless it is a particle. */
export function countedAfter(
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
export function percentAfter(text: string, pos: number): number {
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
export function approxAfter(text: string, pos: number): { end: number; approx: Approx } | null {
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

/** The approximator phrase ending at pos, if any. */
export function approxBefore(text: string, pos: number): { start: number; approx: Approx } | null {
  const w = wordBefore(text, pos);
  if (!w) return null;
  for (const a of APPROX_BY_LAST.get(w.key) ?? APPROX_BY_LAST.get(dropConj(w.key)) ?? []) {
    const s = matchBefore(text, pos, a.words);
    if (s !== null) return { start: s, approx: a.approx };
  }
  return null;
}

/** "بلغ العدد 2000"، "بلغ عدد القتلى 2000": a count word one or two words before. */
export function afterCountCue(text: string, pos: number): boolean {
  const w = wordBefore(text, pos);
  if (!w) return false;
  if (COUNT_CUES.has(w.key)) return true;
  // two words back only as a construct: "عدد القتلى 2000", not "العدد بنهاية 2015"
  const w2 = wordBefore(text, w.start);
  return !!w2 && COUNT_CUES.has(w2.key) && !w2.key.startsWith('ال') && w.key.startsWith('ال');
}

/** A superlative (أهم، أكبر، أكثر): four letters or fewer opening with alif. */
const SUPERLATIVE = /^ا[^ا]{2,3}$/;

/**
 * "واحد من أهم"، "واحدة من الشركات": after "من" a definite group or a superlative, so "one of" them;
 * "في عام واحد من تهريب" (a verbal noun after من) still counts one year.
 */
function oneOfGroup(text: string, end: number): boolean {
  const min = wordAfter(text, end);
  const group = min && wordAfter(text, min.end);
  return Boolean(group && (group.key.startsWith('ال') || SUPERLATIVE.test(group.key)));
}
