import { describe, expect, it } from 'vitest';
import type { Article, Entity } from '../../contract.js';
import { signatureClaims } from './signature.js';
import { buildContext } from '../context/context.js';
import { article, at } from '../../../test/fixtures/compare.js';

// Invented filler: each outlet's other sentences speak of other things, so the shared words are rare.
const FILLER_A = [
  'وشهدت المدينة هدوءا حذرا منذ ساعات الصباح الأولى.',
  'وقال مسؤول محلي إن الكهرباء انقطعت عن عدة أحياء.',
  'وتحدث سكان عن نقص في الخبز والوقود.',
  'وأغلقت المدارس أبوابها حتى إشعار آخر.',
];
const FILLER_B = [
  'وأشار التقرير إلى ارتفاع أسعار المواد الغذائية في الأسواق.',
  'ونظمت جمعيات أهلية حملة لجمع التبرعات.',
  'وقالت منظمة إغاثية إن المستشفى الميداني يعمل بطاقة محدودة.',
  'وانتشرت دوريات للشرطة في الشوارع الرئيسية.',
];

function claimsOf(a: Article, b: Article, entities: Entity[] = []) {
  const ctxs = [a, b].map((x) => buildContext(x, undefined, [], []));
  return signatureClaims(
    {
      ctxs,
      entities,
      voiceOf: (ctx) => ({ id: `outlet:${ctx.outlet}`, by: ctx.outlet }),
      claims: [],
    },
    1,
  );
}

describe('signature claims', () => {
  it('a statement and its denial are no confirmation', () => {
    const a = article(
      'a',
      [...FILLER_A, 'وقال الجيش إنه لا توجد قرى في محيط مواقع القصف الجوي الليلة الماضية.'].join(' '),
      'أ',
    );
    const b = article(
      'b',
      [...FILLER_B, 'وأصيب تسعة مدنيين في القصف الجوي على قرى في محيط الجبل.'].join(' '),
      'ب',
    );
    expect(claimsOf(a, b)).toHaveLength(0);
  });

  it('a shared name and one synonym set ("at the same time") make no statement in common', () => {
    const a = article(
      'a',
      [...FILLER_A, 'وكتبت صحيفة محلية أن الهجوم رد على موقف تركيا بالتزامن مع حملة واسعة.'].join(' '),
      'أ',
    );
    const b = article('b', [...FILLER_B, 'وبالتزامن مع ذلك أغلقت تركيا معبرا أمام الشاحنات.'].join(' '), 'ب');
    const turkey: Entity = {
      id: 'e1',
      type: 'LOC',
      name: 'تركيا',
      aliases: [],
      mentions: [at(a, 'تركيا'), at(b, 'تركيا')],
    };
    expect(claimsOf(a, b, [turkey]).map((c) => c.key)).toEqual([]);
  });

  it('a number with a thousands separator stays whole in the statement span', () => {
    const a = article(
      'a',
      [...FILLER_A, 'وسيتم نقل 2,400 من الجرحى والمرضى في الدفعة الأولى ثم بقية العائلات.'].join(' '),
      'أ',
    );
    const b = article(
      'b',
      [...FILLER_B, 'وتتواصل التحضيرات لإجلاء قرابة 2,400 من المصابين والمرضى أولا نحو الشمال.'].join(' '),
      'ب',
    );
    const claims = claimsOf(a, b);
    expect(claims).toHaveLength(1);
    const texts = claims[0].statements.map((s) => s.span.text);
    expect(texts.every((t) => !t.startsWith('400'))).toBe(true);
    expect(texts.some((t) => t.includes('2,400 من'))).toBe(true);
  });

  it('groups one statement worded differently by two outlets', () => {
    const a = article(
      'a',
      [...FILLER_A, 'وسيتم إخراج الجرحى والمرضى في البداية ثم بقية السكان.'].join(' '),
      'أ',
    );
    const b = article(
      'b',
      [...FILLER_B, 'وتجري الاستعدادات لنقل المصابين والمرضى أولا إلى الريف.'].join(' '),
      'ب',
    );
    const claims = claimsOf(a, b);
    expect(claims).toHaveLength(1);
    const [c] = claims;
    expect(c.status).toBe('corroborated');
    expect(c.kind).toBe('signature');
    expect(c.voices).toBe(2);
    expect(c.statements.map((s) => s.span.article)).toEqual(['a', 'b']);
    // spans are the words around the shared terms, and slice the text
    for (const s of c.statements) {
      const text = (s.span.article === 'a' ? a : b).text;
      expect(text.slice(s.span.start, s.span.end)).toBe(s.span.text);
      expect(s.span.text).toMatch(/المرضى/);
    }
  });

  it('groups a sponsorship told with a noun in one outlet and a verb in the other', () => {
    const a = article('a', [...FILLER_A, 'ونص الاتفاق الذي رعته تركيا على وقف القتال.'].join(' '), 'أ');
    const b = article('b', [...FILLER_B, 'وجاء الاتفاق بوساطة تركية بعد مفاوضات طويلة.'].join(' '), 'ب');
    expect(claimsOf(a, b)).toHaveLength(1);
  });

  it('does not group sentences that share only common or plain words', () => {
    const a = article('a', [...FILLER_A, 'وقال المسؤول إن الوضع في المدينة صعب للغاية.'].join(' '), 'أ');
    const b = article('b', [...FILLER_B, 'وقال المسؤول إن المدينة تنتظر وصول المساعدات.'].join(' '), 'ب');
    expect(claimsOf(a, b)).toEqual([]);
  });

  it('does not group a shared name without a shared statement word', () => {
    const a = article('a', [...FILLER_A, 'وزار وفد من تركيا المخيم الحدودي أمس.'].join(' '), 'أ');
    const b = article('b', [...FILLER_B, 'وأعلنت تركيا إغلاق المخيم الحدودي مؤقتا.'].join(' '), 'ب');
    expect(claimsOf(a, b)).toEqual([]);
  });

  it('needs two voices: one outlet saying it twice is not corroboration', () => {
    const a = article('a', [...FILLER_A, 'وسيتم إخراج الجرحى والمرضى في البداية.'].join(' '), 'أ');
    const b = article('b', [...FILLER_B, 'وتجري الاستعدادات لنقل المصابين والمرضى أولا.'].join(' '), 'أ');
    expect(claimsOf(a, b)).toEqual([]);
  });
});
