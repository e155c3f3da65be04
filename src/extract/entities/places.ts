// Places after a head noun: مدينة / بلدة / حي X -> X; a facility or area named after a place keeps
// its head (مطار حلب، ريف حلب، قلعة حلب) and is a place of its own; حيي X وY gives two places.
import type { Candidate } from '../ner/clitics.js';
import { searchKey } from '../../text/arabic.js';
import { readLexicon } from '../../lexicon.js';
import { nameWordsSchema } from '../../lexicon-schemas.js';
import { nisbaKey } from '../ner/lexicon.js';
import { articleNoun, inflectedWord } from './fragments.js';
import {
  addCand,
  ARABIC_WORD,
  bestReadingAt,
  FACILITY_BONUS,
  known,
  matchFrom,
  PATTERN_BONUS,
  STOP,
  type Sentence,
} from './sentence.js';
import { ruleOn } from './rules.js';

/** Words of an unlisted place name the tagger carries on (حي صلاح الدين): past four it is a clause. */
const TAGGED_PLACE_WORDS = 4;

// heads after which a definite word is a description unless tagged or unknown (منطقة الاشتباكات)
const DESCRIPTIVE_HEADS = new Set(
  readLexicon('name-words', nameWordsSchema).descriptiveHeads.words.map(searchKey),
);

const CAMP_HEADS = new Set(readLexicon('name-words', nameWordsSchema).campHeads.words.map(searchKey));

/** The place named after the head reading at i, recorded as candidates. */
export function addPlaceAfterHead(s: Sentence, i: number, head: Candidate): void {
  const { toks, keys, lex } = s;
  const k = i + 1;
  // "معسكر تركيا", "لمعسكر الاتحاد": a camp held at a listed name is no place of its own ("معسكر
  // لبوزة", unlisted, is the camp's name)
  if (CAMP_HEADS.has(head.key) && s.infos[k].lexReadings.length && ruleOn('camp-before-name')) return;
  const j = placeNameEnd(s, k, head.key, false);
  if (!j) return;
  const nameKey = placeKeyOf(s, k, j);
  if (lex.keepHeads.has(head.key))
    addCand(s, { i, j, type: 'LOC', key: `${head.key} ${nameKey}`, strip: head.strip }, FACILITY_BONUS);
  else addCand(s, { i: k, j, type: 'LOC', key: nameKey, strip: 0 }, PATTERN_BONUS);
  // "حيي باب الحديد وأقيول": a second place after و
  if (lex.dualHeads.has(head.key) && j < toks.length && keys[j].length > 3 && keys[j][0] === 'و') {
    const j2 = placeNameEnd(s, j, head.key, true);
    if (j2) addCand(s, { i: j, j: j2, type: 'LOC', key: placeKeyOf(s, j, j2, 1), strip: 1 }, PATTERN_BONUS);
  }
}

/** End of the place name starting at k (after a head; conj: its first letter is و), 0 if none. */
function placeNameEnd(s: Sentence, k: number, headKey: string, conj: boolean): number {
  const { toks, keys, tags, lex, model } = s;
  const w = conj ? keys[k].slice(1) : keys[k];
  if (!ARABIC_WORD.test(w) || STOP.has(w) || lex.nisbas.has(nisbaKey(w)) || adjectiveLike(s, w)) return 0;
  // a clitic + a known word ("معبر بمحافظة", "سجن للصحافيين") is no name
  const r = bestReadingAt(s, k);
  if (!conj && r.strip > 0 && known(r.key, lex, model.vocab) && !lex.phrases.has(w)) return 0;
  let j = 0;
  // a listed place (longest) or a name that is also a common word (حي صلاح الدين)
  const listed = [...(lex.phrases.get(w) ?? []), ...(lex.weakPhrases.get(w) ?? [])].find(
    (p) => p.type === 'LOC' && matchFrom(keys, k + 1, p.keys),
  );
  if (listed) j = k + listed.keys.length;
  else {
    const bareW = w.startsWith('ال') ? w.slice(2) : w;
    if (lex.placeHeads.has(w) || lex.placeHeads.has(bareW) || model.common.has(w)) return 0;
    const taggedName = tags[k] !== 'O' && !tags[k].endsWith('MISC');
    const definiteOk =
      w.startsWith('ال') && !DESCRIPTIVE_HEADS.has(headKey) && !model.vocab.has(w) && !model.vocab.has(bareW);
    // after a facility head, an unknown word the news writes with the article is a description
    // ("قاعدة إحصائية", "معسكر مغلق", "معسكر رؤيته", "وقاعدة وحوثيين"); after a town's head it may be
    // a name ("محافظة حجة")
    const description =
      lex.keepHeads.has(headKey) &&
      (/^و/.test(w) || inflectedWord(s.words[k]) || (r.strip === 0 && articleNoun(s.words[k])));
    const unknownName = !known(w, lex, model.vocab) && !description;
    if (!(taggedName || unknownName || definiteOk || lex.placePrefixes.has(w))) return 0;
    j = k + 1;
    if (lex.placePrefixes.has(w) && j < toks.length && ARABIC_WORD.test(keys[j])) j++;
    // an indefinite word and a definite noun make one name: "كرم الزيتون", "جسر الشغور"
    else if (j < toks.length && !w.startsWith('ال') && definiteName(s, j)) j++;
  }
  // the tagger carries an unlisted name on ("حي صلاح الدين" tagged as one place), not into adjectives
  while (
    !listed &&
    j < toks.length &&
    j - k < TAGGED_PLACE_WORDS &&
    tags[j] === 'I-LOC' &&
    ARABIC_WORD.test(keys[j]) &&
    !STOP.has(keys[j]) &&
    !lex.nisbas.has(nisbaKey(keys[j])) &&
    !adjectiveLike(s, keys[j])
  )
    j++;
  if (j < toks.length && lex.placeSuffixes.has(keys[j])) j++;
  return j;
}

/** A known word ending in ي (استراتيجي، جنوبي، الشرقي) reads as an adjective after a place. */
function adjectiveLike(s: Sentence, w: string): boolean {
  return w.endsWith('ي') && known(w, s.lex, s.model.vocab) && !s.lex.phrases.has(w);
}

/** A definite noun that names (not an adjective: feminine المحاصرة, nisba-like الشرقي, common الواقع). */
function definiteName(s: Sentence, j: number): boolean {
  const { keys, tags, lex, model } = s;
  const w = keys[j];
  return (
    /^ال..+[^ه]$/.test(w) &&
    !STOP.has(w) &&
    !lex.nisbas.has(nisbaKey(w)) &&
    !lex.phrases.has(w) &&
    !model.common.has(w) &&
    !adjectiveLike(s, w) &&
    !tags[j].startsWith('B-')
  );
}

/** Key of the place words [k, j): a listed place's canonical key, or the words' keys. */
function placeKeyOf(s: Sentence, k: number, j: number, strip = 0): string {
  const { keys, lex } = s;
  const first = keys[k].slice(strip);
  const listed = (lex.phrases.get(first) ?? []).find(
    (p) => p.keys.length === j - k && matchFrom(keys, k + 1, p.keys),
  );
  return listed ? listed.canon : [first, ...keys.slice(k + 1, j)].join(' ');
}

/**
 * A list of places joined by و: a one-word item between two places ("صنعاء وحجة ومأرب"), or last
 * after two ("ولحج وتعز وأبين."), is a place too, unless it is a common or function word.
 */
export function addListedPlaces(s: Sentence): void {
  const { toks, words, keys, infos, cands, model } = s;
  const n = toks.length;
  const locEnd = new Uint8Array(n + 1); // 1 where a place candidate ends (exclusive end index)
  const locStart = new Uint8Array(n + 1); // 1 where a place starts, 2 where it starts after و
  for (const c of cands)
    if (c.type === 'LOC') {
      locEnd[c.j] = 1;
      // "وحجة" is و + حجة; "وادي عقان" starts with the letter, no conjunction
      locStart[c.i] = Math.max(locStart[c.i], c.strip > 0 ? 2 : 1);
    }
  for (let k = 1; k < n; k++) {
    if (!locEnd[k] || locStart[k] || !/^و/.test(keys[k]) || !infos[k].arabic) continue;
    const bare = keys[k].slice(1);
    if (bare.length < 3 || STOP.has(bare) || model.common.has(bare) || inflectedWord(words[k])) continue;
    const before = keys[k - 1];
    const nextPlace = k + 1 < n && locStart[k + 1] === 2 && /^و/.test(keys[k + 1]);
    // the last item: two places before it (the one ending at k joined by و to another)
    const lastItem = (k + 1 >= n || !infos[k + 1].arabic) && /^و/.test(before) && k >= 2 && locEnd[k - 1];
    if (nextPlace || lastItem)
      addCand(s, { i: k, j: k + 1, type: 'LOC', key: bare, strip: 1 }, PATTERN_BONUS);
  }
}
