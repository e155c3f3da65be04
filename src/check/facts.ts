// Dates and blame of a claim against an article's. A date of the claim ("الثالث من أغسطس") agrees
// with the same day anywhere in the article and disagrees with another day given in the words that
// address the claim. Blame ("تبنى تنظيم X التفجير", "اتهمت X") agrees when an accusation of the
// article in those words names the same party, and disagrees when it names another one.
import type { AccusationDraft, DateDraft } from '../contract.js';
import { lookAlike, stemWeight, termTokens } from './terms.js';

export interface FactFinding {
  kind: 'date' | 'blame';
  status: 'match' | 'conflict';
  /** where the article says it */
  start: number;
  end: number;
}

/** Month and day of a date value ("2015-08-03" and "--08-03" both give "08-03"). */
const monthDay = (d: DateDraft) => d.value.slice(-5);

/** For each dated claim: the same day in the article, else another day where the claim is addressed. */
export function compareDates(
  claim: readonly DateDraft[],
  article: readonly DateDraft[],
  inFocus: (offset: number) => boolean,
): FactFinding[] {
  const out: FactFinding[] = [];
  for (const c of claim) {
    const same = article.find((a) => monthDay(a) === monthDay(c));
    if (same) {
      out.push({ kind: 'date', status: 'match', start: same.start, end: same.end });
      continue;
    }
    const other = article.find((a) => inFocus(a.start) && !a.relative);
    if (other) out.push({ kind: 'date', status: 'conflict', start: other.start, end: other.end });
  }
  return out;
}

/** The rarest content word of a name: "داعش" of "تنظيم داعش الإرهابي", not the common head "تنظيم". */
function nameWord(text: string): string | undefined {
  let best: { term: string; weight: number } | undefined;
  for (const t of termTokens(text)) {
    if (!t.term) continue;
    const weight = stemWeight(t.stem);
    if (!best || weight > best.weight) best = { term: t.term, weight };
  }
  return best?.term;
}

/** Two parties are one when their rarest words look alike. */
function sameParty(a: string, b: string): boolean {
  const x = nameWord(a);
  const y = nameWord(b);
  return x !== undefined && y !== undefined && lookAlike(x, y);
}

/** Two acts are one kind when a content word of one looks like one of the other (مسؤوليته / مسؤوليتها). */
function sameAct(a: string, b: string): boolean {
  const tb = termTokens(b).filter((t) => t.term);
  return termTokens(a).some((x) => x.term && tb.some((y) => lookAlike(x.term, y.term)));
}

/** The claim's accusations against the article's accusations made where the claim is addressed. */
export function compareBlame(
  claim: readonly AccusationDraft[],
  article: readonly AccusationDraft[],
  relevant: (offset: number) => boolean,
): FactFinding[] {
  const out: FactFinding[] = [];
  for (const c of claim) {
    const near = article.filter((a) => relevant(a.start) || sameAct(a.act.text, c.act.text));
    const same = near.find((a) => sameParty(a.accused.text, c.accused.text));
    if (same) {
      out.push({ kind: 'blame', status: 'match', start: same.start, end: same.end });
      continue;
    }
    const other = near[0];
    if (other) out.push({ kind: 'blame', status: 'conflict', start: other.start, end: other.end });
  }
  return out;
}
