import { describe, expect, it } from 'vitest';
import { findEntityMentions, type EntityMention } from '../extract/entities/entities.js';
import { phraseKey } from '../text/arabic.js';
import { linkEntities } from './entities.js';

const link = (...texts: string[]) => linkEntities(texts.flatMap((t, i) => findEntityMentions(t, `a${i}`)));
const entityOf = (es: ReturnType<typeof link>, text: string) =>
  es.find((e) => e.mentions.some((m) => m.text === text));

describe('linkEntities', () => {
  it('joins a surname to the full name in the same story and strips titles', () => {
    const es = link(
      'وقال وزير الخارجية الروسي سيرغي لافروف إن الهدنة صامدة.',
      'وأضاف لافروف أن موسكو تراقب الوضع، فيما قال المستشار القانوني أسامة أبو زيد إن الفصائل ملتزمة.',
      'وتابع أبو زيد أن الإجلاء تأخر.',
    );
    const lavrov = entityOf(es, 'لافروف');
    expect(lavrov?.name).toBe('سيرغي لافروف');
    expect(lavrov?.type).toBe('PER');
    expect(lavrov?.mentions).toHaveLength(2);
    const abuZaid = entityOf(es, 'أبو زيد');
    expect(abuZaid?.name).toBe('أسامة أبو زيد');
    expect(es.map((e) => e.id)).toEqual(es.map((_, i) => `e${i + 1}`));
  });

  it('joins spelling variants, short forms and lexicon aliases', () => {
    const es = link(
      'وقالت وكالة الصحافة الفرنسية إن مقاتلي الجيش السوري الحر انسحبوا من إدلب.',
      'ونقلت أ ف ب عن قيادي في الجيش الحر أن الانسحاب من ادلب اكتمل، بحسب الوكالة الفرنسية.',
    );
    const afp = entityOf(es, 'أ ف ب');
    expect(afp?.name).toBe('وكالة الصحافة الفرنسية');
    expect(afp?.aliases).toEqual(expect.arrayContaining(['أ ف ب', 'الوكالة الفرنسية']));
    expect(entityOf(es, 'الجيش الحر')?.name).toBe('الجيش السوري الحر');
    expect(entityOf(es, 'ادلب')?.name).toBe('إدلب');
  });

  it('joins a short organisation name to its long form', () => {
    const es = link(
      'وأعلنت هيئة تنسيق الإغاثة المستقلة أن القوافل وصلت.',
      'وقالت هيئة الإغاثة المستقلة إن الطرق آمنة.',
    );
    const e = entityOf(es, 'هيئة الإغاثة المستقلة');
    expect(e?.name).toBe('هيئة تنسيق الإغاثة المستقلة');
  });

  it('joins a short lexicon name to its one national branch in the story', () => {
    const es = link(
      'وقال الهلال الأحمر السوري إن القافلة وصلت.',
      'ونقل الهلال الأحمر الجرحى إلى إدلب، بحسب الصليب الأحمر.',
    );
    const crescent = entityOf(es, 'الهلال الأحمر');
    expect(crescent).toBe(entityOf(es, 'الهلال الأحمر السوري'));
    expect(entityOf(es, 'الصليب الأحمر')?.name).toBe('اللجنة الدولية للصليب الأحمر');
    expect(entityOf(es, 'الصليب الأحمر')).not.toBe(crescent);
  });

  it('keeps a place apart from its old city, citadel and countryside', () => {
    const es = link('وصل الوفد إلى حمص.', 'وتقدمت القوات في حمص القديمة قرب قلعة حمص وفي ريف حمص.');
    const city = entityOf(es, 'حمص');
    expect(city?.name).toBe('حمص');
    for (const t of ['حمص القديمة', 'قلعة حمص', 'ريف حمص']) {
      expect(entityOf(es, t)?.name, t).toBe(t);
      expect(entityOf(es, t), t).not.toBe(city);
    }
  });

  it('keeps apart referents that share words', () => {
    const es = link(
      'وقال الجيش السوري إنه تقدم، بينما قال الجيش السوري الحر إنه صد الهجوم.',
      'ودانت الخارجية الروسية القصف، فيما رحبت الخارجية الأميركية بالهدنة.',
      'واتصل الرئيس الروسي فلاديمير بوتين بالرئيس التركي رجب طيب أردوغان.',
    );
    expect(entityOf(es, 'الجيش السوري')).not.toBe(entityOf(es, 'الجيش السوري الحر'));
    expect(entityOf(es, 'الخارجية الروسية')).not.toBe(entityOf(es, 'الخارجية الأميركية'));
    expect(entityOf(es, 'الخارجية الروسية')?.name).toBe('وزارة الخارجية الروسية');
    expect(entityOf(es, 'فلاديمير بوتين')).not.toBe(entityOf(es, 'رجب طيب أردوغان'));
    expect(entityOf(es, 'رجب طيب أردوغان')?.type).toBe('PER');
  });

  it('does not join a surname that fits two full names', () => {
    const es = link('والتقى أحمد الخطيب بمحمد الخطيب في الدوحة.', 'وقال الخطيب إن اللقاء كان مثمرا.');
    const lone = es.find((e) => e.name === 'الخطيب');
    if (lone) expect(lone.mentions).toHaveLength(1);
    expect(es.filter((e) => e.type === 'PER' && e.name.endsWith('الخطيب')).length).toBeGreaterThanOrEqual(1);
  });
});

// hand-made mentions: these cases test the linker, not the entity finder
type Kind = EntityMention['type'];
/** Mentions of the names in the text; a name's key is its own unless given (a lexicon's canonical name). */
function mentionsOf(text: string, article: string, names: [string, Kind, string?][]): EntityMention[] {
  return names.map(([name, type, canonical]) => {
    const start = text.indexOf(name);
    if (start < 0) throw new Error(`not in the text: ${name}`);
    const key = phraseKey(canonical ?? name);
    return { article, start, end: start + name.length, text: name, type, key };
  });
}

describe('linkEntities: forms of one body', () => {
  it('joins a body written with and without its head, article, body adjective and nisba', () => {
    const a = 'وأعلنت الهيئة العامة للرقابة التجارية أن البنك الأهلي القطري رفع أرباحه.';
    const b = 'وقالت هيئة الرقابة التجارية الأردنية إن أسهم الأهلي القطري صعدت.';
    const es = linkEntities([
      ...mentionsOf(a, 'a0', [
        ['الهيئة العامة للرقابة التجارية', 'ORG'],
        ['البنك الأهلي القطري', 'ORG'],
      ]),
      ...mentionsOf(b, 'a1', [
        ['هيئة الرقابة التجارية الأردنية', 'ORG'],
        ['الأهلي القطري', 'ORG'],
      ]),
    ]);
    expect(es).toHaveLength(2);
    expect(entityOf(es, 'هيئة الرقابة التجارية الأردنية')).toBe(
      entityOf(es, 'الهيئة العامة للرقابة التجارية'),
    );
    expect(entityOf(es, 'الأهلي القطري')).toBe(entityOf(es, 'البنك الأهلي القطري'));
  });

  it('keeps bodies apart whose heads or nisbas differ', () => {
    const a = 'وقالت هيئة الرقابة التجارية الأردنية إن الأسواق هادئة.';
    const b =
      'وأكدت هيئة الرقابة التجارية المصرية أن التداول مستمر، وقالت وزارة الرقابة التجارية إنها تتابع.';
    const es = linkEntities([
      ...mentionsOf(a, 'a0', [['هيئة الرقابة التجارية الأردنية', 'ORG']]),
      ...mentionsOf(b, 'a1', [
        ['هيئة الرقابة التجارية المصرية', 'ORG'],
        ['وزارة الرقابة التجارية', 'ORG'],
      ]),
    ]);
    expect(es).toHaveLength(3);
  });
});

describe('linkEntities: a name in brackets', () => {
  const linkTexts = (texts: string[], names: [string, Kind, string?][][]) =>
    linkEntities(
      texts.flatMap((t, i) => mentionsOf(t, `a${i}`, names[i])),
      new Map(texts.map((t, i) => [`a${i}`, t])),
    );

  it('joins a body and its short name in brackets', () => {
    const es = linkTexts(
      ['وقال الاتحاد العربي للملاكمة (الأعمب) إن البطولة تأجلت.'],
      [
        [
          ['الاتحاد العربي للملاكمة', 'ORG'],
          ['الأعمب', 'ORG'],
        ],
      ],
    );
    expect(es).toHaveLength(1);
    expect(es[0].aliases).toEqual(['الأعمب']);
  });

  it('does not join a place or a wire credit in brackets', () => {
    const es = linkTexts(
      ['وقصفت الطائرات مواقع كتائب الفجر (رويترز).', 'ووصل وفد الأمم المتحدة (دمشق) أمس.'],
      [
        [
          ['كتائب الفجر', 'GROUP'],
          ['رويترز', 'MEDIA'],
        ],
        [
          ['الأمم المتحدة', 'ORG'],
          ['دمشق', 'LOC'],
        ],
      ],
    );
    expect(es).toHaveLength(4);
  });

  it('does not join persons in brackets: the first name may be cut short', () => {
    const es = linkTexts(
      ['وحضرت سلمى خالد الحسني (أم الفقراء) الحفل.'],
      [
        [
          ['خالد الحسني', 'PER'],
          ['أم الفقراء', 'PER'],
        ],
      ],
    );
    expect(es).toHaveLength(2);
  });

  it('does not join a listed group of another type in brackets: an affiliation', () => {
    const es = linkTexts(
      ['وقالت وزارة الزراعة (حماس) إن المحاصيل تضررت.'],
      [
        [
          ['وزارة الزراعة', 'ORG'],
          ['حماس', 'GROUP', 'حركة حماس'],
        ],
      ],
    );
    expect(es).toHaveLength(2);
  });
});

describe('linkEntities: given name and surname of a fuller name', () => {
  it('joins the short full name and the surname to the fuller name', () => {
    const a = 'وقال رئيس الوزراء خالد محفوظ الحسني إن الحكومة ستعود.';
    const b = 'وأكد خالد الحسني أن الخدمات ستعود، وأضاف الحسني أن الموانئ تعمل.';
    const es = linkEntities([
      ...mentionsOf(a, 'a0', [['خالد محفوظ الحسني', 'PER']]),
      ...mentionsOf(b, 'a1', [
        ['خالد الحسني', 'PER'],
        ['الحسني', 'PER'],
      ]),
    ]);
    expect(es).toHaveLength(1);
  });

  it('keeps "X بن Y" apart from a fuller name whose father is not Y', () => {
    const a = 'وقال محمد بن حسين بن مسعد إن الشركة ربحت.';
    const b = 'وكان محمد بن مسعد قد أسس الشركة.';
    const es = linkEntities([
      ...mentionsOf(a, 'a0', [['محمد بن حسين بن مسعد', 'PER']]),
      ...mentionsOf(b, 'a1', [['محمد بن مسعد', 'PER']]),
    ]);
    expect(es).toHaveLength(2);
  });

  it('keeps a father apart from his son who carries his name', () => {
    const a = 'وقال عبد الرحمن بن عبد الله الحسني إن الشركة ربحت.';
    const b = 'وكان عبد الله الحسني قد أسس الشركة.';
    const es = linkEntities([
      ...mentionsOf(a, 'a0', [['عبد الرحمن بن عبد الله الحسني', 'PER']]),
      ...mentionsOf(b, 'a1', [['عبد الله الحسني', 'PER']]),
    ]);
    expect(es).toHaveLength(2);
  });
});
