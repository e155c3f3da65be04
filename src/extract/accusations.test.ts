import { describe, expect, it } from 'vitest';
import { Accusation } from '../contract.js';
import { splitSentences } from '../text/segment.js';
import { findAccusations } from './accusations.js';
import { findQuotes } from './quotes.js';

const run = (text: string) => {
  const ss = splitSentences(text);
  return findAccusations(text, 'a', ss, findQuotes(text, 'a', ss));
};

describe('findAccusations', () => {
  it('verbal act, verb first: the doer is accused, the article itself accuses', () => {
    const text = 'واستهدفت الميليشيات المسلحة قافلة الإغاثة قرب الجسر.';
    const [a, ...rest] = run(text);
    expect(rest).toHaveLength(0);
    expect(a.act.text).toBe('استهدفت');
    expect(a.accused.text).toBe('الميليشيات المسلحة');
    expect(a.accuser).toBeNull();
    expect(Accusation.safeParse(a).success).toBe(true);
    expect(text.slice(a.accused.start, a.accused.end)).toBe(a.accused.text);
  });

  it('inside a quotation the speaker accuses; quote holds its index', () => {
    const [a] = run('وقالت مصادر محلية إن القوات الحكومية انتهكت الهدنة مساء.');
    expect(a.accused.text).toBe('القوات الحكومية');
    expect(a.accuser?.text).toBe('مصادر محلية');
    expect(a.quote).toBe('#0');
  });

  it('subject before the verb and before a relative pronoun', () => {
    expect(run('وأكد الجيش أن المسلحين في البلدة خرقوا الاتفاق.')[0].accused.text).toBe('المسلحين');
    const [r] = run('وصلت الأنباء عن الفصائل التي عرقلت تنفيذ الاتفاق.');
    expect(r.accused.text).toBe('الفصائل');
  });

  it('اتهم X Y بـ and حمّل X Y مسؤولية name both sides', () => {
    const [a] = run('واتهمت الحكومة المعارضة بعرقلة المفاوضات.');
    expect(a.accuser?.text).toBe('الحكومة');
    expect(a.accused.text).toBe('المعارضة');
    const [b] = run('وحمّلت الأمم المتحدة النظام مسؤولية تدهور الوضع.');
    expect(b.accused.text).toBe('النظام');
  });

  it('verbal nouns: a ل-phrase doer, a genitive doer, a pronoun doer', () => {
    expect(run('قتل ثلاثة أشخاص بقصف للمعارضة على الحي.')[0].accused.text).toBe('للمعارضة');
    expect(run('احترقت الحافلات بعد استهداف الميليشيات لها.')[0].accused.text).toBe('الميليشيات');
    const [p] = run('ووصل المسلحون إلى المعبر. وتوقفت العملية بسبب خرقهم للاتفاق.');
    expect(p.act.text).toBe('خرقهم');
    expect(p.accused.text).toBe('المسلحون');
  });

  it('passive act with من قبل names its doer', () => {
    const [a] = run('وتم تعطيل الاتفاق أمس من قبل مليشيات محلية.');
    expect(a.accused.text).toBe('مليشيات محلية');
  });

  it('no doer, no accusation: a target in the genitive or a neutral noun', () => {
    expect(run('واستمر قصف المناطق السكنية طوال الليل.')).toHaveLength(0);
    expect(run('وتعهد الطرفان بمنع العنف في المدينة.')).toHaveLength(0);
    expect(run('وحمل المتطوعون الطعام إلى المخيم.')).toHaveLength(0);
  });
});
