// Boilerplate removal: copyright notices, contact footers, share bars, "read also" teasers, source
// and byline lines. Rules are data (lexicons/boilerplate.json) and line- or tail-oriented, so a
// story sentence is only touched when a cue phrase opens it; every removal is listed with its rule.
// The rules and line tests are in boilerplate-lines.ts; here a page's lines are walked with them.
import {
  ANY,
  HEAD,
  INLINE_SOURCE,
  NAME_LINE,
  SOURCE_RULE,
  TAIL,
  UI_PREFIX,
  at,
  cutTeasers,
  matchRule,
  splitSource,
  words,
  type Cut,
  type Line,
  type Rule,
} from './boilerplate-lines.js';

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

/** Lines at the top of the kept text read as the head (dateline, byline, a UI label). */
const HEAD_LINES = 3;
/** Passes until nothing more is removed; in practice two suffice, five bound a pathological page. */
const MAX_PASSES = 5;
/** Blank lines kept between two kept lines, as normalizeText allows. */
const MAX_NEWLINES = 2;

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
