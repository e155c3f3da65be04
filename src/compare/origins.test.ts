import { describe, expect, it } from 'vitest';
import { article } from '../../test/fixtures/compare.js';
import { buildContext } from './context/context.js';
import { creditOf, findOrigins } from './origins.js';

const ctx = (a: ReturnType<typeof article>) => buildContext(a, undefined, [], []);

// one invented wire text, trimmed by one paper and padded by another
const WIRE =
  'قال مسؤولون محليون إن سيلا جارفا اجتاح ثلاث قرى في الوادي الشمالي صباح اليوم وجرف عشرات المنازل والسيارات. ' +
  'وأضاف المسؤولون أن فرق الدفاع المدني ما زالت تبحث عن مفقودين تحت الطين في القرية الأقرب إلى مجرى السيل. ' +
  'وأعلنت السلطات تعليق الدراسة في مدارس المنطقة حتى نهاية الأسبوع وفتح قاعات رياضية لإيواء المتضررين. ' +
  'وكانت الأرصاد قد حذرت قبل يومين من أمطار رعدية غزيرة قد تسبب سيولا في الأودية المنخفضة. ' +
  'ووصلت طائرتا إنقاذ من العاصمة بعد الظهر لنقل المصابين إلى المستشفيات الكبرى، بحسب المسؤولين أنفسهم. ' +
  'وقدرت السلطات الخسائر الأولية بملايين الدولارات، ودعت السكان إلى الابتعاد عن ضفاف الوادي حتى إشعار آخر.';
const OWN =
  'وزار مراسلنا مدرسة تحولت إلى مأوى للعائلات التي فقدت بيوتها، وتحدث إلى معلم قال إن الطرق مقطوعة منذ الفجر. ' +
  'وروت امرأة مسنة أنها نجت مع أحفادها بعد أن صعدوا إلى سطح الجيران حين ارتفع الماء فجأة في الأزقة الضيقة. ' +
  'ويطالب الأهالي منذ سنوات ببناء سد صغير عند مدخل الوادي، لكن المشروع بقي على الورق بسبب نقص التمويل والخلافات. ' +
  'وتوقع خبراء الأرصاد أن تستمر الأمطار الغزيرة يومين آخرين على المرتفعات المحيطة بالوادي وأن ترتفع المياه مجددا.';
const LEAD = WIRE.slice(0, WIRE.indexOf('.') + 1);

describe('origins', () => {
  it('reads a credit line at the head of an article', () => {
    expect(creditOf(ctx(article('a', `المدينة - (أ ف ب): ${WIRE}`, 'صحيفة أ')))).toBe('AFP');
    expect(creditOf(ctx(article('b', OWN, 'صحيفة ب')))).toBeUndefined();
  });

  it('gives a wire lead inside a paper report the wire origin, and the paper sentences their own', () => {
    const a = ctx(article('a', `المدينة - (أ ف ب): ${WIRE}`, 'صحيفة أ'));
    const b = ctx(article('b', `${LEAD} ${OWN}`, 'صحيفة ب'));
    const o = findOrigins([a, b], new Map());
    const wireInB = o.at(b, 10);
    expect(wireInB.id).toBe(o.at(a, 30).id);
    expect(wireInB.label).toBe('AFP');
    const own = o.at(b, b.text.indexOf('وزار'));
    expect(own.id).not.toBe(wireInB.id);
  });

  it('keeps two papers that share only a stock phrase apart', () => {
    const a = ctx(article('a', 'بدأت يوم الثلاثاء عملية إجلاء الجرحى من الأحياء الشرقية.', 'قناة أ'));
    const b = ctx(article('b', 'بدأت مساء الأربعاء عملية إجلاء الجرحى من الأحياء الشرقية.', 'موقع ب'));
    const o = findOrigins([a, b], new Map());
    expect(o.at(a, 0).id).not.toBe(o.at(b, 0).id);
  });
});

describe('origins of an edited wire paragraph', () => {
  it('gives a rewritten middle sentence the origin of the copied sentences around it', () => {
    const sentences = WIRE.split('. ');
    const edited = 'وقال مسؤول إن فرق الإنقاذ تواصل البحث عن أشخاص مفقودين تحت الوحل قرب مجرى السيل';
    const copy = [sentences[0], edited, sentences[2]].join('. ') + '.';
    const more =
      'وفي العاصمة عقدت الحكومة اجتماعا طارئا لبحث خطة لإعادة إعمار الجسور التي دمرها السيل في الشمال. ' +
      'وأعلن وزير المالية تخصيص صندوق خاص لتعويض المزارعين الذين خسروا محاصيلهم ومواشيهم في الفيضان. ' +
      'وانتقد نواب في البرلمان تأخر الإنذار المبكر وطالبوا بمحاسبة المسؤولين عن صيانة قنوات التصريف القديمة. ' +
      'وتبرعت شركات خاصة بمولدات كهربائية وخزانات مياه للقرى المنكوبة بعد انقطاع الشبكة العامة منذ الليلة الماضية. ' +
      'ونظم متطوعون من الجامعات حملة لجمع الملابس والأغطية وإيصالها إلى مراكز الإيواء في المدارس والقاعات الرياضية. ' +
      'وقال مهندسون إن التربة المشبعة بالماء قد تسبب انهيارات على الطرق الجبلية خلال الأيام المقبلة إذا تواصلت الأمطار. ' +
      'وأغلقت إدارة المرور ثلاثة طرق رئيسية تربط الوادي بالمدن المجاورة ونشرت دوريات لتحويل السير إلى طرق بديلة.';
    const a = ctx(article('a', `${WIRE} ${more}`, 'صحيفة أ'));
    const own =
      'وفي سوق البلدة أغلق التجار محالهم بعد أن غمرت المياه البضائع المخزنة في الأقبية منذ موسم الأعياد. ' +
      'وقال صاحب مخبز إنه خسر أكياس الطحين كلها وإنه لا يعرف متى يستطيع أن يفتح أبوابه للزبائن من جديد. ' +
      'وتجمع شبان عند الجسر القديم يراقبون منسوب النهر ويحذرون السائقين من عبوره بعد أن تصدعت أعمدته. ' +
      'وأمضت عائلات الليلة في سياراتها على التلال المطلة على البلدة خوفا من موجة ثانية من السيول.';
    const b = ctx(article('b', `${copy} ${OWN} ${own}`, 'صحيفة ب'));
    const o = findOrigins([a, b], new Map());
    expect(o.at(b, b.text.indexOf('فرق الإنقاذ')).id).toBe(o.at(a, a.text.indexOf('فرق الدفاع')).id);
  });
});

describe('origins of a wire text rewritten sentence by sentence', () => {
  // each sentence of WIRE told again with other words and another order: few shingles in common
  const REWRITE =
    'وأفاد مسؤولون محليون بأن سيلا جارفا ضرب صباح اليوم ثلاث قرى بالوادي الشمالي، فدمر عشرات البيوت والسيارات. ' +
    'وذكر المسؤولون أن فرق الدفاع المدني تواصل البحث عن المفقودين تحت الطين بالقرية القريبة من مجرى السيل. ' +
    'كما علقت السلطات الدراسة بمدارس المنطقة إلى نهاية الأسبوع، وفتحت قاعات رياضية لإيواء المتضررين. ' +
    'وكانت هيئة الأرصاد حذرت منذ يومين من أمطار رعدية غزيرة تسبب السيول في الأودية المنخفضة. ' +
    'ودعت السلطات السكان إلى الابتعاد عن ضفاف الوادي، وقدرت خسائر أولية بملايين الدولارات.';
  // a paper's own report of the same flood: its lead tells the same facts, the rest is its own
  const INDEPENDENT = `اجتاح سيل ثلاث قرى في الوادي الشمالي صباح اليوم وجرف منازل وسيارات، وفق شهود تحدثوا لمراسلنا. ${OWN}`;

  it('gives two papers that rewrite one text sentence by sentence one origin', () => {
    const a = ctx(article('a', WIRE, 'صحيفة أ'));
    const b = ctx(article('b', REWRITE, 'صحيفة ب'));
    const o = findOrigins([a, b], new Map());
    expect(o.at(b, 0).id).toBe(o.at(a, 0).id);
    expect(o.at(b, b.text.indexOf('ودعت')).id).toBe(o.at(a, 0).id);
  });

  it('keeps a paper that tells the same facts in its own lead apart', () => {
    const a = ctx(article('a', WIRE, 'صحيفة أ'));
    const c = ctx(article('c', INDEPENDENT, 'صحيفة ج'));
    const o = findOrigins([a, c], new Map());
    expect(o.at(c, c.text.indexOf('وزار')).id).not.toBe(o.at(a, 0).id);
  });
});
