// Denials across outlets: one copied passage is one voice, two outlets' own reports are two; a
// passage that only tells of a debate still open is no claim (a rumour told is one); another telling of the same denial is passed over
// for the claim it answers when what is denied is known. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { annotated as doc } from '../../../test/fixtures/compare.js';
import { found, pairOf } from '../../../test/fixtures/contradictions.js';

const denials = (docs: ReturnType<typeof doc>[]) => found(docs, 'denial').map(pairOf);

describe('denials: one text or two', () => {
  // a wire passage of twelve words, copied by two papers: too short to make the articles one text
  const wire = 'أعلنت شركة النقل الوطنية وقف رحلات الحافلات بين المدينتين اعتبارا من السبت المقبل.';
  const denial =
    'ونفى متحدث باسم وزارة النقل صحة الأنباء عن وقف رحلات الحافلات بين المدينتين، وقال إن الطريق مفتوح.';
  const own = 'وقال سائقون في محطة الحافلات إن شركة النقل الوطنية أبلغتهم بوقف رحلات الحافلات بين المدينتين.';

  it("a denial and a claim of one copied passage (both in the denial's paper) are one voice", () => {
    const a = doc('a', 'صحيفة أ', `${wire} وتشهد المحطة ازدحاما كبيرا منذ الصباح مع بدء موسم الإجازات.`);
    const b = doc('b', 'صحيفة ب', `${wire} ${denial}`);
    expect(denials([a, b])).toEqual([]);
  });

  it("two outlets' reports tied by a third paper's copy are read as one voice (precision first)", () => {
    const claim = doc('c', 'صحيفة أ', own);
    const deny = doc('d', 'صحيفة ب', `وكان الطريق قد شهد حوادث عدة خلال الشتاء الماضي. ${denial}`);
    // the claim's paper also runs the denying paper's text whole: story-wide, every one of its
    // articles and that text are one origin
    const copy = doc('e', 'صحيفة أ', `وكان الطريق قد شهد حوادث عدة خلال الشتاء الماضي. ${denial}`);
    expect(denials([claim, deny, copy])).toEqual([]);
  });
});

describe('denials: what a passage claims', () => {
  const deny = doc(
    'd',
    'صحيفة ب',
    'ونفت وزارة التعليم صحة الأنباء عن تأجيل بدء العام الدراسي الجديد إلى ما بعد عطلة العيد.',
  );

  it('a debate to be settled claims nothing; a rumour told is a claim a denial answers', () => {
    const rumour = doc(
      'r',
      'صحيفة أ',
      'وتواترت أنباء عن توجه وزارة التعليم إلى تأجيل الدراسة في المدارس الحكومية حتى نهاية عطلة العيد.',
    );
    const debate = doc(
      's',
      'صحيفة ج',
      'ويحسم وزير التعليم اليوم الجدل بشأن تأجيل الدراسة في المدارس الحكومية حتى نهاية عطلة العيد.',
    );
    expect(denials([rumour, deny])).toEqual(['d-r']);
    expect(denials([debate, deny])).toEqual([]);
  });

  it('a passage that states it is answered', () => {
    // (no four words in a row shared with the denial: that would make the two one copied passage)
    const claim = doc(
      'c',
      'صحيفة أ',
      'وقالت مصادر تربوية إن وزارة التعليم قررت تأجيل الدراسة في المدارس الحكومية حتى نهاية عطلة العيد.',
    );
    expect(denials([claim, deny])).toEqual(['c-d']);
  });

  it('another paper telling the same denial is not passed over for a claim further on', () => {
    const claim = doc(
      'c',
      'صحيفة أ',
      'وقالت مصادر في المنفذ إن السلطات تمنع منذ أمس عبور المسافرين العزاب من المنفذ الشمالي طوال العيد.',
    );
    const denied = doc(
      'n',
      'صحيفة ب',
      'ونفى مصدر في وزارة الداخلية صحة الأنباء عن منع المسافرين العزاب من عبور منفذ الحدود الشمالي خلال عطلة العيد.',
    );
    const again = doc(
      'm',
      'صحيفة ج',
      'نفى مصدر مسؤول في وزارة الداخلية منع المسافرين العزاب من عبور منفذ الحدود الشمالي خلال العيد.',
    );
    expect(denials([claim, denied, again])).not.toContain('c-n');
  });

  it('does not pass over it when what is denied is not known: the next may be background', () => {
    const denied = doc(
      'd',
      'صحيفة أ',
      'نفى الممثل سامر خليل علنا يوم الاثنين تقريرا بأنه وزوجته الممثلة ريم الأحمد قررا الانفصال بعد زواج دام عشرين عاما.',
    );
    const again = doc(
      'e',
      'صحيفة ب',
      'ونفت مصادر مقربة يوم الاثنين تقريرا صحفيا بأن الممثل سامر خليل وزوجته الممثلة ريم الأحمد قررا الانفصال بعد زواج دام عشرين عاما.',
    );
    const background = doc(
      'b',
      'صحيفة ج',
      'يذكر أن الممثل سامر خليل تزوج من الممثلة ريم الأحمد قبل عشرين عاما، وأنجبا ابنين وابنة.',
    );
    expect(denials([denied, again, background])).toEqual([]);
  });
});
