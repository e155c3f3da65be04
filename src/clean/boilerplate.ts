// Boilerplate removal: copyright notices, contact footers, share bars, "read also" teasers, source
// and byline lines. Rules are data (lexicons/boilerplate.json) and line- or tail-oriented, so a
// story sentence is only touched when a cue phrase opens it; every removal is listed with its rule.
import { readLexicon } from '../lexicon.js';
import { boilerplateSchema } from '../lexicon-schemas.js';

export interface RemovedBlock {
  text: string;
  reason: string;
  /** offset of the block in the text given to removeBoilerplate */
  rawStart: number;
}

export interface BoilerplateMeta {
  byline?: string;
  source?: string;
  /** "OUTLET – CITY" line found above the story */
  dateline?: string;
}

export interface BoilerplateResult {
  text: string;
  removed: RemovedBlock[];
  meta: BoilerplateMeta;
  /** toInput[i] = offset in the input of output char i; last entry = input length */
  toInput: number[];
}

const LEX = readLexicon('boilerplate', boilerplateSchema);

type LexRule = Omit<(typeof LEX.lineRules)[number], 'note'>;
interface Rule extends LexRule {
  re: RegExp;
}
const RULES: Rule[] = LEX.lineRules.map((r) => ({
  ...r,
  re: new RegExp(r.pattern, r.ignoreCase ? 'iu' : 'u'),
}));
const ANY = RULES.filter((r) => r.where === 'any');
const HEAD = RULES.filter((r) => r.where === 'head' || r.where === 'edge');
const TAIL = RULES.filter((r) => r.where === 'tail' || r.where === 'edge' || r.where === 'any');
const SOURCE_RULE = RULES.find((r) => r.meta === 'source')!;
const UI_PREFIX = new RegExp(LEX.uiPrefix.pattern, 'iu');
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
const INLINE_SOURCE = new RegExp(
  `(?:^|[.!؟?…»"”)]\\s*)((?:${LEX.inlineSourceLabels.words.map(escape).join('|')})\\s*[:：]\\s*([^\\n]*))$`,
  'u',
);
const SENTENCE_END = /[.!؟?…]["»”)]*$/u;
const NAME_LINE = /^[\u0621-\u064A\u064B-\u0652]+(?: [\u0621-\u064A\u064B-\u0652]+){1,2}$/u;

interface Line {
  text: string;
  start: number;
  /** input offset of each char of `text`, once the line has been cut; null = start + i */
  map: number[] | null;
  removed: boolean;
}

/** Number of space-separated words (text is normalised: single spaces, no tabs). */
function words(s: string): number {
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
const at = (l: Line, i: number) => (l.map ? (l.map[i] ?? l.start + l.text.length) : l.start + i);

/** Lines at the top of the kept text read as the head (dateline, byline, a UI label). */
const HEAD_LINES = 3;
/** Passes until nothing more is removed; in practice two suffice, five bound a pathological page. */
const MAX_PASSES = 5;
/** Characters per word above which a line is surely longer than any rule allows (a cheap pre-check). */
const CHARS_PER_WORD_BOUND = 12;
/** A share bar is a handful of button labels: past twelve words the line is text. */
const SHARE_MAX_WORDS = 12;
/** Blank lines kept between two kept lines, as normalizeText allows. */
const MAX_NEWLINES = 2;

type Cut = (l: Line, a: number, b: number, reason: string) => void;

/**
 * Remove boilerplate lines and glued teasers from normalised text. Returns the text without them,
 * each removed block with its reason and offset, and the byline / source they carried.
 */
export function removeBoilerplate(text: string): BoilerplateResult {
  const page = new Page(text);
  // rules only remove, and one removal can expose another (a new last line): repeat until
  // nothing changes, so the result is a fixed point and a second run removes nothing
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const before = page.removed.length;
    page.lineRules();
    page.headRules();
    page.tailRules();
    if (page.removed.length === before) break;
  }
  return page.result();
}

/** The text as lines, what has been removed from them so far, and the metadata removed lines carried. */
class Page {
  readonly lines: Line[] = [];
  readonly removed: RemovedBlock[] = [];
  readonly meta: BoilerplateMeta = {};

  constructor(readonly text: string) {
    for (let s = 0; s <= text.length;) {
      const e = text.indexOf('\n', s);
      const end = e < 0 ? text.length : e;
      this.lines.push({ text: text.slice(s, end), start: s, map: null, removed: false });
      s = end + 1;
    }
  }

  private kept(): Line[] {
    return this.lines.filter((l) => !l.removed && l.text.trim());
  }

  private drop(l: Line, reason: string): void {
    this.removed.push({ text: l.text, reason, rawStart: at(l, 0) });
    l.removed = true;
  }

  /** Remove [a, b) of a line's current text, joining what is left with one space. */
  private cut: Cut = (l, a, b, reason) => {
    this.removed.push({
      text: l.text.slice(a, b).trim(),
      reason,
      rawStart: at(l, a + (l.text.slice(a, b).length - l.text.slice(a, b).trimStart().length)),
    });
    const map = l.map ?? Array.from({ length: l.text.length }, (_, i) => l.start + i);
    let left = a;
    while (left > 0 && l.text[left - 1] === ' ') left--;
    let right = b;
    while (right < l.text.length && l.text[right] === ' ') right++;
    const glue = left > 0 && right < l.text.length ? ' ' : '';
    l.text = l.text.slice(0, left) + glue + l.text.slice(right);
    l.map = [...map.slice(0, left), ...(glue ? [map[right - 1]] : []), ...map.slice(right)];
    if (!l.text) l.removed = true;
  };

  private setMeta(rule: Rule, line: string): void {
    const body = line.replace(rule.re, '').trim();
    if (rule.meta === 'byline' && body) this.meta.byline ??= body;
    if (rule.meta === 'dateline') this.meta.dateline ??= line;
    if (rule.meta === 'source') this.setSource(body);
  }

  private setSource(body: string): void {
    const { source, byline } = splitSource(body);
    if (source) this.meta.source ??= source;
    if (byline) this.meta.byline ??= byline;
  }

  private dropByRule(l: Line, rule: Rule): void {
    this.setMeta(rule, l.text.trim());
    this.drop(l, rule.reason);
  }

  /** 1. Every line: a UI label glued to one of the first lines, glued teasers, then whole-line rules. */
  lineRules(): void {
    const firstLines = new Set(this.kept().slice(0, HEAD_LINES));
    for (const l of this.lines) {
      if (!l.text) continue;
      if (firstLines.has(l)) {
        const ui = UI_PREFIX.exec(l.text);
        if (ui && ui[0].length < l.text.length) this.cut(l, 0, ui[0].length, 'ui');
      }
      cutTeasers(l, this.cut);
      if (l.removed) continue;
      const rule = matchRule(ANY, l);
      if (rule) this.dropByRule(l, rule);
    }
  }

  /** 2. Head: short lines above the story (dateline, byline). */
  headRules(): void {
    for (const l of this.kept().slice(0, HEAD_LINES)) {
      const rule = matchRule(HEAD, l);
      if (!rule) break;
      this.dropByRule(l, rule);
    }
  }

  /** 3. Tail: scan upward while lines are boilerplate (the story's last line stays). */
  tailRules(): void {
    while (this.tailStep());
  }

  /** Removes (part of) the last kept line when it is boilerplate; false when it is not. */
  private tailStep(): boolean {
    const rest = this.kept();
    const l = rest[rest.length - 1];
    if (!l) return false;
    const prev = rest[rest.length - 2] as Line | undefined;
    const rule = rest.length > 1 ? matchRule(TAIL, l) : undefined;
    if (rule) {
      this.dropByRule(l, rule);
      return true;
    }
    // a 2-3 word name right after a source line is the reporter's byline
    if (
      prev &&
      NAME_LINE.test(l.text.trim()) &&
      (SOURCE_RULE.re.test(prev.text.trim()) || INLINE_SOURCE.test(prev.text))
    ) {
      this.meta.byline ??= l.text.trim();
      this.drop(l, 'byline');
      return true;
    }
    const m = INLINE_SOURCE.exec(l.text);
    if (m && m.index > 0 && words(m[1]) <= SOURCE_RULE.maxWords) {
      const a = m.index + m[0].length - m[1].length;
      this.setSource(m[2].trim());
      this.cut(l, a, l.text.length, 'source');
      return true;
    }
    return false;
  }

  /** Kept lines joined as normalizeText would: at most one blank line, none at either end. */
  result(): BoilerplateResult {
    let out = '';
    // each kept line and the newlines written before it: toInput is made from them when first read
    // (only an article with repaired words reads it; made for every article it was 10% of the
    // garbage of the whole annotation)
    const kept: [Line, number][] = [];
    let blanks = 0;
    for (const l of this.lines) {
      if (l.removed) continue;
      if (!l.text) {
        blanks++;
        continue;
      }
      const n = out ? Math.min(MAX_NEWLINES, 1 + blanks) : 0;
      for (let k = 0; k < n; k++) out += '\n';
      kept.push([l, n]);
      blanks = 0;
      out += l.text;
    }
    this.removed.sort((a, b) => a.rawStart - b.rawStart);
    const inputLength = this.text.length;
    let toInput: number[] | undefined;
    return {
      text: out,
      removed: this.removed,
      meta: this.meta,
      get toInput(): number[] {
        toInput ??= offsetsInInput(kept, inputLength);
        return toInput;
      },
    };
  }
}

/** toInput of BoilerplateResult: each kept line's offsets, after the newlines written before it. */
function offsetsInInput(kept: [Line, number][], inputLength: number): number[] {
  const toInput: number[] = [];
  for (const [l, newlines] of kept) {
    for (let k = 0; k < newlines; k++) toInput.push(l.start - 1);
    for (let i = 0; i < l.text.length; i++) toInput.push(at(l, i));
  }
  toInput.push(inputLength);
  return toInput;
}

/** The first rule that removes the whole line, if any. */
function matchRule(rules: Rule[], l: Line): Rule | undefined {
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
function cutTeasers(l: Line, cut: Cut): void {
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
function splitSource(s: string): { source?: string; byline?: string } {
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
