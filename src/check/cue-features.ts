// Cue words as evidence, read in the words that address the claim: a denial on one side only, a
// negation, a word of the opposite pole said of the same thing, a reversed outcome, plans and hedges.
import { findCues, findPoles, oppositePole, polesAt } from './cues.js';
import { lookAlike, type TermToken } from './terms.js';
import { outcomeReversed } from './outcome.js';
import {
  matchedTerms,
  mentionPresent,
  negatedTerms,
  negatesContent,
  statesPlainly,
  type ClaimView,
  type SentenceView,
  type TermMatches,
} from './views.js';
import { MIN_RELEVANT, focusTokens, type ScoredSentence } from './sentences.js';

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

/**
 * A negation on one side only. The article negates a word of the claim the claim states plainly;
 * or the claim negates a word ("لم تقدم أي تنازلات") and the words that address it state that very
 * word with no negation, read as far from a negation as the claim's ("لم تنجح في اعتقال" negates
 * اعتقال as "لم تسفر عن اعتقال" does). Old behaviour, until the fifteenth round: a negated claim was
 * contradicted by any focus without a negation, even one where the negated word was not said at all.
 */
function negationFlipped(
  claim: ClaimView,
  near: readonly TermToken[],
  matched: Set<string>,
  same: (c: string, a: string) => boolean,
): boolean {
  const articleNegates = negatesContent(near, (t) => matched.has(t));
  if (!claim.negated) return articleNegates;
  const negated = [...negatedTerms(claim.tokens)];
  return !articleNegates && statesPlainly(near, (a) => negated.some((c) => same(c, a)));
}

export function cueFeatures(claim: ClaimView, top: ScoredSentence[], matches: TermMatches) {
  const matched = matchedTerms(matches);
  const f = { deny: 0, correct: 0, future: 0, hedge: 0, negationFlip: 0, poleFlip: 0, outcomeFlip: 0 };
  const same = (c: string, a: string) => c === a || !!matches.get(c)?.has(a) || lookAlike(c, a);
  const named = (i: number) =>
    claim.mentions.some((m) => claim.tokens[i].start >= m.start && claim.tokens[i].end <= m.end);
  const contrary: ScoredSentence[] = [];
  // each sentence's differing parts by kind: a fact given otherwise (the outcome) or a cue word
  const parts: { t: ScoredSentence; kind: 'fact' | 'cue' }[] = [];
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
      parts.push({ t, kind: 'cue' });
    }
    if (cues.has('correct')) f.correct = 1;
    if (nearCues.has('future') && !claim.cues.has('future')) f.future = 1;
    if (nearCues.has('hedge') && !claim.cues.has('hedge')) f.hedge = 1;
    if (ofActor && negationFlipped(claim, near, matched, same)) {
      f.negationFlip = 1;
      against = true;
      parts.push({ t, kind: 'cue' });
    }
    if (poleFlipped(claim, near, poles)) {
      f.poleFlip = 1;
      against = true;
      parts.push({ t, kind: 'cue' });
    }
    // the claim's winner lost to its loser (read in the whole sentence: "تغلب ... بهدف على")
    if (outcomeReversed(claim.tokens, t.sentence.tokens, same, named)) {
      f.outcomeFlip = 1;
      against = true;
      parts.push({ t, kind: 'fact' });
    }
    if (against || cues.has('correct')) contrary.push(t);
  }
  return { cues: f, contrary, parts };
}
