import { describe, expect, it } from 'vitest';
import { breaksClause, clauseStartBy } from './clause.js';

const PUNCT = /[،,؛;.]/;

/** Words and the gaps before each, as the readers see them. */
function words(text: string): { text: string; gap: string }[] {
  const out: { text: string; gap: string }[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    out.push({ text: m[0], gap: text.slice(last, m.index) });
    last = m.index + m[0].length;
  }
  return out;
}
const startOf = (text: string, at: number) => {
  const w = words(text);
  return clauseStartBy(0, at, (k) => breaksClause(w[k].gap, w[k - 1]?.text, w[k].text, PUNCT));
};

describe('clause start', () => {
  it('a thousands separator is inside the number, not a clause break', () => {
    // words: نشر(0) 15(1) 000(2) جندي(3) في(4) المدينة(5)
    expect(breaksClause(',', '15', '000', PUNCT)).toBe(false);
    expect(breaksClause('٬', '١٥', '٠٠٠', PUNCT)).toBe(false);
    expect(startOf('نشر 15,000 جندي في المدينة', 5)).toBe(0);
  });

  it('a comma between words, or after a number before a word, ends the clause', () => {
    expect(breaksClause('، ', 'الهدف', 'هو', PUNCT)).toBe(true);
    expect(breaksClause(', ', '15', 'وقال', PUNCT)).toBe(true);
    // words: قال(0) المصدر(1) وصلت(2) 15(3) شاحنة(4) والهدف(5) هو(6)
    expect(startOf('قال المصدر، وصلت 15 شاحنة، والهدف هو', 6)).toBe(5);
    expect(startOf('قال المصدر، وصلت 15 شاحنة', 4)).toBe(2);
  });

  it('a comma followed by a space is a break even between digits (a list, not one number)', () => {
    expect(breaksClause(', ', '15', '20', PUNCT)).toBe(true);
  });

  it('Persian digits are digits here as they are for the number parser', () => {
    expect(breaksClause(',', '۱۵', '۰۰۰', PUNCT)).toBe(false);
    expect(breaksClause('.', '۳', '۷', PUNCT)).toBe(false);
  });

  it('an Arabic comma between digits ends the clause: the number parser reads no number across it', () => {
    expect(breaksClause('،', '15', '000', PUNCT)).toBe(true);
    expect(startOf('وصلت 15،000 خيمة إلى المخيم', 4)).toBe(2);
  });

  it('stops at the given first word', () => {
    expect(clauseStartBy(3, 6, () => false)).toBe(3);
    expect(clauseStartBy(3, 6, (k) => k === 2)).toBe(3);
  });
});
