// A last pass over finished stories: the parts of one big event (a bombing's condolences, funerals,
// visits to the wounded) are each told in their own names, so no cosine ties them, but their leads
// keep naming the event itself: a rare word (the place, the target) beside the kind of incident.
// Such a pair, an "incident signature", joins the parts that carry it, and only when they come
// from many outlets: a big event is covered by many, a day's lone pair of look-alike reports is not.
import { storyCues } from './cues.js';
import { stemPrior } from './prior.js';

/** What the pass reads of one article. */
export interface Signed {
  outlet?: string;
  /** day number of publication (undefined: undated) */
  day?: number;
  /** incident kinds its headline names, one bit each (cues.ts incidentKinds) */
  incidents: number;
  /** the rarer stems of its headline or lead */
  rare: string[];
  /** the incident kinds its headline or lead names, one bit each */
  kinds: number;
  /** opinion cue points of a report (kind.ts): a bare-name byline, the writer's voice, questions */
  opinionPoints?: number;
}

export interface SignatureOptions {
  /** a stem of at most this prior share of news articles is rare enough to name an event */
  priorMax: number;
  /** share of the input's articles leading with the stem that name the incident too */
  conc: number;
  /** share of a part's articles that must carry the signature */
  partShare: number;
  /** the parts joined must come from at least this many outlets */
  minOutlets: number;
  /** and hold at least this many articles */
  minArticles: number;
  /** days between the earliest and latest carrier */
  maxDays: number;
  /** join to the anchor only parts whose headlines name no incident */
  anchored: boolean;
  /** articles a joining part must hold (a lone article is often a column on the event) */
  minPart: number;
  /**
   * a part of one article joins too when it scores fewer opinion cue points than this (kind.ts: a
   * bare-name byline, the writer's voice, questions; a column on the event the kind judge left among
   * reports must not join); 0: lone articles never join (unless minPart is 1)
   */
  lonePoints: number;
  /** lone articles join only a signature that parts of minPart or more carry in this many articles */
  loneMinArticles: number;
}

/**
 * Chosen on the six story dev sets (scripts/signature-trial.ts, docs/stories-recall.md): settings
 * that joined parts of under 80% carriers, or only follow-ups without an incident headline, cost
 * 0.005-0.06 precision on some set. Lone articles join only an event of 40 articles and only with
 * no opinion cue (round eighteen): dev6 R +0.022 for P -0.004, the other five sets unchanged; any
 * lone article of a smaller event, or with one cue, cost dev2, dev3 or dev6 up to 0.03 P.
 */
export const SIGNATURE: SignatureOptions = {
  priorMax: 0.15,
  conc: 0.5,
  partShare: 0.8,
  minOutlets: 4,
  minArticles: 8,
  maxDays: 1,
  anchored: false,
  minPart: 2,
  lonePoints: 1,
  loneMinArticles: 40,
};

/** counts of lead and title words are 2 or more (fingerprint.ts counts them twice) */
const LEAD_COUNT = 2;

/** The bits of incident kinds of a story stem that happen at a place (the lexicon's forms, keyed by their light stem). */
function incidentBits(stem: string): number {
  const cues = storyCues();
  return (cues.incidentStems.get(stem) ?? 0) & cues.placedIncidents;
}

/** What the pass reads of an article's terms: the rarer stems and incident kinds of its headline or lead. */
export function signatureOf(
  terms: ReadonlyMap<string, number>,
  headlineIncidents: number,
  priorMax = SIGNATURE.priorMax,
): { rare: string[]; kinds: number } {
  const prior = stemPrior();
  const rare: string[] = [];
  let kinds = headlineIncidents & storyCues().placedIncidents;
  for (const [f, n] of terms) {
    if (!f.startsWith('s:') || n < LEAD_COUNT) continue;
    const stem = f.slice(2);
    const bits = incidentBits(stem);
    kinds |= bits;
    const p = prior.get(f);
    if (!bits && p !== undefined && p <= priorMax && stem.length >= 3) rare.push(stem);
  }
  return { rare, kinds };
}

/** An article's signatures: each of its rare stems with each kind of incident it names. */
function keysOf(a: Signed): string[] {
  const keys: string[] = [];
  if (!a.kinds) return keys;
  for (let k = 0; 1 << k <= a.kinds; k++)
    if (a.kinds & (1 << k)) for (const r of a.rare) keys.push(`${r}|${k}`);
  return keys;
}

/**
 * Join stories (lists of article indices) whose articles share an incident signature carried by
 * many outlets. Each story joins by at most one signature, the one with the widest support, so
 * two events of one place chain nowhere.
 */
export function joinBySignature(
  stories: number[][],
  arts: readonly Signed[],
  opt: SignatureOptions = SIGNATURE,
): number[][] {
  // a signature names one event when most articles leading with its stem name its incident too,
  // counted within a day of the story (over a month of input a region's name leads every day)
  const stemArticles = new Map<string, number>();
  const keyArticles = new Map<string, number>();
  const keys = arts.map(keysOf);
  const at = (x: string, day?: number) => `${x}@${day ?? ''}`;
  const bump = (m: Map<string, number>, x: string) => m.set(x, (m.get(x) ?? 0) + 1);
  arts.forEach((a, i) => {
    for (const s of a.rare) bump(stemArticles, at(s, a.day));
    for (const k of keys[i]) bump(keyArticles, at(k, a.day));
  });
  const near = (m: Map<string, number>, x: string, day?: number) =>
    day === undefined
      ? (m.get(at(x)) ?? 0)
      : (m.get(at(x, day - 1)) ?? 0) + (m.get(at(x, day)) ?? 0) + (m.get(at(x, day + 1)) ?? 0);
  const specific = (k: string, day?: number) =>
    near(keyArticles, k, day) >= opt.conc * Math.max(1, near(stemArticles, k.slice(0, k.indexOf('|')), day));
  // the signatures each story carries in partShare of its articles
  const carried = new Map<string, number[]>();
  stories.forEach((members, s) => {
    const count = new Map<string, number>();
    for (const i of members) for (const k of keys[i]) count.set(k, (count.get(k) ?? 0) + 1);
    for (const [k, c] of count)
      if (c >= opt.partShare * members.length && specific(k, arts[members[0]].day))
        carried.set(k, [...(carried.get(k) ?? []), s]);
  });
  // a signature's support: its stories' articles, outlets and days
  const support = new Map<string, number>();
  for (const [k, ss] of carried) {
    if (ss.length < 2) continue;
    const bit = Number(k.slice(k.indexOf('|') + 1));
    // a part whose headlines name another kind of incident tells another event
    // two parts whose headlines name the incident may be two incidents of one place (the grouper
    // kept them apart knowing more): the largest such part anchors, follow-ups naming none join it
    const names = (s: number) => stories[s].some((i) => arts[i].incidents & (1 << bit));
    const quiet = (s: number) => stories[s].every((i) => !arts[i].incidents);
    const bySize = [...ss].sort((a, b) => stories[b].length - stories[a].length || a - b);
    const anchor = bySize.find(names) ?? bySize[0];
    const sameKind = (s: number) =>
      opt.anchored
        ? quiet(s)
        : !stories[s].some((i) => arts[i].incidents && !(arts[i].incidents & (1 << bit)));
    const fit = bySize.filter((s) => s === anchor || (stories[s].length >= opt.minPart && sameKind(s)));
    // a lone article joins only an event many articles tell (a big event's lone follow-ups), and
    // not when it reads as a column on it
    const lone = (s: number) =>
      s !== anchor &&
      stories[s].length < opt.minPart &&
      (arts[stories[s][0]].opinionPoints ?? 0) < opt.lonePoints &&
      sameKind(s);
    if (fit.reduce((n, s) => n + stories[s].length, 0) >= opt.loneMinArticles)
      fit.push(...bySize.filter(lone));
    const members = fit.flatMap((s) => stories[s]);
    const outlets = new Set(members.map((i) => arts[i].outlet).filter(Boolean));
    const days = members.map((i) => arts[i].day).filter((d): d is number => d !== undefined);
    const span = days.length ? Math.max(...days) - Math.min(...days) : 0;
    if (fit.length < 2 || outlets.size < opt.minOutlets || members.length < opt.minArticles) continue;
    if (span > opt.maxDays) continue;
    carried.set(k, fit);
    support.set(k, members.length);
  }
  // each story joins by its widest signature
  const best = new Map<number, string>();
  for (const [k, w] of support)
    for (const s of carried.get(k)!) {
      const b = best.get(s);
      if (b === undefined || w > support.get(b)! || (w === support.get(b)! && k < b)) best.set(s, k);
    }
  const groups = new Map<string, number[]>();
  const out: number[][] = [];
  stories.forEach((members, s) => {
    const k = best.get(s);
    if (k === undefined) return void out.push(members);
    const g = groups.get(k);
    if (g) g.push(...members);
    else {
      const fresh = [...members];
      groups.set(k, fresh);
      out.push(fresh);
    }
  });
  return out;
}
