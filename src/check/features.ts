// What an article says about a claim, as a few numbers the stance model weighs: how much of the
// claim the article and its best sentences cover (and its rarest words: names, places), whether its
// numbers and names agree, and whether the sentences that address the claim deny, negate, flip a
// word to its opposite, or only speak of plans and possibilities. Also the sentence-pair stance
// model (src/stance/) on the claim and the article's best sentence.
import { loadStanceModel } from '../stance/stance.js';
import { stanceProbabilities } from '../stance/predict.js';
import { compareNumbers, numbersInContext, type NumberFinding } from './numbers.js';
import { compareBlame, compareDates, type FactFinding } from './facts.js';
import { findCues, findPoles, oppositePole, polesAt } from './cues.js';
import { lookAlike, termTokens, type TermToken } from './terms.js';
import { compareSlots, type SlotFinding } from './slots.js';
import { outcomeReversed } from './outcome.js';
import {
  coverage,
  matchTerms,
  matchedTerms,
  negatesContent,
  termCredit,
  type ArticleView,
  type ClaimView,
  type SentenceView,
  type TermMatches,
} from './views.js';

/** Sentences scoring at least this share of the best one address the claim too. */
const NEAR_BEST = 0.6;
/** At most this many sentences carry the article's stance. */
const TOP_SENTENCES = 3;
/** A sentence covering less than this share of the claim does not address it. */
const MIN_RELEVANT = 0.2;
/** The rarest third of the claim's terms (names, places) tells one event from another. */
const RARE_SHARE = 1 / 3;
/**
 * Weighted share of the claim's other words a sentence must state for a slot of it given otherwise
 * to contradict the claim: the sentence tells the same fact with one slot changed. Set a priori
 * (most of the frame), not tuned on dev.
 */
const SLOT_FRAME = 0.6;
/**
 * A weekday or a full date changed needs less of the frame: it is no name a sentence may add beside
 * the claim's, and the sentence that dates the event often words it otherwise ("مساء الأربعاء").
 */
const TIME_SLOT_FRAME = 0.5;
const frameNeeded = (kind: string) => (kind === 'weekday' || kind === 'date' ? TIME_SLOT_FRAME : SLOT_FRAME);
/** The title and the lead: where a report states its main fact. */
const LEAD_SENTENCES = 2;

export interface ScoredSentence {
  sentence: SentenceView;
  coverage: number;
  /** the stretch of the sentence's tokens [from, to) that covers the claim best, claim-sized */
  focus: { from: number; to: number; coverage: number };
}

/** Tokens a focus window may have beyond the claim's own length (an inserted title or name). */
const FOCUS_SLACK = 4;

/** The claim-sized stretch of a sentence that covers most of the claim: what the pair model reads. */
function focusOf(claim: ClaimView, matches: TermMatches, s: SentenceView): ScoredSentence['focus'] {
  const size = claim.tokens.length + FOCUS_SLACK;
  const n = s.tokens.length;
  if (n <= size) return { from: 0, to: n, coverage: coverage(claim, matches, s.terms) };
  let best = { from: 0, to: size, coverage: -1 };
  for (let from = 0; from + size <= n; from++) {
    const terms = new Set(s.tokens.slice(from, from + size).map((t) => t.term));
    const c = coverage(claim, matches, terms);
    if (c > best.coverage) best = { from, to: from + size, coverage: c };
  }
  return best;
}

/** Text of a focus window. */
export function focusText(s: ScoredSentence): string {
  const t = s.sentence.tokens;
  if (!t.length) return '';
  return s.sentence.text.slice(t[s.focus.from].start - t[0].start, t[s.focus.to - 1].end - t[0].start);
}

export interface PairEvidence {
  features: Record<string, number>;
  /** sentences that address the claim, best first */
  top: ScoredSentence[];
  numbers: NumberFinding[];
  /** dates and blame of the claim found again, or contradicted, in the article */
  facts: FactFinding[];
  /** sentences with a denial, correction, negation or opposite word among the top ones */
  contrary: ScoredSentence[];
  /** slots of the claim (actor, place, number, date, weekday, ordinal) a sentence stating it gives otherwise */
  slots: SlotFinding[];
  /** the sentence that states the claim with one slot given otherwise (a clash), if any */
  clashing?: ScoredSentence;
}

function mentionPresent(text: string, matches: TermMatches, vocabulary: Set<string>): number {
  const terms = termTokens(text)
    .map((t) => t.term)
    .filter(Boolean);
  if (!terms.length) return 1;
  let got = 0;
  for (const t of terms) got += termCredit(matches.get(t) ?? new Map([[t, 1]]), vocabulary);
  return got / terms.length;
}

/** Mentions of the article inside the focus windows of the sentences that address the claim. */
function focusMentions(article: ArticleView, top: ScoredSentence[]) {
  return article.annotated.mentions.filter((m) =>
    top.some((t) => {
      if (t.sentence.index < 0 || !t.sentence.tokens.length) return false;
      const toks = focusTokens(t);
      return toks.length > 0 && m.start >= toks[0].start && m.end <= toks[toks.length - 1].end;
    }),
  );
}

function entityFeatures(claim: ClaimView, article: ArticleView, matches: TermMatches, top: ScoredSentence[]) {
  const present = claim.mentions.map((m) => mentionPresent(m.text, matches, article.vocabulary));
  const missing = claim.mentions.filter((_, i) => present[i] < 0.5);
  const claimTerms = new Set(claim.terms.map((t) => t.term));
  // another name where the claim's is missing, in the words that address the claim: a swapped actor
  const others = focusMentions(article, top).filter(
    (m) => !termTokens(m.text).some((t) => t.term && [...claimTerms].some((c) => lookAlike(c, t.term))),
  );
  const isActor = (type: string) => type !== 'LOC';
  // in the best sentence's focus: a name of the claim absent there, another name of its type present
  const best = top[0] ? focusMentions(article, [top[0]]) : [];
  const focusTerms = new Set(top[0] ? focusTokens(top[0]).map((t) => t.term) : []);
  const absentHere = claim.mentions.filter((m) => mentionPresent(m.text, matches, focusTerms) < 0.5);
  const focusSwapped = absentHere.some((m) => best.some((o) => o.type === m.type && others.includes(o)));
  return {
    focusSwapped: focusSwapped ? 1 : 0,
    entityShare: present.length ? present.reduce((a, b) => a + b, 0) / present.length : 1,
    actorMissing: missing.some((m) => isActor(m.type)) ? 1 : 0,
    placeMissing: missing.some((m) => !isActor(m.type)) ? 1 : 0,
    actorSwapped: missing.some((m) => isActor(m.type)) && others.some((m) => isActor(m.type)) ? 1 : 0,
    placeSwapped: missing.some((m) => !isActor(m.type)) && others.some((m) => !isActor(m.type)) ? 1 : 0,
  };
}

function topSentences(claim: ClaimView, article: ArticleView, matches: TermMatches): ScoredSentence[] {
  const all = [...article.sentences, ...(article.title ? [article.title] : [])].map((sentence) => ({
    sentence,
    coverage: coverage(claim, matches, sentence.terms),
  }));
  all.sort((a, b) => b.coverage - a.coverage || a.sentence.start - b.sentence.start);
  const best = all[0]?.coverage ?? 0;
  return all
    .slice(0, TOP_SENTENCES)
    .filter((s, i) => i === 0 || (s.coverage >= NEAR_BEST * best && s.coverage >= MIN_RELEVANT))
    .map((s) => ({ ...s, focus: focusOf(claim, matches, s.sentence) }));
}

function windowCoverage(claim: ClaimView, article: ArticleView, matches: TermMatches): number {
  const s = article.sentences;
  // an article of one sentence is its own best window
  let best = s.length === 1 ? coverage(claim, matches, s[0].terms) : 0;
  for (let i = 0; i + 1 < s.length; i++) {
    best = Math.max(best, coverage(claim, matches, new Set([...s[i].terms, ...s[i + 1].terms])));
  }
  return best;
}

/** Words before a focus window that still govern it ("لم" + verb, "نفى أن" + clause). */
const GOVERNING = 3;

function focusTokens(t: ScoredSentence) {
  return t.sentence.tokens.slice(Math.max(0, t.focus.from - GOVERNING), t.focus.to);
}

/** Content words each side of a pole word that must share a word for two poles to be about one thing. */
const POLE_NEIGHBOURS = 3;

/** Content terms (not numbers) within POLE_NEIGHBOURS content words of the range [from, to). */
function neighbourTerms(tokens: readonly TermToken[], from: number, to: number): string[] {
  const isContent = (t: TermToken) => !!t.term && !/^\d/.test(t.term);
  const before = tokens.slice(0, from).filter(isContent).slice(-POLE_NEIGHBOURS);
  const after = tokens.slice(to).filter(isContent).slice(0, POLE_NEIGHBOURS);
  return [...before, ...after].map((t) => t.term);
}

/**
 * A word of the opposite pole to one of the claim's, in the words that address the claim, where
 * the claim's own pole is absent, and said of the same thing: the two pole words share a neighbouring
 * content word ("ارتفع عدد القتلى" / "انخفض عدد القتلى"). Without the shared neighbour, an opposite
 * word in the same sentence is usually about something else (prices that fell, in a report that
 * visitors rose).
 */
function poleFlipped(claim: ClaimView, near: readonly TermToken[], poles: Set<string>): boolean {
  const articlePoles = polesAt(near);
  return polesAt(claim.tokens).some((c) => {
    const opposite = oppositePole(c.pole);
    if (!poles.has(opposite) || poles.has(c.pole)) return false;
    const claimSide = neighbourTerms(claim.tokens, c.from, c.to);
    return articlePoles.some(
      (a) =>
        a.pole === opposite &&
        neighbourTerms(near, a.from, a.to).some((x) => claimSide.some((y) => x === y || lookAlike(x, y))),
    );
  });
}

/**
 * The sentence names one of the claim's actors (people, organisations; not places) when the claim
 * names any: a denial, a negation or an opposite word contradicts the claim only when said of its
 * actors, not of another party in the same story.
 */
function namesClaimActor(claim: ClaimView, matches: TermMatches, s: SentenceView): boolean {
  const actors = claim.mentions.filter((m) => m.type !== 'LOC');
  return !actors.length || actors.some((m) => mentionPresent(m.text, matches, s.terms) >= 0.5);
}

/**
 * Focus coverage from which a sentence states the claim's fact itself (most of its words in one
 * claim-sized stretch): only then does the absence of the claim's denial in it say the opposite.
 */
const STATED_COVERAGE = 0.6;

/**
 * A denial on one side only: the words that address the claim deny it ("نفى ... أن") while the claim
 * does not, or the claim reports a denial ("نفت ماليزيا أن ...") while a sentence stating the same fact
 * has no denial or negation in it.
 */
function deniedOnOneSide(claim: ClaimView, t: ScoredSentence, nearCues: Map<string, number>) {
  if (!claim.cues.has('deny')) return nearCues.has('deny');
  return t.focus.coverage >= STATED_COVERAGE && !nearCues.has('deny') && !nearCues.has('negate');
}

function cueFeatures(claim: ClaimView, top: ScoredSentence[], matches: TermMatches) {
  const matched = matchedTerms(matches);
  const f = { deny: 0, correct: 0, future: 0, hedge: 0, negationFlip: 0, poleFlip: 0, outcomeFlip: 0 };
  const same = (c: string, a: string) => c === a || !!matches.get(c)?.has(a) || lookAlike(c, a);
  const named = (i: number) =>
    claim.mentions.some((m) => claim.tokens[i].start >= m.start && claim.tokens[i].end <= m.end);
  const contrary: ScoredSentence[] = [];
  for (const t of top) {
    if (t.coverage < MIN_RELEVANT) continue;
    const cues = findCues(t.sentence.tokens);
    const near = focusTokens(t);
    // a plan, a hedge or a denial speaks of the words next to it, not of the whole sentence
    const nearCues = findCues(near);
    const poles = findPoles(near);
    const ofActor = namesClaimActor(claim, matches, t.sentence);
    let against = false;
    if (ofActor && deniedOnOneSide(claim, t, nearCues)) {
      f.deny = 1;
      against = true;
    }
    if (cues.has('correct')) f.correct = 1;
    if (nearCues.has('future') && !claim.cues.has('future')) f.future = 1;
    if (nearCues.has('hedge') && !claim.cues.has('hedge')) f.hedge = 1;
    if (ofActor && negatesContent(near, (t) => matched.has(t)) !== claim.negated) {
      f.negationFlip = 1;
      against = true;
    }
    if (poleFlipped(claim, near, poles)) {
      f.poleFlip = 1;
      against = true;
    }
    // the claim's winner lost to its loser (read in the whole sentence: "تغلب ... بهدف على")
    if (outcomeReversed(claim.tokens, t.sentence.tokens, same, named)) {
      f.outcomeFlip = 1;
      against = true;
    }
    if (against || cues.has('correct')) contrary.push(t);
  }
  return { cues: f, contrary };
}

function numberFeatures(claim: ClaimView, article: ArticleView, top: ScoredSentence[]) {
  const relevant = (offset: number) =>
    top.some((t) => t.sentence.index >= 0 && offset >= t.sentence.start && offset < t.sentence.end);
  const sentenceAt = (offset: number) =>
    article.sentences.find((s) => offset >= s.start && offset < s.end)?.tokens ?? [];
  // a figure the article negates ("وليس 480") is not its figure: it neither matches nor hides a rival
  const negated = (q: { start: number }) => {
    const prev = sentenceAt(q.start)
      .filter((t) => t.end <= q.start)
      .slice(-1);
    return prev.length > 0 && findCues(prev).has('negate');
  };
  const numbers = compareNumbers(
    numbersInContext(claim.quantities, () => claim.tokens),
    numbersInContext(
      article.annotated.quantities.filter((q) => !negated(q)),
      sentenceAt,
    ),
    relevant,
  );
  const n = claim.quantities.length;
  const matched = numbers.filter((x) => x.status === 'match').length;
  const conflicts = numbers.filter((x) => x.status === 'conflict').length;
  return {
    numbers,
    f: {
      claimHasNumber: n ? 1 : 0,
      numberMatch: n ? matched / n : 0,
      numberConflict: conflicts ? 1 : 0,
      numberUnseen: n ? (n - matched - conflicts) / n : 0,
    },
  };
}

/** Weight of the heaviest claim word (not a number) missing from `terms`, over the heaviest's. */
function heaviestMissing(claim: ClaimView, matches: TermMatches, terms: Set<string>): number {
  const words = claim.terms.filter((t) => !/^\d/.test(t.term));
  if (!words.length) return 0;
  const missing = words.filter((t) => termCredit(matches.get(t.term), terms) === 0);
  return missing.length ? missing[0].weight / words[0].weight : 0;
}

function factFeatures(claim: ClaimView, article: ArticleView, top: ScoredSentence[]) {
  const inTop = (offset: number) =>
    top.some((t) => t.sentence.index >= 0 && offset >= t.sentence.start && offset < t.sentence.end);
  const inFocus = (offset: number) =>
    top.some((t) => {
      const toks = t.sentence.index >= 0 ? focusTokens(t) : [];
      return toks.length > 0 && offset >= toks[0].start && offset < toks[toks.length - 1].end;
    });
  const facts = [
    ...compareDates(claim.dates, article.annotated.dates, inFocus),
    ...compareBlame(claim.accusations, article.annotated.accusations, inTop),
  ];
  const has = (kind: string, status: string) =>
    facts.some((f) => f.kind === kind && f.status === status) ? 1 : 0;
  return {
    facts,
    f: {
      dateMatch: has('date', 'match'),
      dateConflict: has('date', 'conflict'),
      blameMatch: has('blame', 'match'),
      blameConflict: has('blame', 'conflict'),
    },
  };
}

/** Every feature of one claim-article pair, with the sentences behind them. */
export function pairEvidence(claim: ClaimView, article: ArticleView): PairEvidence {
  const matches = matchTerms(claim, article);
  const top = topSentences(claim, article, matches);
  const rare = {
    ...claim,
    terms: claim.terms.slice(0, Math.max(1, Math.ceil(claim.terms.length * RARE_SHARE))),
  };
  rare.totalWeight = rare.terms.reduce((s, t) => s + t.weight, 0);
  const { cues, contrary } = cueFeatures(claim, top, matches);
  const slots = compareSlots(
    claim,
    article,
    matches,
    top.map((t) => t.sentence),
    top.map((t) => ({ from: Math.max(0, t.focus.from - GOVERNING), to: t.focus.to })),
  );
  // a clash counts only where the sentence states the rest of the claim
  const clash = slots.find((c) => c.status === 'clash' && c.frame >= frameNeeded(c.kind));
  const extra = slots.some((c) => c.status === 'extra' && c.frame >= SLOT_FRAME);
  // the clashing sentence is the first to cite for a disagreement
  const clashing = clash && top.find((t) => t.sentence === clash.sentence);
  const contraryFirst = clashing ? [clashing, ...contrary.filter((t) => t !== clashing)] : contrary;
  const num = numberFeatures(claim, article, top);
  const facts = factFeatures(claim, article, top);
  const best = top[0];
  const lead = article.title ? [article.title] : article.sentences.slice(0, LEAD_SENTENCES);
  const ansLead = lead.length ? stanceProbabilities(loadStanceModel(), claim.text, lead[0].text) : [0, 0, 1];
  const ans = best ? stanceProbabilities(loadStanceModel(), claim.text, focusText(best)) : [0, 0, 1];
  const windowCov = windowCoverage(claim, article, matches);
  const features: Record<string, number> = {
    articleCoverage: coverage(claim, matches, article.vocabulary),
    bestCoverage: best?.coverage ?? 0,
    focusCoverage: best?.focus.coverage ?? 0,
    windowCoverage: windowCov,
    rareCoverage: coverage(rare, matches, article.vocabulary),
    leadCoverage: Math.max(...lead.map((s) => coverage(claim, matches, s.terms)), 0),
    heaviestMissing: heaviestMissing(claim, matches, article.vocabulary),
    focusMissing: best ? heaviestMissing(claim, matches, new Set(focusTokens(best).map((t) => t.term))) : 1,
    ansLeadAgree: ansLead[0],
    ansLeadDisagree: ansLead[1],
    ...entityFeatures(claim, article, matches, top),
    ...num.f,
    ...facts.f,
    ...cues,
    contrary: Math.max(
      num.f.numberConflict,
      facts.f.dateConflict,
      facts.f.blameConflict,
      cues.poleFlip,
      cues.outcomeFlip,
      cues.negationFlip,
      cues.deny,
      clash ? 1 : 0,
    ),
    slotClash: clash ? 1 : 0,
    slotFrame: slots.find((c) => c.status === 'clash')?.frame ?? 0,
    slotExtra: extra ? 1 : 0,
    ansAgree: ans[0],
    ansDisagree: ans[1],
    ansOther: ans[2],
  };
  // a contradiction counts for as much as the article addresses the claim
  features.contraryCoverage = features.contrary * windowCov;
  // the same, by the kind of evidence: a fact of the claim's event given otherwise (a count, a date,
  // a name in its place, the winner) is stronger evidence than a cue word (a negation, a denial, an
  // opposite word, blame), which on dev fires on agreeing reports about as often as on disagreeing ones
  features.factCoverage =
    Math.max(num.f.numberConflict, facts.f.dateConflict, clash ? 1 : 0, cues.outcomeFlip) * windowCov;
  features.cueCoverage =
    Math.max(cues.negationFlip, cues.deny, cues.poleFlip, facts.f.blameConflict) * windowCov;
  return {
    features,
    top,
    numbers: num.numbers,
    facts: facts.facts,
    contrary: contraryFirst,
    slots,
    clashing,
  };
}
