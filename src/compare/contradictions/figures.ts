// What a figure is before it is compared: a whole number (not the tail of one whose digit groups were
// split), a figure of this story (not a past year's), one item of a list both texts give, or a
// rounded form of the other.
import { sentenceSpan, sentenceTokens } from '../context/context.js';
import { findPhrases } from '../context/match.js';
import { REPORTING, RIVAL_ACCOUNT } from '../statements/event-words.js';
import type { Statement } from '../statements/statement.js';
import { parseNumberAt } from '../../text/number-words.js';

/** Characters before a figure read for the digits it was cut from ("164،781،745", "( 32) ألف"). */
const FRAGMENT_LOOKBACK = 4;
/** Figures at least this large that differ by less than this share are one figure, one of them rounded. */
const ROUNDED_FROM = 1000;
const ROUNDED_SHARE = 0.05;

const INDIC = /[٠-٩]/g;
const toAscii = (s: string) => s.replace(INDIC, (d) => String(d.charCodeAt(0) - 0x0660));

/** A figure read from the tail of a longer number: digits and a separator, or digits in brackets, right before it. */
export function numberFragment(s: Statement): boolean {
  const before = toAscii(s.ctx.text.slice(Math.max(0, s.span.start - FRAGMENT_LOOKBACK), s.span.start));
  return /\d[،,٫.]\s?$/.test(before) || /\d\s?\)?\s?\(?\s?$/.test(before);
}

/** The numbers a sentence writes in digits, separators dropped ("41,882" and "41882" alike). */
export function numbersOf(s: Statement): Set<string> {
  const span = sentenceSpan(s.ctx, s.sent);
  const text = toAscii(s.ctx.text.slice(span.start, span.end));
  return new Set((text.match(/\d[\d.,،٫]*\d|\d/g) ?? []).map((n) => n.replace(/[.,،٫]/g, '')));
}

const digitsOf = (s: Statement) =>
  (toAscii(s.quantity!.text).match(/\d[\d.,،٫]*\d|\d/)?.[0] ?? '').replace(/[.,،٫]/g, '');

/**
 * Each text also gives the other's figure: two items of one list (sectors, months, categories) that
 * both texts report, paired by mistake, not two accounts of one figure.
 */
export function bothTell(a: Statement, b: Statement): boolean {
  if (a.ctx === b.ctx && a.sent === b.sent) return false; // one sentence holds both figures by definition
  const da = digitsOf(a);
  const db = digitsOf(b);
  return !!da && !!db && numbersOf(b).has(da) && numbersOf(a).has(db);
}

/** "خمسة آخرين", "ثلاث أخريات": a figure of others, added to one told before it (grammar, so written here) */
const OTHERS = /^\s*(?:من\s+)?(?:ال)?(?:آخرين|آخرون|اخرين|اخرون|أخريات|أخرى|آخر)(?![\u0621-\u064A])/;

interface SentenceFigures {
  /** every value the sentence gives, in digits or words */
  all: Set<number>;
  /** values followed by "others" ("مقتل خمسة آخرين"): added to a figure told before them */
  others: Set<number>;
}

/** The values a sentence gives ("مقتل جنديين وأربعة مدنيين وإصابة تسعة"), per article and sentence. */
const sentenceCache = new WeakMap<object, Map<number, SentenceFigures>>();
function sentenceFigures(s: Statement): SentenceFigures {
  let bySent = sentenceCache.get(s.ctx);
  if (!bySent) sentenceCache.set(s.ctx, (bySent = new Map()));
  const hit = bySent.get(s.sent);
  if (hit) return hit;
  const out: SentenceFigures = { all: new Set(), others: new Set() };
  let after = -1;
  for (const t of sentenceTokens(s.ctx, s.sent)) {
    if (t.start < after) continue;
    const n = parseNumberAt(s.ctx.text, t.start);
    if (!n || n.low !== undefined) continue;
    out.all.add(n.value);
    if (OTHERS.test(s.ctx.text.slice(n.end, n.end + 12))) out.others.add(n.value);
    after = n.end;
  }
  bySent.set(s.sent, out);
  return out;
}

/**
 * Each sentence also gives the other's figure, in digits or words ("مقتل جنديين وأربعة مدنيين
 * وإصابة تسعة" in two copies): two items of one account paired by mistake (the killed beside the
 * wounded), not two accounts of one figure. Only across articles: one article's two sentences
 * holding both figures may still be two accounts.
 */
export function otherTells(a: Statement, b: Statement): boolean {
  if (a.ctx === b.ctx) return false;
  return sentenceFigures(b).all.has(a.quantity!.value) && sentenceFigures(a).all.has(b.quantity!.value);
}

/**
 * One sentence gives a figure and others added to it ("مقتل سبعة ... بالإضافة إلى مقتل خمسة
 * آخرين") whose sum is the other figure (12): a part and the whole, not two accounts.
 */
export function partAndRest(a: Statement, b: Statement): boolean {
  const sums = (s: Statement, whole: number) => {
    const f = sentenceFigures(s);
    return [...f.others].some((o) => o < whole && f.all.has(whole - o));
  };
  return sums(a, b.quantity!.value) || sums(b, a.quantity!.value);
}

/** A year as a text names it: after a year word or preposition ("عام 2013", "في 1998"), or with the era mark "م". */
const YEAR =
  /(?:عام|العام|سنة|في|منذ|خلال)\s+((?:19|20)\d\d)(?!\d)|(?<!\d)((?:19|20)\d\d)\s?م(?![\u0621-\u064A])/g;

/** The numbers a whole article writes in digits. */
function articleNumbers(s: Statement): Set<string> {
  const text = toAscii(s.ctx.text);
  return new Set((text.match(/\d[\d.,،٫]*\d|\d/g) ?? []).map((n) => n.replace(/[.,،٫]/g, '')));
}

/** Copies of one text each giving the other's figure somewhere: two items of the text, paired by their shared words. */
export function bothCopiesTell(a: Statement, b: Statement): boolean {
  const da = digitsOf(a);
  const db = digitsOf(b);
  return !!da && !!db && articleNumbers(b).has(da) && articleNumbers(a).has(db);
}

/** The figure's sentence names a year before the one its article was published in: a past incident's count. */
export function pastYear(s: Statement): boolean {
  const year = Number(s.ctx.article.published?.slice(0, 4));
  if (!year) return false;
  const span = sentenceSpan(s.ctx, s.sent);
  const text = toAscii(s.ctx.text.slice(span.start, span.end));
  return [...text.matchAll(YEAR)].some((m) => Number(m[1] ?? m[2]) < year);
}

/** Large figures that differ by a few percent: one is the other rounded ("164.8 مليون" and 164,781,745). */
export function rounded(a: Statement, b: Statement): boolean {
  const x = a.quantity!.value;
  const y = b.quantity!.value;
  return Math.min(x, y) >= ROUNDED_FROM && Math.abs(x - y) / Math.max(x, y) < ROUNDED_SHARE;
}

/**
 * Between two figures of one sentence another account is named (a reporting word, "العدد المعلن"):
 * without one, "في حين" joins two items of one account, not two accounts of one item.
 */
export function rivalAccountBetween(x: Statement, y: Statement): boolean {
  const [first, second] = x.span.start < y.span.start ? [x, y] : [y, x];
  const tokens = first.ctx.tokens.filter((t) => t.start >= first.span.end && t.end <= second.span.start);
  // a reporting verb between figures one voice gives ("وأشار إلى أن") continues that voice
  const otherVoice = x.voice.by !== y.voice.by && tokens.some((t) => REPORTING.has(t.key));
  return otherVoice || findPhrases(tokens, RIVAL_ACCOUNT).length > 0;
}
