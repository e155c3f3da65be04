// Tolls: which counts are one incident's toll (people killed or injured, whatever noun counts
// them), and the steps of a toll that rises (updates, not contradictions).
import { isoOrder } from '../context/context.js';
import type { Statement } from '../statements/statement.js';
import type { Update } from '../types.js';
import { otherDays, reportDay, sameIncident } from './same-incident.js';
import { groupBy } from './pairing.js';

/** predicates of a toll (killed, injured): outlets rarely agree on them, even a day apart */
const TOLLS = new Set(['killed', 'injured']);

/**
 * Classes that count people: a toll of these is one bucket whatever noun names it ("17 شخصا" =
 * "17 قتيلا"). Any other noun (teams, families, years, vehicles) is a thing, compared only with
 * the same noun of the same incident, told of the same place in the same words.
 */
export const PEOPLE_CLASSES = new Set(['people', 'civilians', 'fighters', 'dead', 'wounded', 'displaced']);

/**
 * Rival reports of one toll differ by less than four times (24 vs 40, 33 vs 22, 43 vs 57 in the dev
 * stories); figures further apart count other victims (a past war's dead beside a blast's, the
 * wounded of a battle beside two hurt by a shell) or are steps of a rising toll (updates).
 */
const TOLL_RIVAL_RATIO = 4;

/** Steps of a rising toll kept as updates per count: the first report, a few revisions, the last. */
const UPDATES_PER_COUNT = 4;

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
export const classOf = (s: Statement) => s.key.split('|')[1] ?? '';

/** Killed or injured, whatever noun counts them (people of a class, or pilgrims, workers, soldiers). */
export const diedOrHurt = (s: Statement) => TOLLS.has(s.quantity!.predicate ?? '');

/** A toll: people killed or injured, whatever noun counts them. */
export function isToll(s: Statement): boolean {
  return TOLLS.has(s.quantity!.predicate ?? '') && PEOPLE_CLASSES.has(classOf(s));
}

/** Tolls whose figures are TOLL_RIVAL_RATIO times apart or more: two sets of victims, not two reports of one. */
export function farApart(a: Statement, b: Statement): boolean {
  const qa = a.quantity!;
  const qb = b.quantity!;
  const [lower, upper] = qa.high < qb.low ? [qa, qb] : [qb, qa];
  return lower.high > 0 && upper.low / lower.high >= TOLL_RIVAL_RATIO;
}

/**
 * "At least 28 dead" above a lower figure: the toll is told as still open, so the lower figure is an
 * earlier count of the same toll (an update), not a rival.
 */
export function stillCounting(a: Statement, b: Statement): boolean {
  const [lower, upper] = a.quantity!.high < b.quantity!.low ? [a, b] : [b, a];
  return upper.quantity!.high === Infinity && lower.quantity!.high < upper.quantity!.low;
}

/** "ارتفع العدد إلى 32" after a lower figure: the rise tells the lower one was an earlier step. */
export function supersedes(a: Statement, b: Statement): boolean {
  return a.quantity!.incident.step === 'rise' && a.quantity!.low > b.quantity!.high;
}

/**
 * Steps of one toll told as such: a first report ("حصيلة أولية") followed by a higher figure, or a
 * figure "risen to" after a lower one. Each step is an update from the lower to the higher.
 */
export function stepUpdates(list: Statement[]): Update[] {
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

/**
 * A toll that rises in later reports of one incident: each report that is later and higher than
 * the last step becomes an update (24 -> 40 -> 47), with its source and day.
 */
export function tollUpdates(list: Statement[]): Update[] {
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
