// Timeline: the story's own dated events across the articles. An entry is a sentence holding a date
// mention and an event: a status of a topic (an agreement reached, an evacuation postponed) when the
// status word stands by its topic, else a general news event (a capture, an attack, an announcement,
// a meeting, a suspension: lexicons/brief.json). Negated events are left out; an event spoken of as
// planned or expected is marked so. Entries for one (date, time, event, planned) merge their sources.
import type { Span } from '../../contract.js';
import { readLexicon } from '../../lexicon.js';
import { briefSchema } from '../../lexicon-schemas.js';
import type { ArticleCtx } from '../context/context.js';
import { isoOrder, monthDay, sentenceAt, sentenceSpan } from '../context/context.js';
import { findPhrases, indexPhrases, matchKey } from '../context/match.js';
import type { EventMention, SentenceEvents } from '../statements/events.js';
import { eventsLexicon, isPlanned } from '../statements/event-words.js';
import { STATUS_LABEL, TOPIC_LABEL } from '../statements/statement.js';

export interface TimelineEntry {
  date: string;
  text: string;
  sources: Span[];
  time?: string;
  event?: string;
}

const MAX_TEXT = 240;
/**
 * Words a topic may stand before its status word (a subject before its verb, across a place: "عملية
 * الخروج من الأحياء الشرقية في حلب تأجلت"), and after it (its object or subject, across a day:
 * "وبدأت يوم الثلاثاء عملية إجلاء"); farther on it belongs to another clause ("رفض الكشف عن هويته
 * لوكالة ... أن منفذ الهجوم").
 */
const TOPIC_BEFORE = 8;
const TOPIC_AFTER = 5;
// (the words of a date between the two are not counted: wordsBetween)
/** Words before an event word where a negation ("لم", "لن") governs it. */
const GOVERN_REACH = 2;
/**
 * Words between a date and its event: a clause or two ("قالت الوزارة في بيان، اليوم، إن انفجارا
 * ... أسفر عن مقتل"); farther, the date dates another clause of a long sentence.
 */
const DATE_REACH = 20;
/** Suffix of a planned or expected event's label. */
const PLANNED_MARK = ' (متوقع)';

const EVENTS = indexPhrases(
  readLexicon('brief', briefSchema).timelineEvents.flatMap((e) =>
    e.forms.map((f): [string, { id: string; label: string }] => [f, { id: e.id, label: e.label }]),
  ),
);
const NEGATION = new Set(eventsLexicon.negation.forms.map(matchKey));
const FUTURE = new Set(eventsLexicon.future.forms.map(matchKey));
const MAY = matchKey('قد');

interface Found {
  key: string;
  label: string;
  tok: number;
  /** a status event (its trigger may carry the future prefix) rather than a general event word */
  status?: boolean;
}

/** Token index of an offset within a sentence's tokens. */
function tokenAt(ctx: ArticleCtx, from: number, to: number, offset: number): number {
  for (let t = from; t < to; t++) if (ctx.tokens[t].start >= offset) return t;
  return from;
}

function sentenceRange(ctx: ArticleCtx, i: number): [number, number] {
  return [ctx.sentTok[i], i + 1 < ctx.sentTok.length ? ctx.sentTok[i + 1] : ctx.tokens.length];
}

/** The words before token t (within the sentence) that govern it. */
function governors(ctx: ArticleCtx, from: number, t: number): string[] {
  return ctx.tokens.slice(Math.max(from, t - GOVERN_REACH), t).map((x) => x.key);
}

/** "قد" before a present verb ("قد يدخل") plans; before a past one ("قد بدأت") it stresses a fact. */
const mayPlan = (ctx: ArticleCtx, k: number, to: number) =>
  k + 1 < to && /^[يت]/.test(ctx.tokens[k + 1].key) && ctx.tokens[k + 1].key !== matchKey('تم');

/**
 * Planned or expected: the event word is a future verb ("سيبدأ"), or its sentence speaks of what is
 * expected ("من المنتظر", "سوف", "قد" before a present verb).
 */
function planned(ctx: ArticleCtx, from: number, to: number, ev: Found): boolean {
  // a listed general event word's own س is its root's ("سيطرت"), not the future prefix
  if (ev.status && isPlanned(ctx.tokens[ev.tok].key)) return true;
  for (let k = from; k < to; k++) {
    const key = ctx.tokens[k].key;
    if (key === MAY ? mayPlan(ctx, k, to) : FUTURE.has(key)) return true;
  }
  return false;
}

/** Words from token a to token b, the words of a date between them not counted ("بدأت صباح اليوم الخميس 12 مارس عملية"). */
function wordsBetween(ctx: ArticleCtx, a: number, b: number): number {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  let n = 0;
  for (let t = lo + 1; t <= hi; t++) {
    const tok = ctx.tokens[t];
    if (!ctx.dates.some((d) => tok.start >= d.start && tok.end <= d.end)) n++;
  }
  return n;
}

/** The candidate nearest the date's word, if near enough to be its event. */
function nearest(found: Found[], dateTok: number): Found | undefined {
  let best: Found | undefined;
  for (const f of found) if (!best || Math.abs(f.tok - dateTok) < Math.abs(best.tok - dateTok)) best = f;
  return best && Math.abs(best.tok - dateTok) <= DATE_REACH ? best : undefined;
}

/** Status events whose topic stands by their status word, as timeline events. */
function statusEvents(ctx: ArticleCtx, se: SentenceEvents | undefined, from: number, to: number): Found[] {
  const ok = (e: EventMention) => !e.negated && e.topic && e.status !== 'blamed';
  const out: Found[] = [];
  for (const ev of se?.events.filter(ok) ?? []) {
    const t = tokenAt(ctx, from, to, ev.start);
    const near = se!.topics.some((tp) => {
      if (tp.id !== ev.topic) return false;
      const words = wordsBetween(ctx, t, tp.tok);
      return tp.tok > t ? words <= TOPIC_AFTER : words <= TOPIC_BEFORE;
    });
    if (!near) continue;
    const label = `${STATUS_LABEL.get(ev.status)} ${TOPIC_LABEL.get(ev.topic!)}`;
    out.push({ key: `${ev.status}/${ev.topic}`, label, tok: t, status: true });
  }
  return out;
}

/** General news events of the sentence (capture, attack, announcement ...), not negated. */
function generalEvents(ctx: ArticleCtx, from: number, to: number): Found[] {
  return findPhrases(ctx.tokens, EVENTS, from, to)
    .filter((h) => !governors(ctx, from, h.from).some((k) => NEGATION.has(k)))
    .map((h) => ({ key: h.value.id, label: h.value.label, tok: h.from }));
}

/** The event a date mention dates: a status event near it first, else a general event near it. */
function eventOf(
  ctx: ArticleCtx,
  se: SentenceEvents | undefined,
  i: number,
  dateStart: number,
): Found | undefined {
  const [from, to] = sentenceRange(ctx, i);
  const dateTok = tokenAt(ctx, from, to, dateStart);
  return nearest(statusEvents(ctx, se, from, to), dateTok) ?? nearest(generalEvents(ctx, from, to), dateTok);
}

export function buildTimeline(ctxs: ArticleCtx[], sentences: Map<string, SentenceEvents[]>): TimelineEntry[] {
  const byKey = new Map<string, TimelineEntry>();
  for (const ctx of ctxs) {
    const sents = sentences.get(ctx.id) ?? [];
    const done = new Set<number>();
    for (const d of ctx.dates) {
      const i = sentenceAt(ctx, d.start);
      if (done.has(i)) continue;
      const ev = eventOf(ctx, sents[i], i, d.start);
      if (!ev) continue;
      const [from, to] = sentenceRange(ctx, i);
      done.add(i);
      const isPlan = planned(ctx, from, to, ev);
      const date = monthDay(d.value, ctx.article.published);
      const key = `${date}|${d.time ?? ''}|${ev.key}|${isPlan}`;
      const span = sentenceSpan(ctx, i);
      const entry = byKey.get(key);
      if (entry) {
        entry.sources.push(span);
        continue;
      }
      const body = span.text.length > MAX_TEXT ? span.text.slice(0, MAX_TEXT) + '…' : span.text;
      byKey.set(key, {
        date,
        text: `${ev.label}${isPlan ? PLANNED_MARK : ''}: ${body}`,
        sources: [span],
        ...(d.time ? { time: d.time } : {}),
        event: ev.key,
      });
    }
  }
  return [...byKey.values()].sort((a, b) =>
    a.date === b.date ? isoOrder(a.time ?? '', b.time ?? '') : isoOrder(a.date, b.date),
  );
}
