// Copies that disagree: one text carried by several outlets (a wire, an official statement) whose
// copies give the same count, in the same words, with a different figure: a misprint or an edit in
// one copy (the same digits in another order). The words around the number are the incident, so
// this finder needs no place or day.
import type { Tok } from '../context/context.js';
import { sentenceTokens } from '../context/context.js';
import type { Statement } from '../statements/statement.js';
import { bothCopiesTell, numberFragment, numbersOf, rounded } from './figures.js';
import { asciiDigits } from '../../text/digits.js';
import { groupBy, type Found } from './pairing.js';

/**
 * Words each side of a count that must be the same in both copies (four: a clause, not a cliché);
 * a count at the end of its sentence takes twice as many from before it.
 */
const WINDOW = 4;
/**
 * Words the two sides must hold together: fewer and a short stock phrase ("قتل ... في") would tie
 * counts of two different texts.
 */
const MIN_WINDOW_WORDS = 7;
/** Copies of one passage paired per figure: the first few carry the disagreement. */
const PER_FIGURE = 3;
/** Days between two copies' reports: a wire is printed the day it is sent or the day after. */
const COPY_DAYS = 1;
/**
 * Share of the shorter sentence's content stems the other holds: copies of one text keep most of
 * it (edits trim a clause), two reports of two events in one formula differ in their details.
 */
const COPY_SHARE = 0.7;
/** Stems shorter than this (particles, pronouns) say nothing of which text a sentence copies. */
const CONTENT_STEM = 3;
/** predicates of a toll: a wire re-sent with a new toll is an update, compared in numeric.ts */
const TOLLS = new Set(['killed', 'injured']);

/** The words around a count, in its sentence, with the count itself left out. */
function windowOf(s: Statement): string | undefined {
  const { ctx, span } = s;
  const from = ctx.sentTok[s.sent];
  const to = s.sent + 1 < ctx.sentTok.length ? ctx.sentTok[s.sent + 1] : ctx.tokens.length;
  const words = (toks: Tok[]) => toks.filter((t) => !/[0-9٠-٩]/.test(t.text)).map((t) => t.key);
  const inSentence = ctx.tokens.slice(from, Math.max(from, to));
  const after = words(inSentence.filter((t) => t.start >= span.end)).slice(0, WINDOW);
  // a count that ends its sentence takes its words from before it
  const before = words(inSentence.filter((t) => t.end <= span.start)).slice(-(2 * WINDOW - after.length));
  if (before.length + after.length < MIN_WINDOW_WORDS) return undefined;
  return `${before.join(' ')}|${after.join(' ')}`;
}

/** A count that copies may disagree on: stated, not a toll, not a step of a sequence. */
function copyable(s: Statement): boolean {
  const q = s.quantity;
  if (s.kind !== 'quantity' || !q || q.denied) return false;
  if (TOLLS.has(q.predicate ?? '')) return false;
  return !q.incident.step && !q.incident.vague && !q.incident.estimate;
}

/**
 * Across articles: the same count in the same words (class, and four words either side) with
 * figures that do not overlap. One contradiction per pair of articles and figure.
 */
export function findCopyFigures(statements: Statement[]): Found[] {
  const out: Found[] = [];
  const keyed = statements.filter(copyable).flatMap((s) => {
    const w = windowOf(s);
    return w ? [{ s, k: `${s.key}#${w}` }] : [];
  });
  for (const list of groupBy(keyed, (x) => x.k).values()) {
    const byFigure = [...groupBy(list, (x) => `${x.s.quantity!.low}:${x.s.quantity!.high}`).values()];
    if (byFigure.length < 2) continue;
    // the figure most copies give is the text; each other figure is set against it
    byFigure.sort((x, y) => y.length - x.length);
    const [main, ...others] = byFigure;
    for (const odd of others) {
      let n = 0;
      for (const b of odd) {
        const a = main.find(
          (m) =>
            m.s.ctx !== b.s.ctx &&
            disjoint(m.s, b.s) &&
            transposed(m.s, b.s) &&
            copies(m.s, b.s) &&
            !misread(m.s, b.s),
        );
        if (!a || n++ >= PER_FIGURE) continue;
        out.push(copyFound(a.s, b.s, main.length));
      }
    }
  }
  return out;
}

/**
 * Two sentences that are copies of one text, not one formula used twice ("وصلت طائرة ... تحمل 40
 * طنا" of two flights): reported within a day of each other, and most of the shorter sentence's
 * content stems in the other.
 */
function copies(a: Statement, b: Statement): boolean {
  const da = a.ctx.article.published?.slice(0, 10);
  const db = b.ctx.article.published?.slice(0, 10);
  if (da && db && Math.abs(Date.parse(da) - Date.parse(db)) > COPY_DAYS * 86_400_000) return false;
  const stems = (x: Statement) =>
    new Set(
      sentenceTokens(x.ctx, x.sent)
        .filter((t) => t.stem.length >= CONTENT_STEM && !/[0-9٠-٩]/.test(t.text))
        .map((t) => t.stem),
    );
  const sa = stems(a);
  const sb = stems(b);
  let n = 0;
  for (const x of sa) if (sb.has(x)) n++;
  return n >= COPY_SHARE * Math.min(sa.size, sb.size) && !otherFigures(a, b);
}

/**
 * Other figures each sentence gives besides the one compared, at least this many on both sides,
 * and the share of the fewer that the other sentence must also give. One outlet's daily formula
 * (a market roundup of two sessions) shares its words, not its figures: a copy that misprints one
 * figure keeps the others. Read only within one outlet: a wire re-sent by another outlet an hour
 * later with new prices may differ in every figure and still carry a misprint of one.
 */
const OTHER_FIGURES = 2;
const OTHER_FIGURES_SHARE = 0.5;

/** One outlet's two sentences whose other figures mostly differ: one formula told twice, not one text copied. */
function otherFigures(a: Statement, b: Statement): boolean {
  if (a.ctx.outlet !== b.ctx.outlet) return false;
  const rest = (s: Statement) => {
    const own = asciiDigits(s.quantity!.text).replace(/\D/g, '');
    return [...numbersOf(s)].filter((n) => n !== own);
  };
  const ra = rest(a);
  const rb = new Set(rest(b));
  if (ra.length < OTHER_FIGURES || rb.size < OTHER_FIGURES) return false;
  const shared = ra.filter((n) => rb.has(n)).length;
  return shared < OTHER_FIGURES_SHARE * Math.min(ra.length, rb.size);
}

/**
 * Figures that are no misprint: the tail of a number misread, a rounding, or two items of the text
 * that each copy gives somewhere (the counts of two months paired by their shared words).
 */
function misread(a: Statement, b: Statement): boolean {
  return numberFragment(a) || numberFragment(b) || rounded(a, b) || bothCopiesTell(a, b);
}

/**
 * The two figures write the same digits in another order ("54.80" / "80.54", "63" / "36"): a
 * misprint. Copies with other digits are a wire re-sent later with new figures (a price at two
 * hours) or one formula told of two subjects (two banks' results), not a misprint.
 */
function transposed(a: Statement, b: Statement): boolean {
  const digits = (s: Statement) => [...asciiDigits(s.quantity!.text).replace(/\D/g, '')].sort().join('');
  const da = digits(a);
  return da.length > 1 && da === digits(b);
}

function disjoint(a: Statement, b: Statement): boolean {
  const qa = a.quantity!;
  const qb = b.quantity!;
  return qa.high < qb.low || qb.high < qa.low;
}

function copyFound(a: Statement, b: Statement, copies: number): Found {
  return {
    kind: 'numeric',
    a,
    b,
    figures: 'copies',
    explanation:
      `Copies of one text disagree on a figure: "${a.span.text}" (${a.voice.by}, ${copies} ` +
      `cop${copies === 1 ? 'y' : 'ies'}) vs "${b.span.text}" (${b.voice.by}) in the same words; ` +
      `one copy misprints or edits the figure.`,
  };
}
