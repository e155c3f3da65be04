import { describe, expect, it } from 'vitest';
import { removeBoilerplate } from './boilerplate.js';
import { normalizeText } from '../text/normalize.js';
import { readShared } from '../../test/shared-data.js';

// Invented story lines; the boilerplate shapes follow what news sites append.
const A = 'قال المتحدث باسم اللجنة إن القافلة وصلت إلى المدينة صباح الخميس.';
const B = 'وأضاف أن الطريق أصبح آمنا وأن قوافل أخرى ستصل خلال الأيام المقبلة.';
const reasons = (r: ReturnType<typeof removeBoilerplate>) => r.removed.map((x) => x.reason);

describe('removeBoilerplate', () => {
  it('drops copyright notices, e-mail lines and contact footers at the end', () => {
    const t = `${A}\n\n${B}\n\nجميع الحقوق محفوظة لصحيفة المثال 2016\nreporter@example.org\nللتواصل مع الكاتب ارسل رسالة SMS\n88000 - Stc`;
    const r = removeBoilerplate(t);
    expect(r.text).toBe(`${A}\n\n${B}`);
    expect(reasons(r)).toEqual(['copyright', 'link', 'contact', 'contact']);
    expect(t.slice(r.removed[1].rawStart).startsWith('reporter@')).toBe(true);
  });

  it('takes the source and a following name to metadata', () => {
    const r = removeBoilerplate(`${A}\n${B}\nالمصدر: وكالات\nسامي علي\nمشاركة :`);
    expect(r.text).toBe(`${A}\n${B}`);
    expect(r.meta).toEqual({ source: 'وكالات', byline: 'سامي علي' });
    expect(reasons(r)).toEqual(['source', 'byline', 'share']);
  });

  it('cuts a source line glued after the last sentence', () => {
    const r = removeBoilerplate(`${A} ${B} المصدر: وكالات سامي علي\nتويتر فيسبوك واتساب`);
    expect(r.text).toBe(`${A} ${B}`);
    expect(r.meta).toEqual({ source: 'وكالات', byline: 'سامي علي' });
    expect(removeBoilerplate(`${A} المصدر: وكالة الأنباء الألمانية`).meta).toEqual({
      source: 'وكالة الأنباء الألمانية',
    });
  });

  it('removes a teaser glued inline, up to the next sentence opener', () => {
    const t = `${A} اقرأ أيضا: وزير الخارجية يزور العاصمة والوفد يصل غدا وأكدت مصادر أن المحادثات بدأت. ${B}`;
    const r = removeBoilerplate(t);
    expect(r.text).toBe(`${A} وأكدت مصادر أن المحادثات بدأت. ${B}`);
    expect(r.removed).toEqual([
      {
        text: 'اقرأ أيضا: وزير الخارجية يزور العاصمة والوفد يصل غدا',
        reason: 'teaser',
        rawStart: A.length + 1,
      },
    ]);
  });

  it('removes teaser lines and pager labels, and a dateline above the story', () => {
    const t = `Next Previous سامي علي – الرياض\n${A}\nمواضيع ذات صلة: اتفاق جديد حول القافلة\n${B}\n...المزيد`;
    const r = removeBoilerplate(t);
    expect(r.text).toBe(`${A}\n${B}`);
    expect(r.meta.dateline).toBe('سامي علي – الرياض');
    expect(reasons(r)).toEqual(['ui', 'dateline', 'teaser', 'teaser']);
  });

  it('never removes story sentences that merely contain cue words', () => {
    const story = [
      'وقال المصدر: إن الاجتماع سيعقد الأسبوع المقبل في العاصمة.',
      'وشارك في الاجتماع ممثلون عن الأطراف كافة، وأكدوا جميع الحقوق المالية للعاملين.',
      'كتب الوزير في تغريدة على تويتر أن الاتفاق صامد.',
      '* تأهلت الفرق الأربعة إلى الدور النهائي.',
      'سامي علي',
    ].join('\n');
    const r = removeBoilerplate(story);
    expect(r.text).toBe(story);
    expect(r.removed).toEqual([]);
  });

  it('maps every output char to its input offset', () => {
    const t = `Next Previous سامي علي – الرياض\n${A} اقرأ أيضا: خبر قصير عن الزيارة وأكد الوزير أن الوفد وصل.\n\nمشاركة :\n\n${B}`;
    const r = removeBoilerplate(t);
    for (let i = 0; i < r.text.length; i++) if (r.text[i] !== '\n') expect(t[r.toInput[i]]).toBe(r.text[i]);
    expect(r.toInput[r.text.length]).toBe(t.length);
  });

  it('is idempotent', () => {
    const t = `${A}\nالمصدر: وكالات\nسامي علي\nمشاركة :`;
    const once = removeBoilerplate(t).text;
    expect(removeBoilerplate(once)).toMatchObject({ text: once, removed: [], meta: {} });
  });

  it('cleans the seed articles: reuse notice, e-mail, inline teaser, source, byline and share bar', () => {
    const seed = (n: string) => normalizeText(readShared(`seeds/${n}`)).text;
    const s1 = removeBoilerplate(seed('001_d9ff02ebf1741979.txt'));
    expect(reasons(s1)).toEqual(['copyright', 'link']);
    expect(s1.text).not.toMatch(/استعمال المضامين|protected/);
    expect(s1.text.endsWith('ريف إدلب.')).toBe(true);
    const s4 = removeBoilerplate(seed('004_1e055a3fef0aae2d.txt'));
    expect(reasons(s4)).toEqual(['teaser', 'source', 'share']);
    expect(s4.meta).toEqual({ source: 'وكالات', byline: 'ياسين بوتيتي' });
    expect(s4.text).toMatch(/المدينة\. وطالبت وثيقة/);
    expect(s4.text).not.toMatch(/المزيد حول الموضوع|يخترق حلب القديمة|مشاركة|المصدر:/);
    for (const n of ['000_10e6ff75b20b47c4.txt', '002_341658d659d05d37.txt', '003_9c013c149afeb007.txt']) {
      expect(removeBoilerplate(seed(n)).removed).toEqual([]);
    }
  });
});
