import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findEntityMentions, type EntityMention } from './entities.js';
import { needShared } from '../../../test/shared-data.js';

const find = (text: string) => findEntityMentions(text, 'a');
const has = (ms: EntityMention[], text: string, type?: string) =>
  ms.some((m) => m.text === text && (!type || m.type === type));

describe('findEntityMentions', () => {
  it('finds outlets, groups, places and people from the lexicons, with spans into the text', () => {
    const text =
      'ونقلت وكالة رويترز عن مصدر في الجيش السوري الحر أن القصف استهدف مدينة إدلب، فيما قال حزب الله إنه لن ينسحب.';
    const ms = find(text);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(has(ms, 'وكالة رويترز', 'MEDIA')).toBe(true);
    expect(has(ms, 'الجيش السوري الحر', 'GROUP')).toBe(true);
    expect(has(ms, 'إدلب', 'LOC')).toBe(true);
    expect(has(ms, 'حزب الله', 'GROUP')).toBe(true);
  });

  it('starts spans after proclitics', () => {
    const ms = find('وقال مسؤول لوكالة الصحافة الفرنسية إن وفدا زار وروسيا وبتركيا الأسبوع الماضي.');
    const afp = ms.find((m) => m.key === 'وكاله الصحافه الفرنسيه');
    expect(afp?.text).toBe('وكالة الصحافة الفرنسية');
    expect(has(ms, 'روسيا', 'LOC')).toBe(true);
    expect(has(ms, 'تركيا', 'LOC')).toBe(true);
  });

  it('maps aliases to the canonical key', () => {
    const ms = find('وذكرت أ ف ب أن الاتفاق تأخر، بحسب ما أوردت سانا.');
    expect(ms.find((m) => m.text === 'أ ف ب')?.key).toBe('وكاله الصحافه الفرنسيه');
    expect(ms.find((m) => m.text === 'سانا')?.type).toBe('MEDIA');
  });

  it('uses patterns: ministries with a nisba, place heads, heads of organisations', () => {
    const ms = find(
      'وأعلنت الخارجية الروسية أن قوافل وصلت إلى بلدة كفرزيتا، بحسب صحيفة الوطن المحلية ووزارة الصحة الليبية.',
    );
    expect(has(ms, 'الخارجية الروسية', 'ORG')).toBe(true);
    expect(has(ms, 'كفرزيتا', 'LOC')).toBe(true);
    expect(has(ms, 'صحيفة الوطن', 'MEDIA')).toBe(true);
    expect(has(ms, 'وزارة الصحة الليبية', 'ORG')).toBe(true);
  });

  it('finds a person after a title and strips the title', () => {
    const ms = find(
      'وقال وزير الخارجية التركي مولود جاويش أوغلو إن المفاوضات مستمرة، وأكد الرئيس الفرنسي فرانسوا هولاند ذلك.',
    );
    expect(has(ms, 'مولود جاويش أوغلو', 'PER')).toBe(true);
    expect(has(ms, 'فرانسوا هولاند', 'PER')).toBe(true);
    expect(ms.some((m) => m.text.includes('وزير'))).toBe(false);
    expect(ms.some((m) => m.type === 'ORG' && m.text.startsWith('الخارجية'))).toBe(false);
  });

  it('finds a surname that comes back alone after the full name', () => {
    const ms = find(
      'وقال مدير المستشفى خالد الزهراني إن الحالات مستقرة.\nوأوضح الزهراني أن الفرق الطبية تعمل منذ الصباح.',
    );
    expect(ms.filter((m) => m.type === 'PER').map((m) => m.text)).toEqual(['خالد الزهراني', 'الزهراني']);
  });

  it('finds a person after a role and the body it speaks for', () => {
    const ms = find(
      'وقال المتحدث باسم وزارة الخارجية الماليزية داود كمالي إن الوفد وصل. وأكد كمالي أن المحادثات بدأت.\n' +
        'وأعلن مسؤول الإعلام في المعارضة الليبية المسلحة الطاهر بن زايد أن الهدنة صامدة.',
    );
    expect(has(ms, 'داود كمالي', 'PER')).toBe(true);
    expect(has(ms, 'كمالي', 'PER')).toBe(true);
    expect(has(ms, 'الطاهر بن زايد', 'PER')).toBe(true);
    expect(has(ms, 'وزارة الخارجية الماليزية', 'ORG')).toBe(true);
  });

  it('ends a name after a role at verbs, pronoun nouns and adverbs', () => {
    const ms = find('وقال وزير الطاقة جورج لامبرت يتوقع زيادة الإنتاج، فيما غادر الأمير سعود مسرعًا.');
    expect(has(ms, 'جورج لامبرت', 'PER')).toBe(true);
    expect(
      ms.some((m) => m.text.includes('يتوقع') || m.text.includes('مسرع') || m.text.includes('الطاقة')),
    ).toBe(false);
  });

  it('reads name particles, role links and a place as the body of a role', () => {
    const ms = find(
      'وقال العقيد عبد الأمير الساعدي إن الطريق مفتوح. والتقى المفوض الأوروبي لشؤون الطاقة يانيس كوفاتش نظيره. ' +
        'وأوضح قائم مقام قضاء الموصل نزار الحمداني أن المدارس فتحت. ووصل المبعوث إسماعيل ولد الشيخ أحمد.',
    );
    expect(has(ms, 'عبد الأمير الساعدي', 'PER')).toBe(true);
    expect(has(ms, 'نزار الحمداني', 'PER')).toBe(true);
    expect(has(ms, 'إسماعيل ولد الشيخ أحمد', 'PER')).toBe(true);
  });

  // A known miss since the tagger trained on ner-train7/8 (fourteenth round), read right again by the
  // beam-trained tagger (sixteenth round, docs/ner-rounds.md).
  it('a foreign name after a role and its body (يانيس كوفاتش)', () => {
    const ms = find('والتقى المفوض الأوروبي لشؤون الطاقة يانيس كوفاتش نظيره.');
    expect(has(ms, 'يانيس كوفاتش', 'PER')).toBe(true);
  });
  // Known miss of the tagger trained on ner-train7/8 (fourteenth round, docs/ner-rounds.md), still
  // missed with the beam: it.fails keeps it in view (the test turns red the day it is read right).
  it.fails('known miss: a quarter named after a family (كرم الطرابيشي) in a list of quarters', () => {
    const ms = find('وسيطرت القوات على حيي باب السباع وكرم الطرابيشي، ثم على حي صلاح الدين.');
    expect(has(ms, 'كرم الطرابيشي', 'LOC')).toBe(true);
  });

  it('takes an organisation head and the listed place after it as one organisation', () => {
    const ms = find('وأعلنت جامعة حلب وبلدية باريس وحكومة مصر عن برنامج مشترك مع المملكة.');
    expect(has(ms, 'جامعة حلب', 'ORG')).toBe(true);
    expect(has(ms, 'بلدية باريس', 'ORG')).toBe(true);
    expect(has(ms, 'حكومة مصر', 'ORG')).toBe(true);
    expect(has(ms, 'المملكة', 'LOC')).toBe(true);
  });

  it('ends a tagged name at a preposition + noun and refuses verbs with object pronouns', () => {
    const ms = find(
      'وقال سامي بمنطقتي الشمال والجنوب إن الفريق قد يخسرها. وقال المدير السيدة لينا لكي تبلغه.',
    );
    expect(ms.some((m) => m.text.includes('بمنطقتي'))).toBe(false);
    expect(ms.some((m) => m.text.includes('يخسرها'))).toBe(false);
    expect(ms.some((m) => m.text.includes('لكي'))).toBe(false);
  });

  it('keeps facilities, countryside and old quarters as places of their own', () => {
    const ms = find(
      'وتقدمت القوات من قلعة حمص نحو حمص القديمة وريف حمص ومطار حمص، وسيطرت على حيي باب السباع وكرم الطرابيشي، ثم على حي صلاح الدين.',
    );
    // كرم الطرابيشي: a known miss since the fourteenth round (below)
    for (const t of ['قلعة حمص', 'حمص القديمة', 'ريف حمص', 'مطار حمص', 'باب السباع'])
      expect(has(ms, t, 'LOC'), t).toBe(true);
    expect(has(ms, 'صلاح الدين', 'LOC')).toBe(true);
  });

  it('does not let a tagger span run across "و" into another listed name', () => {
    const ms = find('وجرى ذلك بإشراف الصليب الأحمر الدولي والهلال الأحمر، لأجل إتمام الإجلاء.');
    expect(has(ms, 'الصليب الأحمر الدولي', 'ORG')).toBe(true);
    expect(has(ms, 'الهلال الأحمر', 'ORG')).toBe(true);
  });

  it('ends a body where the name of the person speaking for it begins', () => {
    const ms = find('وقال المتحدث باسم وزارة الخارجية الباكستانية زاهد حفيظ إن الوفد سيصل غدا.');
    expect(ms.map((m) => `${m.type}:${m.text}`)).toEqual(['ORG:وزارة الخارجية الباكستانية', 'PER:زاهد حفيظ']);
  });

  it('keeps a listed body whole, without what is coordinated with it or a name after it', () => {
    const ms = find('واتهمت الحكومة حزب الله والفصائل الموالية له بقصف القرى.');
    expect(ms.map((m) => m.text)).toEqual(['حزب الله']);
    const eu = find('وأعلنت مفوضة الاتحاد الأوروبي كريستينا فالينو أن المساعدات ستصل.');
    expect(has(eu, 'الاتحاد الأوروبي', 'ORG')).toBe(true);
    expect(eu.some((m) => m.text.startsWith('الاتحاد الأوروبي '))).toBe(false);
  });

  it('never takes a month name or a direction into a name', () => {
    const ms = find('وفي حزيران (يونيو) سيطرت القوات على بلدة تل صبحة شمال حماة.');
    expect(ms.map((m) => `${m.type}:${m.text}`)).toEqual(['LOC:تل صبحة', 'LOC:حماة']);
  });

  it('does not turn common words into entities', () => {
    const text =
      'وقال مسؤولون إن المدينة شهدت ليلة هادئة بعد أن توقف القصف، وأكد ناشطون أن الأهالي عادوا إلى منازلهم صباح اليوم.';
    expect(find(text)).toEqual([]);
  });
});

describe('entities over the seed articles', () => {
  // read inside each test, so that a missing ../shared fails them with its message
  const seedTexts = () => {
    const dir = needShared('seeds');
    const texts = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
    expect(texts).toHaveLength(5);
    return texts;
  };
  it('finds the outlets, places, groups and people of the story', () => {
    const keys = new Set<string>();
    for (const text of seedTexts()) for (const m of find(text)) keys.add(m.key);
    for (const k of [
      'رويترز',
      'وكاله الاناضول',
      'حلب',
      'ادلب',
      'ايران',
      'روسيا',
      'تركيا',
      'الجيش السوري الحر',
      'حزب الله',
      'سيرغي لافروف',
      'جون كيري',
      'اسامه ابو زيد',
    ])
      expect(keys, k).toContain(k);
  });

  it('gives spans that match the text and never overlap', () => {
    for (const text of seedTexts()) {
      const ms = find(text);
      expect(ms.length).toBeGreaterThan(0);
      ms.forEach((m, i) => {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(['PER', 'ORG', 'LOC', 'MEDIA', 'GROUP']).toContain(m.type);
        if (i) expect(m.start).toBeGreaterThanOrEqual(ms[i - 1].end);
      });
    }
  });
});

describe('findEntityMentions on odd input', () => {
  it('copes with empty, Latin-only and punctuation-only text', () => {
    expect(find('')).toEqual([]);
    expect(find('...!!! ،،،')).toEqual([]);
    // Latin text: only a name the lexicons list in Latin script (the outlet) is found
    expect(find('Reuters reported from Aleppo on Monday.')).toEqual([
      { article: 'a', start: 0, end: 7, text: 'Reuters', type: 'MEDIA', key: 'رويترز' },
    ]);
  });
});

describe('names found once in an article', () => {
  it('are found again where they come back without a role', () => {
    // The company's name is left out of the first sentence since the thirteenth round's tagger: it
    // runs "شركة سيمنس" on into the spokesman's name (سيمنس مارتن فولكر as one body), a boundary
    // error of its own (docs/ner-rounds.md); this test is about the name's second mention.
    const text = 'قال المتحدث باسم الشركة مارتن فولكر إن الأرباح ارتفعت. وأكد مارتن فولكر أن الشركة ستتوسع.';
    const people = find(text).filter((m) => m.type === 'PER');
    expect(people.map((m) => m.text)).toEqual(['مارتن فولكر', 'مارتن فولكر']);
    for (const m of people) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('takes one more unknown name word next to a person, never a common noun or a verb', () => {
    expect(find('وكرر أوباما كارتيني موقفه من الاتفاق.').map((m) => m.text)).toContain('أوباما كارتيني');
    // "دافع" and "المغامر" are nouns the news writes with the article; a verb is no name either
    for (const text of [
      'وقال أوباما دافع عن الاتفاق.',
      'وقال إن أوباما المغامر يرفض.',
      'وقال أوباما ليعوض الخسارة.',
    ])
      expect(
        find(text).map((m) => m.text),
        text,
      ).toEqual(['أوباما']);
  });

  it('keeps a base, camp or valley with its name, never a description after it', () => {
    const text =
      'وتقدمت القوات نحو قاعدة الزهيرة الجوية ومعسكر الرميلة، فيما أقيم معسكر مغلق للفريق وقاعدة إحصائية جديدة.';
    expect(find(text).map((m) => m.text)).toEqual(['قاعدة الزهيرة', 'معسكر الرميلة']);
    // "وادي" starts with the letter و: no conjunction, so "وتطهير" is no place in a list
    const list = find('وسيطرت القوات على حي الزهور وتطهير وادي الرمان.').map((m) => m.text);
    expect(list).toEqual(['الزهور', 'وادي الرمان']);
  });

  it('reads an unknown word between a cue verb and the reported words as the speaker', () => {
    const text =
      'وقال كوستيغان إن المفاوضات ستستمر. وأضاف مستدركا أن الاتفاق قريب. وأوضح مندوبون أن الاجتماع انتهى. وأكدت شاهدة أن النار اشتعلت.';
    expect(find(text).map((m) => `${m.type}:${m.text}`)).toEqual(['PER:كوستيغان']);
    expect(find('وأشارت زيلنوفا إلى أن الوفد سيصل غدا.').map((m) => m.text)).toEqual(['زيلنوفا']);
  });

  it('finds a rare one-word name again where it comes back in the article', () => {
    const text = 'وقال كوستيغان إن المفاوضات ستستمر. وأضاف أن كوستيغان سيزور المنطقة قريبا.';
    const people = find(text).filter((m) => m.type === 'PER');
    expect(people.map((m) => m.text)).toEqual(['كوستيغان', 'كوستيغان']);
    for (const m of people) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads a state with its form as one place, the country', () => {
    const ms = find('واستنكرت مملكة البحرين التصريحات، ورحبت الجمهورية اليمنية بالقرار.');
    expect(ms.map((m) => `${m.type}:${m.text}:${m.key}`)).toEqual([
      'LOC:مملكة البحرين:البحرين',
      'LOC:الجمهورية اليمنية:اليمن',
    ]);
  });

  it('reads a feminine nisba after a definite feminine noun or plural as the adjective, not the place', () => {
    const ms = find('وقالت المرأة السعودية إنها سعيدة، وتراجعت الشركات السعودية. وزار الوفد السعودية أمس.');
    expect(ms.filter((m) => m.text === 'السعودية').map((m) => m.start)).toEqual([
      'وقالت المرأة السعودية إنها سعيدة، وتراجعت الشركات السعودية. وزار الوفد '.length,
    ]);
  });

  it('keeps a given name spelled like a preposition and a foreign particle inside a tagged name', () => {
    // علي is also على ("on"), فان also ف + أن ("for ... that"): inside a person's name they are names
    expect(
      has(
        find('وقال المهندس سعيد بن علي القحطاني إن المشروع اكتمل في موعده.'),
        'سعيد بن علي القحطاني',
        'PER',
      ),
    ).toBe(true);
    expect(has(find('وأكد الدكتور علي الزهراني أن الفحوص سليمة.'), 'علي الزهراني', 'PER')).toBe(true);
    expect(has(find('وقال المدرب الهولندي مارتن فان باستن إن الفريق جاهز.'), 'مارتن فان باستن', 'PER')).toBe(
      true,
    );
    expect(find('وأشار إلى أن المفاوضات تعثرت، فان الطرفين لم يتفقا.')).toEqual([]);
  });

  it('does not pull the preposition على or "so that" (فان) into a tagged name', () => {
    // keys fold ى into ي: على spelled with ى is the preposition, not the given name علي
    const praise = find('وأثنى الوزير على محمد الزهراني في كلمته أمس.');
    expect(has(praise, 'محمد الزهراني', 'PER')).toBe(true);
    expect(has(praise, 'على محمد الزهراني')).toBe(false);
    // فان before a definite word is ف + أن ("so that"), not a foreign name particle
    const arrival = find('وبحسب أحمد فان الوزير وصل إلى المطار.');
    expect(arrival.some((m) => m.text.includes('فان'))).toBe(false);
  });

  it('lets a longer tagged name win over a listed place inside it', () => {
    const ms = find('ووقع ريال مدريد عقدا مع لاعب جديد، وافتتحت أمانة القصيم حديقة.');
    expect(has(ms, 'ريال مدريد', 'ORG')).toBe(true);
    expect(has(ms, 'أمانة القصيم', 'ORG')).toBe(true);
    expect(has(ms, 'مدريد')).toBe(false);
  });

  it('reads a lexicon abbreviation written with dots, and no other dotted letters', () => {
    const ms = find(
      'وقال مصدر لوكالة الأنباء الألمانية (د. ب. أ) إن الوفد وصل، ونقلت أ.ف.ب أن د. سمير غادر.',
    );
    const dpa = ms.find((m) => m.text === 'د. ب. أ');
    expect(dpa?.type).toBe('MEDIA');
    expect(dpa?.key).toBe(ms.find((m) => m.text === 'وكالة الأنباء الألمانية')?.key);
    expect(has(ms, 'أ.ف.ب', 'MEDIA')).toBe(true);
    expect(ms.some((m) => m.text.startsWith('د. سمير'))).toBe(false);
  });
});
