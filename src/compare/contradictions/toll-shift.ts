// A toll's update told as one: when the dead rise between two reports of one incident and its
// wounded fall by about as many, the wounded who died moved from one count to the other. The two
// reports agree on who was hit; they are an update (one account told later), not rival accounts.
import { findPhrases } from '../context/match.js';
import { NUMERIC_CONTRAST, OTHER_ACCOUNT, RIVAL_ACCOUNT } from '../statements/event-words.js';
import type { Statement } from '../statements/statement.js';
import { clauseOf } from './same-incident.js';
import { diedOrHurt } from './tolls.js';

/** The two counts of a toll whose sum is the people hit. */
const DEAD = 'killed';
const HURT = 'injured';

/** One sentence's exact toll values, by predicate and victim group. */
type SentenceTolls = Map<string, Set<number>>;

/** Reads, for any statement, the dead and the wounded its own sentence gives for its victim group. */
export type TollsOfSentence = (s: Statement, predicate: string) => number | undefined;

const groupOf = (s: Statement) => s.quantity!.incident.group ?? '-';

/** How many words at a sentence's start may hold the phrase that tells it as another account. */
const OPENING = 4;

/**
 * Index the exact dead and wounded figures each clause gives (a figure "about" or "at least" some
 * value, a part of the victims or a tally of many incidents is no figure of the clause's toll).
 * A clause that gives two values of one count (two incidents, two accounts) gives none; dead and
 * wounded told in two clauses ("مقتل 30، فيما أصيب 40 آخرون في هجوم آخر") may be two incidents.
 */
export function tollsOfSentences(statements: Statement[]): TollsOfSentence {
  const index = new Map<object, Map<number, SentenceTolls>>(); // by article, then clause start
  for (const s of statements) {
    const q = s.quantity;
    if (s.kind !== 'quantity' || !q || q.denied || !diedOrHurt(s)) continue;
    const i = q.incident;
    if (i.subset || i.several || i.vague || i.estimate || q.low !== q.high) continue;
    let bySent = index.get(s.ctx);
    if (!bySent) index.set(s.ctx, (bySent = new Map()));
    const clause = clauseOf(s)[0];
    let tolls = bySent.get(clause);
    if (!tolls) bySent.set(clause, (tolls = new Map()));
    const k = `${q.predicate}|${groupOf(s)}`;
    tolls.set(k, (tolls.get(k) ?? new Set()).add(q.low));
  }
  return (s, predicate) => {
    const values = index
      .get(s.ctx)
      ?.get(clauseOf(s)[0])
      ?.get(`${predicate}|${groupOf(s)}`);
    return values?.size === 1 ? [...values][0] : undefined;
  };
}

/** The sentence opens as another account ("وفي رواية مغايرة", "في حين قال ..."): a rival, not an update. */
function opensAsRival(s: Statement): boolean {
  const first = s.ctx.sentTok[s.sent];
  const end = Math.min(first + OPENING, s.ctx.tokens.length);
  return [NUMERIC_CONTRAST, RIVAL_ACCOUNT, OTHER_ACCOUNT].some((p) =>
    findPhrases(s.ctx.tokens, p, first, end).some((h) => h.from < end),
  );
}

/**
 * Which of two reports was told later: a full publication time orders them, else the day; 0 when
 * neither tells (the same day, or no date).
 */
function laterOf(a: Statement, b: Statement): number {
  const pa = a.ctx.article.published ?? '';
  const pb = b.ctx.article.published ?? '';
  const full = pa.length > 10 && pb.length > 10;
  const [x, y] = full ? [pa, pb] : [pa.slice(0, 10), pb.slice(0, 10)];
  if (!x || !y || x === y) return 0;
  return x < y ? 1 : -1; // 1: b is later
}

/**
 * Two reports of one toll that are one account updated: two articles, neither sentence opening as
 * another account; each clause gives the dead and the wounded; the report with more dead is the
 * later one (or, when the order cannot be told, the same voice told both); the dead rise while the
 * wounded fall by at least about half the rise and no more than the wounded there were to die; the
 * people hit (dead + wounded) do not fall and agree within that rise. "13 dead, 9 wounded" then
 * "15 dead, 7 wounded" is two of the wounded dying. Two sources giving other wounded for the same
 * dead, or a toll that falls in a later report, are still rivals.
 */
export function woundedWhoDied(a: Statement, b: Statement, tolls: TollsOfSentence): boolean {
  if (a.ctx === b.ctx || !diedOrHurt(a) || !diedOrHurt(b)) return false;
  if (opensAsRival(a) || opensAsRival(b)) return false;
  const read = (s: Statement) => ({ s, dead: tolls(s, DEAD), hurt: tolls(s, HURT) });
  const x = read(a);
  const y = read(b);
  if (x.dead === undefined || x.hurt === undefined || y.dead === undefined || y.hurt === undefined)
    return false;
  const [fewer, more] = x.dead < y.dead ? [x, y] : [y, x];
  const order = laterOf(fewer.s, more.s);
  if (order < 0 || (order === 0 && fewer.s.voice.by !== more.s.voice.by)) return false;
  const rise = more.dead! - fewer.dead!;
  const fall = fewer.hurt! - more.hurt!;
  if (rise === 0 || fall * 2 < rise || rise > fewer.hurt!) return false;
  const before = fewer.dead! + fewer.hurt!;
  const after = more.dead! + more.hurt!;
  return after >= before && after - before <= rise;
}
