// Numeric contradictions: one count (thing and predicate) given values that cannot both hold.
import { isoOrder, sameDay, sameStory, sentenceTokens } from '../context/context.js';
import { lightStem } from '../../text/arabic.js';
import { wholeNumber } from '../../text/whole-number.js';
import { findPhrases } from '../context/match.js';
import { placesOfSentence } from '../context/places.js';
import { AREA_NOUNS, NUMERIC_CONTRAST } from '../statements/events.js';
import { framingLexicon } from '../framing/framing.js';
import type { Statement } from '../statements/statements.js';
import type { Update } from '../types.js';
import { bothTell, numberFragment, pastYear, rivalAccountBetween, rounded } from './figures.js';
import { firstPair, groupBy, type Found } from './pairing.js';

/** Numeric contradictions reported for one count (thing and predicate): the rest repeat them. */
const PER_COUNT = 6;
/**
 * Distinct values of one count compared, and statements of each value tried: a count with dozens of
 * values is noise (a running toll), and the first statements of a value are as good as the rest.
 */
const VALUES_PER_COUNT = 12;
const STATEMENTS_PER_VALUE = 4;
/** predicates of a toll (killed, injured): outlets rarely agree on them, even a day apart */
const TOLLS = new Set(['killed', 'injured']);
/** Steps of a rising toll kept as updates per count: the first report, a few revisions, the last. */
const UPDATES_PER_COUNT = 4;
/**
 * Days between the dates two counts speak of beyond which they are two incidents: a day either side
 * covers a blast reported "yesterday" by one paper and dated by another.
 */
const INCIDENT_DAYS = 1;
/**
 * Rival reports of one toll differ by less than four times (24 vs 40, 33 vs 22, 43 vs 57 in the dev
 * stories); figures further apart count other victims (a past war's dead beside a blast's, the
 * wounded of a battle beside two hurt by a shell) or are steps of a rising toll (updates).
 */
const TOLL_RIVAL_RATIO = 4;
/**
 * Classes that count people: a toll of these is one bucket whatever noun names it ("17 شخصا" =
 * "17 قتيلا"). Any other noun (teams, families, years, vehicles) is a thing, compared only with
 * the same noun of the same incident, told of the same place in the same words.
 */
const PEOPLE_CLASSES = new Set(['people', 'civilians', 'fighters', 'dead', 'wounded', 'displaced']);
/**
 * Sentences at an article's head that name its own incident: a count whose sentence names no place
 * belongs to the place its article leads with, not to any place named further down (a roundup);
 * the second sentence already names the agency's or hospital's city.
 */
const LEAD_SENTENCES = 1;
/**
 * Content stems two sentences share to tell one event in the same words (a wire copied and
 * edited): at least six (a clause in common, more than two reports of a topic share by chance)
 * and at least half of the shorter sentence's (two blasts told in one agency's formula share six).
 */
const SAME_EVENT_STEMS = 6;
const SAME_EVENT_SHARE = 0.5;
/** Stems shorter than this (particles, pronouns) say nothing of which event a sentence tells. */
const CONTENT_STEM = 3;
/** Words before a duration where its event noun stands ("بسجنه خمس سنوات", "هدنة لمدة 5 أيام"). */
const DURATION_EVENT_REACH = 2;

/** Function words ("خلال", "منذ") say nothing of which event a duration measures. */
const FUNCTION_WORDS = new Set(framingLexicon.stopwords.forms.map(lightStem));

const fmt = (n: number) => (Number.isFinite(n) ? wholeNumber(n) : '∞');

/**
 * Counts of one incident (same predicate, victim group and part of it: see incidentKey) whose value
 * intervals do not overlap ("نحو" allows ±15%). What is no figure of one incident is never compared:
 * an order of magnitude ("عشرات"), a guess, a tally over several places. A first report or a
 * rise told as such is a step of the toll (an update), not a rival. Two counts of one sentence are
 * rivals only when the sentence says so ("فيما كان العدد المعلن ..."). One contradiction per pair of values.
 */
export function findNumeric(statements: Statement[], updates: Update[] = []): Found[] {
  const out: Found[] = [];
  const byIncident = groupBy(statements.filter(comparable), incidentKey);
  for (const list of byIncident.values()) {
    if (list.length < 2) continue;
    const toll = isToll(list[0]);
    if (toll) updates.push(...stepUpdates(list));
    // a first report is superseded, never a rival; a rise is a rival only of figures above it
    const figures = list.filter((s) => s.quantity!.incident.step !== 'initial');
    // distinct values, a few statements of each; compare a bounded number of them
    const byValue = [...groupBy(figures, (s) => `${s.quantity!.low}:${s.quantity!.high}`).values()]
      .slice(0, VALUES_PER_COUNT)
      .map((l) => l.slice(0, STATEMENTS_PER_VALUE));
    out.push(...countContradictions(byValue));
    if (toll) updates.push(...tollUpdates(figures));
  }
  return out;
}

/** A count that can be set against another: a stated figure of one incident. */
function comparable(s: Statement): boolean {
  if (s.kind !== 'quantity' || !s.quantity!.predicate || s.quantity!.denied) return false;
  const i = s.quantity!.incident;
  // "عائلة واحدة", "أحدهم": the word "one" after a noun qualifies it, it counts nothing
  if (s.quantity!.value === 1 && !/[0-9٠-٩]/.test(s.quantity!.text)) return false;
  // the tail of a number misread ("164،781،745" as 745) or a past year's count is no figure of this story
  if (numberFragment(s) || pastYear(s)) return false;
  return !i.vague && !i.estimate && !i.several;
}

/**
 * The incident bucket of a count: a toll by what happened (killed, injured) whatever noun counts
 * it ("مقتل 17 شخصا" = "17 قتيلا" = "17 مسلحا" when no group tells them apart), then whose victims
 * and which part of them; other counts by their claim key.
 */
export function incidentKey(s: Statement): string {
  const q = s.quantity!;
  const base = isToll(s) ? `toll|${q.predicate}` : s.key;
  return `${base}|${q.incident.group ?? '-'}|${q.incident.subset ? 'part' : 'all'}`;
}

/** The counted class of a statement (its key is "n|class|predicate"). */
const classOf = (s: Statement) => s.key.split('|')[1] ?? '';

/** A toll: people killed or injured, whatever noun counts them. */
function isToll(s: Statement): boolean {
  return TOLLS.has(s.quantity!.predicate ?? '') && PEOPLE_CLASSES.has(classOf(s));
}

/** Tolls whose figures are TOLL_RIVAL_RATIO times apart or more: two sets of victims, not two reports of one. */
function farApart(a: Statement, b: Statement): boolean {
  const qa = a.quantity!;
  const qb = b.quantity!;
  const [lower, upper] = qa.high < qb.low ? [qa, qb] : [qb, qa];
  return lower.high > 0 && upper.low / lower.high >= TOLL_RIVAL_RATIO;
}

/**
 * "At least 28 dead" above a lower figure: the toll is told as still open, so the lower figure is an
 * earlier count of the same toll (an update), not a rival.
 */
function stillCounting(a: Statement, b: Statement): boolean {
  const [lower, upper] = a.quantity!.high < b.quantity!.low ? [a, b] : [b, a];
  return upper.quantity!.high === Infinity && lower.quantity!.high < upper.quantity!.low;
}

/** "ارتفع العدد إلى 32" after a lower figure: the rise tells the lower one was an earlier step. */
function supersedes(a: Statement, b: Statement): boolean {
  return a.quantity!.incident.step === 'rise' && a.quantity!.low > b.quantity!.high;
}

/** Days between two YYYY-MM-DD dates (undefined when either is missing or partial). */
function daysApart(a?: string, b?: string): number | undefined {
  if (!a || !b || a.startsWith('-') || b.startsWith('-')) return undefined;
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/**
 * Two counts told of days too far apart to be one incident: each sentence's own date, else its
 * report's day ("the attack of 5 June that killed four" is not Monday's blast).
 */
function otherDays(a: Statement, b: Statement): boolean {
  const ia = a.quantity!.incident;
  const ib = b.quantity!.incident;
  if (!ia.when && !ib.when) return false;
  const d = daysApart(ia.when ?? reportDay(a), ib.when ?? reportDay(b));
  return d !== undefined && d > INCIDENT_DAYS;
}

/**
 * Steps of one toll told as such: a first report ("حصيلة أولية") followed by a higher figure, or a
 * figure "risen to" after a lower one. Each step is an update from the lower to the higher.
 */
function stepUpdates(list: Statement[]): Update[] {
  const out: Update[] = [];
  const seen = new Set<string>();
  // statements of one value, step and day give the same steps, so the first of each stands for all
  // (else a figure copied by many outlets makes this quadratic in its copies)
  const distinct = [
    ...groupBy(list, (s) => {
      const q = s.quantity!;
      return `${q.low}:${q.high}|${q.incident.step}|${q.incident.when ?? reportDay(s)}`;
    }).values(),
  ].map((same) => same[0]);
  for (const lower of distinct) {
    for (const higher of distinct) {
      if (out.length >= UPDATES_PER_COUNT) return out;
      const ql = lower.quantity!;
      const qh = higher.quantity!;
      if (ql.high >= qh.low || otherDays(lower, higher)) continue;
      if (ql.incident.step !== 'initial' && qh.incident.step !== 'rise') continue;
      const k = `${ql.low}:${ql.high}>${qh.low}:${qh.high}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(
        update(
          lower,
          higher,
          `A ${ql.incident.step === 'initial' ? 'first report' : 'lower figure'} then a higher one`,
        ),
      );
    }
  }
  return out;
}

function update(from: Statement, to: Statement, why: string): Update {
  return {
    topic: from.key,
    from: { ...from.span, by: from.voice.by, date: reportDay(from), status: from.span.text },
    to: { ...to.span, by: to.voice.by, date: reportDay(to), status: to.span.text },
    explanation: `${why}: "${from.span.text}" (${reportDay(from)}) then "${to.span.text}" (${reportDay(to)}).`,
  };
}

/** Pairs of non-overlapping values of one count, one per pair of articles, at most PER_COUNT. */
function countContradictions(byValue: Statement[][]): Found[] {
  const out: Found[] = [];
  const pairsDone = new Set<string>();
  for (let i = 0; i < byValue.length && out.length < PER_COUNT; i++) {
    for (let j = i + 1; j < byValue.length && out.length < PER_COUNT; j++) {
      const qa = byValue[i][0].quantity!;
      const qb = byValue[j][0].quantity!;
      if (qa.low <= qb.high && qb.low <= qa.high) continue;
      const pair = firstPair(byValue[i], byValue[j], rivalCounts);
      if (!pair) continue;
      const [a, b] = pair;
      // one contradiction per pair of articles and count: the first (most-stated) values
      const pk = [a.ctx.id, b.ctx.id].sort().join('|');
      if (pairsDone.has(pk)) continue;
      pairsDone.add(pk);
      const thing = a.key
        .split('|')
        .slice(1)
        .filter((x) => x !== '-')
        .join(', ');
      out.push({
        kind: 'numeric',
        a,
        b,
        explanation:
          `Numbers disagree on the same count (${thing}): "${a.span.text}" (${rangeText(qa)}) vs ` +
          `"${b.span.text}" (${rangeText(qb)}); the ranges do not overlap even allowing ±15% for "نحو/حوالي".` +
          laterNote(a, b),
      });
    }
  }
  return out;
}

/** The day a statement was reported: its article's publication date. */
const reportDay = (s: Statement) => s.ctx.article.published?.slice(0, 10);

/**
 * A toll that rises in later reports of one incident: each report that is later and higher than
 * the last step becomes an update (24 -> 40 -> 47), with its source and day.
 */
function tollUpdates(list: Statement[]): Update[] {
  const dated = list.filter((s) => reportDay(s)).sort((a, b) => isoOrder(reportDay(a)!, reportDay(b)!));
  const out: Update[] = [];
  let last: Statement | undefined;
  for (const s of dated) {
    if (!last) {
      last = s;
      continue;
    }
    const later = reportDay(s)! > reportDay(last)!;
    if (!later || s.quantity!.low <= last.quantity!.high || !sameIncident(last, s)) continue;
    out.push(update(last, s, 'The toll rose in a later report'));
    last = s;
    if (out.length >= UPDATES_PER_COUNT) break;
  }
  return out;
}

/** The explanation's note when the two counts were told on different days. */
function laterNote(a: Statement, b: Statement): string {
  if (sameDay(a.date, b.date) !== false) return '';
  const later = a.date! > b.date! ? a : b;
  return ` Told on different days (${a.date} / ${b.date}): the later report (${later.voice.by}) may be an update of the toll.`;
}

/**
 * One incident in two articles: the same cause when both sentences name one (the dead of a shelling
 * are not the dead of a battle), and a place both sentences name. A sentence that names no place
 * is one incident with a placed one when its article names that place (the city is often in the
 * lead only); two unplaced ones when their articles share a place.
 */
function sameIncident(a: Statement, b: Statement): boolean {
  if (otherCauses(a, b) || otherDistricts(a, b)) return false;
  // the places each toll's sentence names, tagged or after a preposition ("في جبهتي بلة والعند")
  const ea = placesOfSentence(a.ctx, a.sent);
  const eb = placesOfSentence(b.ctx, b.sent);
  if (ea?.size && eb?.size) return shares(ea, eb);
  const pa = a.ctx.entities?.get(-1);
  const pb = b.ctx.entities?.get(-1);
  if (!pa || !pb) return sameStory(a.ctx, a.sent, b.ctx, b.sent);
  // the toll's sentence often names no place (the city is in the lead): the other's place in the
  // lead of its article, not anywhere in it (a roundup names the places of other incidents)
  if (ea?.size) return shares(ea, leadPlaces(b)) || sameEventWords(a, b);
  if (eb?.size) return shares(eb, leadPlaces(a)) || sameEventWords(a, b);
  return shares(pa, pb);
}

/** The name after each area noun of a sentence ("حي البياع", "منطقة بغداد الجديدة"). */
function districtsOf(s: Statement): Set<string> {
  const toks = sentenceTokens(s.ctx, s.sent);
  const out = new Set<string>();
  toks.forEach((t, k) => {
    if (AREA_NOUNS.has(t.key) && toks[k + 1]) out.add(toks[k + 1].key);
  });
  return out;
}

/** Both sentences name districts, none in common: the blasts of two districts of one city are two incidents. */
function otherDistricts(a: Statement, b: Statement): boolean {
  const da = districtsOf(a);
  const db = districtsOf(b);
  return da.size > 0 && db.size > 0 && !shares(da, db);
}

/** Both sentences name what caused the count, and not the same thing (a shelling, a battle). */
function otherCauses(a: Statement, b: Statement): boolean {
  const ca = a.quantity?.incident.cause;
  const cb = b.quantity?.incident.cause;
  return !!ca && !!cb && ca !== cb;
}

/** The places an article's first sentences name: where its own incident happened. */
function leadPlaces(s: Statement): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < LEAD_SENTENCES; i++) for (const p of placesOfSentence(s.ctx, i) ?? []) out.add(p);
  return out;
}

/** Both sentences name places, and one in common. */
function samePlaceNamed(a: Statement, b: Statement): boolean {
  return shares(placesOfSentence(a.ctx, a.sent), placesOfSentence(b.ctx, b.sent));
}

/** Both sentences name places, the same ones. */
function samePlaces(a: Statement, b: Statement): boolean {
  const ea = placesOfSentence(a.ctx, a.sent);
  const eb = placesOfSentence(b.ctx, b.sent);
  return !!ea?.size && !!eb?.size && ea.size === eb.size && [...ea].every((x) => eb.has(x));
}

/** The later of two sentences of one article holds a contrast word (numericContrast). */
function contrastAfter(a: Statement, b: Statement): boolean {
  const later = a.sent > b.sent ? a : b;
  const from = later.ctx.sentTok[later.sent];
  const to =
    later.sent + 1 < later.ctx.sentTok.length ? later.ctx.sentTok[later.sent + 1] : later.ctx.tokens.length;
  return findPhrases(later.ctx.tokens, NUMERIC_CONTRAST, from, to).length > 0;
}

/** Both counts told by a named speaker (not the outlet's own words). */
const namedBoth = (a: Statement, b: Statement) =>
  !a.voice.id.startsWith('outlet:') && !b.voice.id.startsWith('outlet:');

/** Two sentences that tell one event in the same words: most of their content stems in common. */
function sameEventWords(a: Statement, b: Statement): boolean {
  const stemsOf = (s: Statement) =>
    new Set(
      sentenceTokens(s.ctx, s.sent)
        .map((t) => t.stem)
        .filter((x) => x.length >= CONTENT_STEM),
    );
  const sa = stemsOf(a);
  const sb = stemsOf(b);
  let n = 0;
  for (const x of sb) if (sa.has(x)) n++;
  return n >= Math.max(SAME_EVENT_STEMS, SAME_EVENT_SHARE * Math.min(sa.size, sb.size));
}

/**
 * Two durations are of one event only when the same event noun stands right before each ("بسجنه
 * خمس سنوات" is not "منذ ثلاث سنوات"); any other pair of counts passes.
 */
function sameDurationEvent(a: Statement, b: Statement): boolean {
  if (!a.quantity!.predicate?.startsWith('duration')) return true;
  const before = (s: Statement) => {
    const i = s.ctx.tokens.findIndex((t) => t.end > s.span.start);
    const at = i < 0 ? s.ctx.tokens.length : i;
    return s.ctx.tokens
      .slice(Math.max(s.ctx.sentTok[s.sent], at - DURATION_EVENT_REACH), at)
      .map((t) => t.stem)
      .filter((x) => x.length >= CONTENT_STEM && !FUNCTION_WORDS.has(x));
  };
  const nb = new Set(before(b));
  return before(a).some((x) => nb.has(x));
}

const shares = (a?: Set<string>, b?: Set<string>) => {
  if (a && b) for (const x of a) if (b.has(x)) return true;
  return false;
};

/** Two counts with non-overlapping values are rivals unless a later date updates one, or one sentence holds both without a contrast. */
function rivalCounts(a: Statement, b: Statement): boolean {
  if (otherDays(a, b) || supersedes(a, b) || supersedes(b, a)) return false;
  const toll = isToll(a);
  if (toll && (farApart(a, b) || stillCounting(a, b))) return false;
  // a toll in a later report that rises is an update (tollUpdates); one that falls still disagrees
  if (toll && a.ctx !== b.ctx && reportDay(a) && reportDay(b) && reportDay(a) !== reportDay(b)) {
    const [early, late] = reportDay(a)! < reportDay(b)! ? [a, b] : [b, a];
    if (late.quantity!.high >= early.quantity!.low) return false;
  } else if (sameDay(a.date, b.date) === false) return false;
  if (otherCauses(a, b) || !sameDurationEvent(a, b)) return false;
  // two items both texts give, or a figure and its rounding
  if (bothTell(a, b) || rounded(a, b)) return false;
  if (a.ctx !== b.ctx) {
    if (toll) return sameIncident(a, b);
    // a thing (teams, years, vehicles) only told of the same place in the same words
    if (!PEOPLE_CLASSES.has(classOf(a))) return samePlaceNamed(a, b) && sameEventWords(a, b);
    // people who left, fled ...: the same place named, or the same words; with no place linked in
    // either article nothing tells two stories apart (as sameStory)
    if (!a.ctx.entities && !b.ctx.entities) return true;
    return sameStory(a.ctx, a.sent, b.ctx, b.sent) && (samePlaceNamed(a, b) || sameEventWords(a, b));
  }
  // two sentences of one article: a roundup tells one figure per incident, and one voice telling
  // two figures tells a sequence; rivals only when two named speakers give them for the same places
  // and the later sentence says it differs ("في حين قال مصدر آخر ...")
  if (a.sent !== b.sent)
    return a.voice.by !== b.voice.by && namedBoth(a, b) && samePlaces(a, b) && contrastAfter(a, b);
  const [x, y] = a.span.start < b.span.start ? [a, b] : [b, a];
  const from = x.ctx.tokens.findIndex((t) => t.start >= x.span.end);
  let to = from;
  while (to >= 0 && to < x.ctx.tokens.length && x.ctx.tokens[to].end <= y.span.start) to++;
  return (
    from >= 0 && findPhrases(x.ctx.tokens, NUMERIC_CONTRAST, from, to).length > 0 && rivalAccountBetween(x, y)
  );
}

function rangeText(q: { low: number; high: number }): string {
  return q.low === q.high ? fmt(q.low) : `${fmt(q.low)}–${fmt(q.high)}`;
}
