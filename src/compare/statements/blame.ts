// Blame statements: which camp an article holds responsible for an event or an act, from the
// event reader's blamed party or from the extractor's accusations.
import type { Accusation, Span } from '../../contract.js';
import type { ArticleCtx } from '../context/context.js';
import { sentenceAt, sentenceSpan, statementDate } from '../context/context.js';
import { keysOf, matchKey } from '../context/match.js';
import { ACCUSATION_STRENGTH, AGENT_STRENGTH } from './find-blame.js';
import { BLAME_GROUP, TARGET_CLASS, readAct } from './event-words.js';
import { type EventMention, type PartyMention } from './events.js';
import { campLabel, campOfText, framingLexicon } from '../framing/framing.js';
import { lightStem } from '../../text/arabic.js';
import { TOPIC_LABEL, nearestTopicTo, type Push, type Statement, type StatementInput } from './statement.js';

/**
 * An extracted accusation that names its accuser is as plain as an accusation verb; one that does
 * not ranks with an agent marker (the event reader's scale, events.ts).
 */
const UNATTRIBUTED_ACCUSATION_STRENGTH = AGENT_STRENGTH;
/** The extractor's accusations as blames, unless the sentence already blames for the same event group. */
export function accusationStatements(input: StatementInput, found: Statement[], push: Push): void {
  const blamedIn = new Set<string>();
  for (const s of found) if (s.kind === 'blame') blamedIn.add(`${s.ctx.id}:${s.sent}:${s.blame!.group}`);
  for (const a of input.accusations) {
    const ctx = input.ctxs.get(a.article);
    if (!ctx) continue;
    const camp = campOfText(a.accused.text, ctx.conflict);
    if (!camp) continue;
    const sent = sentenceAt(ctx, a.start);
    const key = accusationTopic(input, ctx, sent, a);
    const seenKey = `${ctx.id}:${sent}:${BLAME_GROUP.get(key) ?? key}`;
    if (blamedIn.has(seenKey)) continue;
    blamedIn.add(seenKey);
    const sentence = sentenceSpan(ctx, sent);
    const base = { ctx, sent, date: statementDate(ctx, sent), voice: input.voiceOf(ctx, a.start) };
    const party: PartyMention = {
      camp,
      term: a.accused.text,
      tok: -1,
      start: a.accused.start,
      end: a.accused.end,
    };
    const accuserCamp = a.accuser ? campOfText(a.accuser.text, ctx.conflict) : undefined;
    const accuser =
      a.accuser && accuserCamp ? { ...party, camp: accuserCamp, term: a.accuser.text } : undefined;
    // a single act (an attack, a siege) is told apart from another by what it hit
    const target =
      BLAME_GROUP.has(key) && key !== 'attack' ? undefined : targetOf(ctx, a.act.start, a.accused);
    const strength = a.accuser ? ACCUSATION_STRENGTH : UNATTRIBUTED_ACCUSATION_STRENGTH;
    pushBlame(push, base, sentence, key, party, strength, accuser, undefined, target);
  }
}

/** The event an accusation blames for: a breakdown word the nearest event, an attack the fighting. */
function accusationTopic(input: StatementInput, ctx: ArticleCtx, sent: number, a: Accusation): string {
  const se = input.sentences.get(ctx.id)?.[sent];
  const act = readAct(keysOf(a.act.text));
  const near = se && nearestTopicTo(ctx, se, a.act.start);
  const topic = act.status && act.status !== 'started' && act.status !== 'reached' ? near : act.topic;
  // without an event, the act word itself keys the blame
  return topic ?? `${ACT_KEY}${matchKey(a.act.text.split(/\s+/)[0] ?? '')}`;
}

/** the key prefix of an act with no event: "act:<its word>", a key, never shown */
const ACT_KEY = 'act:';

/**
 * What a blame is for, as readers read it: the event's label. An act with no event keys as
 * "act:<word>", and that word is the extractor's cue ("اتهمت", "متهما", "حملت"), a verb that
 * reads wrongly after "مسؤولية": it has no subject to show (the label says "المسؤولية").
 */
export function blameSubject(topic?: string): string | undefined {
  if (!topic) return undefined;
  return TOPIC_LABEL.get(topic) ?? (topic.startsWith(ACT_KEY) ? undefined : topic);
}

export function pushBlame(
  push: Push,
  base: Pick<Statement, 'ctx' | 'sent' | 'date' | 'voice'>,
  sentence: Span,
  topic: string,
  blamed: PartyMention,
  strength: number,
  accuser?: PartyMention,
  event?: EventMention,
  target?: string[],
): void {
  const group = BLAME_GROUP.get(topic) ?? topic;
  const what = blameSubject(topic);
  // the side's name stands as a predicate so it keeps its nominative form ("وحلفاؤها", "الحوثيون")
  const label = `${what ? `المسؤول عن ${what}` : 'المسؤول'}: ${campLabel(blamed.camp, base.ctx.conflict)}`;
  push({
    ...base,
    kind: 'blame',
    key: `b|${group}|${blamed.camp}`,
    label,
    span: sentence,
    topic,
    ...(event ? { event } : {}),
    blame: {
      camp: blamed.camp,
      group,
      party: blamed.term,
      strength,
      ...(accuser ? { accuser: accuser.term } : {}),
      ...(target?.length ? { target } : {}),
    },
  });
}

/** Words after an act read as what it hit (a single act told apart from another by its target). */
const TARGET_WORDS = 5;
const STOP = new Set(framingLexicon.stopwords.forms.map(lightStem));

/** Content stems of the few words after an act, leaving out the accused party. */
function targetOf(ctx: ArticleCtx, actStart: number, accused: Span): string[] {
  const sent = sentenceAt(ctx, actStart);
  const to = sent + 1 < ctx.sentTok.length ? ctx.sentTok[sent + 1] : ctx.tokens.length;
  let t = ctx.sentTok[sent];
  while (t < to && ctx.tokens[t].start <= actStart) t++;
  const out: string[] = [];
  for (let n = 0; t < to && n < TARGET_WORDS; t++, n++) {
    const tok = ctx.tokens[t];
    if (tok.start >= accused.start && tok.end <= accused.end) continue;
    const cls = TARGET_CLASS.get(tok.key);
    if (cls) out.push(cls);
    else if (tok.stem.length >= 3 && !STOP.has(tok.stem)) out.push(tok.stem);
  }
  return out;
}
