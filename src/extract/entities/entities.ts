// Named-entity mentions of one article: lexicon names (outlets, organisations, armed groups,
// places, countries, people), patterns (وكالة X، مدينة X، الخارجية الروسية، title + name) and the
// statistical tagger, merged so that each stretch of text gets at most one mention.
// Spans are clitic-aware: "لوكالة الصحافة الفرنسية" starts at "وكالة", "وروسيا" at "روسيا".
import type { EntityMention } from './mention.js';
import { addDottedAbbreviation } from './abbreviations.js';
import { phraseKey } from '../../text/arabic.js';
import { splitSentences, type Range, type Token } from '../../text/segment.js';
import { titleEnd, type WordInfo } from '../ner/features.js';
import { articleWords } from '../ner/article-words.js';
import { lexicons } from '../ner/lexicon.js';
import { shippedModel, tagWords, type LoadedModel } from '../ner/tagger.js';
import { chooseMentions } from './choose.js';
import { addPatterns } from './patterns.js';
import { addPersonEdges } from './person-edges.js';
import { addSpeakerNames } from './speaker-names.js';
import { addStateNames } from './state-names.js';
import { addListedPlaces } from './places.js';
import { addRolePersons } from './persons.js';
import { addRepeatedNames, addSurnames } from './repeated.js';
import { extendPartialNames } from './name-extend.js';
import type { Cand, Sentence } from './sentence.js';
import { addTaggerSpans } from './tagger-spans.js';
import { sentenceTokens } from './tokens.js';
import { ruleOn } from './rules.js';

export type { EntityType } from '../ner/lexicon.js';

export type { EntityMention } from './mention.js';

/** Entity mentions of one article, in text order. */
export function findEntityMentions(
  text: string,
  article: string,
  sentences?: Range[],
  model: LoadedModel = shippedModel(),
): EntityMention[] {
  const lex = lexicons();
  const out: EntityMention[] = [];
  const free: { tok: Token; info: WordInfo }[] = []; // words left outside every mention
  const ranges = sentences ?? splitSentences(text);
  const all = articleWords(text, ranges);
  for (let r = 0; r < ranges.length; r++) {
    const { toks, infos } = sentenceTokens(text, ranges[r], all[r]);
    if (!toks.length) continue;
    const words = toks.map((t) => t.text);
    const keys = infos.map((x) => x.key);
    const tags = tagWords(words, model, infos);
    const cands: Cand[] = [];
    // words inside a title ("وزير الخارجية الروسي") are not organisations of their own
    const inTitle = new Uint8Array(toks.length);
    for (let i = 0; i < toks.length; i++) {
      if (!infos[i].titleReadings.length) continue;
      const e = titleEnd(keys, words, i, infos);
      for (let k = i + 1; k < e; k++) inTitle[k] = 1;
    }
    const s: Sentence = { toks, words, infos, keys, tags, cands, inTitle, lex, model };
    for (let i = 0; i < toks.length; i++) if (infos[i].arabic || infos[i].latin) addPatterns(s, i);
    for (let i = 0; i + 1 < toks.length; i++)
      if (keys[i + 1] === '.' && ruleOn('dotted-abbrev')) addDottedAbbreviation(s, i);
    if (ruleOn('state-names')) addStateNames(s);
    if (ruleOn('tagger')) addTaggerSpans(s);
    // a person after a role and the body it speaks for: "المتحدث باسم وزارة ... بهرام قاسمي"
    if (ruleOn('role-persons')) addRolePersons(s);
    // "في صنعاء وحجة ومأرب": a word in a list of places is a place
    if (ruleOn('listed-places')) addListedPlaces(s);
    if (ruleOn('speaker-names')) addSpeakerNames(s);
    if (ruleOn('person-edges')) addPersonEdges(s);
    chooseMentions(s, text, article, out, free);
  }
  // document-level consistency: part of a full name widened to it, names of two words again,
  // surnames, then rare one-word names
  let left = ruleOn('extend-partial') ? without(free, extendPartialNames(out, free, text)) : free;
  if (ruleOn('repeated')) left = without(left, addRepeatedNames(out, left, text, article, lex, model, false));
  if (ruleOn('surnames')) left = without(left, addSurnames(out, left, text, article, lex, model));
  if (ruleOn('repeated-one')) addRepeatedNames(out, left, text, article, lex, model, true);
  return out.sort((a, b) => a.start - b.start);
}

/** The words not used by a pass (the same array when it used none). */
function without<T>(words: T[], used: Set<number>): T[] {
  return used.size ? words.filter((_, k) => !used.has(k)) : words;
}

/** Normalised key of a name written in text (search keys, spaces collapsed). */
export const nameKey = (name: string): string => phraseKey(name);
