// Shared word helpers re-exported for the accusation rules (one import site).
export {
  clauseOpeners,
  headInfo,
  isAdjective,
  isComplementiser,
  isNameParticle,
  isStop,
  readLexicon,
  articleTokens,
  recordOf,
  type Tok,
} from '../quotes/words.js';

/** Punctuation that closes a clause (quote marks do not). */
export const CLAUSE_PUNCT = /[،,:;؛.!?؟()\-–—]/;
