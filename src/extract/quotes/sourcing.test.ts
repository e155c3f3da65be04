import { expect, it } from 'vitest';
import { splitSentences } from '../../text/segment.js';
import { findQuotes } from './quotes.js';
import { sourcingProfile } from './sourcing.js';

it('counts speakers by kind, direct vs indirect, and channels', () => {
  const text =
    'وقالت مصادر محلية إن الطريق أغلق. وقال المحافظ سعيد ناصر لوكالة الأنباء الرسمية: «الوضع هادئ في المدينة». ونقلت رويترز عن مسؤول أن المعبر فتح.';
  const p = sourcingProfile(findQuotes(text, 'a', splitSentences(text)));
  expect(p).toMatchObject({ anonymous: 1, named: 1, official: 1, direct: 1, indirect: 2 });
  expect(p.channels).toEqual(['وكالة الأنباء الرسمية', 'رويترز']);
});
