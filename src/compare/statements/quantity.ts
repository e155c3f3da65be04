// Quantity statements: a count read with its counted class, its predicate (what happened to the
// counted thing), its incident and its value interval.
import type { Quantity } from '../../contract.js';
import type { ArticleCtx } from '../context/context.js';
import { sentenceAt, spanOf, statementDate } from '../context/context.js';
import { findPhrases, matchKey } from '../context/match.js';
import {
  CLASS_PREDICATE,
  COUNTED_CLASS,
  DENIAL_CUES,
  PREDICATE,
  countedClass,
  eventsLexicon,
  isPlanned,
} from './event-words.js';
import { DURATION_LABEL, isDuration, isLabel, readIncident, wholeClass } from './incident.js';
import { TOPIC_LABEL, nearestTopicTo, type Statement, type StatementInput } from './statement.js';

/**
 * How far "about" (نحو، حوالي) stretches a number: ±15% lets "about 2,000" agree with 1,800 but not
 * with 1,500. Wider hides real disagreements; narrower reports roundings as contradictions.
 */
export const APPROX = 0.15;

/** Interval of values a quantity allows (numbered or still a draft: only the value fields count). */
export function interval(q: Pick<Quantity, 'value' | 'approx' | 'low' | 'high'>): {
  low: number;
  high: number;
} {
  switch (q.approx) {
    case 'about':
      return { low: q.value * (1 - APPROX), high: q.value * (1 + APPROX) };
    case 'more-than':
      return { low: q.value, high: Infinity };
    case 'less-than':
      return { low: 0, high: q.value };
    case 'range':
      return { low: q.low ?? q.value, high: q.high ?? q.value };
    default:
      return { low: q.value, high: q.value };
  }
}

/**
 * A counted noun joins the quantity's span when it starts within 30 characters of the number:
 * a few words ("17 شخصا"، "ألفي مقاتل من المعارضة"), not a noun of the next clause.
 */
const COUNTED_NOUN_REACH = 30;

/** A quantity as a statement: its counted class, its predicate and its value interval. */
export function quantityStatement(input: StatementInput, found: Quantity): Omit<Statement, 'id'> | null {
  const ctx = input.ctxs.get(found.article);
  if (!ctx) return null;
  const q = withoutConjoinedNoun(ctx.text, found);
  const sent = sentenceAt(ctx, q.start);
  const se = input.sentences.get(ctx.id)?.[sent];
  const topic = se && nearestTopicTo(ctx, se, q.start);
  // "اللواء 15", "القرار 2216", "جنيف 1", years, codes: numbers that name, not count
  if (isLabel(ctx, q)) return null;
  const cls = quantityClass(ctx, q, topic);
  if (!cls) return null;
  // "وفاة اثنين من المصابين", "12 من القتلى": a part of the toll, not the toll
  if (q.counted && CLASS_PREDICATE.has(cls) && PARTITIVE.test(ctx.text.slice(q.end, q.counted.start)))
    return null;
  // "نفى ... خروج ألفي مقاتل": the count is what is denied, set against whoever states it
  const denied = deniedBefore(ctx, sent, q.start);
  const nounNear = q.counted && q.counted.end > q.end && q.counted.start - q.end < COUNTED_NOUN_REACH;
  const end = nounNear ? q.counted!.end : q.end;
  const incident = readIncident(ctx, sent, q, end, cls);
  const { low, high } = incident.lowerBound ? { low: q.value, high: Infinity } : interval(q);
  // a duration ("5 أيام") is compared only with a duration of the same event, never with people
  const predicate = isDuration(cls)
    ? `${DURATION}${topic ? `-${topic}` : ''}`
    : quantityPredicate(ctx, sent, q.start, end, cls, topic);
  const span = spanOf(ctx, q.start, end);
  const label = `${span.text}${predicate ? ` (${predicateLabel(predicate)})` : topic ? ` (${TOPIC_LABEL.get(topic)})` : ''}`;
  return {
    kind: 'quantity',
    key: `n|${tollClass(cls, predicate)}|${predicate ?? '-'}`,
    label,
    ctx,
    sent,
    span,
    voice: input.voiceOf(ctx, q.start),
    date: statementDate(ctx, sent),
    ...(topic ? { topic } : {}),
    quantity: {
      low,
      high,
      value: q.value,
      text: q.text,
      ...(predicate ? { predicate } : {}),
      ...(denied ? { denied } : {}),
      incident,
    },
  };
}

/** Words back from a count where a denial cue still governs it (نفى ما أعلنه الإعلام عن خروج ألفي). */
const DENIAL_REACH = 12;
/** Characters between a count and the counted noun right after it (one space, a tatweel). */
const NEXT_NOUN_GAP = 3;
/** Words back from a count where "عدد X" may name its class (ارتفع عدد الشهداء إلى 13). */
const COUNT_WORD_REACH = 4;
/**
 * Penalty, in characters, of a predicate word across a clause break: larger than any sentence, so
 * it wins only when nothing in the count's own clause does.
 */
const CLAUSE_BREAK_PENALTY = 10_000;

/** True when a denial cue comes shortly before the offset in its sentence: the count is what is denied. */
function deniedBefore(ctx: ArticleCtx, sent: number, offset: number): boolean {
  let t = ctx.sentTok[sent];
  while (t < ctx.tokens.length && ctx.tokens[t].sent === sent && ctx.tokens[t].start < offset) t++;
  // the cue governs the count only from a few words back ("نفى ما أعلنه الإعلام عن خروج ألفي")
  for (let k = t - 1; k >= ctx.sentTok[sent] && k >= t - DENIAL_REACH; k--) {
    if (DENIAL_CUES.has(ctx.tokens[k].key)) return true;
  }
  return false;
}

/**
 * What happened to the counted thing (evacuated, killed, injured ...): the class's own predicate
 * ("قتلى"), else the nearest event word in the quantity's clause, else the nearest in its sentence,
 * else "evacuated" in an evacuation sentence. Undefined: the count is not compared.
 */
function quantityPredicate(
  ctx: ArticleCtx,
  sent: number,
  start: number,
  end: number,
  cls: string,
  topic?: string,
): string | undefined {
  const own = CLASS_PREDICATE.get(cls);
  if (own) return own;
  const from = ctx.sentTok[sent];
  const to = sent + 1 < ctx.sentTok.length ? ctx.sentTok[sent + 1] : ctx.tokens.length;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const h of findPhrases(ctx.tokens, PREDICATE, from, to)) {
    const hs = ctx.tokens[h.from].start;
    const he = ctx.tokens[h.to - 1].end;
    if (he > start && hs < end) continue; // the counted noun itself
    const gap = hs >= end ? ctx.text.slice(end, hs) : ctx.text.slice(he, start);
    // a word across a clause break governs the count only when nothing nearer does; one after
    // the count that opens with "و" starts the next clause ("مقتل 6 وإصابة آخرين": 6 killed)
    const conjoined = hs >= end && ctx.tokens[h.from].text.startsWith(CONJUNCTION);
    const score =
      gap.length +
      (CLAUSE_BREAK.test(gap) ? CLAUSE_BREAK_PENALTY : 0) +
      (conjoined ? CONJUNCTION_PENALTY : 0);
    if (score < bestScore) {
      // "سيسمح بخروج", "الذين يريدون إخراجهم": a planned count, not one already done
      const planned = [h.from - 1, h.from - 2].some((t) => t >= from && isPlanned(ctx.tokens[t].key));
      [best, bestScore] = [planned ? `${h.value}:planned` : h.value, score];
    }
  }
  // only a listed class (people, buses) leaves: riyals, fines or colleges near "نقل" or "خروج" are
  // no one leaving ("أجرة نقل الركاب 200 ريال", "مخالفات لحافلات نقل الزوار")
  if (!LISTED_CLASSES.has(cls) && (best ?? 'evacuated').split(':')[0] === 'evacuated') return undefined;
  return best ?? (topic === 'evacuation' ? 'evacuated' : undefined);
}

/**
 * A "counted noun" glued to the conjunction is the next clause's word, not what the number counts
 * ("مقتل 6 وإصابة آخرين": six killed, not six wounded).
 */
function withoutConjoinedNoun(text: string, q: Quantity): Quantity {
  if (!q.counted || q.counted.start < q.end) return q;
  const between = text.slice(q.end, q.counted.start) + q.counted.text;
  if (!between.trimStart().startsWith(CONJUNCTION)) return q;
  const { counted: _counted, ...rest } = q;
  return rest;
}

/** the classes of the lexicon (countedClasses): what a count of people or vehicles counts */
const LISTED_CLASSES = new Set(COUNTED_CLASS.values());

/** the conjunction prefix that opens a new clause after a count (Arabic grammar, not vocabulary) */
const CONJUNCTION = 'و';
/** Characters a following "وإصابة" counts as farther away than an adjacent preceding "مقتل". */
const CONJUNCTION_PENALTY = 2;
/** the predicate of a duration: compared only with the same duration of the same event (topic) */
const DURATION = 'duration';
const CLAUSE_BREAK = /[،,؛;:.!?؟\n]/;
const PREDICATE_LABEL = new Map(eventsLexicon.predicates.list.map((p) => [p.id, p.label]));
function predicateLabel(p: string): string {
  if (p.startsWith(DURATION)) return DURATION_LABEL;
  const [id, planned] = p.split(':');
  return `${PREDICATE_LABEL.get(id) ?? id}${planned ? ' متوقع' : ''}`;
}

/** "(predicate, class)" -> the toll class it counts: people killed are the dead ('مقتل 17 شخصا' = '17 قتيلا'). */
const TOLL_CLASS = new Map(
  eventsLexicon.countedClasses.flatMap((c) =>
    c.predicate ? (c.covers ?? []).map((x): [string, string] => [`${c.predicate}|${x}`, c.id]) : [],
  ),
);
export function tollClass(cls: string, predicate?: string): string {
  return (predicate && TOLL_CLASS.get(`${predicate}|${cls}`)) || cls;
}

// "12 من القتلى": the partitive من between a number and its noun (grammar, so written here)
const PARTITIVE = /^\s*من\s*$/;

/** "ارتفع عدد الشهداء إلى 13", "بلغ عدد القتلى 15": the counted class named after "عدد" just before the number */
const COUNT_WORDS = new Set(eventsLexicon.tollCounts.forms.map(matchKey));
const TOLL_GAP = new RegExp(`^[\\s]*(?:\\S+\\s+)?(?:${eventsLexicon.tollCounts.between.join('|')})?\\s*$`);

/** predicates whose bare count is a count of people (killed, injured) */
const PEOPLE_PREDICATES = new Set(['killed', 'injured']);

/** True when the word right before the number (token index < next) is a killed / injured verb. */
function tollVerbBefore(ctx: ArticleCtx, next: number, start: number): boolean {
  let k = next - 1;
  while (k >= 0 && ctx.tokens[k].end > start) k--;
  if (k < 0 || /\S/.test(ctx.text.slice(ctx.tokens[k].end, start))) return false;
  const hit = findPhrases(ctx.tokens, PREDICATE, k, k + 1)[0];
  return !!hit && PEOPLE_PREDICATES.has(hit.value);
}

/** Counted class of a quantity: its counted noun, else the word after it, else "عدد X" before it, else "people" for evacuations. */
function quantityClass(ctx: ArticleCtx, q: Quantity, topic?: string): string | undefined {
  if (q.counted) return wholeClass(ctx, q.counted.end) ?? countedClass(q.counted.text.split(/\s+/)[0] ?? '');
  const i = ctx.tokens.findIndex((t) => t.start >= q.end);
  const next = i >= 0 ? ctx.tokens[i] : undefined;
  // "مقتل 6 وإصابة آخرين": a word glued to "و" opens the next clause, it is not the counted noun
  const conjoined = next?.text.startsWith(CONJUNCTION);
  if (next && !conjoined && next.start - q.end < NEXT_NOUN_GAP && COUNTED_CLASS.has(next.key))
    return COUNTED_CLASS.get(next.key);
  const before = (i >= 0 ? i : ctx.tokens.length) - 1;
  for (let k = before; k >= 1 && k >= before - COUNT_WORD_REACH; k--) {
    const t = ctx.tokens[k];
    if (t.end > q.start) continue; // the number itself
    const cls = COUNTED_CLASS.get(t.key);
    if (!cls || !COUNT_WORDS.has(ctx.tokens[k - 1].key)) continue;
    // nothing but "إلى" (or one word) between the noun and the number, no clause break
    if (TOLL_GAP.test(ctx.text.slice(t.end, q.start))) return cls;
    break;
  }
  // "فيما قتل 9 وأصيب 50": a bare number right after a toll verb counts people; one with a unit never does
  if (!q.unit && tollVerbBefore(ctx, i >= 0 ? i : ctx.tokens.length, q.start)) return 'people';
  return !q.unit && topic === 'evacuation' ? 'people' : undefined;
}
