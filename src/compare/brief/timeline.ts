// Timeline: dated events across the articles. An entry is a sentence holding both a date mention
// and an event trigger; entries for one (date, status, topic) merge their sources.
import type { Span } from '../../contract.js';
import type { ArticleCtx } from '../context/context.js';
import { monthDay, sentenceAt, sentenceSpan } from '../context/context.js';
import type { SentenceEvents } from '../statements/events.js';
import { STATUS_LABEL, TOPIC_LABEL } from '../statements/statements.js';

export interface TimelineEntry {
  date: string;
  text: string;
  sources: Span[];
  time?: string;
  event?: string;
}

const MAX_TEXT = 240;

export function buildTimeline(ctxs: ArticleCtx[], sentences: Map<string, SentenceEvents[]>): TimelineEntry[] {
  const byKey = new Map<string, TimelineEntry>();
  for (const ctx of ctxs) {
    const sents = sentences.get(ctx.id) ?? [];
    const done = new Set<number>();
    for (const d of ctx.dates) {
      const i = sentenceAt(ctx, d.start);
      if (done.has(i)) continue;
      const ev = sents[i]?.events.find((e) => !e.negated && e.topic && e.status !== 'blamed');
      if (!ev) continue;
      done.add(i);
      const date = monthDay(d.value, ctx.article.published);
      const label = `${STATUS_LABEL.get(ev.status)} ${TOPIC_LABEL.get(ev.topic!)}${ev.future ? ' (متوقع)' : ''}`;
      const key = `${date}|${d.time ?? ''}|${ev.status}|${ev.topic}|${ev.future}`;
      const span = sentenceSpan(ctx, i);
      const entry = byKey.get(key);
      if (entry) {
        entry.sources.push(span);
        continue;
      }
      const body = span.text.length > MAX_TEXT ? span.text.slice(0, MAX_TEXT) + '…' : span.text;
      byKey.set(key, {
        date,
        text: `${label}: ${body}`,
        sources: [span],
        ...(d.time ? { time: d.time } : {}),
        event: `${ev.status}/${ev.topic}`,
      });
    }
  }
  return [...byKey.values()].sort((a, b) =>
    a.date === b.date ? (a.time ?? '').localeCompare(b.time ?? '') : a.date.localeCompare(b.date),
  );
}
