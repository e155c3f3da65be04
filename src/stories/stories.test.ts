import { describe, expect, it } from 'vitest';
import type { RawDoc } from '../ingest/types.js';
import { fingerprint, headlineSpeaker } from './fingerprint.js';
import { groupFingerprints } from './stories.js';
import { anchorsHeadline, isNearDuplicate, otherCountries, otherIncidents } from './apart.js';
import { incidentKinds, namesToll, phraseKeys } from './cues.js';
import { storyStem } from './prior.js';
import { continuationOf, judgeKind, bareNameByline } from './kind.js';
import { PAIR_FEATURES, placesApart } from './pair-features.js';
import type { Member } from './story.js';

const doc = (
  id: string,
  outlet: string,
  title: string,
  body: string,
  published = '2021-03-04',
  author?: string,
): RawDoc => ({
  id,
  source: {},
  title,
  outlet,
  published,
  body,
  format: 'json',
  warnings: [],
  ...(author ? { author } : {}),
});

// Two invented events of one day, told by several outlets, and unrelated filler.
const fire = (v: string) =>
  `اندلع حريق كبير فجر اليوم في مستودع للأخشاب بحي الصناعية في مدينة الزرقاء، وأعلن الدفاع المدني أن ${v} فرق إطفاء سيطرت على النيران بعد ثلاث ساعات، وأصيب عامل بحروق طفيفة نقل على إثرها إلى مستشفى الزرقاء الحكومي. وقال المتحدث باسم الدفاع المدني إن التحقيق جار لمعرفة أسباب الحريق في المستودع.`;
const match = (v: string) =>
  `فاز نادي الشروق على ضيفه نادي الأمل بنتيجة ثلاثة أهداف مقابل هدف في المباراة التي أقيمت ${v} على ملعب المدينة الرياضية ضمن الجولة الخامسة من الدوري، وسجل المهاجم سامر الخطيب هدفين في الشوط الثاني، وقال مدرب الشروق إن فريقه استحق الفوز.`;
const filler = [
  'أعلنت وزارة التعليم جدول الاختبارات النهائية للفصل الدراسي الثاني، ودعت الطلاب إلى الاستعداد المبكر ومراجعة المناهج مع المعلمين.',
  'ارتفعت أسعار الذهب في الأسواق المحلية خلال تعاملات الأسبوع بسبب زيادة الطلب على المشغولات قبل موسم الأعراس.',
  'افتتح معرض الكتاب السنوي أبوابه للزوار بمشاركة مئات دور النشر من عشرين دولة، ويستمر المعرض عشرة أيام.',
];

function corpus(): RawDoc[] {
  return [
    doc('fire-a', 'صحيفة أ', 'حريق في مستودع أخشاب بالزرقاء', fire('خمس')),
    doc('match-a', 'صحيفة أ', 'الشروق يفوز على الأمل بثلاثية', match('مساء أمس')),
    doc('fire-b', 'موقع ب', 'الدفاع المدني يسيطر على حريق مستودع الزرقاء', fire('ست')),
    ...filler.map((t, i) => doc(`other-${i}`, 'قناة ج', t.split(' ').slice(0, 4).join(' '), t)),
    doc('match-b', 'قناة ج', 'ثلاثية للشروق في مرمى الأمل', match('مساء الجمعة')),
  ];
}

describe('story grouping', () => {
  const result = groupFingerprints(corpus().map(fingerprint));
  const storyOf = (id: string) => result.stories.find((s) => s.articles.includes(id))!;

  it('puts the reports of one event in one story and different events apart', () => {
    expect(storyOf('fire-a').articles.sort()).toEqual(['fire-a', 'fire-b']);
    expect(storyOf('match-a').articles.sort()).toEqual(['match-a', 'match-b']);
    expect(storyOf('other-0').articles).toEqual(['other-0']);
  });

  it('describes a story: outlets, dates, distinct reports', () => {
    const s = storyOf('fire-a');
    expect(s.outlets.sort()).toEqual(['صحيفة أ', 'موقع ب']);
    expect(s.first).toBe('2021-03-04');
    expect(s.title).toBe('حريق في مستودع أخشاب بالزرقاء');
  });

  it('reports one wire text in two outlets as near-duplicates, counted once', () => {
    expect(result.duplicates).toContainEqual(['fire-a', 'fire-b']);
    expect(storyOf('fire-a').reports).toBe(1);
  });

  it('keeps two events more than the time window apart in two stories', () => {
    const late = doc('fire-late', 'موقع ب', 'حريق في مستودع أخشاب بالزرقاء', fire('سبع'), '2021-04-20');
    const r = groupFingerprints([...corpus(), late].map(fingerprint));
    expect(r.stories.find((s) => s.articles.includes('fire-late'))!.articles).toEqual(['fire-late']);
  });

  it('joins a wire continuation to its first part', () => {
    const first = doc(
      'w1',
      'وكالة',
      'مجلس الوزراء يقر الموازنة العامة',
      'أقر مجلس الوزراء في جلسته اليوم مشروع الموازنة العامة للعام المقبل بعد مناقشة بنودها.',
    );
    const next = doc(
      'w2',
      'وكالة',
      'مجلس الوزراء يقر الموازنة العامة - إضافة أولى',
      'وتضمنت البنود زيادة مخصصات الصحة والتعليم وخفض النفقات الإدارية في الوزارات.',
    );
    const r = groupFingerprints([...corpus(), first, next].map(fingerprint));
    expect(r.stories.find((s) => s.articles.includes('w2'))!.articles).toContain('w1');
  });
});

describe('incident kinds of a headline', () => {
  const kinds = (title: string) => incidentKinds(phraseKeys(title));

  it('reads the kinds a headline names, clitics and plurals included', () => {
    expect(kinds('السيطرة على حريق بمستودع في الحي الصناعي')).toBe(kinds('حرائق الغابات تمتد'));
    expect(kinds('السيطرة على حريق بمستودع في الحي الصناعي')).not.toBe(0);
    expect(kinds('الوزير يفتتح معرض الكتاب')).toBe(0);
  });

  it('keeps apart headlines naming different incidents, never one that names none', () => {
    const fire = kinds('حريق في فندق بالمدينة');
    const crash = kinds('وفاة شخصين في حادث مروري على الطريق السريع');
    expect(otherIncidents(fire, crash)).toBe(true);
    expect(otherIncidents(fire, kinds('الدفاع المدني يخمد حريقا في مستودع'))).toBe(false);
    expect(otherIncidents(fire, kinds('أسباب ما جرى في الفندق'))).toBe(false);
  });

  it('reads a collision as a road accident or a sinking, never a fire', () => {
    const collision = kinds('اصطدام مركبين في النهر');
    expect(otherIncidents(collision, kinds('غرق مركب في النهر'))).toBe(false);
    expect(otherIncidents(collision, kinds('حادث مروري على الطريق'))).toBe(false);
    expect(otherIncidents(collision, kinds('حريق في مستودع'))).toBe(true);
  });

  it('reads a toll word with or without the article, a leading و of the word kept', () => {
    expect(namesToll(phraseKeys('ارتفاع عدد حالات الوفاة في الحادث إلى 12'))).toBe(true);
    expect(namesToll(phraseKeys('وفاة 12 في الحادث'))).toBe(true);
    expect(namesToll(phraseKeys('ارتفاع عدد الزوار إلى 12 ألفا'))).toBe(false);
  });

  it('groups two reports of one fire and leaves a road accident in the same town apart', () => {
    const fireBody = (v: string) =>
      `اندلع حريق في فندق وسط مدينة الزرقاء ${v} وأخلى الدفاع المدني النزلاء دون إصابات وقال المتحدث باسم الدفاع المدني في الزرقاء إن فرق الإطفاء سيطرت على الحريق.`;
    const crashBody =
      'توفي شخصان وأصيب ثلاثة في حادث مروري وسط مدينة الزرقاء وقال المتحدث باسم الدفاع المدني في الزرقاء إن فرق الإسعاف نقلت المصابين إلى المستشفى.';
    const r = groupFingerprints(
      [
        doc('f1', 'صحيفة أ', 'حريق في فندق بالزرقاء', fireBody('صباح اليوم')),
        doc('f2', 'موقع ب', 'إخلاء فندق بالزرقاء بعد حريق', fireBody('فجر اليوم')),
        doc('c1', 'صحيفة ج', 'وفاة شخصين في حادث مروري بالزرقاء', crashBody),
      ].map(fingerprint),
    );
    const storyOf = (id: string) => r.stories.find((s) => s.articles.includes(id))!;
    expect(storyOf('f2').articles).toContain('f1');
    expect(storyOf('c1').articles).toEqual(['c1']);
  });
});

describe('headline figures', () => {
  const boat = (n: string) =>
    `غرق قارب يقل ركابا في بحيرة الواحة مساء أمس بعد اصطدامه بصخرة قرب رصيف الميناء الشمالي، وقالت الشرطة إن ${n} لقوا حتفهم وإن فرق الإنقاذ تواصل البحث عن مفقودين بين ركاب القارب الذين كانوا عائدين من رحلة عائلية.`;
  it('takes a revised toll into the story of its first toll, and keeps other figures apart', () => {
    const r = groupFingerprints(
      [
        doc('t1', 'صحيفة أ', '13 قتيلا في غرق قارب ببحيرة الواحة', boat('ثلاثة عشر شخصا'), '2021-03-04'),
        doc(
          't2',
          'موقع ب',
          'ارتفاع قتلى غرق قارب بحيرة الواحة إلى 21',
          boat('واحدا وعشرين شخصا'),
          '2021-03-05',
        ),
        doc(
          'q1',
          'صحيفة ج',
          'غرق قارب ببحيرة الواحة يقل 40 سائحا',
          'نجا أربعون سائحا من الغرق بعد أن انقلب قاربهم في بحيرة الواحة ظهر اليوم قرب رصيف الميناء الشمالي، وقالت الشرطة إن فرق الإنقاذ انتشلتهم جميعا.',
          '2021-03-05',
        ),
      ].map(fingerprint),
    );
    const storyOf = (id: string) => r.stories.find((s) => s.articles.includes(id))!;
    expect(storyOf('t2').articles).toContain('t1');
    expect(storyOf('q1').articles).toEqual(['q1']);
  });

  it('reads a headline character reference as its character, not as a figure', () => {
    const fp = fingerprint(
      doc('e1', 'موقع ب', 'الشرطة تحقق في &#8220;غرق قارب&#8221; الواحة', boat('ثلاثة أشخاص')),
    );
    expect(fp.title).toBe('الشرطة تحقق في “غرق قارب” الواحة');
    expect(fp.titleNumbers).toHaveLength(0);
    expect([...fp.terms.keys()].filter((t) => t.startsWith('n:'))).toEqual([]);
  });
});

describe('headline speakers', () => {
  const speaker = (title: string) => headlineSpeaker(phraseKeys(title.replace(/[:.]/g, ' ')), title);
  it('reads whom a headline quotes before its colon, not a dateline, a title or a long phrase', () => {
    expect(speaker('الأسد: الجيش متعب')).toEqual(['الاسد']);
    expect(speaker('بشار الأسد: الجيش يواجه نقصا')).toContain('الاسد');
    expect(speaker('تونس: البرلمان يقر قانونا')).toEqual([]);
    expect(speaker('الأسد يعترف بنقص أعداد قواته')).toEqual([]);
    expect(speaker('قال مصدر مسؤول في الوزارة اليوم: لا تغيير')).toEqual([]);
  });
});

describe('story stems', () => {
  it('takes the accusative alef off, not the alef of a short word', () => {
    expect(storyStem('نقصاً')).toBe(storyStem('نقص'));
    expect(storyStem('اتصالاً')).toBe(storyStem('اتصال'));
    expect(storyStem('دعا')).toBe('دعا');
  });

  it('keeps a leading ف that the word list shows is part of the word, and takes a conjunction ف off', () => {
    expect(storyStem('فندق')).toBe(storyStem('الفندق'));
    expect(storyStem('بفندق')).toBe(storyStem('فندق'));
    expect(storyStem('فريق')).toBe(storyStem('الفريق'));
    expect(storyStem('فهو')).toBe('فهو'); // too short to lose a letter
    expect(storyStem('فتعزيز')).toBe(storyStem('تعزيز'));
  });
});

describe('article kinds', () => {
  const keys = (t: string) => t.split(/\s+/);
  it('finds an editorial from its byline and a column from its signature and voice', () => {
    expect(judgeKind({ author: 'كلمة الصحيفة', keys: keys('نص'), lastLine: [], questions: 0 }).kind).toBe(
      'editorial',
    );
    const column = judgeKind({
      author: 'سعاد المحمود',
      keys: keys('لا شك ان ما جرى امس يدعونا الى التفكير و في رايي ان المجتمع يحتاج قانونا'),
      lastLine: ['كاتبه'],
      questions: 2,
    });
    expect(column.kind).toBe('opinion');
    expect(column.cues.join(' ')).toMatch(/signed/);
  });

  it('leaves a report with a dateline byline a report', () => {
    expect(bareNameByline('سامي الحربي (جدة)')).toBe(false);
    expect(bareNameByline('سامي الحربي')).toBe(true);
    const report = judgeKind({
      author: 'سامي الحربي (جدة)',
      keys: keys('قال المتحدث ان الحريق'),
      lastLine: ['الحريق'],
      questions: 0,
    });
    expect(report.kind).toBe('report');
  });

  it('finds a press round-up', () => {
    const k = keys('قالت صحيفه الاولى كذا و قالت صحيفه الثانيه كذا و ذكرت صحيفه ثالثه كذا');
    expect(judgeKind({ keys: k, lastLine: [], questions: 0 }).kind).toBe('roundup');
  });

  it('reads a continuation marker off a title', () => {
    expect(continuationOf('مجلس الوزراء يقر الموازنة - إضافة أولى')).toBe('مجلس الوزراء يقر الموازنه');
    expect(continuationOf('مجلس الوزراء يقر الموازنة')).toBeUndefined();
  });
});

describe('near-duplicate containment', () => {
  it('needs most of the shorter text inside the longer one', () => {
    const a = Uint32Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(isNearDuplicate(a, Uint32Array.from([1, 2, 3, 4, 5, 6, 20, 21]))).toBe(true);
    expect(isNearDuplicate(a, Uint32Array.from([1, 2, 30, 31, 32, 33]))).toBe(false);
    expect(isNearDuplicate(a, Uint32Array.from([1, 2]))).toBe(false); // a quote, not a copy
  });
});

describe('headline anchors', () => {
  // feature ids: 1 a player's name, 2 a common verb; three outlets' headlines of one signing
  const story = [
    { headline: Int32Array.of(1, 2), outlet: 'أ' },
    { headline: Int32Array.of(1), outlet: 'ب' },
    { headline: Int32Array.of(1, 2), outlet: 'ج' },
  ];
  const seen = (f: number) => (f === 1 ? 3 : 40);

  it('ties a headline to a story whose headlines name the same rare word', () => {
    expect(anchorsHeadline(Int32Array.of(1, 7), story, seen)).toBe(true);
  });

  it("does not tie it by a word of many other headlines, nor to one outlet's series", () => {
    expect(anchorsHeadline(Int32Array.of(2), story, seen)).toBe(false);
    const oneOutlet = story.map((o) => ({ ...o, outlet: 'أ' }));
    expect(anchorsHeadline(Int32Array.of(1), oneOutlet, seen)).toBe(false);
  });
});

describe("the second look's pair features", () => {
  it('reports every pair weighed, one value per feature, and groups as without the report', () => {
    const pairs: number[][] = [];
    const fps = corpus().map(fingerprint);
    const seen = groupFingerprints(fps, { onPair: (_small, _target, x) => pairs.push(x) });
    expect(pairs.length).toBeGreaterThan(0);
    for (const x of pairs) expect(x).toHaveLength(PAIR_FEATURES.length);
    expect(seen.stories.map((s) => s.articles)).toEqual(
      groupFingerprints(fps).stories.map((s) => s.articles),
    );
  });

  it('keeps apart headlines naming places, none in common', () => {
    const at = (...places: number[]) => ({ places: Int32Array.from(places) }) as Member;
    expect(placesApart([at(1)], [at(2), at(3)])).toBe(true);
    expect(placesApart([at(1)], [at(2), at(1, 4)])).toBe(false);
    expect(placesApart([at()], [at(2)])).toBe(false); // no place named: nothing to tell
    expect(placesApart([at(1)], [at()])).toBe(false);
  });

  it('keeps apart an incident in one country from a story of incidents in another', () => {
    const one = (countries: number[], incidents = 4, titleToll = false) => ({
      countries: Int32Array.from(countries),
      incidents,
      titleToll,
    });
    expect(otherCountries(one([1]), [one([2]), one([2]), one([])])).toBe(true);
    expect(otherCountries(one([1]), [one([2]), one([1])])).toBe(false); // a headline names its country
    expect(otherCountries(one([1], 0), [one([2]), one([2])])).toBe(false); // no incident: a visit, a talk
    expect(otherCountries(one([1], 0, true), [one([2], 0, true)])).toBe(true); // two tolls
    expect(otherCountries(one([1, 3]), [one([2]), one([2])])).toBe(false); // two countries: a meeting
    expect(otherCountries(one([1]), [one([2]), one([]), one([])])).toBe(false); // most name none
  });

  it('reads the countries of a headline, and none beside a border', () => {
    const countries = (title: string) => fingerprint(doc('a', 'o', title, 'نص قصير.')).headlineCountries;
    expect(countries('مقتل عشرين في هجوم انتحاري في الكاميرون')).toHaveLength(1);
    expect(countries('مقتل عشرين في انفجار في بلدة على حدود سوريا')).toHaveLength(0);
    expect(countries('مقتل عشرين في انفجار في بلدة جنوبية')).toHaveLength(0);
  });
});
