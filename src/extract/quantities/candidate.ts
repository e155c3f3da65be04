// The candidate regex: where a quantity may start. A digit run, or a whole number word or dual
// behind optional proclitics, compiled once as a trie so the scan over every character stays cheap.
import { NUMBER_KEYS } from '../../text/number-words.js';
import { DUALS } from './lexicon.js';

// Raw-text pattern of a folded key: the folded letters stand for their spelling variants.
const VARIANTS: Record<string, string> = { ا: '[اأإآٱ]', ي: '[يى]', ه: '[هة]' };

type Trie = Map<string, Trie>;
/** A regex alternation of the keys as a trie, so the engine never backtracks across siblings. */
function trieSource(words: Iterable<string>): string {
  const root: Trie = new Map();
  for (const w of words) {
    let n = root;
    for (const c of w + '$') {
      if (!n.has(c)) n.set(c, new Map());
      n = n.get(c) as Trie;
    }
  }
  const emit = (n: Trie): string => {
    const alts = [...n.entries()].map(([c, child]) => (c === '$' ? '' : (VARIANTS[c] ?? c) + emit(child)));
    if (alts.length === 1) return alts[0];
    const rest = alts.filter((a) => a !== '');
    return `(?:${rest.join('|')})${rest.length < alts.length ? '?' : ''}`;
  };
  return emit(root);
}

// Candidate: a digit run, or a whole word that is a number word or dual behind optional
// proclitics / article. No `u` flag and no \p classes: this runs over every character.
const AR_LETTERS = '\u0621-\u063A\u0641-\u064A\u0671-\u06D3';
export const CANDIDATE = new RegExp(
  `[0-9\u0660-\u0669\u06F0-\u06F9]+|(?<![${AR_LETTERS}\u0640])[وفبلك]{0,2}(?:ال)?` +
    `${trieSource(new Set([...NUMBER_KEYS, ...DUALS.keys()]))}(?![${AR_LETTERS}])`,
  'g',
);
