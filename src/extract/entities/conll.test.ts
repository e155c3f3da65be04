import { describe, expect, it } from 'vitest';
import { tagConll } from './conll.js';
import { glueClitics } from '../ner/newsfane.js';
import { tagWords } from '../ner/tagger.js';

describe('tagConll', () => {
  it('keeps one line per token and blank lines, tolerating BOM, CRLF, U+200E and extra columns', () => {
    const input = '\uFEFF\u200Eقال\tX\r\n\u200Eالرئيس\r\nالسوري\r\n\r\nوصل\tY\tZ\r\nإلى\r\nدمشق\r\n';
    const lines = tagConll(input).split('\n');
    expect(lines.slice(0, 8).map((l) => l.split('\t')[0])).toEqual([
      'قال',
      'الرئيس',
      'السوري',
      '',
      'وصل',
      'إلى',
      'دمشق',
      '',
    ]);
    for (const l of lines.filter(Boolean)) expect(l.split('\t')[1]).toMatch(/^(O|[BI]-(PERS|LOC|ORG|MISC))$/);
  });

  it('tags people, places and organisations in sentences of news', () => {
    const tags = tagWords(
      'واستقبل الرئيس المصري عبد الفتاح السيسي في القاهرة وفدا من البنك الدولي'.split(' '),
    );
    expect(tags.slice(0, 9)).toEqual(['O', 'O', 'O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'B-LOC', 'O']);
    const t2 = tagWords(
      'وقال المتحدث باسم الأمم المتحدة ستيفان دوجاريك إن المساعدات وصلت إلى حمص'.split(' '),
    );
    expect(t2.slice(3, 5)).toEqual(['B-ORG', 'I-ORG']);
    expect(t2[t2.length - 1]).toBe('B-LOC');
  });

  it('glues NewsFANE-style clitic tokens to their host and gives their tags back', () => {
    const g = glueClitics(['و', 'ب', 'غزة', 'ان', 'ه', 'قال']);
    expect(g.words).toEqual(['وبغزة', 'انه', 'قال']);
    const out = tagConll('و\nصل\nالوفد\nالى\nب\nغزة\n').trim().split('\n');
    expect(out[4]).toBe('ب\tO');
    expect(out[5]).toBe('غزة\tB-LOC');
  });

  it('leaves a group head out before a one-word name only', () => {
    const tagsOf = (sentence: string) =>
      tagConll(sentence.split(' ').join('\n') + '\n')
        .trim()
        .split('\n')
        .map((l) => l.split('\t')[1]);
    expect(tagsOf('وهاجم تنظيم داعش القرية')).toEqual(['O', 'O', 'B-ORG', 'O']);
    expect(tagsOf('وهاجم تنظيم الدولة الإسلامية القرية')).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
  });
});
