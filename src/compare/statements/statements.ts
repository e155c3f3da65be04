// Statements: what each article states, normalised so that two wordings of one thing share a key.
// A statement is a quantity (value + counted class + topic), an event (status + topic), a
// destination, or a blame (which camp is held responsible). Claims group them by key (claims/).
// The readers of each kind: quantity.ts, blame.ts; the type and labels: statement.ts.
import type { ArticleCtx } from '../context/context.js';
import { sentenceSpan, spanOf, statementDate } from '../context/context.js';
import { ACTOR_STRENGTH } from './find-blame.js';
import { type SentenceEvents } from './events.js';
import { STATUS_LABEL, TOPIC_LABEL, type Push, type Statement, type StatementInput } from './statement.js';
import { quantityStatement } from './quantity.js';
import { accusationStatements, pushBlame } from './blame.js';

/** All statements of all articles, in article and text order. */
export function extractStatements(input: StatementInput): Statement[] {
  const out: Statement[] = [];
  const push: Push = (s) => out.push({ ...s, id: out.length });
  for (const [id, sents] of input.sentences) {
    const ctx = input.ctxs.get(id)!;
    for (const se of sents) sentenceStatements(input, ctx, se, push);
  }
  for (const q of input.quantities) {
    const s = quantityStatement(input, q);
    if (s) push(s);
  }
  accusationStatements(input, out, push);
  return out;
}

/** The events, blames and destinations the event reader found in one sentence. */
function sentenceStatements(input: StatementInput, ctx: ArticleCtx, se: SentenceEvents, push: Push): void {
  const date = statementDate(ctx, se.sent);
  const sentence = sentenceSpan(ctx, se.sent);
  const base = { ctx, sent: se.sent, date, voice: input.voiceOf(ctx, sentence.start) };
  for (const ev of se.events) {
    if (ev.negated || !ev.topic) continue;
    if (ev.status !== 'blamed') {
      const future = ev.future ? '|expected' : '';
      const label = `${STATUS_LABEL.get(ev.status)} ${TOPIC_LABEL.get(ev.topic)}${ev.future ? ' (متوقع)' : ''}`;
      const span = spanOf(ctx, ev.start, ev.end);
      push({
        ...base,
        kind: 'event',
        key: `e|${ev.status}|${ev.topic}${future}`,
        label,
        span,
        topic: ev.topic,
        event: ev,
      });
    }
    if (ev.blamed)
      pushBlame(
        push,
        base,
        sentence,
        ev.topic,
        ev.blamed,
        ev.blameStrength ?? ACTOR_STRENGTH,
        ev.accuser,
        ev,
      );
  }
  const topic = se.topics.find((t) => t.id === 'evacuation')?.id;
  if (!topic) return;
  for (const p of se.places) {
    const label = `${TOPIC_LABEL.get(topic)} ${p.negated ? 'ليس ' : ''}إلى ${p.label}`;
    const key = `p|${topic}|${p.negated ? '!' : ''}${p.id}`;
    const span = spanOf(ctx, p.start, p.end);
    push({
      ...base,
      kind: 'destination',
      key,
      label,
      span,
      topic,
      place: { id: p.id, label: p.label, negated: p.negated },
    });
  }
}
