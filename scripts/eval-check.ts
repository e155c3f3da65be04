// Develops and scores the claim-stance model on the labelled claim-article pairs.
//   npx tsx scripts/eval-check.ts                 grouped 10-fold CV over every labelled set (folds never
//                                                 split a claim group; three fold draws), then
//                                                 leave-one-set-out (fit on the other files, score one;
//                                                 a summary line: mean, minimum, disagree precision)
//   npx tsx scripts/eval-check.ts --features      ... and print each pair's features and prediction
//   npx tsx scripts/eval-check.ts --nested        ... and nested CV (thresholds chosen without the scored fold)
//   npx tsx scripts/eval-check.ts --l2 0.15 --weights 1,1,1.5,1
//                                                 ... with another penalty / class weights (agree,
//                                                 disagree, discuss, unrelated) than DEFAULT_FIT
//   npx tsx scripts/eval-check.ts --features-from FILE   ... on features dumped by scripts/check-screen.ts --dump
//   npx tsx scripts/eval-check.ts --shipped       the shipped model (models/check.json) on each set, as
//                                                 `sanad check --pairs` runs it (its own training data!)
// Since the seventh round every labelled set is training data (CLAIM_SETS): the former held-out and
// fresh sets were retired to development when new unseen sets were written; those are read only by:
//   npx tsx scripts/eval-check.ts --fresh4 … --fresh15   the shipped model on the unseen claim sets
//                                                 (unseen: report the figure, never tune on it)
// Articles are read from ../shared/data/saudinewsnet by url; the article given to the checker is
// the record's title and content as one plain text, as `sanad check --pairs` receives it.
// The code is split by concern under scripts/check-eval/: sets.ts (the labelled files, their
// articles and features), folds.ts (folds, fitted probabilities, thresholds), cv.ts (the
// evaluations) and cli.ts (this command line); this file keeps the command and the exports
// scripts/train-check.ts, scripts/check-learners.ts and the tests import.
import { main } from './check-eval/cli.js';

export {
  CLAIM_SETS,
  articleTexts,
  featuresOf,
  loadGold,
  loadSets,
  yieldToLoop,
  type GoldPair,
} from './check-eval/sets.js';
export {
  CV_FOLDS,
  CV_SEEDS,
  chooseThresholds,
  foldProbabilities,
  groupFolds,
  setFolds,
  type FoldFit,
} from './check-eval/folds.js';
export {
  groupedCv,
  leaveOneSetOut,
  leaveOneSetOutWithPredictions,
  nestedCv,
  type CvResult,
} from './check-eval/cv.js';

if (import.meta.url === `file://${process.argv[1]}`) await main();
