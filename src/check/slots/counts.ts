// Count slots: a number with the event class before it ("@killed"); a rival counts the same thing
// of the same event at the same scale, and keeps the claim's words right next to it.
import type { QuantityDraft } from '../../contract.js';
import { DUALS } from '../../extract/quantities/lexicon.js';
import { readLexicon } from '../../lexicon.js';
import { checkCuesSchema } from '../../lexicon-schemas.js';
import { searchKey } from '../../text/arabic.js';
import { claimFigureGiven, convertibleUnit, numbersComparable, sameScale } from '../numbers.js';
import { sameSkeleton, type TermToken } from '../terms.js';
import {
  termCredit,
  type ArticleView,
  type ClaimView,
  type SentenceView,
  type TermMatches,
} from '../views.js';
import { anchors } from './align.js';
import { comparedFigure } from '../compared.js';
import { PARTICLES, withoutProclitic } from '../proclitics.js';
import type { Slot } from './slot.js';

/** The event class governing a count: the nearest event word before it. */
export function countEvent(tokens: readonly TermToken[], from: number): string | undefined {
  return [...tokens.slice(0, from)].reverse().find((t) => t.term.startsWith('@'))?.term;
}

/**
 * A sentence's count could be the claim's given otherwise: of a kind that does not differ and the
 * same scale (a part of a toll is no rival of the toll), of the same event.
 */
export function countsRival(c: Slot, s: Slot): boolean {
  return (
    numbersComparable(c.quantity!, s.quantity!) &&
    sameScale(c.quantity!, s.quantity!) &&
    // killed vs injured, sentenced vs tried: counts of two events
    (!c.event || !s.event || c.event === s.event)
  );
}

/** Two counts say the same: the claim's (a) and a sentence's (b), whose "more than N" reads as N. */
export function sameCount(a: Slot, b: Slot): boolean {
  return claimFigureGiven(a.quantity!, b.quantity!);
}

/**
 * The claim's count is given anywhere in the article (its title too); a figure the article compares
 * with (`compared`: "مقارنة بـ 4.7%") is another time's value and gives nothing.
 */
export function countSaid(slot: Slot, article: ArticleView, compared: ReadonlySet<QuantityDraft>): boolean {
  const quantities: QuantityDraft[] = [
    ...article.annotated.quantities,
    ...(article.titleFound?.quantities ?? []),
  ];
  return quantities.some((q) => !compared.has(q) && claimFigureGiven(slot.quantity!, q));
}

/** The claim's count is given in one sentence of the article (the title: its own quantities). */
export function countIn(
  slot: Slot,
  article: ArticleView,
  sentence: SentenceView,
  compared: ReadonlySet<QuantityDraft>,
): boolean {
  const quantities =
    sentence.index < 0
      ? (article.titleFound?.quantities ?? [])
      : article.annotated.quantities.filter((q) => q.start >= sentence.start && q.end <= sentence.end);
  return quantities.some((q) => !compared.has(q) && claimFigureGiven(slot.quantity!, q));
}

/**
 * The article's figures that a report compares with (compared.ts), in its text and its title; none
 * when the claim's own figures include one (then the claim states the comparison too).
 */
export function comparedFigures(claim: ClaimView, article: ArticleView): ReadonlySet<QuantityDraft> {
  if (claim.quantities.some((q) => comparedFigure(q, claim.tokens, claim.quantities))) return new Set();
  return articleCompared(article);
}

/** Each article's compared figures: the features and the slots ask for them per claim (compute once). */
const comparedOf = new WeakMap<ArticleView, ReadonlySet<QuantityDraft>>();

function articleCompared(article: ArticleView): ReadonlySet<QuantityDraft> {
  const cached = comparedOf.get(article);
  if (cached) return cached;
  const out = new Set<QuantityDraft>();
  for (const s of article.sentences) {
    const qs = article.annotated.quantities.filter((q) => q.start >= s.start && q.end <= s.end);
    for (const q of qs) if (comparedFigure(q, s.tokens, qs)) out.add(q);
  }
  const title = article.title;
  const titleQs = article.titleFound?.quantities ?? [];
  if (title) for (const q of titleQs) if (comparedFigure(q, title.tokens, titleQs)) out.add(q);
  comparedOf.set(article, out);
  return out;
}

/** Clitic chains a dual may carry (grammar, as the quantity reader's): "والشخصين", "بيومين". */
const DUAL_PREFIXES = [...PARTICLES, 'ال', 'وال', 'بال', 'لل'];

/**
 * A dual noun of the number lexicon (lexicons/number-words.json duals: "شخصين", "جنديان") as a count
 * of two. The quantity reader counts a dual only as a measure (يومين): "فقتل شخصين" names two
 * people; in a sentence that states the claim's event it is the count a false "five" changed.
 */
export function dualCount(t: TermToken): QuantityDraft | undefined {
  const key = searchKey(t.text);
  for (const reading of withoutProclitic(key, DUAL_PREFIXES)) {
    const bare = reading.replace(/^ال/, '');
    if (!DUALS.has(bare)) continue;
    const unit = DUALS.get(bare);
    // a slot's own reading, never output: no article id
    const span = { article: '', start: t.start, end: t.end, text: t.text };
    return { ...span, value: 2, counted: span, ...(unit ? { unit } : {}) };
  }
  return undefined;
}

let durations: Set<string> | undefined;
let singles: Map<string, string | undefined> | undefined;

/** The singular of each dual time unit of the number lexicon (يومين -> يوم, سنتين -> سنة), by key. */
function singularUnits(): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  for (const [dual, unit] of DUALS) {
    if (!/(ين|ان)$/.test(dual)) continue;
    const stem = dual.slice(0, -2);
    out.set(stem.endsWith('ت') ? searchKey(`${stem.slice(0, -1)}ة`) : stem, unit);
  }
  return out;
}

/**
 * A time unit in the singular right after a duration word (lexicons/check-cues.json durations) as
 * a count of one: "لمدة عام" is the one year a false "لمدة عامين" changed. Elsewhere a singular unit
 * is no count (العام الماضي، يوم الخميس).
 */
export function singleCount(tokens: readonly TermToken[], i: number): QuantityDraft | undefined {
  const t = tokens[i];
  const before = tokens[i - 1];
  if (!before) return undefined;
  durations ??= new Set(readLexicon('check-cues', checkCuesSchema).durations.forms.map(searchKey));
  singles ??= singularUnits();
  const key = searchKey(before.text);
  // proclitics a duration word may carry: "لمدة", "ولمدة", "بمدة"
  if (!withoutProclitic(key, PARTICLES).some((bare) => durations!.has(bare))) return undefined;
  const word = searchKey(t.text);
  if (!singles.has(word)) return undefined;
  const unit = singles.get(word);
  // a slot's own reading, never output: no article id
  const span = { article: '', start: t.start, end: t.end, text: t.text };
  return { ...span, value: 1, counted: span, ...(unit ? { unit } : {}) };
}

/**
 * The claim's words right next to a number, one each side, are in the sentence (as a term, or the
 * same word in another form): it counts the same thing in the same event ("بإعدام 11 متهما" is no
 * rival of "محاكمة 29 متهما").
 */
export function hugged(claim: ClaimView, matches: TermMatches, c: Slot, sentence: SentenceView): boolean {
  // a unit of weight or length after the count may be given in another unit ("كيلوغرام" / "طنا"): the
  // word after it anchors the count instead
  const unitWord = (i: number) => {
    const counted = c.quantity?.counted;
    const t = claim.tokens[i];
    return !!counted && convertibleUnit(c.quantity!) && t.start >= counted.start && t.end <= counted.end;
  };
  const said = (side: -1 | 1) => {
    const first = anchors(claim, c, side).filter(([i]) => side < 0 || !unitWord(i))[0];
    if (!first) return true;
    const word = claim.tokens[first[0]];
    if (termCredit(matches.get(word.term), sentence.terms) > 0) return true;
    return sentence.tokens.some((t) => t.term && sameSkeleton(word.text, t.text));
  };
  // the noun the number counts, right after it, says alone what is counted when a particle stands
  // between the count and the content word before it ("عن 67 عاما" for "صاحبة أغنية ... عن سبعة
  // وسبعين عاما"; sixteenth round); a word right before the count governs it ("بإعدام 11 متهما" is
  // still no rival of "محاكمة 29 متهما")
  return said(1) && (said(-1) || (countedAfter(claim, c) && !governedBefore(claim, c)));
}

/** The claim's content word before a count stands right before it (no particle between). */
function governedBefore(claim: ClaimView, c: Slot): boolean {
  const first = anchors(claim, c, -1)[0];
  return !!first && first[1] <= 1;
}

/** The claim's count is followed by the noun it counts (its quantity's counted word, right after it). */
function countedAfter(claim: ClaimView, c: Slot): boolean {
  const counted = c.quantity?.counted;
  const next = claim.tokens[c.to];
  return !!counted && !!next && next.start >= counted.start && next.end <= counted.end + 1;
}
