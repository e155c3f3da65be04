// Where the organisation-head pattern (وزارة / لجنة / نادي + definite words, patterns.ts) gives way
// to the beam tagger: the tagger names the head and ends the name earlier, or reads the same words
// as a place, or is silent on a head and one common noun. Measured on training files left out of the
// tagger's training (docs/ner-rounds.md, round nineteen): the pattern ran over what follows a body's
// name (وزارة الصحة [التأكيد]، نادي الاتحاد [التعاقد]، حزب المحافظين [الحاكم]) where the tagger stopped.
import { readLexicon } from '../../lexicon.js';
import { nameWordsSchema } from '../../lexicon-schemas.js';
import { searchKey } from '../../text/arabic.js';
import { nisbaKey } from '../ner/lexicon.js';
import { ruleOn } from './rules.js';
import type { Sentence } from './sentence.js';

const FIELD_HEADS = new Set(readLexicon('name-words', nameWordsSchema).fieldHeads.words.map(searchKey));

// a definite adjective in the shape of a nisba (الجوية، الوطني، الماليزية): grammar, so in code
const DEFINITE_NISBA = /^ال.{2,}(ي|يه)$/;
// a definite feminine word (المستقلة): after a feminine head (هيئة، وزارة) it may be its adjective
const DEFINITE_FEMININE = /^ال.{2,}ه$/;

/**
 * Whether word k may be an adjective of the body headed by `headKey`: a nisba of the lexicon or in
 * its shape, or, after a feminine head, a definite feminine word ("هيئة تنسيق الإغاثة المستقلة").
 */
function adjectiveOfBody(s: Sentence, k: number, headKey: string): boolean {
  const key = s.keys[k];
  if (s.lex.nisbas.has(nisbaKey(key)) || DEFINITE_NISBA.test(key)) return true;
  return headKey.endsWith('ه') && DEFINITE_FEMININE.test(key);
}

/**
 * Where the pattern's body [i, j) ends when the tagger names a name from its head: the tagger's end,
 * and after it only adjectives of the body ("[حزب العمال] الاسترالي الداعمة" -> حزب العمال
 * الاسترالي; "[نادي الاتحاد] التعاقد" -> نادي الاتحاد), none after a proper name ("[جامعة أوتاوا]
 * الكندية": a country's adjective after a name stays out, as in the news' gold); -1 when the tagger
 * reads the same words as a place ("قناة السويس": the canal, not a channel); j when it names none.
 */
export function taggerBodyEnd(s: Sentence, i: number, j: number, headKey: string): number {
  const { tags, keys, model } = s;
  if (!ruleOn('org-head-tagger-end') || !tags[i].startsWith('B-') || tags[i] === 'B-MISC') return j;
  let e = i + 1;
  while (e < tags.length && tags[e] === `I-${tags[i].slice(2)}`) e++;
  if (e >= j) return e === j && tags[i] === 'B-LOC' ? -1 : j;
  // a word of the tagger's name without the article that the news does not use mostly outside
  // names is a proper name ("أوتاوا"; not "منظمات" of "اتحاد منظمات الصحافيين"): what follows
  // describes it
  for (let k = i + 1; k < e; k++) if (!DEFINITE.test(keys[k]) && !model.common.has(keys[k])) return e;
  while (e < j && adjectiveOfBody(s, e, headKey)) e++;
  return e;
}

// a definite word, also after و or as ل + the article (والاستيراد، للأسر)
const DEFINITE = /^(و?ال|لل|ولل)/;

/**
 * A head of type ORG and one definite common noun the tagger leaves out ("مجلس الإدارة"، "هيئة
 * التدريس"، "لجنة الحكام"، "حركة السير"): a body described by its task, or the word's other sense
 * (movement, organising), which the news' gold leaves out; an adjective after the noun, or a
 * newspaper's or group's head, keeps the pattern, and so does a head whose body is one of its kind,
 * named by its field (name-words.json fieldHeads: وزارة التخطيط، محكمة الاستئناف).
 */
export function silentCommonBody(s: Sentence, i: number, j: number, type: string, headKey: string): boolean {
  if (!ruleOn('org-head-silent-noun') || type !== 'ORG' || j !== i + 2 || FIELD_HEADS.has(headKey))
    return false;
  const { tags, keys } = s;
  if (tags[i] !== 'O' || tags[i + 1] !== 'O') return false;
  const key = keys[i + 1];
  return key.startsWith('ال') && !DEFINITE_NISBA.test(key) && !s.lex.nisbas.has(nisbaKey(key));
}
