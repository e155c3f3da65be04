// The sentence the entity finder works on: tokens, their word infos and tags, and the candidate
// mentions found so far. Shared by the finder's rule files (places, persons).
import { lightStem, searchKey } from '../../text/arabic.js';
import { loadWordList } from '../../clean/repair.js';
import { readLexicon } from '../../lexicon.js';
import { nameWordsSchema } from '../../lexicon-schemas.js';
import type { Token } from '../../text/segment.js';
import { cliticCandidates, type Candidate } from '../ner/clitics.js';
import type { WordInfo } from '../ner/features.js';
import type { EntityType, Lexicons } from '../ner/lexicon.js';
import type { LoadedModel } from '../ner/tagger.js';

export interface Cand {
  i: number;
  j: number; // exclusive token index
  type: EntityType;
  key: string;
  strip: number;
  score: number;
}

export interface Sentence {
  toks: Token[];
  words: string[];
  infos: WordInfo[];
  keys: string[];
  tags: string[];
  cands: Cand[];
  /** 1 for words inside a title ("وزير الخارجية الروسي"): not organisations of their own */
  inTitle: Uint8Array;
  lex: Lexicons;
  model: LoadedModel;
}

/**
 * Source bonuses, added to a candidate's length in words to give its score: overlaps go to the
 * longer span, and a bonus over one word lets a surer source beat a span one word longer. A listed
 * name and a name after a role are surest; a facility named after a place (مطار حلب) beats the bare
 * place inside it; a pattern (head + name) beats a title + given name, which beats the tagger.
 */
export const LEXICON_BONUS = 1.5;
export const ROLE_PERSON_BONUS = 1.5;
export const FACILITY_BONUS = 1.2;
export const PATTERN_BONUS = 1;
export const TITLE_NAME_BONUS = 0.8;
export const TAGGER_BONUS = 0;

/** Record a candidate; longer spans and stronger sources (bonus) win the overlaps. */
export function addCand(s: Sentence, c: Omit<Cand, 'score'>, bonus: number): void {
  // written out, not spread: the callers' objects have several shapes, which makes a spread slow
  s.cands.push({ i: c.i, j: c.j, type: c.type, key: c.key, strip: c.strip, score: c.j - c.i + bonus });
}

/** Whether a candidate is the tagger's (the one source without a bonus). */
export function fromTagger(c: Cand): boolean {
  return c.score === c.j - c.i + TAGGER_BONUS;
}

// Words that never continue a name after a head (time words, relatives, pronouns, function words).
export const STOP = new Set(
  readLexicon('name-words', nameWordsSchema).stops.flatMap((group) => group.words.map(searchKey)),
);

export const ARABIC_WORD = /^[\u0621-\u064A\u0671-\u06D3]+$/;

/** Whether the key is a word the system knows as a whole (training vocabulary or a lexicon). */
export function known(key: string, lex: Lexicons, vocab: Set<string>): boolean {
  return vocab.has(key) || lex.wordClass.has(key) || lex.phrases.has(key);
}

/** The reading of a word with its proclitics taken off when that gives a known word. */
export function bestReading(word: string, lex: Lexicons, vocab: Set<string>): Candidate {
  return bestOf(cliticCandidates(word), lex, vocab);
}

/**
 * bestReading of word k of the sentence, from the readings its record already holds (the same
 * cliticCandidates, which each call would otherwise make again).
 */
export function bestReadingAt(s: Sentence, k: number): Candidate {
  return bestOf(s.infos[k].readings, s.lex, s.model.vocab);
}

function bestOf(cands: Candidate[], lex: Lexicons, vocab: Set<string>): Candidate {
  // "للقوات" is ل + القوات, whatever the vocabulary says (NewsFANE keeps لل words whole)
  const article = cands.find((c) => c.key.startsWith('ال') && cands[0].key.startsWith('لل'));
  if (article) return article;
  if (known(cands[0].key, lex, vocab)) return cands[0];
  return cands.find((c) => c.strip > 0 && known(c.key, lex, vocab)) ?? cands[0];
}

// a present-tense prefix and an object pronoun suffix: the shape of a verb, never of a name
// (يخسرها، تدعمهم), or a past plural with one (اختصوه)
export const VERB_WITH_OBJECT = /^[يتن].{2,}(ها|هم|هما|هن|كم|نا)$|.{3,}و(ه|ها|هم|هما)$/;

/** Uses in the news word list that make a word common (a name rarely follows ب / ل this often). */
export const COMMON_IN_NEWS = 50;

/** ب / ل + a word the system knows (or its stem), while the whole is unknown: "بمنطقتي". */
export function prepositionalPhrase(s: Sentence, k: number): boolean {
  const { keys, infos, lex, model } = s;
  const w = keys[k];
  if (!/^[بل]/.test(w) || w.length < 4 || known(w, lex, model.vocab)) return false;
  const rest = w.slice(1);
  return (
    known(rest, lex, model.vocab) ||
    known(infos[k].stem, lex, model.vocab) ||
    known(lightStem(rest), lex, model.vocab) ||
    loadWordList().count(s.words[k].slice(1)) >= COMMON_IN_NEWS
  );
}

export function matchFrom(keys: string[], from: number, phrase: string[]): boolean {
  if (from + phrase.length - 1 > keys.length) return false;
  for (let k = 1; k < phrase.length; k++) if (keys[from + k - 1] !== phrase[k]) return false;
  return true;
}
