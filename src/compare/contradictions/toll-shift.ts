// A toll's update told as one: when the dead rise between two reports of one incident and its
// wounded fall by about as many, the wounded who died moved from one count to the other. The two
// reports agree on who was hit; they are an update (one account told later), not rival accounts.
import type { Statement } from '../statements/statement.js';
import { diedOrHurt } from './tolls.js';

/** The two counts of a toll whose sum is the people hit. */
const DEAD = 'killed';
const HURT = 'injured';

/** One sentence's exact toll values, by predicate and victim group. */
type SentenceTolls = Map<string, Set<number>>;

/** Reads, for any statement, the dead and the wounded its own sentence gives for its victim group. */
export type TollsOfSentence = (s: Statement, predicate: string) => number | undefined;

const groupOf = (s: Statement) => s.quantity!.incident.group ?? '-';

/**
 * Index the exact dead and wounded figures each sentence gives (a figure "about" or "at least" some
 * value, a part of the victims or a tally of many incidents is no figure of the sentence's toll).
 * A sentence that gives two values of one count (two incidents, two accounts) gives none.
 */
export function tollsOfSentences(statements: Statement[]): TollsOfSentence {
  const index = new Map<object, Map<number, SentenceTolls>>();
  for (const s of statements) {
    const q = s.quantity;
    if (s.kind !== 'quantity' || !q || q.denied || !diedOrHurt(s)) continue;
    const i = q.incident;
    if (i.subset || i.several || i.vague || i.estimate || q.low !== q.high) continue;
    let bySent = index.get(s.ctx);
    if (!bySent) index.set(s.ctx, (bySent = new Map()));
    let tolls = bySent.get(s.sent);
    if (!tolls) bySent.set(s.sent, (tolls = new Map()));
    const k = `${q.predicate}|${groupOf(s)}`;
    tolls.set(k, (tolls.get(k) ?? new Set()).add(q.low));
  }
  return (s, predicate) => {
    const values = index
      .get(s.ctx)
      ?.get(s.sent)
      ?.get(`${predicate}|${groupOf(s)}`);
    return values?.size === 1 ? [...values][0] : undefined;
  };
}

/**
 * Two reports of one toll that are one account updated: each sentence gives the dead and the
 * wounded, the dead rise from one to the other while the wounded fall, the rise is no more than the
 * wounded there were to die, and the people hit (dead + wounded) agree within that rise. "13 dead,
 * 9 wounded" then "15 dead, 7 wounded" is two of the wounded dying, whichever count is paired.
 * Two sources giving other wounded for the same dead are still rivals (no rise).
 */
export function woundedWhoDied(a: Statement, b: Statement, tolls: TollsOfSentence): boolean {
  if (!diedOrHurt(a) || !diedOrHurt(b)) return false;
  const read = (s: Statement) => ({ dead: tolls(s, DEAD), hurt: tolls(s, HURT) });
  const x = read(a);
  const y = read(b);
  if (x.dead === undefined || x.hurt === undefined || y.dead === undefined || y.hurt === undefined)
    return false;
  const [fewer, more] = x.dead < y.dead ? [x, y] : [y, x];
  const rise = more.dead! - fewer.dead!;
  if (rise === 0 || more.hurt! >= fewer.hurt! || rise > fewer.hurt!) return false;
  return Math.abs(fewer.dead! + fewer.hurt! - (more.dead! + more.hurt!)) <= rise;
}
