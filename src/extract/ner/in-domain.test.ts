import { describe, expect, it } from 'vitest';
import { inDomainSentences } from './in-domain.js';

const conll = (rows: string[][]) => rows.map((s) => s.join('\n')).join('\n\n') + '\n';

describe('in-domain CoNLL for training', () => {
  it('keeps coarse labels (PER read as PERS) and news tokens as words', () => {
    const [s] = inDomainSentences(conll([['زار\tO', 'سمير\tB-PER', 'كمال\tI-PERS', 'بجدة\tB-LOC', '.\tO']]));
    expect(s.words).toEqual(['زار', 'سمير', 'كمال', 'بجدة', '.']);
    expect(s.tags).toEqual(['O', 'B-PERS', 'I-PERS', 'B-LOC', 'O']);
  });

  it('refuses a label outside the coarse set', () => {
    expect(() => inDomainSentences('زار\tB-Politician\n')).toThrow(/line 1/);
  });

  it('glues a lone proclitic token to its host, the name starting there', () => {
    const [s] = inDomainSentences(conll([['وصل\tO', 'و\tO', 'فد\tO', 'إلى\tO', 'ب\tO', 'غداد\tB-LOC']]));
    expect(s.words).toEqual(['وصل', 'وفد', 'إلى', 'بغداد']);
    expect(s.tags).toEqual(['O', 'O', 'O', 'B-LOC']);
  });

  it('words only: punctuation out, a name that began with it starts on its first word', () => {
    const rows = [
      ['قال\tO', '«\tB-ORG', 'نادي\tI-ORG', 'الشروق\tI-ORG', '»\tO', 'أمس\tO', '.\tO'],
      ['هنا\tO'],
    ];
    const [s, t] = inDomainSentences(conll(rows), { wordsOnly: true });
    expect(s.words).toEqual(['قال', 'نادي', 'الشروق', 'أمس']);
    expect(s.tags).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    expect(t.words).toEqual(['هنا']);
  });

  it('gives one sentence per sentence of the file, so skip indexes match', () => {
    const out = inDomainSentences(conll([['.\tO'], ['هنا\tO']]), { wordsOnly: true });
    expect(out.map((s) => s.words)).toEqual([[], ['هنا']]);
  });
});
