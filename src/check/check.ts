// Stance of one article towards one claim: read both, weigh the evidence (features.ts), decide with
// the fitted model (model.ts), and point at the sentences that carry the decision.
import type { AnnotatedArticle } from '../annotate/annotate.js';
import { annotateArticle } from '../annotate/annotate.js';
import { pairEvidence, type PairEvidence, type ScoredSentence } from './features.js';
import {
  CHECK_LABELS,
  decide,
  loadCheckModel,
  predictProbabilities,
  type CheckLabel,
  type CheckModel,
} from './model.js';
import { readArticle, readClaim, type ClaimView } from './views.js';

/** The features the model weighs, in a fixed order (models/check.json names them too). */
export const FEATURES = [
  'articleCoverage',
  'bestCoverage',
  'focusCoverage',
  'windowCoverage',
  'rareCoverage',
  'leadCoverage',
  'heaviestMissing',
  'focusMissing',
  'entityShare',
  'actorMissing',
  'actorSwapped',
  'placeMissing',
  'placeSwapped',
  'focusSwapped',
  'claimHasNumber',
  'numberMatch',
  'numberConflict',
  'numberUnseen',
  'dateMatch',
  'dateConflict',
  'blameMatch',
  'blameConflict',
  'deny',
  'correct',
  'future',
  'hedge',
  'negationFlip',
  'poleFlip',
  'outcomeFlip',
  'contrary',
  'contraryCoverage',
  'factCoverage',
  'cueCoverage',
  'slotClash',
  'slotFrame',
  'slotExtra',
  'ansAgree',
  'ansDisagree',
  'ansOther',
  'ansLeadAgree',
  'ansLeadDisagree',
];

/** An article given as plain text, annotated as `sanad analyze` would annotate a .txt file. */
export function annotateText(text: string, id = 'article'): AnnotatedArticle {
  return annotateArticle({ id, source: {}, body: text, format: 'txt', warnings: [] });
}

/** Features of a claim against an article given as plain text (for fitting and evaluation). */
export function pairFeaturesOf(claim: string, articleText: string): Record<string, number> {
  return pairEvidence(readClaim(claim), readArticle(annotateText(articleText))).features;
}

export interface ArticleStance {
  stance: CheckLabel;
  /** probability of the stance */
  score: number;
  probabilities: Record<CheckLabel, number>;
  /** sentences that carry the stance, best first, as [start, end) ranges of the article text */
  rationale: ScoredSentence[];
  evidence: PairEvidence;
}

/**
 * The sentences to show for a stance: the contrary ones for a disagreement, else the best ones. A
 * title held apart from the text (index -1) is cited too, as a span of the title.
 */
function rationaleOf(stance: CheckLabel, ev: PairEvidence): ScoredSentence[] {
  if (stance === 'unrelated') return [];
  if (stance === 'disagree') {
    const conflicts = ev.numbers
      .filter((n) => n.status === 'conflict')
      .map((n) =>
        ev.top.find(
          (t) =>
            t.sentence.index >= 0 && n.article.start >= t.sentence.start && n.article.start < t.sentence.end,
        ),
      )
      .filter((t): t is ScoredSentence => !!t);
    // the sentence stating the claim with one slot changed is the plainest contradiction: first
    const first = [...(ev.clashing ? [ev.clashing] : []), ...conflicts, ...ev.contrary];
    const rest = ev.top.filter((t) => !first.includes(t));
    return [...new Set([...first, ...rest])].slice(0, 3);
  }
  return ev.top;
}

/** Stance of an annotated article towards a read claim. */
export function stanceOf(
  claim: ClaimView,
  article: AnnotatedArticle,
  model: CheckModel = loadCheckModel(),
): ArticleStance {
  const evidence = pairEvidence(claim, readArticle(article));
  const p = predictProbabilities(model, evidence.features);
  const best = decide(model, p, evidence.features);
  const stance = CHECK_LABELS[best];
  return {
    stance,
    score: p[best],
    probabilities: Object.fromEntries(CHECK_LABELS.map((l, i) => [l, p[i]])) as Record<CheckLabel, number>,
    rationale: rationaleOf(stance, evidence),
    evidence,
  };
}

/** One claim against one article given as plain text: the `--pairs` record. */
export function checkPair(
  claim: string,
  articleText: string,
  model?: CheckModel,
): { stance: CheckLabel; score: number; rationale: [number, number][] } {
  const r = stanceOf(readClaim(claim), annotateText(articleText), model);
  return {
    stance: r.stance,
    score: Math.round(r.score * 1000) / 1000,
    // a plain text holds its title: every sentence is a range of it
    rationale: r.rationale
      .filter((s) => s.sentence.index >= 0)
      .map((s) => [s.sentence.start, s.sentence.end]),
  };
}
