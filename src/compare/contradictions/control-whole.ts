// Whole vs not yet whole: one report that a place was taken entirely ("حررت القوات البلدة بالكامل")
// set against another, of the same day, that taking all of it is still under way ("السيطرة على كامل
// المطار ستتم خلال أيام", "يسعى الجيش للسيطرة على كامل المعسكر") or that only part was taken
// ("سيطروا على أغلب أحياء البلدة"). Both sides may say the place was entered: the dispute is whether
// it is wholly held. On different days it is an update.
import { breaksClause, clauseStartBy } from '../../text/clause.js';
import type { ArticleCtx } from '../context/context.js';
import { sameDay, statementDate } from '../context/context.js';
import { findPhrases } from '../context/match.js';
import { placeOrMentionAt } from '../context/places.js';
import { CONTROL_PHRASES, eventsLexicon, phraseIndex } from '../statements/event-words.js';
import type { Voice } from '../statements/voices.js';
import type { Update } from '../types.js';
import { rivals, side, type PlaceMention } from './control.js';
import type { FoundPair } from './pairing.js';

type Extent = 'whole' | 'partial';

interface ExtentMention extends PlaceMention {
  extent: Extent;
}

const lex = eventsLexicon.control;
/** The control lexicon's word lists as phrase tables (taken, whole, pending ...), and three joined. */
const P = CONTROL_PHRASES;
const AIMS = phraseIndex(lex.aims, lex.attempt);
const NOT_TAKEN = phraseIndex(lex.failed, lex.denied);
/** A failure, a negation, an aim, an attempt or a "before" before a verb of reaching: the goal is not reached. */
const UNREACHED = phraseIndex(lex.failed, lex.aims, lex.attempt, lex.unreached);
/** "أن" / "في أن" right before a verb of reaching: stepped over, not counted in its reach ("فشلت في أن تحقق"). */
const BRIDGE_MAX = Math.max(...lex.reachBridges.forms.map((f) => f.trim().split(/\s+/).length));
/** Words before a goals word where a verb of reaching it ("حققت أهدافها") stands. */
const REACHED_REACH = 2;
/** Words before that verb (past a bridging "أن") where a negation, a failure or an aim ("لم تحقق"، "تسعى لأن تحقق") governs it. */
const UNREACHED_REACH = 2;
/** A comma or semicolon between two words: the end of a clause (not a number's own "15,000"). */
const CLAUSE_BREAK = /[،,؛;]/;

/** The first word of the clause that holds token t (after the last comma or semicolon before it). */
function clauseStart(ctx: ArticleCtx, from: number, t: number): number {
  const { text, tokens } = ctx;
  return clauseStartBy(from, t, (k) =>
    breaksClause(
      text.slice(tokens[k - 1].end, tokens[k].start),
      tokens[k - 1].text,
      tokens[k].text,
      CLAUSE_BREAK,
    ),
  );
}

/** Words of a bridge ("أن", "في أن") that ends right before token t (none before `lo`), else 0. */
function bridgeBefore(ctx: ArticleCtx, lo: number, t: number): number {
  const hit = findPhrases(ctx.tokens, P.reachBridges, Math.max(lo, t - BRIDGE_MAX), t).find(
    (b) => b.to === t,
  );
  return hit ? t - hit.from : 0;
}

/**
 * Is the verb of reaching at token t governed by a failure, a negation, an aim or a "before"
 * ("لم تحقق"، "لن تحقق"، "فشلت في أن تحقق")? Read within its own clause only: a failure told before a
 * comma ("بعد أن حاولت مرتين، حققت القوات أهدافها") is what came before the goal was reached.
 */
function unreached(ctx: ArticleCtx, from: number, t: number): boolean {
  const start = clauseStart(ctx, from, t);
  const lo = Math.max(start, t - bridgeBefore(ctx, start, t) - UNREACHED_REACH);
  return findPhrases(ctx.tokens, UNREACHED, lo, t).length > 0;
}

/** Words after a taken cue where its place stands ("سيطرت على مدينة X"), past a 'whole' or 'partial' word. */
const PLACE_REACH = 4;
/** Words after the cue (and its place) where 'whole' is read ("حررت المدينة بالكامل"). */
const WHOLE_REACH = 5;
/** Words after the 'whole' word where a pending word makes the taking still to come. */
const PENDING_REACH = 3;
/** Words before a cue where an aim, a failure or a denial governs it. */
const GOVERN_REACH = 4;
/** Words before "liberated" where the place it describes stands ("«قاعدة X» التي باتت محررة"). */
const LIBERATED_BACK = 5;
/** Pairs reported per place. */
const PER_PLACE = 4;

/** A cue with the lam of purpose glued to it ("للسيطرة", "لتحرير"): the taken forms never start with ل. */
const purpose = (ctx: ArticleCtx, t: number) =>
  /^[وف]?ل/.test(ctx.tokens[t].text) && !ctx.tokens[t].key.startsWith('ل');

function mentionsOf(ctx: ArticleCtx, voiceOf: (c: ArticleCtx, o: number) => Voice): ExtentMention[] {
  const out: ExtentMention[] = [];
  for (let sent = 0; sent < ctx.sentences.length; sent++) {
    const from = ctx.sentTok[sent];
    const to = sent + 1 < ctx.sentTok.length ? ctx.sentTok[sent + 1] : ctx.tokens.length;
    const add = (extent: Extent, cueFrom: number, cueTo: number, p: { place: string; placeText: string }) => {
      const cue = ctx.text.slice(ctx.tokens[cueFrom].start, ctx.tokens[cueTo - 1].end);
      const date = statementDate(ctx, sent)?.slice(0, 10);
      out.push({ ctx, sent, ...p, extent, cue, date, voice: voiceOf(ctx, ctx.tokens[cueFrom].start) });
    };
    for (const h of findPhrases(ctx.tokens, P.taken, from, to)) {
      const before = Math.max(from, h.from - GOVERN_REACH);
      if (findPhrases(ctx.tokens, NOT_TAKEN, before, h.from).length) continue;
      const p = placeOrMentionAt(ctx, h.to, Math.min(to, h.to + PLACE_REACH));
      if (!p) continue;
      // "الهدف المقبل ... هو التحرير الكامل": a goal earlier in the clause names what is aimed at
      // next, which tells neither that the place is held nor how much of it: nothing is claimed
      // unless the goal is reached ("حققت أهدافها وحررت ... بالكامل"): then the taking is done
      const goals = findPhrases(ctx.tokens, P.goals, clauseStart(ctx, from, h.from), h.from);
      // a goal reached ("حققت أهدافها") is done; one not reached ("لم تحقق أهدافها بعد"، "فشلت في
      // أن تحقق هدفها"، "قبل أن تحقق") or only sought ("تحاول أن تحقق هدفها") claims nothing, like a
      // goal named alone
      const reached = (g: { from: number }) =>
        findPhrases(ctx.tokens, P.goalsReached, Math.max(from, g.from - REACHED_REACH), g.from).some(
          (r) => !unreached(ctx, from, r.from),
        );
      if (goals.some((g) => !reached(g))) continue;
      const aimed = purpose(ctx, h.from) || findPhrases(ctx.tokens, AIMS, before, h.from).length > 0;
      const [part] = findPhrases(ctx.tokens, P.partial, h.to, Math.min(to, h.to + 1));
      const [whole] = findPhrases(ctx.tokens, P.whole, h.to, Math.min(to, h.to + WHOLE_REACH));
      if (part && !aimed) add('partial', h.from, part.to, p);
      else if (!whole) continue;
      // "للسيطرة على كامل الثكنة": an aim to take all of it, so not all of it is held
      else if (aimed) add('partial', h.from, whole.to, p);
      // "استعادة القاعدة بالكامل ستحسم قريبا": the whole taking is still to come
      else if (findPhrases(ctx.tokens, P.pending, whole.to, Math.min(to, whole.to + PENDING_REACH)).length)
        add('partial', h.from, whole.to, p);
      else add('whole', h.from, whole.to, p);
    }
    // "«قاعدة X» التي باتت محررة بالكامل": the place stands before the state
    for (const h of findPhrases(ctx.tokens, P.liberated, from, to)) {
      const [whole] = findPhrases(ctx.tokens, P.whole, h.to, Math.min(to, h.to + 1));
      if (!whole) continue;
      const p = placeOrMentionAt(ctx, Math.max(from, h.from - LIBERATED_BACK), h.from, true);
      if (p) add('whole', h.from, whole.to, p);
    }
  }
  return out;
}

/** Whole vs not yet whole of one place, across articles or two voices of one, on one day; else an update. */
export function findControlExtent(
  ctxs: ArticleCtx[],
  voiceOf: (c: ArticleCtx, o: number) => Voice,
  updates: Update[],
): FoundPair[] {
  const byPlace = new Map<string, ExtentMention[]>();
  for (const ctx of ctxs)
    for (const m of mentionsOf(ctx, voiceOf)) byPlace.set(m.place, [...(byPlace.get(m.place) ?? []), m]);
  const out: FoundPair[] = [];
  for (const [place, list] of byPlace) {
    const done = new Set<string>();
    let n = 0;
    for (const w of list.filter((m) => m.extent === 'whole'))
      for (const p of list.filter((m) => m.extent === 'partial')) {
        if (n >= PER_PLACE || !rivals(w, p)) continue;
        const k = [w.ctx.id, p.ctx.id].sort().join('|');
        if (done.has(k)) continue;
        done.add(k);
        if (progressed(w, p)) updates.push(extentUpdate(w, p));
        else {
          out.push(extentFound(place, w, p));
          n++;
        }
      }
  }
  return out;
}

/** Days between two reports within which "not yet whole" after "whole" is still one moment disputed. */
const DISPUTE_DAYS = 1;

/**
 * A front moves one way: part taken, then the whole. "Not yet whole" told on an earlier day than
 * "whole" is that progress (an update); told the same day or the day after, the two disagree.
 * Further apart, the place may have changed hands again: an update too.
 */
function progressed(w: ExtentMention, p: ExtentMention): boolean {
  if (sameDay(w.date, p.date) !== false) return false;
  const days =
    (Date.parse(p.date!.replace(/^-/, '2000')) - Date.parse(w.date!.replace(/^-/, '2000'))) / 86_400_000;
  return !(days >= 0 && days <= DISPUTE_DAYS);
}

function extentFound(place: string, w: ExtentMention, p: ExtentMention): FoundPair {
  const when = sameDay(w.date, p.date) ? `on the same day (${w.date})` : 'with no date to tell them apart';
  return {
    kind: 'status',
    a: side(w),
    b: side(p),
    question: [`extent|${place}`, `Is ${w.placeText} wholly taken`],
    answers: [`${w.placeText}: كاملة`, `${p.placeText}: ليس بعد بالكامل`],
    explanation:
      `Whether ${w.placeText} is wholly taken disagrees ${when}: ${w.voice.by} reports it taken whole ` +
      `("${w.cue}"), ${p.voice.by} reports only part of it taken or the whole still to come ("${p.cue}").`,
  };
}

function extentUpdate(w: ExtentMention, p: ExtentMention): Update {
  const [from, to] = (w.date ?? '') < (p.date ?? '') ? [w, p] : [p, w];
  return {
    topic: `extent|${w.place}`,
    from: { ...side(from), date: from.date, status: from.extent },
    to: { ...side(to), date: to.date, status: to.extent },
    explanation: `How much of ${w.placeText} is held changed between ${from.date} and ${to.date}: an update, not a contradiction.`,
  };
}
