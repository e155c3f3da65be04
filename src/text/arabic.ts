// Arabic word helpers for matching: a search key, clitic segmentation and a light stem.
// The displayed text is never changed by these; they are views used to compare words.

// What the search key does to each UTF-16 unit: 0 keep, 1 drop (diacritic, tatweel, Quranic mark),
// otherwise the code of the letter to write instead. A table beats chained regex replaces ~4x on the
// hot path (every token of every article).
const FOLD = new Uint16Array(0x0700);
for (let c = 0x064b; c <= 0x065f; c++) FOLD[c] = 1;
for (let c = 0x06d6; c <= 0x06ed; c++) FOLD[c] = 1;
FOLD[0x0670] = 1; // superscript alef
FOLD[0x0640] = 1; // tatweel
for (const c of [0x0623, 0x0625, 0x0622, 0x0671]) FOLD[c] = 0x0627; // أ إ آ ٱ -> ا
FOLD[0x0649] = 0x064a; // ى -> ي
FOLD[0x0629] = 0x0647; // ة -> ه

/**
 * Search key: the spelling variants that Arabic news writes interchangeably fold together:
 * diacritics and tatweel dropped, hamza forms of alef (أ إ آ ٱ) to ا, alef maqsura ى to ي,
 * ta marbuta ة to ه. Used for lexicon look-ups and cross-article matching, never for display.
 */
export function searchKey(word: string): string {
  const n = word.length;
  let i = 0;
  // fast path: most words have nothing to fold
  for (; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x0700 && FOLD[c] !== 0) break;
  }
  if (i === n) return word;
  let out = word.slice(0, i);
  for (; i < n; i++) {
    const c = word.charCodeAt(i);
    const f = c < 0x0700 ? FOLD[c] : 0;
    if (f === 0) out += word[i];
    else if (f !== 1) out += String.fromCharCode(f);
  }
  return out;
}

/** Search key of a phrase: each word keyed, runs of space collapsed. */
export function phraseKey(phrase: string): string {
  return phrase.trim().split(/\s+/).map(searchKey).join(' ');
}

export interface Segmented {
  /** conjunction / preposition / article prefixes, in order, e.g. ["و", "ب", "ال"] */
  proclitics: string[];
  base: string;
  /** pronoun suffix, if any (ه ها هم هن كم نا ...) */
  enclitic: string;
}

// The clitic and suffix lists in this file are grammar (closed sets of the language's morphology),
// not vocabulary, so they stay in code rather than in lexicons/.
// Prefix chains, longest first. Kept conservative: a prefix is only removed when at least
// three letters remain, so short words (ولد، بلد، كلب) keep their first letter.
const PROCLITIC_CHAINS = [
  'وبال',
  'وكال',
  'فبال',
  'وال',
  'فال',
  'بال',
  'كال',
  'ولل',
  'فلل',
  'لل',
  'ال',
  'وب',
  'ول',
  'وك',
  'فب',
  'فل',
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
];
const ENCLITICS = ['هما', 'كما', 'هم', 'هن', 'كم', 'كن', 'نا', 'ها', 'ه', 'ك'];

function splitChain(chain: string): string[] {
  const out: string[] = [];
  let rest = chain;
  while (rest.length) {
    if (rest.startsWith('ال')) {
      out.push('ال');
      rest = rest.slice(2);
    } else if (rest === 'لل') {
      out.push('ل', 'ال');
      rest = '';
    } else {
      out.push(rest[0]);
      rest = rest.slice(1);
    }
  }
  return out;
}

/**
 * Clitic segmentation by rule: strip one proclitic chain and one pronoun suffix when enough of
 * the word stays. Good for matching ("وبالمعارضة" ~ "المعارضة"); not a morphological analyser.
 */
export function segmentClitics(word: string): Segmented {
  return segmentKey(word, searchKey(word));
}

/** segmentClitics of a word whose search key `w` the caller already has. */
export function segmentKey(word: string, w: string): Segmented {
  let proclitics: string[] = [];
  let base = w;
  for (const p of PROCLITIC_CHAINS) {
    if (base.startsWith(p) && base.length - p.length >= 3) {
      // "لل" + word is "ل" + "ال" + word: restore the article's alef in the base
      proclitics = splitChain(p);
      base = base.slice(p.length);
      break;
    }
  }
  let enclitic = '';
  // pronoun suffixes only on words that did not take the article, and never a ta marbuta that
  // the search key folded to ه ("هدنة" is not "هدن" + a pronoun)
  if (!proclitics.includes('ال') && !/ة[\u064B-\u0652]*$/.test(word)) {
    for (const e of ENCLITICS) {
      if (base.endsWith(e) && base.length - e.length >= 3) {
        enclitic = e;
        base = base.slice(0, -e.length);
        break;
      }
    }
  }
  return { proclitics, base, enclitic };
}

const SUFFIXES = ['ات', 'ون', 'ين', 'ان', 'يه', 'يه', 'ه', 'ي'];
const stemCache = new Map<string, string>();

/**
 * Light stem (after Larkey's light10): clitics off, then one plural/dual/nisba ending.
 * Memoised per distinct word, which is what makes it cheap on a corpus (see README).
 */
export function lightStem(word: string): string {
  const hit = stemCache.get(word);
  if (hit !== undefined) return hit;
  const stem = stemOfBase(segmentClitics(word).base);
  if (stemCache.size > 500_000) stemCache.clear(); // bounded memory on huge corpora
  stemCache.set(word, stem);
  return stem;
}

/** The light stem of a word from its clitic-free base (segmentClitics): one ending off. */
export function stemOfBase(base: string): string {
  for (const s of SUFFIXES)
    if (base.endsWith(s) && base.length - s.length >= 3) return base.slice(0, -s.length);
  return base;
}

/**
 * Light stem for matching when a word list can tell a clitic from a word's own letters: the
 * proclitic chains without the article (و ف ب ل ك and their pairs) and the pronoun suffix come off
 * only when `strip(whole, rest)` agrees, so "فندق" (a hotel) stays whole where lightStem reads
 * ف + ندق, and "وزارة" keeps its و. A refused chain gives way to a shorter one ("فلسطين": فل, then
 * ف, then none); the article chains and the plural/dual/nisba endings come off as in lightStem.
 */
export function checkedLightStem(word: string, strip: (whole: string, rest: string) => boolean): string {
  const w = searchKey(word);
  let base = w;
  let article = false;
  for (const p of PROCLITIC_CHAINS) {
    if (!base.startsWith(p) || base.length - p.length < 3) continue;
    const withArticle = p.endsWith('ال') || p.endsWith('لل');
    if (!withArticle && !strip(w, w.slice(p.length))) continue;
    article = withArticle;
    base = base.slice(p.length);
    break;
  }
  if (!article && !/ة[\u064B-\u0652]*$/.test(word)) {
    const e = ENCLITICS.find((x) => base.endsWith(x) && base.length - x.length >= 3);
    if (e && strip(base, base.slice(0, -e.length))) base = base.slice(0, -e.length);
  }
  const s = SUFFIXES.find((x) => base.endsWith(x) && base.length - x.length >= 3);
  return s ? base.slice(0, -s.length) : base;
}

/** True when the string has Arabic letters. */
export function hasArabic(s: string): boolean {
  return /[\u0600-\u06FF]/.test(s);
}

/** Share of letters that are Arabic, 0..1; used to warn about non-Arabic input. */
export function arabicRatio(s: string): number {
  let arabic = 0;
  let letters = 0;
  const sample = s.length > 200_000 ? s.slice(0, 200_000) : s;
  for (const m of sample.matchAll(/\p{L}/gu)) {
    letters++;
    const c = m[0].charCodeAt(0);
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if (c >= 0x0750 && c <= 0x077f) arabic++;
  }
  return letters ? arabic / letters : 0;
}
