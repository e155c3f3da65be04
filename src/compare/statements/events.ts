// Events in sentences: a status (started, postponed, ...) of a topic (evacuation, truce, ...),
// with where people are said to go, which parties are named and who is blamed. Lexicons:
// lexicons/events.json and lexicons/places-of-destination.json; parties from framing.json.
import type { ArticleCtx, Tok } from '../context/context.js';
import { findPhrases, indexPhrases, matchKey, type PhraseHit } from '../context/match.js';
import type { Camp, FramingHit } from '../framing/framing.js';
import { readLexicon } from '../../lexicon.js';
import { eventsSchema, placesOfDestinationSchema } from '../../lexicon-schemas.js';

type Forms = { forms: string[] };

export const eventsLexicon = readLexicon('events', eventsSchema);
export const placesLexicon = readLexicon('places-of-destination', placesOfDestinationSchema);

const keySet = (f: Forms) => new Set(f.forms.map(matchKey));
const phraseIndex = (f: Forms) => indexPhrases(f.forms.map((x): [string, true] => [x, true]));

const STATUS = indexPhrases(
  eventsLexicon.statuses.flatMap((s) => s.forms.map((f): [string, string] => [f, s.id])),
);
const TOPIC = indexPhrases(
  eventsLexicon.topics.flatMap((t) => t.forms.map((f): [string, string] => [f, t.id])),
);
const PLACE = indexPhrases(
  placesLexicon.places.flatMap((p) => p.forms.map((f): [string, string] => [f, p.id])),
);
const PLACE_BY_ID = new Map(placesLexicon.places.map((p) => [p.id, p]));
const DIRECTIONS = keySet(placesLexicon.directions);
const NEGATORS = phraseIndex(placesLexicon.negators);
const FILLERS = keySet(placesLexicon.fillers);
const FUTURE = keySet(eventsLexicon.future);
export const NEGATION = keySet(eventsLexicon.negation);
const AGENT = phraseIndex(eventsLexicon.blame.agentMarkers);
const ACCUSE = keySet(eventsLexicon.blame.accuseVerbs);
const PARTICIPLES = keySet(eventsLexicon.blame.participles);
const ATTACKS = keySet(eventsLexicon.blame.attackActs);
/** word key -> class of what an attack hit (evacuation-route, medical, homes) */
export const TARGET_CLASS = new Map(
  eventsLexicon.blame.targetClasses.classes.flatMap((c) =>
    c.forms.map((f): [string, string] => [matchKey(f), c.id]),
  ),
);
const RESPONSIBLE = keySet(eventsLexicon.blame.responsibility);
const RESPONSIBILITY = new Set(eventsLexicon.blame.responsibility.requires.map(matchKey));
const AGENT_ONLY = new Set(eventsLexicon.blame.subjectOnly.forms);
export const DENIAL_CUES = keySet(eventsLexicon.denial.cues);
export const DENIAL_POINTERS = phraseIndex(eventsLexicon.denial.pointers);
export const DENIAL_PHRASES = phraseIndex(eventsLexicon.denial.phrases);
export const QUOTE_POINTERS = keySet(eventsLexicon.denial.quotePointers);
export const REPORTING = keySet(eventsLexicon.reportingCues);
const BLAME_STATUSES = new Set(eventsLexicon.blame.statuses);
export const BLAME_GROUP = new Map(eventsLexicon.topics.map((t) => [t.id, t.blameGroup]));
export const COUNTED_CLASS = new Map(
  eventsLexicon.countedClasses.flatMap((c) => c.forms.map((f): [string, string] => [matchKey(f), c.id])),
);
/** event words that say what happened to a counted thing (evacuated, killed, ...) */
export const PREDICATE = indexPhrases(
  eventsLexicon.predicates.list.flatMap((p) => p.forms.map((f): [string, string] => [f, p.id])),
);
/** the predicate a counted class carries by itself ("قتلى" -> killed) */
export const CLASS_PREDICATE = new Map(
  eventsLexicon.countedClasses.filter((c) => c.predicate).map((c) => [c.id, c.predicate!]),
);
export const NUMERIC_CONTRAST = phraseIndex(eventsLexicon.numericContrast);
export const RIVAL_ACCOUNT = phraseIndex(eventsLexicon.rivalAccount);
export const AREA_NOUNS = keySet(eventsLexicon.incidents.areaNouns);
const PLANNED = keySet(eventsLexicon.predicates.planned);

/** True when token i is a plan or expectation marker: a listed word or a verb with the future prefix س. */
export function isPlanned(key: string): boolean {
  return PLANNED.has(key) || (key.length > 3 && key[0] === 'س' && 'يتن'.includes(key[1]));
}
const CONFLICTING = new Set(
  eventsLexicon.statusConflicts.pairs.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]),
);

/** Words a status or topic phrase is sought in from its first word: the lexicon's longest take three. */
const PHRASE_WINDOW = 4;
/** On a distance tie the topic after the verb wins (it is the verb's object): less than a word. */
const AFTER_VERB_TIEBREAK = 0.5;

/**
 * What an accusation's act is about: a breakdown status word ("عرقلة", "خرق") or an attack word
 * ("قصف") names an event of the deal; anything else ("تفجير", "حصار") is its own act.
 */
export function readAct(words: { key: string }[]): { status?: string; topic?: string } {
  const st = findPhrases(words, STATUS, 0, Math.min(words.length, PHRASE_WINDOW))[0];
  if (st && st.from === 0) return { status: st.value };
  // a single strike ("قصف", "استهداف") is one attack, before "قصف" reads as the fighting at large
  if (words.length && ATTACKS.has(words[0].key)) return { topic: 'attack' };
  const tp = findPhrases(words, TOPIC, 0, Math.min(words.length, PHRASE_WINDOW))[0];
  if (tp && tp.from === 0) return { topic: tp.value };
  return {};
}

/** True when one status rules the other out for the same topic on the same day. */
export function statusesConflict(a: string, b: string): boolean {
  return CONFLICTING.has(`${a}|${b}`);
}

export interface PlaceMention {
  id: string;
  label: string;
  negated: boolean;
  start: number;
  end: number;
}

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
  const futureSentence = anyKey(tokens, from, to, FUTURE);
  const events: EventMention[] = [];
  for (let t = from; t < to; t++) {
    if (used.has(t)) continue;
    const s = statusAt(tokens, t, to);
    if (!s) continue;
    const { hit } = s;
    const topic = nearestTopic(topics, hit.from);
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

function anyKey(tokens: Tok[], from: number, to: number, set: Set<string>): boolean {
  for (let t = from; t < to; t++) if (set.has(tokens[t].key)) return true;
  return false;
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

/**
 * Blame strengths (how plainly the sentence blames), ordering opposite blames when contradictions
 * are paired: an accusation verb names the blamed outright, an agent marker (بسبب، من قبل) ties a
 * party to the event, the actor of an event verb only implies responsibility.
 */
export const ACCUSATION_STRENGTH = 3;
export const AGENT_STRENGTH = 2;
export const ACTOR_STRENGTH = 1;
/** Words after "متهما" within which its party is the accused. */
const PARTICIPLE_REACH = 3;
/** Words after an accusation verb within which a party is its (postposed) subject, the accuser. */
const ACCUSER_AFTER_VERB = 2;
/** Words after an agent marker, or before the trigger, within which a party is the agent or actor. */
const AGENT_REACH = 6;

/**
 * Who is blamed: after an accusation verb, the first party of another camp than the accuser;
 * after an agent marker (بسبب، من قبل، على يد), the first party; else the actor of the trigger:
 * its subject just before it, or the party right after it ("خرق المسلحين"). A party that is
 * the object of an event noun ("خروج المسلحين توقف") is not the actor.
 * trigger -1: accusation verbs only; -2: accusation verbs and agent markers only.
 */
function findBlame(
  tokens: Tok[],
  from: number,
  to: number,
  trigger: number,
  parties: PartyMention[],
  topicToks: Set<number>,
): { blamed?: PartyMention; accuser?: PartyMention; blameStrength?: number } {
  if (!parties.length) return {};
  const responsibility = anyKey(tokens, from, to, RESPONSIBILITY);
  for (let t = from; t < to; t++) {
    const k = tokens[t].key;
    if (!ACCUSE.has(k) && !(responsibility && RESPONSIBLE.has(k))) continue;
    const before = parties.filter((p) => p.tok < t).pop();
    const after = parties.filter((p) => p.tok > t);
    if (PARTICIPLES.has(k)) {
      // "..., متهما X": the subject is the sentence's speaker; X is the accused
      const blamed = after[0];
      if (!blamed || blamed.tok > t + PARTICIPLE_REACH) continue;
      const accuser = before && before.camp !== blamed.camp ? before : undefined;
      return { blamed, ...(accuser ? { accuser } : {}), blameStrength: ACCUSATION_STRENGTH };
    }
    // verb first ("حمّل الثوار النظام"): the party right after the verb accuses; else the subject before it
    const accuser = after[0] && after[0].tok <= t + ACCUSER_AFTER_VERB ? after[0] : (before ?? after[0]);
    const blamed = after.find((p) => p !== accuser && p.camp !== accuser?.camp);
    if (blamed) return { blamed, ...(accuser ? { accuser } : {}), blameStrength: ACCUSATION_STRENGTH };
  }
  if (trigger === -1) return {};
  for (const m of findPhrases(tokens, AGENT, from, to)) {
    const p = parties.find((x) => x.tok >= m.to && x.tok <= m.to + AGENT_REACH);
    if (p) return { blamed: p, blameStrength: AGENT_STRENGTH };
  }
  if (trigger < 0) return {};
  const isObject = (p: PartyMention) => p.tok > from && topicToks.has(p.tok - 1);
  const before = parties.filter((p) => p.tok < trigger && p.tok >= trigger - AGENT_REACH).pop();
  const after = parties.find((p) => p.tok === trigger + 1);
  const blamed = before && !isObject(before) ? before : after;
  return blamed ? { blamed, blameStrength: ACTOR_STRENGTH } : {};
}

/** Filler words between a direction and its place (إلى مدينة ...): two at most. */
const MAX_FILLERS = 2;
/** Words a listed destination may span. */
const PLACE_WINDOW = 5;
/** Depth of the `parent` chain followed (a guard against a cycle in the lexicon). */
const MAX_PLACE_DEPTH = 10;

/** Destinations: a direction word, optional filler words, then a listed place; "وليس إلى X" denies X. */
function readPlaces(ctx: ArticleCtx, from: number, to: number): PlaceMention[] {
  const out: PlaceMention[] = [];
  const tokens = ctx.tokens;
  for (let t = from; t < to; t++) {
    if (!DIRECTIONS.has(tokens[t].key)) continue;
    let j = t + 1;
    while (j < to && j < t + 1 + MAX_FILLERS && FILLERS.has(tokens[j].key)) j++;
    const hit = findPhrases(tokens, PLACE, j, Math.min(to, j + PLACE_WINDOW))[0];
    if (!hit || hit.from !== j) continue;
    const neg = findPhrases(tokens, NEGATORS, Math.max(from, t - 2), t);
    const negated = neg.some((n) => n.to === t);
    const place = PLACE_BY_ID.get(hit.value)!;
    out.push({
      id: place.id,
      label: place.label,
      negated,
      start: tokens[t].start,
      end: tokens[hit.to - 1].end,
    });
    t = hit.to - 1;
  }
  return out;
}

/** True when one place is the other or lies inside it (by the lexicon's `parent` chain). */
export function placesAgree(a: string, b: string): boolean {
  return a === b || isWithin(a, b) || isWithin(b, a);
}

function isWithin(a: string, b: string): boolean {
  let p = PLACE_BY_ID.get(a)?.parent;
  for (let n = 0; p && n < MAX_PLACE_DEPTH; n++) {
    if (p === b) return true;
    p = PLACE_BY_ID.get(p)?.parent;
  }
  return false;
}

/** Counted class of a counted noun ("أشخاص" -> people), or its match key when unlisted. */
export function countedClass(word: string): string {
  const k = matchKey(word);
  return COUNTED_CLASS.get(k) ?? k;
}
