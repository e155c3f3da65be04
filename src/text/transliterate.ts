// Romanization of Arabic names: a simplified ALA-LC scheme (lexicons/transliteration.json says what
// "simplified" means). Used for entity names the lexicons give no English name for, so a reader who
// does not read Arabic sees one stable Latin form per spelling.
import { readLexicon } from '../lexicon.js';
import { transliterationSchema } from '../lexicon-schemas.js';

const lexicon = readLexicon('transliteration', transliterationSchema);

const LETTERS = new Map(lexicon.letters.map((l) => [l.ar, l.lat]));
const WORDS = new Map(lexicon.words.map((w) => [w.ar, w.lat]));

const TATWEEL = /\u0640/g;
const SHADDA = '\u0651';
/** ḥarakāt and other marks: they carry vowels, not consonants */
const MARK = /[\u064b-\u0652\u0670]/;
const LETTER = /[\u0621-\u064a\u067e\u0686\u06a4\u06af]/;
/** letters that stand for a long vowel (or a glide) rather than a consonant */
const VOWEL_LETTERS = new Set(['ا', 'و', 'ي', 'ى', 'آ']);

/** the Latin value of one letter in its context (index i of the word) */
function letterValue(word: string, i: number): string {
  const ch = word[i];
  const prev = i > 0 ? word[i - 1] : '';
  const next = word[i + 1] ?? '';
  const initial = i === 0;
  const afterConsonant = !initial && LETTER.test(prev) && !VOWEL_LETTERS.has(prev);
  switch (ch) {
    case 'ا':
      return initial ? 'a' : 'ā';
    case 'أ':
      return initial ? 'a' : 'ʾ';
    case 'إ':
      // إي is one long ī (إيران -> Īrān)
      if (next === 'ي') return initial ? 'ī' : 'ʾī';
      return initial ? 'i' : 'ʾi';
    case 'آ':
      return initial ? 'ā' : 'ʾā';
    case 'و':
      return afterConsonant && next !== 'ا' && !MARK.test(next) ? 'ū' : 'w';
    case 'ي':
      if (prev === 'إ') return '';
      // the feminine nisba ـية is -īyah in ALA-LC
      if (afterConsonant && next === 'ة') return 'īy';
      return afterConsonant && next !== 'ا' && !MARK.test(next) ? 'ī' : 'y';
    case 'ة':
      return prev === 'ا' ? 'h' : 'ah';
    default:
      return LETTERS.get(ch) ?? ch;
  }
}

/** One word letter by letter: shaddah doubles the consonant before it. */
function romanizeLetters(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length; i++) {
    if (word[i] === SHADDA) {
      out += last;
      continue;
    }
    const value = letterValue(word, i);
    out += value;
    if (!MARK.test(word[i])) last = value;
  }
  return out;
}

function capitalize(s: string): string {
  // skip the ʿ / ʾ marks: ʿAlī, not ʿalī
  const i = s.search(/[a-zāīūḥḍṣṭẓá]/i);
  return i < 0 ? s : s.slice(0, i) + s[i].toUpperCase() + s.slice(i + 1);
}

function romanizeWord(word: string, first: boolean): string {
  const bare = word.replace(/[\u064b-\u0652\u0670]/g, '');
  const known = WORDS.get(bare);
  if (known) return first && known.startsWith('al-') ? known : first ? capitalize(known) : known;
  if (!LETTER.test(word)) return word;
  // li- + the article (للصليب -> lil-Ṣalīb)
  if (bare.length > 3 && bare.startsWith('لل'))
    return 'lil-' + capitalize(romanizeWord(word.slice(2), false));
  // the article: al- + the rest, no sun-letter assimilation (ALA-LC)
  if (bare.length > 3 && bare.startsWith('ال')) {
    const rest = word.slice(word.indexOf('ل') + 1);
    const restBare = rest.replace(/[\u064b-\u0652\u0670]/g, '');
    const restKnown = WORDS.get(restBare);
    return 'al-' + capitalize(restKnown ?? romanizeLetters(rest));
  }
  return capitalize(romanizeLetters(word));
}

/**
 * A name in simplified ALA-LC: "الجبهة الشامية" -> "al-Jabhah al-Shāmīyah", "معن خضر" -> "Maʿn
 * Khiḍr". Latin letters and digits pass through; short vowels appear only where the text writes them
 * or the word is a known name part.
 */
export function transliterate(name: string): string {
  const words = name.replace(TATWEEL, '').trim().split(/\s+/).filter(Boolean);
  return words.map((w, i) => romanizeWord(w, i === 0)).join(' ');
}

/** The scheme's name, for the report's legend and the docs. */
export const TRANSLITERATION_SCHEME = 'simplified ALA-LC';
