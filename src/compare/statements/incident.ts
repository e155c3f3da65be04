// Which incident a count belongs to, and which part of it: numbers are compared only within one
// incident (same event, place, time and victim group). The words are data (lexicons/events.json,
// section "incidents"); this file says where around the count they must stand.
import type { Quantity } from '../../contract.js';
import type { ArticleCtx } from '../context/context.js';
import { monthDay } from '../context/context.js';
import { findPhrases, indexPhrases, keysOf, matchKey, type PhraseIndex } from '../context/match.js';
import { lightStem } from '../../text/arabic.js';
import { breaksClause } from '../../text/clause.js';
import { parseNumberAt } from '../../text/number-words.js';
import { CLASS_PREDICATE, COUNTED_CLASS, countedClass, eventsLexicon, phraseIndexes } from './event-words.js';
import { partyIn } from '../framing/framing.js';

export interface Incident {
  /** whose dead or wounded: a camp, a class (civilians, fighters) or the named group's word */
  group?: string;
  /** a part of the victims (still in hospital, critical, "among them") */
  subset?: boolean;
  /** a step of a sequence: the first report, or a rise told as such */
  step?: 'initial' | 'rise';
  /** a guess ("I think", "may reach"): not set against reported figures */
  estimate?: boolean;
  /** a tally over several places or a long period, not one incident */
  several?: boolean;
  /** an order of magnitude ("tens", "hundreds"), not a figure */
  vague?: boolean;
  /** "exceeds N": at least N */
  lowerBound?: boolean;
  /** the day the count's own sentence names, when it names one */
  when?: string;
  /** what caused the toll (shelling, blast, fighting ...), the nearest cause word in the sentence */
  cause?: string;
}

const lex = eventsLexicon.incidents;
/** The incidents lexicon's word lists as phrase tables (initial, subset, several ...). */
const P = phraseIndexes(lex);
const CAUSES = indexPhrases(lex.causes.list.flatMap((c) => c.forms.map((f): [string, string] => [f, c.id])));
/** The head word of each vague form ("العشرات من" -> العشرات): its trailing "من" says nothing vague. */
const VAGUE = new Set(lex.vague.forms.map((f) => keysOf(f)[0]?.key).filter((k): k is string => !!k));

/**
 * A count given as an order of magnitude ("عشرات", "آلاف", "عدة"): the first number word of its text
 * is a vague amount, or no word is a number and one is a vague word. "ثلاثة آلاف" and "أكثر من
 * خمسين" are figures.
 */
function vagueAmount(text: string): boolean {
  if (/[0-9٠-٩]/.test(text)) return false;
  for (const m of text.matchAll(/\S+/g)) {
    const n = parseNumberAt(text, m.index);
    if (n) return n.low !== undefined;
  }
  return keysOf(text).some((k) => VAGUE.has(k.key));
}

/** Words after a count (and its noun) where a subset word still qualifies it ("32 جريحا ما زالوا"). */
const SUBSET_REACH = 4;
/**
 * Words after a count where "من / في صفوف X" still names whose dead they are: far enough to pass a
 * coordinated count ("عشرة قتلى و60 جريحا في صفوف المقاومة"), never past a clause break.
 */
const GROUP_REACH = 5;
/** Words before a count where a "suffered" verb still governs it ("تكبدت ميليشيات المتمردين 33"). */
const SUFFER_REACH = 4;
/** Words after a group marker read for a party's name ("من ميليشيات الحوثي"). */
const PARTY_WORDS = 3;
/** Words before a count where "rose" still speaks of it (a clause, roughly). */
const STEP_REACH = 10;
/** Words before a count where a hedge ("أعتقد أن عدد المصابين يتجاوز 50") still governs it. */
const ESTIMATE_REACH = 8;
/** Words just before a count where "exceeds" makes it a lower bound. */
const EXCEEDS_REACH = 2;
/** Classes that already name a victim group (the rest, people and tolls, name none). */
const GROUP_CLASSES = new Set(['civilians', 'fighters']);

/** Read the incident of a count from the words around it in its sentence. */
export function readIncident(ctx: ArticleCtx, sent: number, q: Quantity, end: number, cls: string): Incident {
  const from = ctx.sentTok[sent];
  const to = sent + 1 < ctx.sentTok.length ? ctx.sentTok[sent + 1] : ctx.tokens.length;
  let first = from;
  while (first < to && ctx.tokens[first].end <= q.start) first++;
  let after = first;
  while (after < to && ctx.tokens[after].start < end) after++;
  const near = (idx: PhraseIndex<true>, a: number, b: number) =>
    findPhrases(ctx.tokens, idx, Math.max(from, a), Math.min(to, b)).length > 0;
  const out: Incident = {};
  const group = victimGroup(ctx, after, to, cls, first) ?? groupBefore(ctx, from, first);
  if (group) out.group = group;
  if (near(P.subset, after, after + SUBSET_REACH)) out.subset = true;
  if (near(P.rise, first - STEP_REACH, first) || risenTo(ctx, from, first)) out.step = 'rise';
  // a first report's sentence gives first figures, wherever in it the word stands
  // so does a toll its source says may still rise ("قتل 30، وقد يرتفع عدد القتلى")
  else if (near(P.initial, from, to) || near(P.provisional, from, to)) out.step = 'initial';
  if (near(P.estimate, first - ESTIMATE_REACH, first)) out.estimate = true;
  if (near(P.several, from, to) || beforeCause(ctx, after, to)) out.several = true;
  if (vagueAmount(q.text)) out.vague = true;
  if (near(P.exceeds, first - EXCEEDS_REACH, first)) out.lowerBound = true;
  const cause = nearestCause(ctx, from, to, first);
  if (cause) out.cause = cause;
  const when = explicitDate(ctx, sent);
  if (when) out.when = when;
  return out;
}

/**
 * Whose dead or wounded a count gives: a class that says it (civilians, fighters), refined by a
 * group named right after ("من الحوثيين", "في صفوف المقاومة") by its stem: not by camp, since one
 * conflict's camp words mean another side in another conflict. A noun that is no listed class names
 * the group itself ("8 من الحوثيين").
 */
function victimGroup(
  ctx: ArticleCtx,
  after: number,
  to: number,
  cls: string,
  first: number,
): string | undefined {
  let stop = after;
  const limit = Math.min(to, after + GROUP_REACH);
  while (
    stop < limit &&
    !clauseBreakBefore(ctx, stop) &&
    !findPhrases(ctx.tokens, P.includes, stop, stop + 1).length
  )
    stop++;
  for (const h of findPhrases(ctx.tokens, P.groupMarkers, after, stop)) {
    const word = ctx.tokens[h.to];
    if (!word || h.to >= to) continue;
    // "18 قتيلا وأكثر من 70 جريحا": the "من" of the next count's "more than" names no group
    if (parseNumberAt(word.text, 0)) continue;
    // "من أصل مائة جريح" names the whole the count is a part of, not a group
    if (findPhrases(ctx.tokens, P.outOf, h.from, Math.min(to, h.from + 2))[0]?.from === h.from) continue;
    // a party of the story's conflict, whatever word names it ("من الحوثيين" = "من الانقلابيين")
    const party = partyIn(ctx, h.to, Math.min(to, h.to + PARTY_WORDS), ctx.conflict);
    if (party) return party;
    const named = countedClass(word.text);
    if (GROUP_CLASSES.has(named)) return named;
    return word.stem;
  }
  if (GROUP_CLASSES.has(cls)) return cls;
  // a class that is no listed noun is the group's own word ("22 حوثيا"): its party, else its stem
  if (!KNOWN_CLASSES.has(cls)) return partyIn(ctx, first, after, ctx.conflict) ?? lightStem(cls);
  return undefined;
}

/**
 * "تكبدت ميليشيات المتمردين 33 قتيلا": a group named before the count, after a "suffered" verb a few
 * words back: the party those words name under the story's conflict, else the last word's stem.
 */
function groupBefore(ctx: ArticleCtx, from: number, first: number): string | undefined {
  for (let k = first - 1; k >= from && k >= first - SUFFER_REACH; k--) {
    if (clauseBreakBefore(ctx, k + 1) && k + 1 < first) return undefined;
    if (!findPhrases(ctx.tokens, P.sufferVerbs, k, k + 1).length) continue;
    if (k + 1 >= first) return undefined; // "فقدت 33": no group between
    return partyIn(ctx, k + 1, first, ctx.conflict) ?? ctx.tokens[first - 1].stem;
  }
  return undefined;
}

/** "ارتفع عدد القتلى المدنيين ... إلى 103": a rise word anywhere before, and "إلى" right before the count. */
function risenTo(ctx: ArticleCtx, from: number, first: number): boolean {
  if (first <= from || !TO.has(ctx.tokens[first - 1].key)) return false;
  return findPhrases(ctx.tokens, P.rise, from, first).length > 0;
}
/** the "to" of "rose to N": the lexicon's words between a toll noun and its number */
const TO = new Set(eventsLexicon.tollCounts.between.map(matchKey));

const CLAUSE_BREAK = /[،,؛;.:!?؟]/;

/** A clause break (comma, full stop ...) between token i-1 and token i; not the comma of "1,200". */
function clauseBreakBefore(ctx: ArticleCtx, i: number): boolean {
  const { text, tokens } = ctx;
  return (
    i > 0 &&
    breaksClause(
      text.slice(tokens[i - 1].end, tokens[i].start),
      tokens[i - 1].text,
      tokens[i].text,
      CLAUSE_BREAK,
    )
  );
}

/** Words after a count where "before" still bounds it ("مقتل خمسة أشخاص فقط قبل غارات أمس"). */
const BEFORE_REACH = 3;

/**
 * The count is told as up to an act: "قبل" / "قبيل" within a few words after it, a cause word
 * (raids, shelling, a blast) right after that. It counts a period before that incident, so it is no
 * toll of the incident; "قبل يومين" (a date) has no cause word after it and is left to the dates,
 * and "من قبل" + a cause word is the agent of a passive.
 */
function beforeCause(ctx: ArticleCtx, after: number, to: number): boolean {
  const hits = findPhrases(ctx.tokens, P.before, after, Math.min(to, after + BEFORE_REACH));
  // "من قبل الطيران" is the passive's agent ("by the air force"), no time
  return hits.some(
    (h) =>
      ctx.tokens[h.from - 1]?.key !== 'من' &&
      findPhrases(ctx.tokens, CAUSES, h.to, Math.min(to, h.to + 2)).some((c) => c.from === h.to),
  );
}

/** The cause word of the sentence nearest to the count (token index `at`). */
function nearestCause(ctx: ArticleCtx, from: number, to: number, at: number): string | undefined {
  let best: string | undefined;
  let d = Infinity;
  for (const h of findPhrases(ctx.tokens, CAUSES, from, to)) {
    const dd = Math.abs(h.from - at);
    if (dd < d) [best, d] = [h.value, dd];
  }
  return best;
}

const KNOWN_CLASSES = new Set(eventsLexicon.countedClasses.map((c) => c.id));

/** The date the sentence itself names (not the publication date), year filled from publication. */
function explicitDate(ctx: ArticleCtx, sent: number): string | undefined {
  const r = ctx.sentences[sent];
  for (const d of ctx.dates) {
    if (d.start >= r.end) break;
    if (d.start >= r.start) return monthDay(d.value, ctx.article.published);
  }
  return undefined;
}

const LABEL_NOUNS = new Set(lex.labelNouns.forms.map(matchKey));
const DURATION_UNITS = new Set(lex.durationUnits.forms.map(matchKey));
/** how a duration reads in a claim's label */
export const DURATION_LABEL = lex.durationUnits.label;
/** Years a bare number may be ("منذ 1984"): with no counted noun, such a number is a date, not a count. */
const YEAR_RANGE = [1900, 2100] as const;

/**
 * A number that names rather than counts: right after a label noun ("اللواء 15", "القرار 2216",
 * "جنيف 1"), a year with no counted noun, or a code ("5+1", "2/6").
 */
export function isLabel(ctx: ArticleCtx, q: Quantity): boolean {
  if (/[+/]/.test(q.text)) return true;
  if (!q.counted && Number.isInteger(q.value) && q.value >= YEAR_RANGE[0] && q.value <= YEAR_RANGE[1])
    return true;
  let k = ctx.tokens.findIndex((t) => t.end > q.start) - 1;
  if (k < 0) k = ctx.tokens.length - 1;
  const prev = ctx.tokens[k];
  return !!prev && prev.end <= q.start && q.start - prev.end <= 2 && LABEL_NOUNS.has(prev.key);
}

/** A counted class that is a unit of time ("أيام", "أسبوعين"): the count is a duration. */
export function isDuration(cls: string): boolean {
  return DURATION_UNITS.has(cls) || DURATION_UNITS.has(matchKey(cls));
}

/** Words after "من أصل" where the whole's noun stands ("من أصل مائة جريح", "من أصل 100 جريح"). */
const WHOLE_REACH = 2;

/**
 * "29 شخصا من أصل مائة جريح": a part of a whole counts what the whole counts (the wounded), when
 * the whole's noun is a class with a predicate.
 */
export function wholeClass(ctx: ArticleCtx, after: number): string | undefined {
  const i = ctx.tokens.findIndex((t) => t.start >= after);
  if (i < 0) return undefined;
  const hit = findPhrases(ctx.tokens, P.outOf, i, Math.min(ctx.tokens.length, i + 2))[0];
  if (!hit || hit.from !== i) return undefined;
  for (let k = hit.to; k < ctx.tokens.length && k <= hit.to + WHOLE_REACH; k++) {
    const cls = COUNTED_CLASS.get(ctx.tokens[k].key);
    if (cls) return CLASS_PREDICATE.has(cls) ? cls : undefined;
  }
  return undefined;
}
