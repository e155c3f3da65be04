// Time contradictions: one event (a topic's start) given times of day or dates that cannot both
// hold by two voices ("تبدأ في حوالي السادسة صباحا" vs "بدأت ظهر اليوم"). Statements made on
// different days are compared by the day they speak of (a dated mention, a weekday, publication).
import type { Statement } from '../statements/statement.js';
import { sameAnchor } from '../context/context.js';
import { TOPIC_LABEL } from '../statements/statement.js';
import { PARTNERS, sentenceOf, type Found } from './pairing.js';
import { isDayPartAt, readTime, sameEventDay, timesClash, type TimeOfEvent } from '../statements/times.js';
import { eventsLexicon, keySet } from '../statements/event-words.js';

const TIMED = new Set(['started', 'resumed']);

const hhmm = (h: number) => {
  const m = Math.round((((h % 24) + 24) % 24) * 60);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};
const when = (t: TimeOfEvent) => `${hhmm(t.low)}–${hhmm(t.high)}${t.date ? ` on ${t.date}` : ''}`;

export function findTimes(statements: Statement[]): Found[] {
  const out: Found[] = [];
  const timed = new Map<string, { s: Statement; t: TimeOfEvent }[][]>();
  const seen = new Set<string>();
  for (const s of statements) {
    if (s.kind !== 'event' || !TIMED.has(s.event!.status) || !s.topic) continue;
    const k = `${s.ctx.id}:${s.sent}:${s.topic}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const t = readTime(s.ctx, s.sent, s.span.start);
    if (!t) continue;
    const byArticle = timed.get(s.topic) ?? [];
    const last = byArticle[byArticle.length - 1];
    if (last && last[0].s.ctx === s.ctx) last.push({ s, t });
    else byArticle.push([{ s, t }]);
    timed.set(s.topic, byArticle);
  }
  for (const articles of timed.values()) {
    for (let i = 0; i < articles.length; i++) {
      for (let j = i + 1; j < Math.min(articles.length, i + 1 + PARTNERS); j++) {
        const hit = clash(articles[i], articles[j]);
        if (hit) out.push(hit);
      }
    }
  }
  return out;
}

const DAY_MS = 86_400_000;
/** Words that open another clause (a relative, "بعد"): a date past one dates that clause's act. */
const OTHER_CLAUSE = keySet(eventsLexicon.timeOfDay.otherClause);

/**
 * An opener that begins a time phrase opens no clause: "بعد الظهر", "بعد منتصف الليل" are parts
 * of a day (date-words.json dayParts), and one that a date mention starts at or just after ("بعد
 * ظهر الأحد 20 نوفمبر") is that date's own word.
 */
function opensTime(s: Statement, i: number): boolean {
  const toks = s.ctx.tokens;
  const next = toks[i + 1];
  if (next && isDayPartAt(toks, i + 1)) return true;
  return s.ctx.dates.some((d) => d.start === toks[i].start || (next && d.start === next.start));
}

/**
 * The date a sentence names is the start's own when no other clause opens between the start word
 * and the date ("بدأت ... هجوما على الزبداني منذ أسبوع"); past a relative or "بعد" it dates
 * another act ("انطلقت القوات من عدن التي استعيدت في منتصف يوليو"), and says nothing of the start.
 * A date before the start word is read up to that word ("وفي 20 نوفمبر بدأ الهجوم بعد غارات").
 */
function ownDate(s: Statement, t: TimeOfEvent): boolean {
  if (t.dateStart === undefined) return true;
  const [from, to] = t.dateStart >= s.span.end ? [s.span.end, t.dateStart] : [t.dateStart, s.span.start];
  return !s.ctx.tokens.some(
    (k, i) => k.start >= from && k.end <= to && OTHER_CLAUSE.has(k.key) && !opensTime(s, i),
  );
}
/** A date named by its weekday alone ("ليلة الإثنين"): which week is a guess of the date reader. */
const weekdayAlone = (t: TimeOfEvent) => !!t.dateText && !/[0-9٠-٩]/.test(t.dateText);

/**
 * A night or a dawn ("الليلة قبل الماضية", "فجر السبت") is told by the day before or after it: one
 * day apart is one time. Two nights named by weekday alone are read within the week ("منتصف ليلة
 * الأحد" and "تبدأ منتصف ليلة الإثنين", one resolved a week back): one weekday apart is one time.
 */
function acrossMidnight(x: TimeOfEvent, y: TimeOfEvent): boolean {
  const night = /ليل|فجر/.test(x.text) || /ليل|فجر/.test(y.text);
  if (!night) return false;
  const days = Math.round(Math.abs(Date.parse(x.date!) - Date.parse(y.date!)) / DAY_MS);
  return days <= 1 || (weekdayAlone(x) && weekdayAlone(y) && [0, 1, 6].includes(days % 7));
}

/** The first pair of two articles' timed statements that cannot both hold, reports before plans. */
function clash(
  xs: { s: Statement; t: TimeOfEvent }[],
  ys: { s: Statement; t: TimeOfEvent }[],
): Found | undefined {
  const pairs = xs.flatMap((x) => ys.map((y) => [x, y] as const));
  pairs.sort(
    (p, q) =>
      Number(p[0].s.event!.future) +
      Number(p[1].s.event!.future) -
      Number(q[0].s.event!.future) -
      Number(q[1].s.event!.future),
  );
  for (const [x, y] of pairs) {
    if (x.s.voice.id === y.s.voice.id || !sameAnchor(x.s.ctx, x.s.sent, y.s.ctx, y.s.sent)) continue;
    // copies of one text never disagree with themselves: "اليوم" in one and "أمس" in the next day's copy
    if (x.s.voice.origin && x.s.voice.origin === y.s.voice.origin) continue;
    const planned = x.s.event!.future || y.s.event!.future;
    const day = sameEventDay(x.t, y.t);
    const topic = TOPIC_LABEL.get(x.s.topic ?? '') ?? x.s.topic;
    const clash = (explanation: string) => ({
      kind: 'time' as const,
      a: x.s,
      b: y.s,
      aSpan: sentenceOf(x.s),
      bSpan: sentenceOf(y.s),
      explanation,
    });
    const say = (p: { s: Statement; t: TimeOfEvent }) =>
      `${p.s.voice.by} ${p.s.event!.future ? 'expects it' : 'reports it'} "${p.t.text}" (${when(p.t)})`;
    if (day === false) {
      // a plan for one day and a start on another is a delay; two reports of the start disagree,
      // when each names its day (relative words resolved): publication days tell nothing of the event
      if (planned || !x.t.date || !y.t.date || x.t.published || y.t.published) continue;
      if (!ownDate(x.s, x.t) || !ownDate(y.s, y.t)) continue;
      if (acrossMidnight(x.t, y.t)) continue;
      return clash(`Date of the ${topic} start disagrees: ${say(x)}, ${say(y)}.`);
    }
    // a planned hour and a reported start at another hour is a delay, not two accounts of one start
    if (planned || !timesClash(x.t, y.t)) continue;
    const sameDay = day ? 'on the same day' : 'with nothing to tell the days apart';
    return clash(`Time of the ${topic} start disagrees ${sameDay}: ${say(x)}, ${say(y)}.`);
  }
  return undefined;
}
