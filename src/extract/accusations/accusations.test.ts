import { describe, expect, it } from 'vitest';
import { Accusation } from '../../contract.js';
import { splitSentences } from '../../text/segment.js';
import { findAccusations } from './accusations.js';
import { findQuotes } from '../quotes/quotes.js';

const run = (text: string) => {
  const ss = splitSentences(text);
  return findAccusations(text, 'a', ss, findQuotes(text, 'a', ss));
};

describe('findAccusations', () => {
  it('a blame participle counted by a number is the accused, not an act: 12 متهما ومتهمة', () => {
    expect(run('وأفرجت المحكمة عن 12 متهما ومتهمة بكفالة مالية.')).toHaveLength(0);
    expect(run('وأفرجت المحكمة عن 12 متهما ومتهمة بلا ضمان.')).toHaveLength(0);
    expect(run('وانتقد الوزير المعارضة متهما إياها بعرقلة الإصلاحات.')).toHaveLength(1);
  });

  it('verbal act, verb first: the doer is accused, the article itself accuses', () => {
    const text = 'واستهدفت الميليشيات المسلحة قافلة الإغاثة قرب الجسر.';
    const [a, ...rest] = run(text);
    expect(rest).toHaveLength(0);
    expect(a.act.text).toBe('استهدفت');
    expect(a.accused.text).toBe('الميليشيات المسلحة');
    expect(a.accuser).toBeNull();
    expect(Accusation.omit({ id: true, quote: true }).safeParse(a).success).toBe(true);
    expect(text.slice(a.accused.start, a.accused.end)).toBe(a.accused.text);
  });

  it('inside a quotation the speaker accuses; quote holds its index', () => {
    const [a] = run('وقالت مصادر محلية إن القوات الحكومية انتهكت الهدنة مساء.');
    expect(a.accused.text).toBe('القوات الحكومية');
    expect(a.accuser?.text).toBe('مصادر محلية');
    expect(a.quoteIndex).toBe(0);
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
    const [l] = run('قتل ثلاثة أشخاص بقصف للمعارضة على الحي.');
    expect(l.accused.text).toBe('لمعارضة'); // the clitic ل dropped, as quote channels do
    expect(l.act.text).toBe('قصف');
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

  it('light verbs carry a verbal noun: the subject of قام / عمل على / سعى لـ / استمر بـ is the doer', () => {
    const [a] = run('وتسعى الفصائل المسلحة في المدينة لتعطيل الهدنة.');
    expect(a.accused.text).toBe('الفصائل المسلحة');
    expect(a.act.text).toBe('تعطيل');
    expect(run('يعمل ضابط روسي في القاعدة على عرقلة المفاوضات.')[0].accused.text).toBe('ضابط روسي');
    const [c] = run('وتستمر قوات الجيش وحلفاؤه بالقصف على القرى.');
    expect(c.accused.text).toBe('قوات الجيش وحلفاؤه');
    expect(c.act.text).toBe('القصف');
  });

  it('a future light verb after a complementiser with a pronoun: the actor before it', () => {
    const [a] = run('وهدد الجيش بأنه سيقوم باستهداف أي قافلة تدخل المنطقة.');
    expect(a.accused.text).toBe('الجيش');
    expect(a.act.text).toBe('استهداف');
  });

  it('a clause with no subject of its own takes the doer of the previous act in the sentence', () => {
    const text = 'وتسعى المليشيات لتعطيل الاتفاق، حيث منعت دخول الشاحنات.';
    const [a, b, ...rest] = run(text);
    expect(rest).toHaveLength(0);
    expect(a.accused.text).toBe('المليشيات');
    expect(b.act.text).toBe('منعت');
    expect(b.accused.text).toBe('المليشيات');
    expect(text.slice(b.start, b.end)).toBe('منعت'); // the doer is far: the span is the act
  });

  it('a clause whose subject is a target is not given the earlier doer', () => {
    const acc = run('واستهدفت الطائرات الحي، ورفض الأهالي المغادرة.');
    expect(acc).toHaveLength(1);
    expect(acc[0].accused.text).toBe('الطائرات');
  });

  it('passive participles name their doer after من قبل or a bare من', () => {
    const [a] = run('ووصلت المساعدات إلى القرى المحاصرة من قبل الفصائل المسلحة.');
    expect(a.act.text).toBe('المحاصرة');
    expect(a.accused.text).toBe('الفصائل المسلحة');
    expect(run('ونقل الجرحى المحاصرين من قوات الحكومة.')[0].accused.text).toBe('قوات الحكومة');
    expect(run('ولم يحدث هذا من قبل.')).toHaveLength(0);
  });

  it('a cause after an act verb names the doer; the quote speaker accuses', () => {
    const [a] = run('وقال الوسيط إن تنفيذ الهدنة تعرقل بسبب تعنت مقاتلين موالين للحكومة.');
    expect(a.act.text).toBe('تعرقل');
    expect(a.accused.text).toBe('مقاتلين موالين للحكومة');
    expect(a.accuser?.text).toBe('الوسيط');
  });

  it('weapons with their user: a verb with an object pronoun, or مصدره', () => {
    const [a] = run('وأصيب طفلان بقذائف أطلقها مسلحون على السوق.');
    expect(a.act.text).toBe('أطلقها');
    expect(a.accused.text).toBe('مسلحون');
    const [b] = run('وانفجرت الألغام التي زرعتها الجماعات المسلحة قرب الطريق.');
    expect(b.act.text).toBe('زرعتها');
    expect(b.accused.text).toBe('الجماعات المسلحة');
    const [c, ...more] = run('وسمع دوي إطلاق نار مصدره مسلحون في الحي.');
    expect(more).toHaveLength(0);
    expect(c.act.text).toBe('إطلاق');
    expect(c.accused.text).toBe('مسلحون');
    expect(run('وأزالت الفرق حقول الألغام من المنطقة.')).toHaveLength(0);
  });

  it('an act verb with an object pronoun and the subject after it', () => {
    const [a] = run('وهذا ما ترفضه الحكومة منذ أشهر.');
    expect(a.act.text).toBe('ترفضه');
    expect(a.accused.text).toBe('الحكومة');
  });

  it('"X هي التي عطلت": the actor in the phrase before the separated pronoun', () => {
    const [a] = run('وقال الوسيط إن الخلافات بين حلفاء الحكومة هي التي عطلت الاتفاق.');
    expect(a.accused.text).toBe('حلفاء الحكومة');
    expect(a.accuser?.text).toBe('الوسيط');
  });

  it('verbal nouns with their doer in the genitive; a pronoun on رفض is a stance', () => {
    expect(run('وكشفت المفاوضات خداع الجماعات المسلحة.')[0].accused.text).toBe('الجماعات المسلحة');
    expect(run('وتأخر الاتفاق بعد رفض مسلحي الفصيل الخروج.')[0].accused.text).toBe('مسلحي الفصيل');
    expect(run('وأعلن الوزير رفضه للقرار.')).toHaveLength(0);
    expect(run('ويهدف الحصار إلى إضعاف المدينة.')).toHaveLength(0);
  });

  it('accused spans name the actor, act spans the word, both inside the accusation', () => {
    const text = 'وقال الوسيط إن المسلحين قاموا بخرق الاتفاق واستهدفوا المعبر بالقذائف.';
    const acc = run(text);
    expect(acc.map((a) => a.act.text)).toEqual(['خرق', 'استهدفوا']);
    for (const a of acc) {
      expect(a.accused.text).toBe('المسلحين');
      expect(text.slice(a.accused.start, a.accused.end)).toBe(a.accused.text);
      expect(text.slice(a.act.start, a.act.end)).toBe(a.act.text);
      expect(a.start).toBeLessThanOrEqual(a.act.start);
      expect(a.end).toBeGreaterThanOrEqual(a.act.end);
      expect(Accusation.omit({ id: true, quote: true }).safeParse(a).success).toBe(true);
    }
  });

  it('guards: objects, homographs, prepositions and passives are not doers', () => {
    for (const text of [
      'وقد احتل الفريق المركز الأول.', // a ranking, not an occupation
      'واستهدف تفجير انتحاري مركزاً ثقافياً في المدينة.', // an accusative object is no subject
      'وهناك رجل اتُّهم بسرقة سيارة.', // a passive blame verb with no one named
      'وأكدت الشركة سلامة الوصلات من أي عطل.', // عطل is a fault
      'واتخذ القرار منعاً للدخول في أزمات.', // tanween: an adverb, not a verb
      'وتبادل الجانبان الهجمات بطائرات حربية.', // a preposition, not a genitive
      'ويعتبره كثيرون رفضا لحكومة الوزير.', // what is refused, not who refuses
      'وتهدف الخطة لمنع الجماعات من دخول البلدة.', // the genitive of منع is who is stopped
      'ووجدت الشرطة الرجل بعد خطفه وقتله.', // the pronoun is the victim
      'وأعلن الوزير رفضه للقرار.', // a stance
      'وأيد الوزير الاتفاق الذي يمنع إيران من إنتاج السلاح.', // after a relative the noun is the object
      'وتهدف الدول إلى منع طهران من حيازة السلاح.', // منع after a preposition is a noun
      'وقتل عشرة بانفجار سيارة يقودها انتحاري استهدف مركز تدريب للشرطة.', // a place is a target
      'وأوقفت الشرطة عناصر متهمة بتلك الجرائم.', // a passive participle names no accuser
    ])
      expect(run(text), text).toHaveLength(0);
  });

  it('a single phrase before بـ after a blame verb is the accused, never its own accuser', () => {
    const [a] = run('ولم يتهم المدرب بارتكاب أي مخالفة.');
    expect(a.accused.text).toBe('المدرب');
    expect(a.accuser).toBeNull();
    expect(run('ومنع الجيش الجماعات من دخول البلدة.')[0].accused.text).toBe('الجيش');
  });

  it('attacks and their authors: فجّر نفسه، تبنى، نفذه، يقف وراء، مسؤوليته عن; group names as actors', () => {
    expect(run('وفجر انتحاري نفسه داخل المسجد أثناء الصلاة.')[0].accused.text).toBe('انتحاري');
    const [a] = run('وتبنى تنظيم داعش الهجوم في بيان.');
    expect(a.act.text).toBe('تبنى');
    expect(a.accused.text).toBe('تنظيم داعش');
    const [b] = run('وأعلن تنظيم داعش مسؤوليته عن التفجير.');
    expect(b.act.text).toBe('مسؤوليته');
    expect(b.accused.text).toBe('تنظيم داعش');
    const [c] = run('وأكد الوزير أن الهجوم الذي نفذه انتحاري لن يمر.');
    expect(c.act.text).toBe('نفذه');
    expect(c.accused.text).toBe('انتحاري');
    expect(c.accuser?.text).toBe('الوزير');
    expect(run('وقال المتحدث إن خلية إرهابية تقف وراء الهجوم.')[0].accused.text).toBe('خلية إرهابية');
    expect(run('واستهدف الحوثيون مواقع الجيش.')[0].accused.text).toBe('الحوثيون');
    expect(run('ونفذت الوزارة المشروع في موعده.')).toHaveLength(0); // نفذ needs an attack
    expect(run('وقتل ثلاثة في تفجير انتحاري قرب السوق.')).toHaveLength(0); // a nisba, not a doer
  });

  it('a titled accuser keeps its genitive and name; the object starts after them', () => {
    const [a] = run('واتهم رئيس الوزراء أحمد داود أوغلو تنظيم داعش بالتفجير.');
    expect(a.accuser?.text).toBe('رئيس الوزراء أحمد داود أوغلو');
    expect(a.accused.text).toBe('تنظيم داعش');
    const [b] = run('واتهم وزير الداخلية المعارضة بالتحريض.');
    expect(b.accuser?.text).toBe('وزير الداخلية');
    expect(b.accused.text).toBe('المعارضة');
  });
});
