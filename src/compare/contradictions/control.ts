// Who holds a place: one report that a place was taken ("سيطرت على العند", "تحرير المدينة") set
// against another that it is still held ("صدت هجوما على العند", "نفى سقوط العند", "فشلت في السيطرة
// على"), on the same day. The place must be one the story's entities name, right at the cue; on
// different days the second report is an update (the front moved), not a contradiction.
import type { Span } from '../../contract.js';
import type { ArticleCtx, Tok } from '../context/context.js';
import { sameDay, sentenceSpan, statementDate } from '../context/context.js';
import { findPhrases } from '../context/match.js';
import { placeAt } from '../context/places.js';
import { breaksClause } from '../../text/clause.js';
import { CONTROL_PHRASES, DENIAL_PHRASES } from '../statements/event-words.js';
import type { Voice } from '../statements/voices.js';
import type { Update } from '../types.js';
import type { FoundPair } from './pairing.js';

type Status = 'taken' | 'held';

/** A named place at a control cue, and who says what of it (here and in control-whole.ts). */
export interface PlaceMention {
  ctx: ArticleCtx;
  sent: number;
  place: string;
  placeText: string;
  /** the cue's words, as written */
  cue: string;
  date?: string;
  voice: Voice;
}

interface ControlMention extends PlaceMention {
  status: Status;
}

/** The control lexicon's word lists as phrase tables (taken, held, failed ...). */
const P = CONTROL_PHRASES;

/** Words after a "taken" cue where its object stands ("سيطرت على مثلث العند"): the place taken. */
const TAKEN_REACH = 2;
/** Words after a "held" cue where the place still stands ("صدت هجوما للحوثيين على العند"). */
const HELD_REACH = 4;
/** Words before a "taken" cue where a failure or attempt governs it ("فشلت في السيطرة على"). */
const GOVERN_REACH = 3;
/**
 * Words before a "taken" cue where a denial still governs it, within its clause: a denier's title
 * stands between them ("نفى المتحدث باسم الفصائل سقوط البلدة").
 */
const DENIAL_REACH = 6;
/** Pairs reported per place: the first few articles that disagree carry the dispute. */
const PER_PLACE = 4;

const STATUS_LABEL: Record<Status, string> = { taken: 'سيطرة عليها', held: 'لا تزال صامدة' };

/** Every taken / held mention of a named place, sentence by sentence. */
function mentionsOf(ctx: ArticleCtx, voiceOf: (c: ArticleCtx, o: number) => Voice): ControlMention[] {
  const out: ControlMention[] = [];
  for (let sent = 0; sent < ctx.sentences.length; sent++) {
    const from = ctx.sentTok[sent];
    const to = sent + 1 < ctx.sentTok.length ? ctx.sentTok[sent + 1] : ctx.tokens.length;
    const add = (status: Status, h: { from: number; to: number }, reach: number) => {
      const p = placeAt(ctx, h.to, Math.min(to, h.to + reach));
      if (!p) return;
      const cue = ctx.text.slice(ctx.tokens[h.from].start, ctx.tokens[h.to - 1].end);
      const date = statementDate(ctx, sent)?.slice(0, 10);
      out.push({ ctx, sent, ...p, status, cue, date, voice: voiceOf(ctx, ctx.tokens[h.from].start) });
    };
    for (const h of findPhrases(ctx.tokens, P.held, from, to)) {
      // a one-word cue is a verb of repelling: the place counts only after what was repelled
      // ("صدت هجوما على البلدة"), never after people confronted ("التصدي للمحتجين أمام المبنى")
      if (h.to - h.from > 1) add('held', h, HELD_REACH);
      else {
        const [attack] = findPhrases(ctx.tokens, P.repelled, h.to, Math.min(to, h.to + HELD_REACH));
        if (attack) add('held', { from: h.from, to: attack.to }, HELD_REACH - (attack.to - h.to));
      }
    }
    for (const h of findPhrases(ctx.tokens, P.taken, from, to)) {
      const before = Math.max(from, h.from - GOVERN_REACH);
      // "للسيطرة على", "لتحرير": in order to take, not taken
      if (purpose(ctx.tokens[h.from])) continue;
      if (findPhrases(ctx.tokens, P.attempt, before, h.from).length) continue;
      // "فشلت في السيطرة على", "نفى ... سقوط", "الأنباء عن سقوط البلدة عارية عن الصحة"
      const failed =
        findPhrases(ctx.tokens, P.failed, before, h.from).length > 0 ||
        deniedBefore(ctx, from, h.from) ||
        findPhrases(ctx.tokens, DENIAL_PHRASES, h.to, to).length > 0;
      add(failed ? 'held' : 'taken', h, TAKEN_REACH);
    }
  }
  return out;
}

/** A cue with the lam of purpose glued to it ("لتحرير", "وللسيطرة"): the taken forms never start with ل. */
const purpose = (t: Tok) => /^[وف]?ل/.test(t.text) && !t.key.startsWith('ل');

/** A denial cue in the clause before token `at`, at most DENIAL_REACH words back. */
function deniedBefore(ctx: ArticleCtx, from: number, at: number): boolean {
  let start = at;
  while (start > from && at - start < DENIAL_REACH && !breakBefore(ctx, start)) start--;
  return findPhrases(ctx.tokens, P.denied, start, at).length > 0;
}

const gapBefore = (ctx: ArticleCtx, t: number) => ctx.text.slice(ctx.tokens[t - 1].end, ctx.tokens[t].start);
const CLAUSE_BREAK = /[،,؛;.:!?؟]/;
/** A clause break between token t-1 and token t; not the comma of "1,200". */
const breakBefore = (ctx: ArticleCtx, t: number) =>
  breaksClause(gapBefore(ctx, t), ctx.tokens[t - 1].text, ctx.tokens[t].text, CLAUSE_BREAK);

/**
 * Taken vs held of one place, across articles (or two voices of one article), on the same day or
 * with no date to tell them apart; on different days an update.
 */
export function findControl(
  ctxs: ArticleCtx[],
  voiceOf: (c: ArticleCtx, o: number) => Voice,
  updates: Update[],
): FoundPair[] {
  const byPlace = new Map<string, ControlMention[]>();
  for (const ctx of ctxs)
    for (const m of mentionsOf(ctx, voiceOf)) {
      const l = byPlace.get(m.place);
      if (l) l.push(m);
      else byPlace.set(m.place, [m]);
    }
  const out: FoundPair[] = [];
  for (const [place, list] of byPlace) {
    const taken = list.filter((m) => m.status === 'taken');
    const held = list.filter((m) => m.status === 'held');
    const done = new Set<string>();
    let n = 0;
    for (const h of held) {
      for (const t of taken) {
        if (n >= PER_PLACE || !rivals(t, h)) continue;
        const k = [t.ctx.id, h.ctx.id].sort().join('|');
        if (done.has(k)) continue;
        done.add(k);
        if (sameDay(t.date, h.date) === false) updates.push(controlUpdate(t, h));
        else {
          out.push(controlFound(place, t, h));
          n++;
        }
      }
    }
  }
  return out;
}

/**
 * Two place mentions that can disagree (here and in control-whole.ts): other texts (copies of one
 * origin are one text, whichever outlet ran them), or two voices in other sentences of one.
 */
export function rivals(
  x: Pick<PlaceMention, 'ctx' | 'sent' | 'voice'>,
  y: Pick<PlaceMention, 'ctx' | 'sent' | 'voice'>,
): boolean {
  if (x.ctx !== y.ctx) return x.voice.origin === undefined || x.voice.origin !== y.voice.origin;
  return x.sent !== y.sent && x.voice.by !== y.voice.by;
}

/** A place mention's side of a status pair: its whole sentence, with who says it. */
export const side = (m: Pick<PlaceMention, 'ctx' | 'sent' | 'voice'>): Span & { by?: string } => ({
  ...sentenceSpan(m.ctx, m.sent),
  by: m.voice.by,
});

function controlFound(place: string, t: ControlMention, h: ControlMention): FoundPair {
  const when = sameDay(t.date, h.date) ? `on the same day (${t.date})` : 'with no date to tell them apart';
  return {
    kind: 'status',
    a: side(t),
    b: side(h),
    question: [`control|${place}`, `Who holds ${t.placeText}`],
    answers: [`${t.placeText}: ${STATUS_LABEL.taken}`, `${h.placeText}: ${STATUS_LABEL.held}`],
    explanation:
      `Control of ${t.placeText} disagrees ${when}: ${t.voice.by} reports it taken ("${t.cue}"), ` +
      `${h.voice.by} reports it still held ("${h.cue}").`,
  };
}

function controlUpdate(t: ControlMention, h: ControlMention): Update {
  const [from, to] = (t.date ?? '') < (h.date ?? '') ? [t, h] : [h, t];
  return {
    topic: `control|${t.place}`,
    from: { ...side(from), date: from.date, status: from.status },
    to: { ...side(to), date: to.date, status: to.status },
    explanation: `Control of ${t.placeText} changed between ${from.date} and ${to.date}: reported as an update, not a contradiction.`,
  };
}
