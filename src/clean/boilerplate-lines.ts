// The line tests of boilerplate removal, compiled from lexicons/boilerplate.json: the whole-line
// rules (by where a line sits: any, head, tail), share bars, glued "read also" teasers, inline
// source labels, and the source/byline split. boilerplate.ts walks a page's lines with them.
import { readLexicon } from '../lexicon.js';
import { boilerplateSchema } from '../lexicon-schemas.js';

const LEX = readLexicon('boilerplate', boilerplateSchema);

type LexRule = Omit<(typeof LEX.lineRules)[number], 'note'>;
export interface Rule extends LexRule {
  re: RegExp;
}
const RULES: Rule[] = LEX.lineRules.map((r) => ({
  ...r,
  re: new RegExp(r.pattern, r.ignoreCase ? 'iu' : 'u'),
}));
export const ANY = RULES.filter((r) => r.where === 'any');
export const HEAD = RULES.filter((r) => r.where === 'head' || r.where === 'edge');
export const TAIL = RULES.filter((r) => r.where === 'tail' || r.where === 'edge' || r.where === 'any');
export const SOURCE_RULE = RULES.find((r) => r.meta === 'source')!;
export const UI_PREFIX = new RegExp(LEX.uiPrefix.pattern, 'iu');
const SHARE = new Set(LEX.shareWords.words.map((w) => w.toLowerCase()));
const SOURCE_WORDS = new Set(LEX.sourceWords.words);
const TEASER_MAX = LEX.teaserCues.maxWords;
const TEASER_STOPS = new Set<string>([
  ...LEX.teaserStops.words,
  ...LEX.teaserStops.verbs.flatMap((v) => ['و' + v, 'و' + v + 'ت', 'و' + v + 'وا', 'ف' + v]),
]);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// a teaser cue starts a line or follows a sentence end; cues sorted longest first
const TEASER_CUE = new RegExp(
  `(^|[.!؟?…»"”)]\\s*)(${[...LEX.teaserCues.cues]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})\\s*[:：]?\\s*`,
  'gu',
);
// "المصدر: ..." after the last sentence of a paragraph, running to the end of the line
export const INLINE_SOURCE = new RegExp(
  `(?:^|[.!؟?…»"”)]\\s*)((?:${LEX.inlineSourceLabels.words.map(escape).join('|')})\\s*[:：]\\s*([^\\n]*))$`,
  'u',
);
const SENTENCE_END = /[.!؟?…]["»”)]*$/u;
export const NAME_LINE = /^[\u0621-\u064A\u064B-\u0652]+(?: [\u0621-\u064A\u064B-\u0652]+){1,2}$/u;

export interface Line {
  text: string;
  start: number;
  /** input offset of each char of `text`, once the line has been cut; null = start + i */
  map: number[] | null;
  removed: boolean;
}

/** Number of space-separated words (text is normalised: single spaces, no tabs). */
export function words(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 10;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
// No rule removes a line longer than this many words; longer lines skip every test.
const MAX_RULE_WORDS = Math.max(...LEX.lineRules.map((r) => r.maxWords));
export const at = (l: Line, i: number) => (l.map ? (l.map[i] ?? l.start + l.text.length) : l.start + i);

/** Characters per word above which a line is surely longer than any rule allows (a cheap pre-check). */
const CHARS_PER_WORD_BOUND = 12;
/** A share bar is a handful of button labels: past twelve words the line is text. */
const SHARE_MAX_WORDS = 12;

export type Cut = (l: Line, a: number, b: number, reason: string) => void;

/** The first rule that removes the whole line, if any. */
export function matchRule(rules: Rule[], l: Line): Rule | undefined {
  const t = l.text.trim();
  // story paragraphs are long: a length check spares them every regex
  if (!t || t.length > MAX_RULE_WORDS * CHARS_PER_WORD_BOUND) return undefined;
  const n = words(t);
  if (n > MAX_RULE_WORDS) return undefined;
  if (n <= SHARE_MAX_WORDS && isShareBar(t)) return SHARE_RULE;
  return rules.find((r) => n <= r.maxWords && r.re.test(t));
}

const SHARE_RULE: Rule = {
  id: 'share',
  reason: 'share',
  where: 'any',
  maxWords: SHARE_MAX_WORDS,
  pattern: '',
  re: /$^/,
};

/** A line made only of share-button labels and punctuation. */
function isShareBar(t: string): boolean {
  const toks = t
    .toLowerCase()
    .split(/[\s\p{P}\p{S}]+/u)
    .filter(Boolean);
  if (toks.length === 0 || toks.length > SHARE_MAX_WORDS) return false;
  return toks.every((w) => SHARE.has(w)) && (toks.length > 1 || /[:：|]/.test(t) || toks[0] !== 'x');
}

/** Teasers cut from one line at most: a bound on a line of nothing but teasers. */
const MAX_TEASERS_PER_LINE = 10;
/** A line that opens with a teaser cue and has at most 25 words is a teaser line (a whole-line rule). */
const TEASER_LINE_MAX_WORDS = 25;

/**
 * Teasers glued into running text: "... المدينة. المزيد حول الموضوع HEADLINE وطالبت ..." loses the
 * cue and the headline, up to the next sentence opener; with no opener within reach only the cue
 * goes, so a story sentence is never cut.
 */
export function cutTeasers(l: Line, cut: Cut): void {
  for (let guard = 0; guard < MAX_TEASERS_PER_LINE && !l.removed; guard++) {
    TEASER_CUE.lastIndex = 0;
    const m = TEASER_CUE.exec(l.text);
    if (!m) return;
    const cueStart = m.index + m[1].length;
    const after = m.index + m[0].length;
    // a short line that is only the teaser is left to the whole-line rule
    if (
      cueStart === 0 &&
      words(l.text) <= TEASER_LINE_MAX_WORDS &&
      guard === 0 &&
      !/[.!؟?]\s/.test(l.text.slice(after))
    )
      return;
    const tok = /\S+/g;
    tok.lastIndex = after;
    let end = -1;
    let t: RegExpExecArray | null;
    let n = 0;
    let lastEnd = after;
    while ((t = tok.exec(l.text)) !== null && n < TEASER_MAX) {
      const w = t[0].replace(/^[«"“(]+|[»"”)،,:]+$/gu, '');
      if (n >= 2 && TEASER_STOPS.has(w)) {
        end = t.index;
        break;
      }
      n++;
      lastEnd = t.index + t[0].length;
      if (SENTENCE_END.test(t[0])) {
        end = lastEnd;
        break;
      }
    }
    if (end < 0 && t === null) end = lastEnd; // the teaser runs to the end of the line
    if (end < 0) end = after; // no opener found: drop the cue only
    cut(l, cueStart, end, 'teaser');
  }
}

/** "وكالات ياسين بوتيتي" -> source "وكالات", byline "ياسين بوتيتي"; "وكالة الأنباء الألمانية" stays whole. */
export function splitSource(s: string): { source?: string; byline?: string } {
  const toks = s
    .replace(/[.،,]+$/u, '')
    .split(/\s+/)
    .filter(Boolean);
  if (toks.length === 0) return {};
  if (SOURCE_WORDS.has(toks[0])) return { source: toks.join(' ') };
  const rest = toks.slice(1);
  if (rest.length >= 2 && rest.length <= 3 && rest.every((w) => NAME_LINE.test(`${w} ${w}`))) {
    return { source: toks[0], byline: rest.join(' ') };
  }
  return { source: toks.join(' ') };
}
