// What an article says about a claim, as a few numbers the stance model weighs: how much of the
// claim the article and its best sentences cover (and its rarest words: names, places), whether its
// numbers and names agree, and whether the sentences that address the claim deny, negate, flip a
// word to its opposite, or only speak of plans and possibilities. Also the sentence-pair stance
// model (src/stance/) on the claim and the article's best sentence.
//   sentences.ts        the sentences that address the claim, their focus windows (shared by all)
//   entity-features.ts  names present, swapped       fact-features.ts  numbers, dates, blame
//   cue-features.ts     denials, negations, opposite words, outcomes
//   slots.ts            one slot of the claim given otherwise in a sentence stating the rest
//   event-features.ts   the claim's names and event together in one passage (same event or another)
import { loadStanceModel } from '../stance/stance.js';
import { stanceProbabilities } from '../stance/predict.js';
import type { NumberFinding } from './numbers.js';
import type { FactFinding } from './facts.js';
import { compareSlots, type SlotFinding } from './slots.js';
import {
  coverage,
  matchTerms,
  termCredit,
  type ArticleView,
  type ClaimView,
  type TermMatches,
} from './views.js';
import {
  GOVERNING,
  focusText,
  focusTokens,
  topSentences,
  windowCoverage,
  type ScoredSentence,
} from './sentences.js';
import { entityFeatures } from './entity-features.js';
import { cueFeatures } from './cue-features.js';
import { factFeatures, numberFeatures } from './fact-features.js';
import { differFeatures, differingParts } from './differ-features.js';
import { eventFeatures } from './event-features.js';

export { focusText, type ScoredSentence };

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

/** Weight of the heaviest claim word (not a number) missing from `terms`, over the heaviest's. */
function heaviestMissing(claim: ClaimView, matches: TermMatches, terms: Set<string>): number {
  const words = claim.terms.filter((t) => !/^\d/.test(t.term));
  if (!words.length) return 0;
  const missing = words.filter((t) => termCredit(matches.get(t.term), terms) === 0);
  return missing.length ? missing[0].weight / words[0].weight : 0;
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
  const { cues, contrary, parts } = cueFeatures(claim, top, matches);
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
    ...differFeatures(differingParts(top, num.numbers, facts.facts, slots, parts), top, matches),
    ...eventFeatures(claim, article, matches),
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
