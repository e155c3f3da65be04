// The two sides of a check, read once: the claim (its weighted terms, numbers, names, negation and
// contrast words) and an annotated article (its sentences as term sets). Coverage of the claim by a
// sentence is the weighted share of the claim's terms the sentence contains, a look-alike form of a
// word counting for part of it ("الحوثيين" / "الحوثية").
import type { AccusationDraft, DateDraft, QuantityDraft } from '../contract.js';
import type { AnnotatedArticle } from '../annotate/annotate.js';
import { findQuantities } from '../extract/quantities/quantities.js';
import { findEntityMentions, type EntityMention } from '../extract/entities/entities.js';
import { findDates } from '../extract/dates/dates.js';
import { findQuotes } from '../extract/quotes/quotes.js';
import { findAccusations } from '../extract/accusations/accusations.js';
import { splitSentences, type Range } from '../text/segment.js';
import { lightStem } from '../text/arabic.js';
import { NEGATION_STEMS } from '../stance/lexicon.js';
import { lookAlike, stemWeight, termTokens, type TermToken } from './terms.js';
import { cueHits, findCues, findPoles, type CueKind } from './cues.js';

/** Share of a term's weight that a look-alike form earns: same word, another form, maybe another word. */
const LOOKALIKE_CREDIT = 0.6;

export interface ClaimTerm {
  term: string;
  weight: number;
}

export interface ClaimView {
  text: string;
  tokens: TermToken[];
  /** distinct content terms, heaviest first */
  terms: ClaimTerm[];
  totalWeight: number;
  quantities: QuantityDraft[];
  /** dates with a day ("الثالث من أغسطس"); relative ones need a publication date and are left out */
  dates: DateDraft[];
  mentions: EntityMention[];
  /** who the claim blames or credits for an act ("تبنى تنظيم X التفجير") */
  accusations: AccusationDraft[];
  /** negation-lexicon kinds in the claim (particle, deny, refuse, fail, cancel, doubt) */
  negation: Set<string>;
  /** a content word of the claim is negated ("لم يعلن", "عدم تمديد") */
  negated: boolean;
  cues: Map<CueKind, number>;
  /** contrast poles of the claim's words ("rise:a") */
  poles: Set<string>;
}

export interface SentenceView extends Range {
  /** -1 for a title that is not part of the text */
  index: number;
  text: string;
  tokens: TermToken[];
  terms: Set<string>;
}

export interface ArticleView {
  annotated: AnnotatedArticle;
  text: string;
  sentences: SentenceView[];
  /**
   * the title as an extra sentence when the text does not start with it (index -1; its start and
   * end are offsets into the trimmed title, `titleOffset` past the start of the stored title)
   */
  title?: SentenceView;
  titleOffset?: number;
  /** the title's names, numbers and dates, found as in the text (offsets as the title view's) */
  titleFound?: {
    mentions: EntityMention[];
    quantities: QuantityDraft[];
    dates: DateDraft[];
  };
  vocabulary: Set<string>;
}

/** Words before a content word that negate it ("لم" + verb, "عدم" + noun, "نفى" + noun). */
const NEGATION_REACH = 2;

/**
 * Words between a condition and the negation it makes a hypothesis ("في حال عدم قيامها بإزالة",
 * "إذا لم يتنازل", "إذا الحكومة لم"): the negation is one of the CONDITION_REACH words right after
 * the condition, counted from the negation particle, not from the word it negates (fifteenth round).
 */
const CONDITION_REACH = 2;

/** Words before a negation particle read for a condition: the reach and the longest condition phrase. */
const CONDITION_WINDOW = CONDITION_REACH + 2;

/** True when the negation particle at `p` opens a hypothesis: a condition ends within reach before it. */
function conditionBefore(tokens: readonly TermToken[], p: number): boolean {
  const from = Math.max(0, p - CONDITION_WINDOW);
  return cueHits(tokens.slice(from, p)).some(
    (h) => h.value === 'condition' && p - (from + h.to) < CONDITION_REACH,
  );
}

/** True when the content word at `i` has a negation word just before it, outside a condition. */
function negatedAt(tokens: readonly TermToken[], i: number, reach = NEGATION_REACH): boolean {
  if (!tokens[i].term) return false;
  // the word itself is read too, so a particle opening an idiom ("لا يزال", still) negates nothing
  const from = Math.max(0, i - reach);
  return cueHits(tokens.slice(from, i + 1)).some(
    (h) => h.value === 'negate' && !conditionBefore(tokens, from + h.from),
  );
}

/** True when a negation word stands just before a content word that `counts`, outside a condition. */
export function negatesContent(tokens: readonly TermToken[], counts: (term: string) => boolean): boolean {
  return tokens.some((t, i) => !!t.term && counts(t.term) && negatedAt(tokens, i));
}

/**
 * A claim's negation covers its verb and the word it governs: "لم تسفر عن اعتقال" → تسفر, اعتقال. The
 * article is read with the same scope, or "لم تنجح في اعتقال" (failed to arrest) would state the
 * claim's negated اعتقال plainly and contradict a claim it agrees with (fifteenth round).
 */
const CLAIM_NEGATION_SCOPE = NEGATION_REACH + 1;

/** The content words a negation word stands just before ("لم تقدم" → تقدم, "لم تسفر عن اعتقال" → تسفر, اعتقال). */
export function negatedTerms(tokens: readonly TermToken[]): Set<string> {
  return new Set(tokens.filter((_, i) => negatedAt(tokens, i, CLAIM_NEGATION_SCOPE)).map((t) => t.term));
}

/**
 * True when a content word that `is` one of a claim's negated words stands in `tokens` with no
 * negation before it, within the scope the claim's negation was read with.
 */
export function statesPlainly(tokens: readonly TermToken[], is: (term: string) => boolean): boolean {
  return tokens.some((t, i) => !!t.term && is(t.term) && !negatedAt(tokens, i, CLAIM_NEGATION_SCOPE));
}

export function negationKinds(tokens: readonly { text: string }[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    const kind = NEGATION_STEMS.get(lightStem(t.text));
    if (kind) out.add(kind);
  }
  return out;
}

/** Read a claim: terms with weights, numbers, names and cues. */
export function readClaim(text: string): ClaimView {
  const tokens = termTokens(text);
  const seen = new Map<string, number>();
  for (const t of tokens) if (t.term && !seen.has(t.term)) seen.set(t.term, stemWeight(t.stem));
  const terms = [...seen].map(([term, weight]) => ({ term, weight })).sort((a, b) => b.weight - a.weight);
  const sentences = splitSentences(text);
  const dates = findDates(text, 'claim', {}).dates.filter((d) => !d.relative);
  return {
    text,
    tokens,
    terms,
    totalWeight: terms.reduce((s, t) => s + t.weight, 0),
    quantities: findQuantities(text, 'claim', dates),
    dates,
    mentions: findEntityMentions(text, 'claim', sentences),
    accusations: findAccusations(text, 'claim', sentences, findQuotes(text, 'claim', sentences)),
    negation: negationKinds(tokens),
    negated: negatesContent(tokens, () => true),
    cues: findCues(tokens),
    poles: findPoles(tokens),
  };
}

function sentenceView(text: string, r: Range, index: number): SentenceView {
  const tokens = termTokens(text, r.start, r.end);
  return {
    start: r.start,
    end: r.end,
    index,
    text: text.slice(r.start, r.end),
    tokens,
    terms: new Set(tokens.map((t) => t.term).filter(Boolean)),
  };
}

/** Read an annotated article into sentence term sets. */
export function readArticle(annotated: AnnotatedArticle): ArticleView {
  const text = annotated.article.text;
  const sentences = annotated.sentences.map((r, i) => sentenceView(text, r, i));
  const vocabulary = new Set<string>();
  for (const s of sentences) for (const t of s.terms) vocabulary.add(t);
  const rawTitle = annotated.article.title;
  const titleText = rawTitle?.trim();
  if (!rawTitle || !titleText || text.trimStart().startsWith(titleText))
    return { annotated, text, sentences, vocabulary };
  const title = sentenceView(titleText, { start: 0, end: titleText.length }, -1);
  for (const t of title.terms) vocabulary.add(t);
  // a title outside the text is read like a claim: its own names, numbers and dates, to cite as it is
  const dates = findDates(titleText, annotated.article.id, {}).dates.filter((d) => !d.relative);
  const titleFound = {
    mentions: findEntityMentions(titleText, annotated.article.id, splitSentences(titleText)),
    quantities: findQuantities(titleText, annotated.article.id, dates),
    dates,
  };
  return {
    annotated,
    text,
    sentences,
    title,
    titleOffset: rawTitle.indexOf(titleText),
    titleFound,
    vocabulary,
  };
}

/** For each claim term, the article terms that match it and the credit each earns. */
export type TermMatches = Map<string, Map<string, number>>;

export function matchTerms(claim: ClaimView, article: ArticleView): TermMatches {
  const out: TermMatches = new Map();
  for (const { term } of claim.terms) {
    const m = new Map<string, number>();
    if (article.vocabulary.has(term)) m.set(term, 1);
    for (const v of article.vocabulary) if (v !== term && lookAlike(term, v)) m.set(v, LOOKALIKE_CREDIT);
    out.set(term, m);
  }
  return out;
}

/** Credit (0..1) of one claim term in a set of article terms. */
/** The article terms that match some claim term. */
export function matchedTerms(matches: TermMatches): Set<string> {
  const out = new Set<string>();
  for (const m of matches.values()) for (const v of m.keys()) out.add(v);
  return out;
}

export function termCredit(matches: Map<string, number> | undefined, terms: Set<string>): number {
  let best = 0;
  if (!matches) return 0;
  for (const [v, c] of matches) if (c > best && terms.has(v)) best = c;
  return best;
}

/** Weighted share (0..1) of the claim's terms found in a set of article terms. */
export function coverage(claim: ClaimView, matches: TermMatches, terms: Set<string>): number {
  if (claim.totalWeight === 0) return 0;
  let got = 0;
  for (const t of claim.terms) got += t.weight * termCredit(matches.get(t.term), terms);
  return got / claim.totalWeight;
}

/** Share (0..1) of a name's words found in a set of article terms (1 for a name of no content word). */
export function mentionPresent(text: string, matches: TermMatches, vocabulary: Set<string>): number {
  const terms = termTokens(text)
    .map((t) => t.term)
    .filter(Boolean);
  if (!terms.length) return 1;
  let got = 0;
  for (const t of terms) got += termCredit(matches.get(t) ?? new Map([[t, 1]]), vocabulary);
  return got / terms.length;
}
