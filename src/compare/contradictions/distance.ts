// How far a place lies: "قاعدة ... تقع على بعد 40 كيلومترا شمال عدن" vs "على بعد 60 كيلومترا شمالي
// عدن". Two distances disagree when they run from the same reference place, in the same direction
// when both give one, for a place both sentences name before the distance, and do not overlap.
import { searchKey } from '../../text/arabic.js';
import { matchKey } from '../context/match.js';
import { placeAt } from '../context/places.js';
import { eventsLexicon } from '../statements/event-words.js';
import type { Statement } from '../statements/statement.js';
import { groupBy, type Found } from './pairing.js';

const lex = eventsLexicon.distances;
const UNITS = new Set(lex.units.forms.map((f) => searchKey(f.split(/\s+/)[0])));
const CUES = new Set(lex.cues.forms.map(matchKey));
const DIRECTIONS = new Map(
  lex.directions.forms.map((f) => {
    const [form, dir] = f.split(':');
    return [matchKey(form), dir] as const;
  }),
);
/** Words before the number where "على بعد / تبعد" stands ("تبعد نحو 20"). */
const CUE_REACH = 3;
/** Words after the unit where the reference place stands ("الى الشمال من قاعدة العند"). */
const REFERENCE_REACH = 5;
/** Pairs reported per reference place: the first few disagreements carry the dispute. */
const PER_REFERENCE = 3;

interface Distance {
  s: Statement;
  reference: string;
  referenceText: string;
  direction?: string;
  /** places the sentence names before the distance: what lies that far */
  subjects: Set<string>;
}

/** A quantity that is a distance from a named place, with what its sentence places before it. */
function distanceOf(s: Statement): Distance | undefined {
  if (s.kind !== 'quantity' || !s.quantity || s.quantity.incident.vague) return undefined;
  const { ctx, sent } = s;
  const from = ctx.sentTok[sent];
  const to = sent + 1 < ctx.sentTok.length ? ctx.sentTok[sent + 1] : ctx.tokens.length;
  let first = from;
  while (first < to && ctx.tokens[first].end <= s.span.start) first++;
  let unit = first;
  while (unit < to && !UNITS.has(searchKey(ctx.tokens[unit].text)) && unit - first < 3) unit++;
  if (unit >= to || !UNITS.has(searchKey(ctx.tokens[unit].text))) return undefined;
  let cue = -1;
  for (let k = first - 1; k >= from && k >= first - CUE_REACH; k--) if (CUES.has(ctx.tokens[k].key)) cue = k;
  if (cue < 0) return undefined;
  const ref = placeAt(ctx, unit + 1, Math.min(to, unit + 1 + REFERENCE_REACH));
  if (!ref) return undefined;
  let direction: string | undefined;
  for (let k = unit + 1; k < Math.min(to, unit + 1 + REFERENCE_REACH) && !direction; k++)
    direction = DIRECTIONS.get(ctx.tokens[k].key);
  const subjects = new Set<string>();
  // what lies that far is named before the number, before the cue or after it ("تبعد قاعدة العند نحو 60")
  for (let k = from; k < first; k++) {
    const p = placeAt(ctx, k, k + 1);
    if (p && p.place !== ref.place) subjects.add(p.place);
  }
  if (!subjects.size) return undefined;
  return { s, reference: ref.place, referenceText: ref.placeText, direction, subjects };
}

/** Across articles: one place said to lie at distances from one reference place that do not overlap. */
export function findDistances(statements: Statement[]): Found[] {
  const out: Found[] = [];
  const distances = statements.flatMap((s) => distanceOf(s) ?? []);
  for (const list of groupBy(distances, (d) => d.reference).values()) {
    const done = new Set<string>();
    for (const a of list) {
      for (const b of list) {
        if (done.size >= PER_REFERENCE || !rivals(a, b)) continue;
        const k = [a.s.ctx.id, b.s.ctx.id].sort().join('|');
        if (done.has(k)) continue;
        done.add(k);
        out.push(distanceFound(a, b));
      }
    }
  }
  return out;
}

function rivals(a: Distance, b: Distance): boolean {
  if (a.s.ctx === b.s.ctx || a.s.quantity!.low >= b.s.quantity!.low) return false;
  if (a.direction && b.direction && a.direction !== b.direction) return false;
  if (a.s.quantity!.high >= b.s.quantity!.low) return false; // "نحو 60" allows 51-69
  for (const x of a.subjects) if (b.subjects.has(x)) return true;
  return false;
}

function distanceFound(a: Distance, b: Distance): Found {
  return {
    kind: 'numeric',
    figures: 'distance',
    a: a.s,
    b: b.s,
    explanation:
      `Distances from ${a.referenceText} disagree for the same place: ${a.s.voice.by} says ` +
      `"${a.s.span.text}", ${b.s.voice.by} says "${b.s.span.text}".`,
  };
}
