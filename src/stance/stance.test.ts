import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { predictStance, stanceCsv } from './stance.js';
import { readPairs, writePairs } from './csv.js';
import { scoreStance } from './metrics.js';
import { DEFAULT_SETTING, fitStance, stanceToJson } from './train.js';
import { crossValidate } from '../../scripts/train-stance.js';
import { readShared } from '../../test/shared-data.js';

// Floors at the measured macro-F1 (docs/stance.md), rounded down to two decimals: any loss fails.
/** grouped 5-fold cross-validation on the ANS train split, measured 0.790 */
const CV_FLOOR = 0.78;
/** the ANS dev split, scored once after every setting was chosen, measured 0.783 */
const DEV_FLOOR = 0.78;

// Invented pairs: [original, rewrite, expected stance].
const PAIRS: [string, string, string][] = [
  ['ارتفاع أسعار الذهب في الأسواق العالمية', 'أسعار الذهب ترتفع في الأسواق العالمية', 'agree'],
  ['البنك المركزي يرفع سعر الفائدة نصف نقطة', 'رفع سعر الفائدة نصف نقطة من البنك المركزي', 'agree'],
  ['الشرطة تعتقل ثلاثة صحفيين في العاصمة', 'اعتقال ثلاثة صحفيين على يد الشرطة في العاصمة', 'agree'],
  ['ارتفاع أسعار الذهب في الأسواق العالمية', 'انخفاض أسعار الذهب في الأسواق العالمية', 'disagree'],
  ['الحكومة تعلن زيادة رواتب المعلمين', 'الحكومة لن تزيد رواتب المعلمين', 'disagree'],
  ['الحكومة تعلن زيادة رواتب المعلمين', 'الحكومة ترفض زيادة رواتب المعلمين', 'disagree'],
  ['الشرطة تعتقل ثلاثة صحفيين في العاصمة', 'الشرطة تفرج عن ثلاثة صحفيين في العاصمة', 'disagree'],
  ['الفريق الأحمر يفوز بالبطولة للمرة الثالثة', 'الفريق الأحمر يخسر البطولة', 'disagree'],
  ['ارتفاع أسعار الذهب في الأسواق العالمية', 'منتخب البرازيل يتأهل إلى نهائي كأس القارات', 'other'],
  ['افتتاح معرض الكتاب الدولي في الرباط', 'انخفاض صادرات القمح الأسترالية إلى أدنى مستوى', 'other'],
];

describe('predictStance', () => {
  it.each(PAIRS)('%s | %s -> %s', (s1, s2, want) => {
    const r = predictStance(s1, s2);
    expect(r.label).toBe(want);
    expect(r.score).toBeGreaterThan(0.33);
    expect(r.score).toBeLessThanOrEqual(1);
  });

  it('copes with empty and non-Arabic input', () => {
    for (const [a, b] of [
      ['', ''],
      ['abc', ''],
      ['123', '١٢٣'],
    ]) {
      const r = predictStance(a, b);
      expect(['agree', 'disagree', 'other']).toContain(r.label);
      expect(Number.isFinite(r.score)).toBe(true);
    }
  });
});

describe('stance CSV', () => {
  it('reads quoted fields with commas, doubled quotes, CRLF and a BOM', () => {
    const input = '\uFEFFs1,s2,stance\r\n"قال: ""لا""، ثم غادر","a, b",agree\r\nواحد,اثنان,\r\n';
    expect(readPairs(input)).toEqual([
      { s1: 'قال: "لا"، ثم غادر', s2: 'a, b', stance: 'agree' },
      { s1: 'واحد', s2: 'اثنان' },
    ]);
  });

  it('round-trips rows through write and read', () => {
    const rows = [
      { s1: 'نص, بفاصلة', s2: 'نص "باقتباس"', stance: 'other' },
      { s1: 'سطر\nثان', s2: 'عادي', stance: 'agree' },
    ];
    const text = writePairs(rows);
    expect(text.startsWith('s1,s2,stance\n')).toBe(true);
    expect(readPairs(text)).toEqual(rows);
  });

  it('writes every input row with a predicted stance, replacing a given one', () => {
    const input = 's1,s2\r\n"ارتفاع أسعار الذهب، اليوم",انخفاض أسعار الذهب اليوم\r\nأ,ب\r\n';
    const out = readPairs(stanceCsv(input));
    expect(out).toHaveLength(2);
    expect(out[0].s1).toBe('ارتفاع أسعار الذهب، اليوم');
    for (const r of out) expect(['agree', 'disagree', 'other']).toContain(r.stance);
  });

  it('rejects a CSV without s1,s2 columns', () => {
    expect(() => readPairs('a,b\n1,2\n')).toThrow(/s1,s2/);
  });
});

describe('scoreStance', () => {
  it('computes per-class F1 and macro-F1 as the shared scorer does', () => {
    const s = scoreStance(
      ['agree', 'agree', 'disagree', 'other'],
      ['agree', 'disagree', 'disagree', 'agree'],
    );
    expect(s.f1.agree).toBeCloseTo(0.5);
    expect(s.f1.disagree).toBeCloseTo(2 / 3);
    expect(s.f1.other).toBe(0);
    expect(s.macroF1).toBeCloseTo((0.5 + 2 / 3) / 3);
    expect(s.confusion.agree.disagree).toBe(1);
  });
});

describe('stance model on ANS (../shared)', () => {
  it('retraining on the train split reproduces models/stance.json', () => {
    const rows = readPairs(readShared('data/ans/stance-train.csv'));
    const fresh = stanceToJson(fitStance(rows, DEFAULT_SETTING));
    const shipped = JSON.parse(readFileSync(new URL('../../models/stance.json', import.meta.url), 'utf8'));
    // compare canonical strings: a deep-equality diff of ~40,000 rows would take minutes to print
    const same = JSON.stringify(fresh) === JSON.stringify(shipped);
    expect(same, 'models/stance.json is stale: run `npx tsx scripts/train-stance.ts`').toBe(true);
  });

  it(`keeps grouped 5-fold cross-validation macro-F1 on train at ${CV_FLOOR} or more`, () => {
    const s = crossValidate(readPairs(readShared('data/ans/stance-train.csv')), DEFAULT_SETTING);
    console.log(`stance: grouped 5-fold CV macro-F1 on train ${s.macroF1.toFixed(4)}`);
    expect(s.macroF1).toBeGreaterThanOrEqual(CV_FLOOR);
  }, 120_000);

  it(`keeps dev macro-F1 at ${DEV_FLOOR} or more`, () => {
    const input = readShared('data/ans/stance-dev.csv');
    const gold = readPairs(input).map((r) => r.stance ?? '');
    const pred = readPairs(stanceCsv(input)).map((r) => r.stance ?? '');
    const s = scoreStance(gold, pred);
    console.log(`stance: dev macro-F1 ${s.macroF1.toFixed(4)}`);
    expect(s.macroF1).toBeGreaterThanOrEqual(DEV_FLOOR);
  });
});
