// Words that are inflected forms of common words, never a name by themselves: a verb with its
// future or tense affixes (سيحتاج، عبرت، أطلقوا), a noun with a pronoun (عودته، مدتها), an indefinite
// nisba adjective or adverb (رئاسية، ميدانيا), ب + a verbal noun (بشن). Morphology of the language,
// so it stays in code; what makes the bare form "common" is the news word list (lexicons/wordlist.txt.gz).
import { loadWordList } from '../../clean/repair.js';

/** Uses in the news word list that make the bare form a common word. */
const COMMON = 20;
/** A two-letter bare form after ب is short and easily a name's letters: it must be very common. */
const COMMON_SHORT = 150;

/** Uses of the feminine (-ية) that make an indefinite -ي word an adjective ("ميدانية" 251 times). */
const ADJECTIVE_FEMININE = 50;

const MARKS = /[\u064B-\u065F\u0670\u0640]/g;

interface Reading {
  /** the bare form, as the word list writes words */
  bare: string;
  min: number;
}

// each rule: a surface pattern and how to rebuild the bare form from its groups
// (`person`: only for a word called a person; a place or body after a clitic keeps its name: بالخالدية)
const RULES: { re: RegExp; bare: (m: RegExpExecArray) => string; min?: number; person?: boolean }[] = [
  // future: س + a present-tense verb (سيحتاج، ستستأنف، سأجري)
  { re: /^[وف]?س([يتنأ].{3,})$/, bare: (m) => m[1] },
  { re: /^[وف]?س([يتنأ].{2})$/, bare: (m) => m[1], min: 300 },
  // a feminine noun with a pronoun: عودته، مدتها، مقاربتها
  { re: /^(.{2,})ت(ه|ها|هم|هما|هن|ك|كم|نا)$/, bare: (m) => `${m[1]}ة` },
  // a noun or verb with a pronoun: فعالياته، حوائجهم (-ني / -نا only on a verb: names end so too)
  { re: /^(.{3,})(ها|هم|هما|هن|كم|كما|ه)$/, bare: (m) => m[1] },
  { re: /^([يتنأ].{2,})(ني|نا)$/, bare: (m) => m[1] },
  { re: /^(.{2,}و)(ني|نا)$/, bare: (m) => `${m[1]}ا` },
  // a past plural verb: أطلقوا
  { re: /^(.{3,})وا$/, bare: (m) => m[1] },
  // a past feminine verb of three letters: عبرت، شنت (very common roots only: Mart, Gate are names)
  { re: /^(.{3})ت$/, bare: (m) => m[1], min: 300 },
  // an indefinite nisba adjective or adverb: رئاسية، حدودية، ميدانيا، دستوريا
  { re: /^(?!ال)(.{3,}ي)(ة|ا)$/, bare: (m) => m[1] },
  // ب + a verbal noun: بشن، بدعم
  { re: /^[وف]?ب(.{2})$/, bare: (m) => m[1], min: COMMON_SHORT },
  // persons only: ل / ب / و + the article and a noun (للأبحاث، والحلوى; not a nisba surname:
  // والشيشاني), ب + a noun, و + a verb or a verbal noun of the derived forms (ونحمد، واندلاع)
  { re: /^لل(.{3,}[^ي])$/, bare: (m) => `ال${m[1]}`, person: true },
  { re: /^(?:[وف]?[بك]|[وف])(ال.{3,}[^ي])$/, bare: (m) => m[1], person: true },
  { re: /^[وف]?ب(.{3,})$/, bare: (m) => m[1], person: true },
  { re: /^[وف]([يتنأ].{2,}|ا.{2,}ا.)$/, bare: (m) => m[1], min: 30, person: true },
  // persons only: an indefinite adjective in -ي whose feminine is common (ميداني: ميدانية), never a
  // person's name by itself (surnames in -ي have no common feminine: بلاتيني، قاسمي)
  { re: /^(?!ال)(.{3,}ي)$/, bare: (m) => `${m[1]}ة`, min: ADJECTIVE_FEMININE, person: true },
];

function readings(word: string, person: boolean): Reading[] {
  const w = word.replace(MARKS, '');
  const out: Reading[] = [];
  for (const r of RULES) {
    if (r.person && !person) continue;
    const m = r.re.exec(w);
    if (m) out.push({ bare: r.bare(m), min: r.min ?? COMMON });
  }
  return out;
}

/**
 * Whether one word alone is an inflected form of a common word rather than a name. The caller
 * keeps known names (lexicons, person words) out first: "عبده" or "وصالح" are names too.
 */
export function inflectedWord(word: string, person = false): boolean {
  const list = loadWordList();
  return readings(word, person).some((r) => list.count(r.bare) >= r.min);
}

/** Uses of another person of the same present-tense verb that make a word a verb (يعمل for نعمل). */
const OTHER_PERSON_USES = 50;

/**
 * Whether a word starting with ي / ت / ن is a present-tense verb: the same verb with another
 * person's prefix is common in news (نعمل: يعمل). Names do not conjugate: "نقلي", "ياسين".
 */
export function presentVerb(word: string): boolean {
  const w = word.replace(MARKS, '');
  if (!/^[يتن]/.test(w) || w.length < 3) return false;
  const rest = w.slice(1);
  const others = w[0] === 'ي' ? ['ت', 'ن'] : ['ي'];
  const list = loadWordList();
  return others.some((p) => list.count(p + rest) >= OTHER_PERSON_USES);
}

/**
 * Whether a word is a verb by its form: a future (س + a present prefix: ستستدعي) of a common verb,
 * or a present with ي whose other persons are common (يعرف: تعرف). Names spelled with ت or ن
 * first (تومي، نصر) and ف + ي (فيصل) are left alone: "يومي", "يصر", "يصل" are common words too.
 */
export function verbWord(word: string): boolean {
  const w = word.replace(MARKS, '');
  if (/^[وف]?س[يتن]/.test(w)) return inflectedWord(w);
  return w[0] === 'ي' && presentVerb(w);
}

/** Uses with the article in the news word list that make a word a common noun or adjective. */
const ARTICLE_USES = 3;

/**
 * Whether the news writes the word with the article: a common noun or adjective ("الدافع",
 * "المغلق", "الإحصائية"), not a name. Names seldom take it (ميركل, لبوزة).
 */
export function articleNoun(word: string): boolean {
  return loadWordList().count(`ال${word.replace(MARKS, '')}`) >= ARTICLE_USES;
}
