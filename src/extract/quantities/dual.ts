// Duals (يومين، كيلومترين): a noun form that counts two, read as a quantity only as a measure.
import type { QuantityDraft, Span } from '../../contract.js';
import { searchKey } from '../../text/arabic.js';
import { approxBefore } from './around.js';
import { DUALS, NAME_PREFIXES, TIME_OFFSETS } from './lexicon.js';
import { wordBefore } from './words.js';

/** A span of the article's text (shared with quantities.ts). */
export function span(article: string, text: string, start: number, end: number): Span {
  return { article, start, end, text: text.slice(start, end) };
}

/**
 * A dual is a counted quantity only as a measure (أسبوعين من التقدم، كيلومترين): a dual noun alone
 * (جنديان، الدولتين) names two things without counting them, a definite one (الأسبوعين الأخيرين)
 * is a period already known, and one after an offset word (بعد يومين من) places an event in time.
 */
function countedDual(text: string, tokStart: number, form: string, unit: string | undefined): boolean {
  if (!unit || form.startsWith('ال')) return false;
  const prev = wordBefore(text, tokStart)?.key;
  // "أبو قرنين": a family name, not two centuries
  return !prev || (!TIME_OFFSETS.has(prev) && !NAME_PREFIXES.has(prev));
}

export function readDual(
  text: string,
  article: string,
  tokStart: number,
  tokEnd: number,
): QuantityDraft | null {
  const key = searchKey(text.slice(tokStart, tokEnd));
  // the clitic chains a dual may carry: grammar, not vocabulary, so written here
  for (const p of ['', 'و', 'ب', 'ل', 'ف', 'ال', 'وال', 'بال', 'لل', 'وب', 'ول']) {
    if (!key.startsWith(p)) continue;
    const rest = p === 'لل' ? 'ال' + key.slice(2) : key.slice(p.length);
    const bare = rest.replace(/^ال/, '');
    if (!DUALS.has(bare)) continue;
    if (!countedDual(text, tokStart, rest, DUALS.get(bare))) return null;
    const start = tokStart + (p === 'لل' ? 1 : p.replace(/ال$/, '').length);
    const q: QuantityDraft = { article, start, end: tokEnd, text: text.slice(start, tokEnd), value: 2 };
    const unit = DUALS.get(bare);
    if (unit) q.unit = unit;
    q.counted = span(article, text, start, tokEnd);
    const a = approxBefore(text, tokStart);
    if (a) {
      q.approx = a.approx;
      q.start = a.start;
      q.text = text.slice(q.start, q.end);
    }
    return q;
  }
  return null;
}
