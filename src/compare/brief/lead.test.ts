import { describe, expect, it } from 'vitest';
import type { Claim } from '../../contract.js';
import { buildContext } from '../context/context.js';
import { article, at } from '../../../test/fixtures/compare.js';
import { pickLead } from './lead.js';

describe('a long lead sentence', () => {
  it('is cut at a clause break, never at the comma inside "15,000"', () => {
    const text =
      'أعلنت وزارة الدفاع صباح اليوم إرسال تعزيزات كبيرة إلى المنطقة الحدودية الشمالية، ' +
      'وقالت إن نحو 15,000 جندي سينتشرون على امتداد الشريط الحدودي خلال الأسابيع المقبلة ' +
      'بدعم من وحدات الهندسة والإسناد الجوي والطائرات المسيرة التي ستراقب المعابر والطرق الترابية ' +
      'والممرات الجبلية الوعرة التي يستخدمها المهربون لنقل البضائع والأسلحة بين البلدين منذ سنوات طويلة.';
    const a = article('a', text, 'أ');
    const ctx = buildContext(a, undefined, [], []);
    const claim = {
      kind: 'event',
      status: 'corroborated',
      voices: 2,
      statements: [{ span: at(a, 'إرسال تعزيزات كبيرة') }],
    } as unknown as Claim;
    const [lead] = pickLead([claim], new Map([['a', ctx]]));
    expect(text.length).toBeGreaterThan(280);
    expect(lead.text).toBe(
      'أعلنت وزارة الدفاع صباح اليوم إرسال تعزيزات كبيرة إلى المنطقة الحدودية الشمالية…',
    );
  });
});
