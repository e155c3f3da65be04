// The source each statement of a claim rests on, for telling one voice from two (issue 9): one body's
// statement carried by several papers is one voice, even in each paper's own words. A statement inside
// a named speaker's quotation rests on that speaker; a paper's own sentence rests on the sources its
// article names, when it names few (a body's release rewritten names that body and little else; a
// round-up naming many sources says nothing of which one a sentence comes from). Speakers are compared
// by the words that name their body or person: "المتحدث الرسمي باسم وزارة الصحة" is the ministry.
import { readLexicon } from '../../lexicon.js';
import { sourceWordsSchema } from '../../lexicon-schemas.js';
import { quoteAt, sentenceTokens, type ArticleCtx } from '../context/context.js';
import { matchKey } from '../context/match.js';
import { searchKey } from '../../text/arabic.js';
import type { OriginItem } from './independence.js';

/** The article and its joined prepositions, stripped from a name word ("للهلال", "بالمنطقة"). */
const ARTICLE = ['وال', 'بال', 'فال', 'كال', 'لل', 'ال'];
/** A bare preposition stripped only from a long word ("لهيئة", "بمنطقة"; not "بيان"). */
const PREPOSITIONS = ['ل', 'ب'];
const LONG_AFTER_PREPOSITION = 4;

/**
 * The key of a name word: folded letters, the article and a joined preposition off. A bare "و" is
 * kept: the clitic-stripping key of the rest of the code reads "وزارة" as "و" + "زارة", so a
 * ministry would not meet "الوزارة".
 */
export function nameKey(word: string): string {
  const w = searchKey(word);
  for (const a of ARTICLE) if (w.startsWith(a) && w.length - a.length >= 2) return w.slice(a.length);
  for (const p of PREPOSITIONS)
    if (w.startsWith(p) && w.length - p.length >= LONG_AFTER_PREPOSITION) return w.slice(p.length);
  return w;
}

const lexicon = readLexicon('source-words', sourceWordsSchema);
/** Roles, ranks and generic place words: they name no source. */
const NOT_NAMING = new Set(
  [lexicon.roles, lexicon.ranks, lexicon.places].flatMap((l) => l.words.map(nameKey)),
);
/** Heads of an unnamed source that is a published text: the press's reports ("تقارير صحفية"). */
const REPORTS = new Set(lexicon.reports.words.map(nameKey));

/**
 * The statement quotes the press's reports ("كشفت تقارير صحفية أن ..."): an unnamed source, but a
 * published text any paper may retell in its own words, as a named report or paper is.
 */
export function reportQuoted(s: OriginItem): boolean {
  const q = quoteAt(s.ctx, s.span.start);
  const head = q?.speaker.text.trim().split(/\s+/)[0];
  return !!head && q!.speaker.kind === 'anonymous' && REPORTS.has(nameKey(head));
}

/** Words of a paper's sentence crediting another's text, as the context's token keys. */
const CREDITS = new Set(lexicon.credits.words.map(matchKey));

/**
 * The statement relays a text: the press's reports quoted, or a paper's own sentence crediting what
 * it tells ("بحسب ما ذكرت محطة ..."). A report retold by such an origin is two reports, not one.
 */
export function relaysText(s: OriginItem): boolean {
  if (reportQuoted(s)) return true;
  return !quoteAt(s.ctx, s.span.start) && sentenceTokens(s.ctx, s.sent).some((t) => CREDITS.has(t.key));
}

/** Keys shorter than this are particles ("بن", "ال"): they name no one. */
const CONTENT = 3;
/**
 * Distinct sources an article may name and its own sentences still be read as resting on them. On
 * the four judged sets (docs/voices.md) one to five fold claims judged one origin and lose one judged
 * independent; past five reports of a visible event that also quote several officials are folded
 * too. Three is the plateau's smallest value that folds as many as five.
 */
const MAX_ARTICLE_SOURCES = 3;
/** Name words two wordings of one source share ("الهلال الأحمر"), unless one name is all in the other ("الوزارة"). */
const SHARED_NAME_WORDS = 2;

/** A source as named in one article: its words that tell it apart. */
export interface Source {
  name: string;
  words: Set<string>;
}

/** The words of a speaker's name that say who he is or speaks for: roles, ranks and particles left out. */
export function nameWords(name: string): Set<string> {
  return new Set(
    name
      .split(/[^\u0621-\u064A\u0640\u064B-\u0652]+/)
      .filter(Boolean)
      .map(nameKey)
      .filter((w) => w.length >= CONTENT && !NOT_NAMING.has(w)),
  );
}

/**
 * One name word in two spellings: equal keys, or one with a joined preposition the other lacks. A
 * name beginning with ب or ل ("برناوي") loses it in nameKey, while "البرناوي" keeps it once its
 * article is off: the key of each alone cannot tell the preposition from the name's first letter.
 */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return short.length >= LONG_AFTER_PREPOSITION && PREPOSITIONS.some((p) => long === p + short);
}

/** Two names of one source: two name words in common, or one name all in the other. */
export function oneSourceNamed(a: Set<string>, b: Set<string>): boolean {
  let n = 0;
  for (const w of a) if (b.has(w) || [...b].some((x) => sameWord(w, x))) n++;
  return n >= SHARED_NAME_WORDS || (n > 0 && (n === a.size || n === b.size));
}

const named = (name: string): Source | undefined => {
  const words = nameWords(name);
  return words.size ? { name, words } : undefined;
};

const ofArticle = new WeakMap<ArticleCtx, Source[]>();

/** The named sources an article quotes, when they are few enough to tell what its own sentences rest on. */
export function articleSources(ctx: ArticleCtx): Source[] {
  let out = ofArticle.get(ctx);
  if (out) return out;
  const all = ctx.quotes.flatMap((q) =>
    q.speaker.kind === 'anonymous' ? [] : (named(q.speaker.text) ?? []),
  );
  // one source in several wordings is one: group the names first
  const distinct: Source[][] = [];
  for (const s of all) {
    const same = distinct.find((d) => d.some((x) => oneSourceNamed(x.words, s.words)));
    if (same) same.push(s);
    else distinct.push([s]);
  }
  out = distinct.length <= MAX_ARTICLE_SOURCES ? all : [];
  ofArticle.set(ctx, out);
  return out;
}

/**
 * The sources a statement may rest on: its named speaker; none for an unnamed one ("مصادر مقربة من
 * ..." is a source of its own, not the article's named ones); else, for the paper's own sentence,
 * the sources its article names (if few).
 */
export function sourcesOf(s: OriginItem): Source[] {
  const q = quoteAt(s.ctx, s.span.start);
  if (q) {
    const speaker = q.speaker.kind === 'anonymous' ? undefined : named(q.speaker.text);
    return speaker ? [speaker] : [];
  }
  return articleSources(s.ctx);
}

/** The source two statements both rest on, if any (the first statement's wording of it). */
export function sharedSource(a: Source[], b: Source[]): Source | undefined {
  for (const x of a) for (const y of b) if (oneSourceNamed(x.words, y.words)) return x;
  return undefined;
}
