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
