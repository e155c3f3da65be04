import { describe, expect, it } from 'vitest';
import { compareArticles, judgeLeaningAlone } from '../compare.js';
import { article, quote, compareInput } from '../../../test/fixtures/compare.js';

// Two invented reports of one event, each in the words of one side.
const loyal = article(
  'loyal',
  'واصل الجيش السوري عملياته لتطهير الأحياء الشرقية من الإرهابيين، بعد أن استعاد السيطرة على ثلاث بلدات. ' +
    'وأفادت مصادر ميدانية بأن المسلحين انسحبوا تحت ضغط وحدات الجيش، فيما تواصل الجماعات المسلحة استهداف الأحياء الآمنة. ' +
    'وأكد قائد ميداني أن عملية تحرير المنطقة ستكتمل خلال أيام.',
  'قناة موالية',
);
const rebel = article(
  'rebel',
  'صعدت قوات النظام وميليشياته حملتها على الأحياء الشرقية، وسط قصف عنيف أسفر عن سقوط شهداء بين المدنيين. ' +
    'وتصدى الثوار لمحاولات التقدم، فيما قالت فصائل المعارضة إن المليشيات الإيرانية تشارك في الهجوم. ' +
    'ويخشى الأهالي من التهجير القسري بعد الحملة الهمجية على المنطقة.',
  'موقع معارض',
);

describe('leaning', () => {
  const r = compareArticles(compareInput({ articles: [loyal, rebel] }));

  it('labels two articles from opposite sides, with score sign and evidence', () => {
    expect(r.leaning.loyal.label).toBe('pro-government');
    expect(r.leaning.loyal.score).toBeGreaterThan(0);
    expect(r.leaning.rebel.label).toBe('pro-opposition');
    expect(r.leaning.rebel.score).toBeLessThan(0);
    for (const l of [r.leaning.loyal, r.leaning.rebel]) {
      expect(l.conflict).toBe('syria');
      expect(l.evidence.length).toBeGreaterThanOrEqual(3);
      for (const e of l.evidence) {
        const a = e.article === 'loyal' ? loyal : rebel;
        expect(a.text.slice(e.start, e.end)).toBe(e.text);
      }
    }
  });

  it('matches terms behind clitics (و ب ل ال لل)', () => {
    const texts = r.leaning.loyal.evidence.map((e) => e.text);
    expect(texts).toContain('لتطهير');
    expect(r.leaning.rebel.evidence.map((e) => e.text)).toContain('وميليشياته');
  });

  it('judges outlets too', () => {
    expect(r.outletLeaning['قناة موالية'].label).toBe('pro-government');
  });

  it('discounts words inside a quotation: the speaker chose them, not the outlet', () => {
    const a = article(
      'q',
      'قال المتحدث باسم الجيش إن "الإرهابيين والمسلحين والجماعات الإرهابية يعرقلون الحل". وتواصل القوات الحكومية انتشارها.',
      'وكالة',
    );
    const quotes = [
      quote(
        a,
        'المتحدث باسم الجيش',
        'قال',
        'الإرهابيين والمسلحين والجماعات الإرهابية يعرقلون الحل',
        'official',
      ),
    ];
    expect(compareArticles(compareInput({ articles: [a] })).leaning.q.label).toBe('pro-government');
    expect(compareArticles(compareInput({ articles: [a], quotes })).leaning.q.label).toBe('neutral');
  });

  it('calls a text with no framing words neutral', () => {
    const a = article('n', 'ارتفعت أسعار الذهب في الأسواق العالمية اليوم بنسبة طفيفة.');
    expect(compareArticles(compareInput({ articles: [a] })).leaning.n).toMatchObject({
      label: 'neutral',
      score: 0,
    });
  });

  it('judges other conflicts from the same lexicon (Yemen)', () => {
    const a = article(
      'y',
      'شنت ميليشيا الحوثي الانقلابية هجوما على مواقع الجيش الوطني، وتصدت قوات الشرعية للهجوم بدعم من التحالف العربي، وقتل عدد من الانقلابيين.',
    );
    const l = compareArticles(compareInput({ articles: [a] })).leaning.y;
    expect(l.conflict).toBe('yemen');
    expect(l.label).toBe('pro-government');
  });
});

describe('framing table', () => {
  it('counts rival words per concept and article, each occurrence a span into its article', () => {
    const r = compareArticles(compareInput({ articles: [loyal, rebel] }));
    const opp = r.framing.concepts.find((c) => c.concept === 'syria/armed-opposition')!;
    const terms = Object.fromEntries(opp.variants.map((v) => [v.term, v.articles]));
    const once = (article: string, text: string) => {
      const at = { loyal, rebel }[article]!.text.indexOf(text);
      return [{ article, count: 1, mentions: [{ article, start: at, end: at + text.length, text }] }];
    };
    expect(terms['المسلحين']).toEqual(once('loyal', 'المسلحين'));
    expect(terms['الثوار']).toEqual(once('rebel', 'الثوار'));
  });
});

describe('leaning of an outlet that speaks through one side', () => {
  it('is not neutral when the score is high over several words, even if most are quoted', () => {
    const a = article(
      'relay',
      'أعلن الثوار أن قوات النظام والمليشيات الإيرانية قصفت الأحياء السكنية. ' +
        'وقال قائد في الجيش الحر إن الثوار صدوا هجوم قوات الأسد على الأحياء الشرقية.',
      'موقع',
    );
    const quotes = [
      quote(a, 'الثوار', 'أعلن', 'قوات النظام والمليشيات الإيرانية قصفت الأحياء السكنية', 'organization'),
      quote(a, 'قائد في الجيش الحر', 'وقال', 'الثوار صدوا هجوم قوات الأسد على الأحياء الشرقية', 'official'),
    ];
    const l = compareArticles(compareInput({ articles: [a], quotes })).leaning.relay;
    expect(l.score).toBeLessThanOrEqual(-0.6);
    expect(l.label).toBe('pro-opposition');
  });
});

describe('leaning of an article judged alone (an opinion column kept out of the comparison)', () => {
  // two columns of different conflicts in one call: each is read under its own conflict only
  const yemen = article(
    'col-yemen',
    'لم تعد الميليشيات الحوثية قادرة على إخفاء هزائمها في تعز وعدن، فالمخلوع يراهن على الخراب. ' +
      'وحين تقف المقاومة الشعبية مع الحكومة الشرعية في اليمن فإن الانقلابيين يخسرون كل يوم أرضا جديدة.',
    'صحيفة الرأي',
  );
  const syria = article(
    'col-syria',
    'يواصل نظام الأسد قصف حلب وإدلب بالبراميل، وميليشيات حزب الله تحاصر الزبداني منذ أسابيع. ' +
      'ولن ينسى السوريون أن الثوار وحدهم وقفوا في وجه آلة القتل.',
    'صحيفة الرأي',
  );
  const r = judgeLeaningAlone(compareInput({ articles: [yemen, syria] }));

  it('gives each its side under its own conflict', () => {
    expect(r['col-yemen']).toMatchObject({ label: 'pro-government', conflict: 'yemen' });
    expect(r['col-syria']).toMatchObject({ label: 'pro-opposition', conflict: 'syria' });
  });

  it('reads the adjective forms of a party name and the title of a deposed leader', () => {
    const texts = r['col-yemen'].evidence.map((e) => e.text);
    expect(texts).toContain('الميليشيات الحوثية');
    expect(texts).toContain('فالمخلوع');
  });
});
