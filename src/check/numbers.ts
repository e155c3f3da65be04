// Numbers of a claim against the article's quantities of the same thing: "نحو 500 مريض" agrees with
// "480 مريضا" (about allows ±15%), "قتل 15" disagrees with "استشهاد 17". Two counts are of the same
// thing when their units or known counted classes do not differ and they share context: the event
// word that governs them (killed, injured: the predicate classes of lexicons/events.json), a word
// just before them, or, with no event word, one counted noun ("36 مصوراً" / "63 مصورا"; twentieth
// round). A count of the defendants at a trial is no rival of the number sentenced: what happens to
// the counted noun in each count's sentence (countEvents of lexicons/check-cues.json) differs.
import type { QuantityDraft } from '../contract.js';
import { interval, tollClass } from '../compare/statements/quantity.js';
import { CLASS_PREDICATE, COUNTED_CLASS } from '../compare/statements/event-words.js';
import { matchKey } from '../compare/context/match.js';
import { lookAlike, skeleton, type TermToken } from './terms.js';
import { countEventHits } from './cues.js';

/** Two counts of one thing further apart than this factor are different things (a toll vs a year). */
const SAME_SCALE = 4;
/** Content words just before a number that say what it counts ("إعدام 11", "بحياة 27"). */
const CONTEXT_WORDS = 2;
/**
 * Content words before a number that tell its clause: two counts whose clauses share two words
 * ("أحالت النيابة ... 51 متهما" / "النيابة ... إحالة 41 شخصا") count the same thing. Words after it
 * are left out: they name the story ("في تفجير المسجد"), which a count of the accused shares with
 * the toll.
 */
const CLAUSE_WORDS = 4;
/** Words after a count where the event that governs it may stand ("12 شخصا على الأقل قتلوا"). */
const EVENT_AFTER = 4;

export interface NumberFinding {
  claim: QuantityDraft;
  status: 'match' | 'conflict';
  /** the article quantity that agrees or disagrees */
  article: QuantityDraft;
}

/** A quantity with the words around it, in the claim or in an article. */
export interface NumberInContext {
  quantity: QuantityDraft;
  /** the content terms just before it */
  context: Set<string>;
  /** the event class governing it ("@killed"), the nearest before it in its sentence */
  predicate?: string;
  /** the event it reports, also read from its counted class or a word after it (predicateOf) */
  event?: string;
  /** content terms among the CLAUSE_WORDS before it */
  clause: Set<string>;
  /** what happens to what it counts (check-cues countEvents: tried, sentenced ...), read in its sentence */
  countEvent?: string;
}

/**
 * A round figure given without "about" is still a rounding ("500 مريض" for 480): it stretches by
 * half the unit of its last non-zero digit, but by no more than this share of itself, so "500"
 * reaches 450-550 and "16%" covers "16.2%".
 */
const ROUNDING_SHARE = 0.1;
/**
 * Only figures from this size on are read as roundings: a toll of 20 against 19 is an update, not a
 * rounding, while 500 against 480 or 1,000 against 960 is a rounding.
 */
const ROUNDED_FROM = 100;
/** Just under half a unit, so neighbouring figures (15 and 16, 16.2 and 16.3) never meet. */
const UNDER_HALF = 0.99;

/** Half the unit of the last significant digit of v: 0.05 for 16.2, 0.5 for 16, 50 for 500. */
function halfUnit(v: number): number {
  const a = Math.abs(v);
  if (!Number.isInteger(a)) {
    const decimals = (String(a).split('.')[1] ?? '').length;
    return 0.5 * 10 ** -decimals;
  }
  let unit = 1;
  while (a > 0 && a % (unit * 10) === 0) unit *= 10;
  return unit / 2;
}

/**
 * Units of one measure with their size in its base unit: a weight given in tonnes on one side and in
 * kilograms on the other is one figure ("1.1 مليون كيلوغرام" / "1568 طنا"; seventeenth round). Only
 * exact conversions: months and years are no whole number of days.
 */
const MEASURES: Record<string, { measure: string; size: number }> = {
  g: { measure: 'mass', size: 0.001 },
  kg: { measure: 'mass', size: 1 },
  ton: { measure: 'mass', size: 1000 },
  cm: { measure: 'length', size: 0.01 },
  m: { measure: 'length', size: 1 },
  km: { measure: 'length', size: 1000 },
};

/** A unit that converts to others of its measure (tonnes, kilograms): its word names no thing counted. */
export const convertibleUnit = (q: QuantityDraft) => !!q.unit && q.unit in MEASURES;

/** The size of a quantity's unit in its measure's base unit (1 when it has none or is no measure). */
const unitSize = (q: QuantityDraft) => (q.unit ? (MEASURES[q.unit]?.size ?? 1) : 1);

/** The interval a quantity stands for, an exact figure widened by its rounding, in its base unit. */
function roundedInterval(q: QuantityDraft): { low: number; high: number } {
  const x = interval(q);
  const size = unitSize(q);
  if (q.approx) return { low: x.low * size, high: x.high * size };
  const half = halfUnit(q.value) * UNDER_HALF;
  const a = Math.abs(q.value);
  const slack = half < 1 ? half : a >= ROUNDED_FROM ? Math.min(half, ROUNDING_SHARE * a) : 0;
  return { low: (x.low - slack) * size, high: (x.high + slack) * size };
}

/**
 * An article's "at least 28" (`more-than`) reports the count known so far: against a claim's 32 it
 * is another toll, as a reader (and the gold) takes it, not a range that holds 32. Read as its
 * figure on the article's side only: the claim's own "more than 100" still holds an article's 120.
 */
function reported(q: QuantityDraft): QuantityDraft {
  return q.approx === 'more-than' ? { ...q, approx: undefined } : q;
}

function overlaps(a: QuantityDraft, b: QuantityDraft): boolean {
  const x = roundedInterval(a);
  const y = roundedInterval(b);
  return x.low <= y.high && y.low <= x.high;
}

function kindOf(q: QuantityDraft): string | undefined {
  if (q.unit) return `unit:${MEASURES[q.unit]?.measure ?? q.unit}`;
  const cls = q.counted ? COUNTED_CLASS.get(matchKey(q.counted.text)) : undefined;
  return cls ? `class:${cls}` : undefined;
}

/** A counted noun that is no unit the reader knows and no counted class ("32 خزنة"). */
const bareNoun = (q: QuantityDraft) => !!q.counted && !kindOf(q);

/**
 * false when both sides name a different unit or known counted class, or one a unit and the other
 * a noun that is none ("32 كيلوغراما" / "32 خزنة": a measure is no count of things; sixteenth
 * round); undefined when unknown.
 */
function sameKind(a: QuantityDraft, b: QuantityDraft): boolean | undefined {
  const ka = kindOf(a);
  const kb = kindOf(b);
  if ((ka?.startsWith('unit:') && bareNoun(b)) || (kb?.startsWith('unit:') && bareNoun(a))) return false;
  if (!ka || !kb) return undefined;
  return ka === kb;
}

export function sameScale(a: QuantityDraft, b: QuantityDraft): boolean {
  const x = Math.abs(a.value) * unitSize(a);
  const y = Math.abs(b.value) * unitSize(b);
  if (x === 0 || y === 0) return x === y;
  return Math.max(x, y) / Math.min(x, y) <= SAME_SCALE;
}

/**
 * Kinds of two counts in their clauses: a count of people under a killed / injured event is the toll
 * of that class ("قتل 120 شخصا" and "100 قتيل" count the dead); false when they differ.
 */
function sameKindIn(a: NumberInContext, b: NumberInContext): boolean | undefined {
  const kind = (n: NumberInContext) => {
    const k = kindOf(n.quantity);
    if (!k?.startsWith('class:')) return k;
    return `class:${tollClass(k.slice('class:'.length), n.event?.slice(1))}`;
  };
  const ka = kind(a);
  const kb = kind(b);
  if (!ka || !kb) return undefined;
  return ka === kb;
}

/** Two figures that agree: their ranges (widened by rounding) overlap and their kinds do not differ. */
export function numbersAgree(a: QuantityDraft, b: QuantityDraft): boolean {
  return overlaps(a, b) && sameKind(a, b) !== false;
}

/** Two figures that may count the same thing: their units or counted classes do not differ. */
/**
 * The claim's figure is the article's: as numbersAgree, with the article's "at least" / "more than"
 * read as its figure (reported): "أكثر من 1600 حالة" gives no claim of "أكثر من ألفي حالة" (sixteenth
 * round; the slots compared the two ranges, which overlap).
 */
export function claimFigureGiven(claim: QuantityDraft, article: QuantityDraft): boolean {
  return numbersAgree(claim, reported(article));
}

export function numbersComparable(a: QuantityDraft, b: QuantityDraft): boolean {
  return sameKind(a, b) !== false;
}

/**
 * The event a count reports: the nearest event word before it in its sentence (its predicate), else
 * the event its counted class carries ("100 قتيل": killed, "38 مصابا": injured), else an event word
 * just after it ("12 شخصا على الأقل قتلوا"). Read for rivals only: a match still needs the predicate
 * or a shared word, so a toll said anywhere in the article does not match the claim's.
 */
function eventOf(q: QuantityDraft, prior: string | undefined, after: TermToken[]): string | undefined {
  if (prior) return prior;
  const cls = q.counted ? COUNTED_CLASS.get(matchKey(q.counted.text)) : undefined;
  const own = cls ? CLASS_PREDICATE.get(cls) : undefined;
  if (own) return `@${own}`;
  return after.slice(0, EVENT_AFTER).find((t) => t.term.startsWith('@'))?.term;
}

/** Count-event hits of each sentence's tokens (every count of a sentence reads the same ones). */
const countEventsOf = new WeakMap<readonly TermToken[], { at: number; end: number; value: string }[]>();

/** The count event of a count: the nearest before it in its sentence, else the first after it. */
function countEventOf(toks: readonly TermToken[], q: QuantityDraft): string | undefined {
  let hits = countEventsOf.get(toks);
  if (!hits) {
    hits = countEventHits(toks).map((h) => ({
      at: toks[h.from].start,
      end: toks[h.to - 1].end,
      value: h.value,
    }));
    countEventsOf.set(toks, hits);
  }
  const before = hits.filter((h) => h.end <= q.start);
  return before.length ? before[before.length - 1].value : hits.find((h) => h.at >= q.end)?.value;
}

/** Context of each quantity: the nearest event class before it in its sentence, the words before it. */
export function numbersInContext(
  quantities: readonly QuantityDraft[],
  sentenceTokens: (offset: number) => TermToken[],
) {
  const isWord = (t: TermToken) => !!t.term && !/^\d/.test(t.term);
  return quantities.map((quantity): NumberInContext => {
    const toks = sentenceTokens(quantity.start);
    const before = toks.filter((t) => t.end <= quantity.start && isWord(t));
    const after = toks.filter((t) => t.start >= quantity.end && isWord(t));
    const context = new Set(before.slice(-CONTEXT_WORDS).map((t) => t.term));
    const clause = new Set(
      before
        .slice(-CLAUSE_WORDS)
        .map((t) => t.term)
        .filter((t) => !t.startsWith('@')),
    );
    const predicate = [...before].reverse().find((t) => t.term.startsWith('@'))?.term;
    const countEvent = countEventOf(toks, quantity);
    return { quantity, context, predicate, event: eventOf(quantity, predicate, after), clause, countEvent };
  });
}

/** Two clauses share this many content words: the counts in them count one thing. */
const SHARED_CLAUSE = 2;

function shareClause(a: NumberInContext, b: NumberInContext): boolean {
  let n = 0;
  for (const x of a.clause) if ([...b.clause].some((y) => x === y || lookAlike(x, y))) n++;
  return n >= SHARED_CLAUSE;
}

/** Shortest consonant skeleton of a counted noun read as one noun on both sides ("متهم", not "يوم"). */
const MIN_NOUN_SKELETON = 3;

/**
 * Two counts of one counted noun: the same known counted class ("10 عناصر" / "6 عناصر"), or the
 * same noun that is no unit and no class, by consonant skeleton ("36 مصوراً" / "63 مصورا").
 */
function sameNoun(a: QuantityDraft, b: QuantityDraft): boolean {
  if (!a.counted || !b.counted) return false;
  const ka = kindOf(a);
  const kb = kindOf(b);
  if (ka || kb) return !!ka?.startsWith('class:') && ka === kb;
  const x = skeleton(a.counted.text);
  return x.length >= MIN_NOUN_SKELETON && x === skeleton(b.counted.text);
}

/**
 * Two counts of one noun that no event word governs count one thing unless their sentences say
 * different things happen to it: the tried and the sentenced of one trial (countEvents).
 */
function sameNounEvent(a: NumberInContext, b: NumberInContext): boolean {
  if (!sameNoun(a.quantity, b.quantity)) return false;
  return !a.countEvent || !b.countEvent || a.countEvent === b.countEvent;
}

/** A content word just before both numbers (an event class counts only as a word here). */
function shareWord(a: NumberInContext, b: NumberInContext): boolean {
  for (const x of a.context)
    for (const y of b.context) if (!x.startsWith('@') && lookAlike(x, y)) return true;
  return false;
}

/** Same event class when both have one (killed vs injured differ), else a shared word before them. */
function shareContext(a: NumberInContext, b: NumberInContext): boolean {
  if (a.predicate && b.predicate) return a.predicate === b.predicate;
  for (const x of a.context) for (const y of b.context) if (lookAlike(x, y)) return true;
  return a.predicate !== undefined && b.context.has(a.predicate);
}

/**
 * For each number of the claim: a match (an article quantity whose range overlaps, of a kind that
 * does not differ, in context or in a sentence that addresses the claim) or else a conflict (one of
 * the same scale and context, in such a sentence, whose range does not overlap).
 */
export function compareNumbers(
  claim: readonly NumberInContext[],
  article: readonly NumberInContext[],
  relevant: (offset: number) => boolean,
): NumberFinding[] {
  const out: NumberFinding[] = [];
  const used = new Set<NumberInContext>();
  const unmatched: NumberInContext[] = [];
  for (const c of claim) {
    const match = article.find(
      (a) =>
        overlaps(c.quantity, reported(a.quantity)) &&
        sameKind(c.quantity, a.quantity) !== false &&
        (relevant(a.quantity.start) || shareContext(c, a)),
    );
    if (match) {
      used.add(match);
      out.push({ claim: c.quantity, status: 'match', article: match.quantity });
    } else unmatched.push(c);
  }
  // an article count that agrees with one number of the claim is no rival of another, wherever
  // the article repeats it ("15" in the lead and again in the body)
  const agreesWithClaim = (a: NumberInContext) =>
    claim.some((c) => overlaps(c.quantity, reported(a.quantity)));
  // once one count of an event matches, the claim's other counts of it are details ("15 killed,
  // among them 12 guards"): an article's part of the toll ("3 workers") is no rival of a detail
  // unless they share a word saying what is counted
  const matchedEvents = new Set(out.map((f) => claim.find((c) => c.quantity === f.claim)?.event));
  const rivalContext = (c: NumberInContext, a: NumberInContext) =>
    c.event && matchedEvents.has(c.event)
      ? shareWord(c, a)
      : shareContext({ ...c, predicate: c.event }, { ...a, predicate: a.event }) ||
        // no event on either side: the words before the two counts say they count one thing, or
        // one counted noun does, unless its sentences say different things happen to it
        (!c.event && !a.event && (shareClause(c, a) || sameNounEvent(c, a)));
  for (const c of unmatched) {
    const rivals = article.filter(
      (a) =>
        !used.has(a) &&
        !agreesWithClaim(a) &&
        relevant(a.quantity.start) &&
        sameKindIn(c, a) !== false &&
        sameScale(c.quantity, a.quantity) &&
        rivalContext(c, a),
    );
    // a count of the same known kind is the plainer rival than one of unknown kind
    const rival = rivals.find((a) => sameKindIn(c, a)) ?? rivals[0];
    if (rival) out.push({ claim: c.quantity, status: 'conflict', article: rival.quantity });
  }
  return out;
}
