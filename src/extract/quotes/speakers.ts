// Speaker noun phrases: where they end, what kind of speaker they name, and their role.
import { lexicons } from '../ner/lexicon.js';
import {
  PUNCT,
  PUNCT_NO_QUOTES,
  channelAt,
  channelIntros,
  fixedBWords,
  headInfo,
  isAdjective,
  isComplementiser,
  isDateWord,
  isMasdar,
  isNameParticle,
  isStop,
  namedQuoteIntros,
  anonymityOpeners,
  notSpeakers,
  topicShifts,
  nounPhraseLinks,
  participleNegators,
  OPEN_QUOTE,
  quantifiers,
  statementContextAt,
  type SpeakerKind,
  type Tok,
} from './words.js';

export interface NPOptions {
  /** stop where definiteness switches (الجيش الحر | ايران): used when the verb takes a bare object */
  objectSplit?: boolean;
  /** the verb's prepositions, written as search keys (ب is a prefix) */
  preps?: readonly string[];
  /** true for a cue test on a token */
  isCue?: (t: Tok) => boolean;
  maxLen?: number;
  /** quote marks may sit inside the phrase (وكالة "رويترز" للأنباء) */
  quotesInside?: boolean;
}

/**
 * Words a speaker phrase may span by default: a title, a name and an affiliation ("المتحدث باسم
 * وزارة الخارجية الروسية ماريا زاخاروفا") fit in nine; longer runs are the statement itself.
 */
const NP_MAX_WORDS = 9;
/** Name words kept after a title under objectSplit (الرئيس الإيراني حسن روحاني). */
const NAME_AFTER_TITLE_WORDS = 2;

/**
 * End (exclusive token index) of the noun phrase that starts at `i`. It ends at a complementiser,
 * punctuation, a channel (لوكالة), a date word, a preposition that opens the content, or another cue.
 * في/من continue it only before a definite word (مسؤول في الجبهة، نشطاء من المعارضة).
 */
export function nounPhraseEnd(toks: Tok[], i: number, limit: number, o: NPOptions = {}): number {
  const max = Math.min(limit, i + (o.maxLen ?? NP_MAX_WORDS));
  let j = i;
  let allDefinite = true;
  let roleHead = false;
  while (j < max) {
    const t = toks[j];
    if (endsPhrase(toks, i, j, o)) break;
    if (isStop(t)) {
      if (!linksThrough(toks, i, j)) break;
      j += 2;
      continue;
    }
    const quoted = quotedNameEnd(toks, j, limit);
    if (quoted >= 0) {
      j = quoted;
      continue;
    }
    if (o.objectSplit && j > i && secondActor(toks, j)) break;
    if (o.objectSplit && j > i && allDefinite && !t.al && !isNameParticle(t) && t.bare[0] !== 'ب') {
      // a title keeps the name that follows it (الرئيس الإيراني حسن روحاني); anything else ends here
      if (!roleHead || headInfo(t)) break;
      return nameAfterTitleEnd(toks, j, max);
    }
    if (j === i) roleHead = headInfo(t)?.role === true;
    if (!t.al) allDefinite = false;
    j++;
  }
  return j;
}

/** Punctuation, a complementiser, a date word, a cue, a channel or the verb's preposition at j. */
function endsPhrase(toks: Tok[], i: number, j: number, o: NPOptions): boolean {
  const t = toks[j];
  const punct = o.quotesInside ? PUNCT_NO_QUOTES : PUNCT;
  // "د. سمير": the stop after a one-letter title does not end the phrase
  if (j > i && punct.test(t.gap) && !(t.gap.trim() === '.' && toks[j - 1].raw.length === 1)) return true;
  if (isComplementiser(t) || isDateWord(t)) return true;
  // "مصادر غير مؤكدة": a negated participle describes the speaker and does not end it
  if (o.isCue?.(t) && !(j > i && participleNegators.has(toks[j - 1].bare))) return true;
  // "الوزير أول من أمس"، "مصدر عسكري قوله": a time word or the cue's verbal noun is never part of a speaker
  if (j > i && (notSpeakers.has(t.key) || notSpeakers.has(t.bare))) return true;
  // "مصدر أمني طالبا عدم كشف هويته": an aside asking for anonymity follows the speaker
  if (j > i && anonymityOpeners.has(t.bare)) return true;
  // "يرى المقداد بدوره أن": a one-word transition (بدوره، بدورها) follows the speaker
  if (j > i && topicShifts.has(t.key)) return true;
  if (channelAt(toks, j) >= 0 || statementContextAt(toks, j)) return true;
  return Boolean(o.preps && j > i && opensPrep(t, o.preps));
}

/** في/من at j continue the phrase before a definite word (not a channel intro or a date). */
function linksThrough(toks: Tok[], i: number, j: number): boolean {
  const t = toks[j];
  const n = toks[j + 1];
  return Boolean(
    j > i &&
    nounPhraseLinks.has(t.key) &&
    n &&
    !PUNCT.test(n.gap) &&
    (n.al || (t.key === 'في' && headInfo(n) !== undefined)) &&
    !channelIntros.has(n.base) &&
    !isDateWord(n),
  );
}

/** A quoted name after باسم / بعنوان belongs to the phrase: the token that closes it, else -1. */
function quotedNameEnd(toks: Tok[], j: number, limit: number): number {
  const t = toks[j];
  if (!namedQuoteIntros.has(t.bare) || !toks[j + 1] || !OPEN_QUOTE.test(toks[j + 1].gap)) return -1;
  let k = j + 2;
  while (k < limit && !/[»"”]/.test(toks[k].gap)) k++;
  return k < limit ? k : -1;
}

/** "الحكومة المعارضة": a second definite actor after a complete definite phrase starts the object. */
function secondActor(toks: Tok[], j: number): boolean {
  const t = toks[j];
  return Boolean(
    t.al &&
    toks[j - 1].al &&
    t.key === t.bare &&
    !/(ي|يه|يين|يون)$/.test(t.noAl) &&
    headInfo(t) &&
    !headInfo(t)?.role,
  );
}

/** The end of the name after a title: up to two undefined words that are no head, stop or clause break. */
function nameAfterTitleEnd(toks: Tok[], j: number, max: number): number {
  let k = j;
  while (
    k < max &&
    k < j + NAME_AFTER_TITLE_WORDS &&
    !toks[k].al &&
    !headInfo(toks[k]) &&
    !isStop(toks[k]) &&
    !PUNCT.test(toks[k].gap)
  )
    k++;
  return k;
}

/**
 * Where a cue verb's nominal object starts inside the phrase [a, e): the first verbal noun after a
 * complete speaker head (أعلن وزير الداخلية | سقوط ...، أكدت مصادر طبية | مقتل ...), or e when none.
 * A head is complete after a definite word, an adjective or a proper name; after an undefined noun
 * the verbal noun is its genitive (مدير إدارة الإعلام، هيئة تحرير الشام) and the phrase goes on.
 * Near a complementiser the word is more likely a name (أكدت الناشطة إيمان علي أن): no cut.
 */
/** A complementiser or quote within three words after the word makes it a name (إيمان علي أن). */
const NAME_BEFORE_AN_REACH = 3;

export function masdarCut(toks: Tok[], a: number, e: number): number {
  const first = toks[a];
  // "نفي إلقاء القبض": a verbal noun read as the cue has no speaker to cut
  if (!headInfo(first) && !(definite(first) && first.key.length > 3)) return e; // not إلا
  if (isStop(first) || isMasdar(first)) return e;
  for (let k = a + 1; k < e; k++) {
    const t = toks[k];
    const kind = isMasdar(t);
    if (!kind) continue;
    const prev = toks[k - 1];
    const complete = definite(prev) || isAdjective(prev) || headInfo(prev)?.proper === true;
    if (!complete) continue;
    // right after a title a patterned word may be a name (اللاعب مدالله، الرئيس انتصار)
    if (kind === 'pattern' && (headInfo(prev)?.role || (isAdjective(prev) && headInfo(toks[k - 2])?.role)))
      continue;
    for (let m = k + 1; m < toks.length && m <= k + NAME_BEFORE_AN_REACH; m++) {
      if (isComplementiser(toks[m]) || OPEN_QUOTE.test(toks[m].gap)) return e;
      if (PUNCT.test(toks[m].gap)) break;
    }
    return k;
  }
  return e;
}

/** Carries the article for sure: "وكالة" fits و+ك+ال but is one word. */
function definite(t: Tok): boolean {
  return t.al && t.noAl !== t.key;
}

/** Does this token open the verb's content with one of its prepositions (إلى، عن، بإجلاء)? */
export function opensPrep(t: Tok, preps: readonly string[]): boolean {
  for (const p of preps) {
    if (p === 'ب') {
      if (t.bare[0] === 'ب' && t.bare.length > 3 && !fixedBWords.has(t.bare) && !headInfo(t)) return true;
    } else if (t.bare === p || t.key === p) return true;
  }
  return false;
}

export interface SpeakerRead {
  kind: SpeakerKind;
  /** title before the name (وزير الخارجية الإيراني) when the phrase names a person */
  role?: string;
}

/** Kind of the speaker named by tokens [a, b). */
export function classifySpeaker(toks: Tok[], a: number, b: number): SpeakerRead {
  // عدد من الفصائل / بعض المصادر: the kind of the counted noun
  if (quantifiers.has(toks[a].bare) && a + 1 < b) {
    const k = toks[a + 1].key === 'من' && a + 2 < b ? a + 2 : a + 1;
    const inner = headInfo(toks[k]);
    return { kind: inner && !inner.role ? inner.kind : 'anonymous' };
  }
  const head = headInfo(toks[a]);
  if (!head) {
    // an unknown word alone is most often a family name (النعيمي، قاسمي); a longer definite phrase an institution
    if (isNameParticle(toks[a]) || !toks[a].al || b - a === 1) return { kind: 'named' };
    return { kind: 'organization' };
  }
  if (!head.role) return { kind: head.kind };
  // a title followed by a run of undefined, non-adjective words: a person's name
  const tail = nameTailStart(toks, a + 1, b);
  if (tail < b) return { kind: 'named', role: tail > a ? spanText(toks, a, tail) : undefined };
  return { kind: head.kind };
}

/** Start of the trailing person's name in [from, b), or b when there is none. */
export function nameTailStart(toks: Tok[], from: number, b: number): number {
  let s = b;
  while (s > from) {
    const t = toks[s - 1];
    if (t.al && !(s - 2 >= from && isNameParticle(toks[s - 2]))) break;
    if (headInfo(t) && !isNameParticle(t)) break;
    if (isStop(t)) break;
    s--;
  }
  if (s === b) return b;
  // a tail of adjectives only (مسؤول عسكري أميركي) is no name
  let name = false;
  for (let k = s; k < b; k++) if (!isAdjective(toks[k]) || isNameParticle(toks[k])) name = true;
  return name ? s : b;
}

export function spanText(toks: Tok[], a: number, b: number): string {
  let s = toks[a].raw;
  for (let k = a + 1; k < b; k++) s += ' ' + toks[k].raw;
  return s;
}

/**
 * "وأكدت حلب": a word the entity lexicons know only as a place (a city, a district) names no one.
 * States and capitals that stand for governments (دمشق، موسكو) are speaker heads and stay speakers.
 */
export function isPlaceOnly(t: Tok): boolean {
  if (headInfo(t)) return false;
  const classes = lexicons().wordClass.get(t.key) ?? lexicons().wordClass.get(t.noAl);
  return classes !== undefined && classes.length > 0 && classes.every((c) => c.startsWith('LOC'));
}
