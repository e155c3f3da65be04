import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { predictStance, stanceCsv } from './stance.js';
import { readPairs, writePairs } from './csv.js';
import { scoreStance } from './metrics.js';
import { DEFAULT_SETTING, fitStance, stanceToJson } from './train.js';

const ANS = new URL('../../../shared/data/ans', import.meta.url);
const hasAns = existsSync(new URL('stance-train.csv', ANS));

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

describe.skipIf(!hasAns)('stance model on ANS', () => {
  it('retraining on the train split reproduces models/stance.json', () => {
    const rows = readPairs(readFileSync(new URL('stance-train.csv', ANS), 'utf8'));
    const fresh = stanceToJson(fitStance(rows, DEFAULT_SETTING));
    const shipped = JSON.parse(readFileSync(new URL('../../models/stance.json', import.meta.url), 'utf8'));
    // compare canonical strings: a deep-equality diff of ~40,000 rows would take minutes to print
    const same = JSON.stringify(fresh) === JSON.stringify(shipped);
    expect(same, 'models/stance.json is stale: run `npx tsx scripts/train-stance.ts`').toBe(true);
  });

  it('keeps dev macro-F1 above its floor (measured 0.783)', () => {
    const input = readFileSync(new URL('stance-dev.csv', ANS), 'utf8');
    const gold = readPairs(input).map((r) => r.stance ?? '');
    const pred = readPairs(stanceCsv(input)).map((r) => r.stance ?? '');
    const s = scoreStance(gold, pred);
    expect(s.macroF1).toBeGreaterThan(0.77);
  });
});
