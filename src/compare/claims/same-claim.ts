// Which statements of one key state the same thing, so that two origins telling them corroborate
// it: the same figure of the same incident (not "at least 43" and "57", not the dead of two
// blasts), the same act blamed on one side (not two air raids on two towns). Claims are cut into
// groups whose members all agree with each other.
import { sameAnchor } from '../context/context.js';
import { BLAME_GROUP } from '../statements/event-words.js';
import type { Statement } from '../statements/statement.js';
import { BLAME_GROUP_IDS, sameTarget } from '../contradictions/blame.js';
import {
  otherCauses,
  otherDays,
  otherDistricts,
  sameDurationEvent,
} from '../contradictions/same-incident.js';

/** Members a joiner is checked against: the first ones stand for a large group. */
const CHECKED_MEMBERS = 8;

/**
 * Values one figure may take for agreement: "at least 30" and "more than 100" state 30 and 100,
 * not any larger number (an open bound would make "at least 43" confirm 57 and 103, and "at least
 * 30" the later 32); "about 30" spans ±15%.
 */
function figureRange(s: Statement): [number, number] {
  const q = s.quantity!;
  if (!Number.isFinite(q.high)) return [q.low, q.low];
  if (q.low <= 0 && q.high > 0) return [q.high, q.high];
  return [q.low, q.high];
}

/**
 * Two counts told of different incidents: different causes or districts, or days that both
 * sentences name. Equal figures are rarely two incidents by chance, so only such evidence keeps
 * them apart (requiring one place named split most confirmations on the development stories: a
 * toll's sentence often names no place, or the town in one report and the province in another;
 * and a later report that names no day still tells the figure of the day another names).
 */
function otherIncidents(a: Statement, b: Statement): boolean {
  const bothDated = !!a.quantity!.incident.when && !!b.quantity!.incident.when;
  return otherCauses(a, b) || (bothDated && otherDays(a, b)) || otherDistricts(a, b);
}

/** Two counts state one figure: their ranges meet, and nothing says they count two incidents. */
function sameFigure(a: Statement, b: Statement): boolean {
  const [al, ah] = figureRange(a);
  const [bl, bh] = figureRange(b);
  if (al > bh || bl > ah) return false;
  const ia = a.quantity!.incident;
  const ib = b.quantity!.incident;
  // the dead of one side are not the dead of another, nor a part of the toll the whole toll
  if ((ia.group ?? '') !== (ib.group ?? '') || !!ia.subset !== !!ib.subset) return false;
  if (a.ctx === b.ctx) return a.sent === b.sent || sameDurationEvent(a, b);
  return sameDurationEvent(a, b) && !otherIncidents(a, b);
}

/**
 * Two blames of one act: a single act (an attack, a siege) hits the same target; fighting is told
 * of many fronts, so its blames need sentences naming one entity; a breakdown (the deal, the
 * truce) is one act wherever it is told.
 */
function sameBlame(a: Statement, b: Statement): boolean {
  const ba = a.blame!;
  if (ba.target !== undefined || !BLAME_GROUP_IDS.has(ba.group)) return sameTarget(a, b);
  if (ba.group === BLAME_GROUP.get('fighting')) return sameAnchor(a.ctx, a.sent, b.ctx, b.sent);
  return true;
}

/** Whether two statements of one key state the same thing. */
export function sameClaim(a: Statement, b: Statement): boolean {
  if (a.kind === 'quantity') return sameFigure(a, b);
  if (a.kind === 'blame') return sameBlame(a, b);
  return true;
}

/** A figure given as a range of values ("about 30", "20 to 25"), which may agree with several. */
const loose = (s: Statement) =>
  s.kind === 'quantity' && s.quantity!.low !== s.quantity!.high && Number.isFinite(s.quantity!.high);

/**
 * Statements of one key cut into claims: each joins the largest group all of whose (first) members
 * it agrees with, else opens one. Exact figures are placed first, in order of value, so "about 30"
 * then joins the 30s rather than opening a group with 27.
 */
export function groupClaims(list: Statement[]): Statement[][] {
  const ordered =
    list[0].kind === 'quantity'
      ? [...list].sort((a, b) => Number(loose(a)) - Number(loose(b)) || a.quantity!.low - b.quantity!.low)
      : list;
  const groups: Statement[][] = [];
  for (const s of ordered) {
    let best: Statement[] | undefined;
    for (const g of groups) {
      if ((!best || g.length > best.length) && g.slice(0, CHECKED_MEMBERS).every((x) => sameClaim(x, s)))
        best = g;
    }
    if (best) best.push(s);
    else groups.push([s]);
  }
  // statements stay in text order: a claim reads as its first telling
  const at = new Map(list.map((s, i) => [s, i]));
  return groups.map((g) => g.sort((a, b) => at.get(a)! - at.get(b)!));
}
