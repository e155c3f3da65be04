// Candidates into mentions: by score, without overlaps, one-word fragments refused.
import { readLexicon } from '../../lexicon.js';
import { monthsSchema } from '../../lexicon-schemas.js';
import { searchKey } from '../../text/arabic.js';
import type { Token } from '../../text/segment.js';
import { surfaceOffset } from '../ner/clitics.js';
import type { WordInfo } from '../ner/features.js';
import { inflectedWord } from './fragments.js';
import { nisbaKey } from '../ner/lexicon.js';
import type { EntityMention } from './mention.js';
import { personWord } from './persons.js';
import { fromTagger, LEXICON_BONUS, type Cand, type Sentence } from './sentence.js';
import { ruleOn } from './rules.js';

/**
 * Letters to leave out of a mention's span. After "لل" ("للأمم المتحدة") the span keeps both lams:
 * cutting between them would show a word that is not written ("لأمم"); the key has the article back.
 */
function spanStrip(word: string, strip: number, key: string): number {
  if (strip > 0 && key.startsWith('ال') && searchKey(word).slice(strip - 1, strip + 1) === 'لل')
    return strip - 1;
  return strip;
}

/** A bonus over every rule's (LEXICON_BONUS and the others), for the tagger-first measurement. */
const TAGGER_FIRST = 2;

/** Candidates by score (length + source bonus) into mentions without overlaps; the words left free. */
export function chooseMentions(
  s: Sentence,
  text: string,
  article: string,
  out: EntityMention[],
  free: { tok: Token; info: WordInfo }[],
): void {
  const { toks, words, infos, cands } = s;
  if (ruleOn('prefer-longer')) preferLongerTaggerSpans(s, cands);
  // measurement only: with 'rule-priority' off the tagger's spans win every overlap
  if (ruleOn('tagger-inside-lexicon')) taggerInsideLexicon(s, cands);
  if (!ruleOn('rule-priority')) for (const c of cands) if (fromTagger(c)) c.score += TAGGER_FIRST;
  cands.sort((a, b) => b.score - a.score || a.i - b.i);
  const taken = new Uint8Array(toks.length);
  for (const c of cands) {
    if (fragment(s, c)) continue;
    let free = true;
    for (let k = c.i; k < c.j && free; k++) if (taken[k]) free = false;
    if (!free) continue;
    for (let k = c.i; k < c.j; k++) taken[k] = 1;
    const start = toks[c.i].start + surfaceOffset(words[c.i], spanStrip(words[c.i], c.strip, c.key));
    const end = toks[c.j - 1].end;
    out.push({ article, start, end, text: text.slice(start, end), type: c.type, key: c.key });
  }
  for (let k = 0; k < toks.length; k++)
    if (!taken[k] && infos[k].arabic) free.push({ tok: toks[k], info: infos[k] });
}

/**
 * Gregorian month names of one word and four letters or more (lexicons/months.json): "(آذار)" after
 * "مارس" is a date's word, never a place or person. Shorter forms are names too (ماي, آب).
 */
const MONTHS = new Set(
  readLexicon('months', monthsSchema)
    .gregorian.flatMap((m) => m.forms)
    .filter((f) => !f.includes(' ') && f.length >= 4)
    .map(searchKey),
);

/**
 * One word from any source (tagger, head + word, title + word) that is an inflected common word
 * ("سيحتاج", "عبرت", "عودته", "منطقة نائية", "بشن") or a month name, and that no list names.
 */
function fragment(s: Sentence, c: Cand): boolean {
  if (c.j - c.i !== 1) return false;
  const k = c.i;
  if (c.type === 'LOC' && ruleOn('nisba-after-definite') && nisbaAfterDefinite(s, k)) return true;
  if (knownName(s, c.key) || knownName(s, s.keys[k])) return false;
  if (MONTHS.has(c.key) && ruleOn('months')) return true;
  return s.infos[k].arabic && ruleOn('inflected-fragment') && inflectedWord(s.words[k], c.type === 'PER');
}

/**
 * A place written like a nisba adjective ("السعودية") right after a definite feminine noun or -ات
 * plural that no list names is the adjective ("المرأة السعودية", "الجامعات السعودية"): a noun
 * before a name in a genitive has no article, and a masculine one would not take a feminine
 * adjective ("زار الوفد السعودية"). Not with a proclitic ("الأردن والسعودية").
 */
function nisbaAfterDefinite(s: Sentence, k: number): boolean {
  const { keys, lex } = s;
  return (
    k > 0 &&
    lex.nisbas.has(nisbaKey(keys[k])) &&
    /^(ال|وال|بال|فال|كال|لل).*(ه|ات)$/.test(keys[k - 1]) &&
    !lex.phrases.has(keys[k - 1]) &&
    !lex.wordClass.has(keys[k - 1])
  );
}

/**
 * A listed name (LEXICON_BONUS) around a shorter span of the tagger's loses to it: the beam tagger
 * leaves a head or an adjective out of the name as the news' gold does ("حركة [طالبان]", "إقليم
 * [كردستان]", "[حزب الله] اللبناني"); the span's own key still finds the listed name.
 */
function taggerInsideLexicon(s: Sentence, cands: Cand[]): void {
  for (let m = cands.length - 1; m >= 0; m--) {
    const l = cands[m];
    // "حمص القديمة": the old city (a place suffix after the listed place) is a place of its own
    if (s.lex.placeSuffixes.has(s.keys[l.j - 1])) continue;
    // (a person after a role has the same bonus: persons are left to the person rules)
    // (and an outlet keeps its head: "صحيفة الوطن" is the newspaper)
    if (l.type === 'PER' || l.type === 'MEDIA' || l.score - (l.j - l.i) !== LEXICON_BONUS) continue;
    // of the same class: "جبهة [الضباب] والطريق الثالث" is a group named after a place
    const cls = l.type === 'LOC' ? 'LOC' : 'ORG';
    let inside = false;
    for (const t of cands)
      if (fromTagger(t) && l.i <= t.i && t.j <= l.j && t.j - t.i < l.j - l.i && classOf(t) === cls)
        inside = true;
    if (inside) cands.splice(m, 1);
  }
}

/** LOC, PER or ORG (bodies, groups and media). */
const classOf = (c: Cand): string => (c.type === 'LOC' || c.type === 'PER' ? c.type : 'ORG');

/** A key some lexicon or the corpus's person words name. */
function knownName(s: Sentence, key: string): boolean {
  return s.lex.phrases.has(key) || s.lex.wordClass.has(key) || personWord(key, s.lex, s.model);
}

/**
 * A tagger span that holds a surer candidate (lexicon, pattern, role) takes that candidate's bonus,
 * so the longer name wins: "ريال مدريد" over the listed "مدريد", "أمانة القصيم" over "القصيم",
 * "مطار عدن الدولي" over "مطار عدن". Not when a surer candidate covers the whole span (مملكة
 * البحرين), when the span adds a country adjective after it (it stays out of a name: "نادي اتحاد
 * جدة السعودي"), nor an adverb with tanween ("سعود مسرعًا"). Measured on a training file left out of
 * the tagger's training, judged on the development files (docs/ner-rounds.md, round thirteen).
 */
function preferLongerTaggerSpans(s: Sentence, cands: Cand[]): void {
  const bonus = cands.map((c) => c.score - (c.j - c.i));
  for (const c of cands) {
    if (!fromTagger(c)) continue;
    let inner: Cand | undefined;
    let best = 0;
    let covered = false;
    for (const [m, d] of cands.entries()) {
      if (bonus[m] > 0 && d.i <= c.i && c.j <= d.j) covered = true;
      if (bonus[m] > best && c.i <= d.i && d.j <= c.j && d.j - d.i < c.j - c.i) {
        best = bonus[m];
        inner = d;
      }
    }
    // (an adjective of no country, "مطار عدن الدولي", is a word of the name)
    const nisba = s.lex.nisbas.get(nisbaKey(s.keys[c.j - 1]));
    const countryAdjective = nisba !== undefined && (nisba !== '' || !ruleOn('longer-international'));
    if (!inner || covered || (inner.j < c.j && countryAdjective)) continue;
    let adverb = false;
    for (let k = c.i; k < c.j; k++)
      if ((k < inner.i || k >= inner.j) && /\u064B/.test(s.words[k])) adverb = true;
    if (adverb) continue;
    c.score += best;
  }
}
