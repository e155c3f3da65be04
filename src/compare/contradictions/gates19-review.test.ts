// Round nineteen's gates after review: words the gates read too loosely (a conjunction taken for a
// counted noun before "آخرين", the adjective "غربي" taken for a bearing, neighbouring bearings taken
// for two places). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { annotated as doc } from '../../../test/fixtures/compare.js';
import { found } from '../../../test/fixtures/contradictions.js';

describe('a conjoined clause is no figure of others', () => {
  const nine = doc(
    'b',
    'صحيفة ب',
    'وذكر الدفاع المدني أن 9 أشخاص لقوا حتفهم في حريق اندلع داخل مصنع للنسيج في بلدة الساحل.',
  );
  it('"six killed and others hurt": the conjoined verbal noun is no counted noun of six', () => {
    const six = doc(
      'a',
      'صحيفة أ',
      'وأسفر حريق اندلع داخل مصنع للنسيج في بلدة الساحل عن مقتل 6 وإصابة آخرين وأتى على 9 مخازن.',
    );
    expect(found([six, nine], 'numeric')).toHaveLength(1);
  });
});

describe('a bearing is a compass word right before its place', () => {
  const north = doc(
    'a',
    'صحيفة أ',
    'قتل 7 أشخاص في انفجار عبوة ناسفة استهدفت حافلة ركاب شمالي الموصل مساء أمس.',
  );
  it('"a Western envoy in Mosul" places nothing', () => {
    const envoy = doc(
      'b',
      'صحيفة ب',
      'وقال مبعوث غربي في الموصل إن 11 شخصا قتلوا في انفجار عبوة ناسفة استهدفت حافلة ركاب مساء أمس.',
    );
    expect(found([north, envoy], 'numeric')).toHaveLength(1);
  });
  it('a surname "الغربي" before "من" and a place is no bearing', () => {
    const doctor = doc(
      'b',
      'صحيفة ب',
      'وقال الطبيب سامر الغربي من الموصل إن 11 شخصا قتلوا في انفجار عبوة ناسفة استهدفت حافلة ركاب مساء أمس.',
    );
    expect(found([north, doctor], 'numeric')).toHaveLength(1);
  });
  it('south of a town with its area noun between is still a bearing against north', () => {
    const south = doc(
      'b',
      'صحيفة ب',
      'وقال مصدر أمني إن 11 شخصا قتلوا في انفجار عبوة ناسفة استهدفت حافلة ركاب جنوبي مدينة الموصل مساء أمس.',
    );
    expect(found([north, south], 'numeric')).toHaveLength(0);
  });
});

describe('neighbouring bearings may be one place', () => {
  const north = doc(
    'a',
    'صحيفة أ',
    'أعلن الجيش مقتل 13 مسلحا في اشتباكات مع قوة أمنية شمال مدينة تكريت فجر اليوم.',
  );
  it('north and east of one town may be one north-eastern village', () => {
    const east = doc(
      'b',
      'صحيفة ب',
      'وقال ضابط إن 19 مسلحا قتلوا في اشتباكات مع قوة أمنية شرق مدينة تكريت فجر اليوم.',
    );
    expect(found([north, east], 'numeric')).toHaveLength(1);
  });
  it('north and south of one town are two incidents', () => {
    const south = doc(
      'b',
      'صحيفة ب',
      'وقال ضابط إن 19 مسلحا قتلوا في اشتباكات مع قوة أمنية جنوب مدينة تكريت فجر اليوم.',
    );
    expect(found([north, south], 'numeric')).toHaveLength(0);
  });
});
