import { describe, expect, it } from 'vitest';
import { buildContext } from '../context/context.js';
import { article } from '../../../test/fixtures/compare.js';
import { distinctiveTerms } from './distinctive.js';

const common = 'وصلت الحافلات إلى المدينة صباح اليوم وسط انتشار أمني وترقب الأهالي لنتائج المفاوضات. ';
const ctx = (id: string, text: string) => buildContext(article(id, text), undefined, [], []);

describe('distinctive terms (log-odds with informative Dirichlet prior)', () => {
  const lines = (f: (i: number) => string) => Array.from({ length: 8 }, (_, i) => f(i)).join(' ');
  const a = ctx('a', common + lines((i) => `وقال شاهد إن الميليشيات نهبت الحي ${i} وإن الميليشيات باقية.`));
  const b = ctx('b', common + lines((i) => `وأكد مسؤول أن المصالحة تشمل الحي ${i} وأن المصالحة ماضية.`));
  const terms = distinctiveTerms(
    new Map([
      ['a', [a]],
      ['b', [b]],
    ]),
    3,
  );

  it("puts each side's own word on top", () => {
    expect(terms.find((t) => t.group === 'a')?.term).toBe('الميليشيات');
    expect(terms.find((t) => t.group === 'b')?.term).toBe('المصالحة');
  });

  it('never ranks words the two share equally', () => {
    expect(terms.map((t) => t.term)).not.toContain('الحافلات');
    expect(terms.map((t) => t.term)).not.toContain('الحي');
    expect(terms.map((t) => t.term)).not.toContain('الحي');
  });

  it('returns at most k per group, sorted by z-score', () => {
    const ofA = terms.filter((t) => t.group === 'a');
    expect(ofA.length).toBeLessThanOrEqual(3);
    expect(ofA.map((t) => t.score)).toEqual([...ofA.map((t) => t.score)].sort((x, y) => y - x));
  });
});
