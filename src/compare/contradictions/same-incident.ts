// Whether two counts are of one incident: the same days, cause, district and place, or the same
// event told in the same words (numeric.ts sets only such counts against each other).
import { sameStory, sentenceTokens } from '../context/context.js';
import { lightStem, searchKey } from '../../text/arabic.js';
import { findPhrases } from '../context/match.js';
import { placeAt, placesOfSentence } from '../context/places.js';
import {
  AREA_NOUNS,
  BEARING_LINKS,
  COMPASS,
  DIRECTIONS,
  NUMERIC_CONTRAST,
} from '../statements/event-words.js';
import { framingLexicon } from '../framing/framing.js';
import type { Statement } from '../statements/statement.js';
import { breaksClause } from '../../text/clause.js';

/**
 * Days between the dates two counts speak of beyond which they are two incidents: a day either side
 * covers a blast reported "yesterday" by one paper and dated by another.
 */
const INCIDENT_DAYS = 1;

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

/** The day a statement was reported: its article's publication date. */
export const reportDay = (s: Statement) => s.ctx.article.published?.slice(0, 10);

/** Days between two YYYY-MM-DD dates (undefined when either is missing or partial). */
function daysApart(a?: string, b?: string): number | undefined {
  if (!a || !b || a.startsWith('-') || b.startsWith('-')) return undefined;
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/**
 * Two counts told of days too far apart to be one incident: each sentence's own date, else its
 * report's day ("the attack of 5 June that killed four" is not Monday's blast).
 */
export function otherDays(a: Statement, b: Statement): boolean {
  const ia = a.quantity!.incident;
  const ib = b.quantity!.incident;
  if (!ia.when && !ib.when) return false;
  const d = daysApart(ia.when ?? reportDay(a), ib.when ?? reportDay(b));
  return d !== undefined && d > INCIDENT_DAYS;
}

/**
 * One incident in two articles: the same cause when both sentences name one (the dead of a shelling
 * are not the dead of a battle), and a place both sentences name. A sentence that names no place
 * is one incident with a placed one when its article names that place (the city is often in the
 * lead only); two unplaced ones when their articles share a place.
 */
export function sameIncident(a: Statement, b: Statement): boolean {
  if (otherCauses(a, b) || otherDistricts(a, b) || otherClausePlaces(a, b) || otherBearings(a, b))
    return false;
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

/** "في" before a district's name (grammar, so written here) */
const IN = new Set(['في']);

/** The name after each area noun of a sentence ("حي البياع", "منطقة بغداد الجديدة"). */
function districtsOf(s: Statement): Set<string> {
  const toks = sentenceTokens(s.ctx, s.sent);
  const out = new Set<string>();
  toks.forEach((t, k) => {
    if (AREA_NOUNS.has(t.key) && toks[k + 1]) out.add(toks[k + 1].key);
    // "في الكرادة وسط بغداد": the word between "في" (or an area noun) and a compass word
    if (DIRECTIONS.has(t.key) && k >= 2 && (IN.has(toks[k - 2].key) || AREA_NOUNS.has(toks[k - 2].key)))
      out.add(toks[k - 1].key);
  });
  return out;
}

/** Both sentences name districts, none in common: the blasts of two districts of one city are two incidents. */
export function otherDistricts(a: Statement, b: Statement): boolean {
  const da = districtsOf(a);
  const db = districtsOf(b);
  return da.size > 0 && db.size > 0 && !shares(da, db);
}

/** Both sentences name what caused the count, and not the same thing (a shelling, a battle). */
export function otherCauses(a: Statement, b: Statement): boolean {
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

/** A clause break between two words: a comma or semicolon in the text between them. */
const CLAUSE_BREAK = /[،؛;]/;

/** The token range [from, to] of the clause that holds a count (between clause breaks of its sentence). */
export function clauseOf(s: Statement): [number, number] {
  const { ctx } = s;
  const first = ctx.sentTok[s.sent];
  const last = s.sent + 1 < ctx.sentTok.length ? ctx.sentTok[s.sent + 1] : ctx.tokens.length;
  let at = ctx.tokens.findIndex((t) => t.end > s.span.start);
  if (at < first || at >= last) at = first;
  const { text, tokens } = ctx;
  const breakAfter = (k: number) =>
    k + 1 < last &&
    breaksClause(
      text.slice(tokens[k].end, tokens[k + 1].start),
      tokens[k].text,
      tokens[k + 1].text,
      CLAUSE_BREAK,
    );
  let from = at;
  while (from > first && !breakAfter(from - 1)) from--;
  let to = at;
  while (to + 1 < last && !breakAfter(to)) to++;
  return [from, to];
}

/** The places named in the clause that holds a count. */
function clausePlaces(s: Statement): Set<string> {
  const [from, to] = clauseOf(s);
  const out = new Set<string>();
  for (let k = from; k <= to; k++) {
    const p = placeAt(s.ctx, k, k + 1);
    if (p) out.add(p.place);
  }
  return out;
}

/** A bearing from a named place: the compass words side by side ("شمال شرق") and the place after them. */
interface Bearing {
  dirs: Set<string>;
  from: string;
}

/**
 * A compass word written with the article ("الغرب", "بالشمال", the surname "الغربي"): the West, a
 * region, a name, never a bearing. Read on the token's text: its match key has dropped the article.
 */
const DEFINITE = /^[وف]?(?:[بكل]?ال|لل)/;
const isCompass = (t: { key: string; text: string }) =>
  COMPASS.has(t.key) && !DEFINITE.test(searchKey(t.text));

/**
 * The bearings a span of tokens gives, each from the tagged place right after its compass words
 * ("جنوبي الرمادي" -> south of Ramadi; "شمال شرق مدينة بعقوبة" -> north and east of Baqubah), or
 * after one link word between (an area noun, "من"). Any other word between ("دبلوماسي غربي في
 * بغداد": a Western diplomat) and a compass run names no bearing.
 */
function bearingsIn(s: Statement, from: number, to: number): Bearing[] {
  const { tokens } = s.ctx;
  const out: Bearing[] = [];
  for (let k = from; k <= to; k++) {
    if (!isCompass(tokens[k])) continue;
    const dirs = new Set<string>();
    while (k <= to && isCompass(tokens[k])) dirs.add(COMPASS.get(tokens[k++].key)!);
    if (k > to) break;
    const ref =
      placeAt(s.ctx, k, k + 1) ??
      (BEARING_LINKS.has(tokens[k].key) && k + 1 <= to ? placeAt(s.ctx, k + 1, k + 2) : undefined);
    if (ref) out.push({ dirs, from: ref.place });
  }
  return out;
}

/**
 * The bearings that place a count: its clause's, else its sentence's when the sentence gives one
 * bearing only (the place often follows the count after a comma: "مقتل عشرة ... بضربة جوية، جنوبي
 * المدينة").
 */
function bearingsOf(s: Statement): Bearing[] {
  const [from, to] = clauseOf(s);
  const own = bearingsIn(s, from, to);
  if (own.length) return own;
  const first = s.ctx.sentTok[s.sent];
  const last = s.sent + 1 < s.ctx.sentTok.length ? s.ctx.sentTok[s.sent + 1] : s.ctx.tokens.length;
  const all = bearingsIn(s, first, last - 1);
  return all.length === 1 ? all : [];
}

/** The bearing across the place from each one. */
const OPPOSITE: Record<string, string> = { north: 'south', south: 'north', east: 'west', west: 'east' };

/**
 * Two bearings that cannot be one place: one holds the opposite of a bearing of the other (south
 * against north; north-west against north-east). Neighbours (north and east) may be one
 * north-eastern town.
 */
const opposed = (x: Set<string>, y: Set<string>) => [...x].some((d) => y.has(OPPOSITE[d]));

/**
 * Both counts are placed by bearings from one named place, and each bearing of one is opposed to
 * each of the other's: an air strike south of a city and an operation north of it are two
 * incidents. Bearings from two places (a town's west, a country's north) are not compared.
 */
export function otherBearings(a: Statement, b: Statement): boolean {
  const ba = bearingsOf(a);
  const bb = bearingsOf(b);
  const shared = ba.filter((x) => bb.some((y) => y.from === x.from));
  if (!shared.length || ba.some((x) => !bb.some((y) => y.from === x.from))) return false;
  if (bb.some((y) => !ba.some((x) => x.from === y.from))) return false;
  return !ba.some((x) => bb.some((y) => x.from === y.from && !opposed(x.dirs, y.dirs)));
}

/**
 * Both counts' clauses name places, none in common: a strike near one town and an attack east of
 * another told in one sentence each ("ضربة ... قتل 21 قرب مصفى X، ... ضربة أخرى في Y") are two incidents,
 * though each sentence names both towns.
 */
export function otherClausePlaces(a: Statement, b: Statement): boolean {
  const ca = clausePlaces(a);
  const cb = clausePlaces(b);
  return ca.size > 0 && cb.size > 0 && !shares(ca, cb);
}

/** Both sentences name places, and one in common. */
export function samePlaceNamed(a: Statement, b: Statement): boolean {
  return shares(placesOfSentence(a.ctx, a.sent), placesOfSentence(b.ctx, b.sent));
}

/** Both sentences name places, the same ones. */
export function samePlaces(a: Statement, b: Statement): boolean {
  const ea = placesOfSentence(a.ctx, a.sent);
  const eb = placesOfSentence(b.ctx, b.sent);
  return !!ea?.size && !!eb?.size && ea.size === eb.size && [...ea].every((x) => eb.has(x));
}

/**
 * The later of two sentences of one article opens another account before its count ("في حين قال
 * مصدر آخر إن العدد ..."): a contrast word after the count ("... لتبلغ 14 دولارا بدلا من 28")
 * contrasts the count's own items, not the two accounts.
 */
export function contrastBefore(a: Statement, b: Statement): boolean {
  const later = a.sent > b.sent ? a : b;
  const from = later.ctx.sentTok[later.sent];
  let to = later.ctx.tokens.findIndex((t) => t.start >= later.span.start);
  if (to < from) to = from;
  return findPhrases(later.ctx.tokens, NUMERIC_CONTRAST, from, to).length > 0;
}

/** Both counts told by a named speaker (not the outlet's own words). */
export const namedBoth = (a: Statement, b: Statement) =>
  !a.voice.id.startsWith('outlet:') && !b.voice.id.startsWith('outlet:');

/** Two sentences that tell one event in the same words: most of their content stems in common. */
export function sameEventWords(a: Statement, b: Statement): boolean {
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
export function sameDurationEvent(a: Statement, b: Statement): boolean {
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
