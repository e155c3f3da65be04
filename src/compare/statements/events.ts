// Events in sentences: a status (started, postponed, ...) of a topic (evacuation, truce, ...),
// with where people are said to go, which parties are named and who is blamed. Lexicons:
// lexicons/events.json and lexicons/places-of-destination.json; parties from framing.json.
import type { ArticleCtx, Tok } from '../context/context.js';
import { findPhrases, type PhraseHit } from '../context/match.js';
import type { Camp, FramingHit } from '../framing/framing.js';
import { readPlaces, type PlaceMention } from './destinations.js';
import { anyKey, findBlame } from './find-blame.js';
import {
  AGENT_ONLY,
  BLAME_STATUSES,
  FUTURE,
  NEGATION,
  SCHEDULE,
  PHRASE_WINDOW,
  STATUS,
  STATUS_ADVERBIALS,
  TOPIC,
  statusesConflict,
} from './event-words.js';

/** On a distance tie the topic after the verb wins (it is the verb's object): less than a word. */
const AFTER_VERB_TIEBREAK = 0.5;

export interface PartyMention {
  camp: Camp;
  term: string;
  tok: number;
  start: number;
  end: number;
}

export interface EventMention {
  article: string;
  sent: number;
  status: string;
  topic?: string;
  /** trigger offsets */
  start: number;
  end: number;
  future: boolean;
  negated: boolean;
  /** words between the trigger and its topic: a status far from its topic may be of something else */
  topicGap?: number;
  /** camp blamed for this event, when the sentence says so */
  blamed?: PartyMention;
  /** how plainly the sentence blames: 3 accusation verb, 2 agent marker (بسبب، من قبل), 1 the actor */
  blameStrength?: number;
  accuser?: PartyMention;
}

export interface SentenceEvents {
  article: string;
  sent: number;
  topics: { id: string; tok: number }[];
  events: EventMention[];
  places: PlaceMention[];
  parties: PartyMention[];
}

/** Status of one token, with the future prefix س read off ("سيبدأ" -> started, future). */
function statusAt(
  tokens: Tok[],
  i: number,
  to: number,
): { hit: PhraseHit<string>; future: boolean } | undefined {
  const hits = findPhrases(tokens, STATUS, i, Math.min(to, i + PHRASE_WINDOW));
  if (hits.length && hits[0].from === i) return { hit: hits[0], future: false };
  const k = tokens[i].key;
  if (k.length > 3 && k[0] === 'س' && 'يتنا'.includes(k[1])) {
    const bare = findPhrases([{ key: k.slice(1) }], STATUS);
    if (bare.length) return { hit: { from: i, to: i + 1, value: bare[0].value }, future: true };
  }
  return undefined;
}

/** Tokens [from, to) of one sentence of an article. */
interface SentenceRange {
  ctx: ArticleCtx;
  sent: number;
  from: number;
  to: number;
}

/** Analyse sentence i of an article: topics, statuses, destinations, parties and blame. */
export function readSentence(ctx: ArticleCtx, i: number, framing: FramingHit[]): SentenceEvents {
  const from = ctx.sentTok[i];
  const to = i + 1 < ctx.sentTok.length ? ctx.sentTok[i + 1] : ctx.tokens.length;
  const r: SentenceRange = { ctx, sent: i, from, to };
  const topicHits = findPhrases(ctx.tokens, TOPIC, from, to);
  const used = new Set<number>();
  for (const h of topicHits) for (let t = h.from; t < h.to; t++) used.add(t);
  const topics = topicHits.map((h) => ({ id: h.value, tok: h.from }));
  const parties = partiesIn(framing, from, to);
  const places = readPlaces(ctx, from, to);
  const events = statusEvents(r, topics, parties, used);
  dropHaltedStarts(events);
  // an accusation verb blames even without a status word ("اتهم X Y بعرقلة ...")
  if (!events.some((e) => e.blamed) && topics.length) {
    const acc = accusationEvent(r, topics[0].id, parties, used);
    if (acc) events.push(acc);
  }
  return { article: ctx.id, sent: i, topics, events, places, parties };
}

/** The framing hits of the sentence that name a camp, as parties. */
function partiesIn(framing: FramingHit[], from: number, to: number): PartyMention[] {
  const parties: PartyMention[] = [];
  for (let k = firstHitAt(framing, from); k < framing.length && framing[k].from < to; k++) {
    const f = framing[k];
    const v = f.variants.find((x) => x.camp);
    if (v?.camp) parties.push({ camp: v.camp, term: v.term, tok: f.from, start: f.start, end: f.end });
  }
  return parties;
}

/** Status words outside the topic phrases, each with its nearest topic, negation and blame. */
function statusEvents(
  r: SentenceRange,
  topics: { id: string; tok: number }[],
  parties: PartyMention[],
  used: Set<number>,
): EventMention[] {
  const { ctx, from, to } = r;
  const tokens = ctx.tokens;
  const futureSentence =
    anyKey(tokens, from, to, FUTURE) || findPhrases(tokens, SCHEDULE, from, to).length > 0;
  const events: EventMention[] = [];
  for (let t = from; t < to; t++) {
    if (used.has(t)) continue;
    const s = statusAt(tokens, t, to);
    if (!s) continue;
    const { hit } = s;
    const topic = nearestTopic(topics, hit.from);
    const topicGap = topic === undefined ? undefined : gapTo(tokens, topics, topic, hit.from, hit.to);
    const negated =
      (t > from && NEGATION.has(tokens[t - 1].key)) || (t > from + 1 && NEGATION.has(tokens[t - 2].key));
    const ev: EventMention = {
      article: ctx.id,
      sent: r.sent,
      status: hit.value,
      ...(topic ? { topic } : {}),
      start: tokens[hit.from].start,
      end: tokens[hit.to - 1].end,
      future: s.future || futureSentence,
      negated,
      ...(topicGap !== undefined ? { topicGap } : {}),
    };
    const onset = ev.status === 'started' || ev.status === 'resumed';
    const blames = BLAME_STATUSES.has(ev.status) && (!onset || topic === 'fighting');
    if (blames && !negated) {
      const trigger = AGENT_ONLY.has(ev.status) ? -2 : hit.from;
      Object.assign(ev, findBlame(tokens, from, to, trigger, parties, used));
    }
    events.push(ev);
    t = hit.to - 1;
  }
  return events;
}

/** "أجلت بدء التنفيذ": a start that is postponed or halted in the same sentence did not happen. */
function dropHaltedStarts(events: EventMention[]): void {
  const halted = events.filter((e) => e.status !== 'started' && statusesConflict('started', e.status));
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k];
    if (e.status === 'started' && halted.some((h) => h.topic === e.topic)) events.splice(k, 1);
  }
}

/** A blame event from an accusation verb alone, for the sentence's first topic. */
function accusationEvent(
  r: SentenceRange,
  topic: string,
  parties: PartyMention[],
  used: Set<number>,
): EventMention | undefined {
  const acc = findBlame(r.ctx.tokens, r.from, r.to, -1, parties, used);
  if (!acc.blamed || !acc.accuser) return undefined;
  const b = acc.blamed;
  return {
    article: r.ctx.id,
    sent: r.sent,
    status: 'blamed',
    topic,
    start: b.start,
    end: b.end,
    future: false,
    negated: false,
    ...acc,
  };
}

/** Index of the first hit starting at or after token `from` (hits are in text order). */
function firstHitAt(hits: FramingHit[], from: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid].from < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words between a trigger [from, to) and the nearest phrase of the topic. */
/** Words between a status word and its topic, time and manner words ("ظهر اليوم", "بشكل فعلي") not counted. */
function gapTo(
  tokens: Tok[],
  topics: { id: string; tok: number }[],
  topic: string,
  from: number,
  to: number,
): number {
  const words = (a: number, b: number) => {
    let n = 0;
    for (let i = a; i < b; i++) if (!STATUS_ADVERBIALS.has(tokens[i].key)) n++;
    return n;
  };
  let gap = Infinity;
  for (const t of topics) {
    if (t.id !== topic) continue;
    gap = Math.min(gap, t.tok >= to ? words(to, t.tok) : words(t.tok + 1, from));
  }
  return gap;
}

function nearestTopic(topics: { id: string; tok: number }[], tok: number): string | undefined {
  let best: string | undefined;
  let d = Infinity;
  for (const t of topics) {
    // on a tie the topic after the verb wins: it is the verb's object ("انتهكوا الاتفاق واستأنفوا القتال")
    const dd = Math.abs(t.tok - tok) - (t.tok > tok ? AFTER_VERB_TIEBREAK : 0);
    if (dd < d) {
      d = dd;
      best = t.id;
    }
  }
  return best;
}
