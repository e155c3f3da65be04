// Whole vs not yet whole (control-whole.ts) on invented sentences: a place told wholly taken set
// against one whose whole taking is still to come or only part of which was taken.
import { describe, expect, it } from 'vitest';
import type { Article, Entity } from '../../contract.js';
import { compareArticles } from '../compare.js';
import { article, at, compareInput } from '../../../test/fixtures/compare.js';
import { reportsOn } from '../../../test/fixtures/contradictions.js';

/** A place of two words (no one-word surface names it), tagged in every article given. */
function base(articles: Article[]): Entity {
  return {
    id: 'm',
    type: 'LOC',
    name: 'مطار الصفا',
    aliases: [],
    mentions: articles.filter((a) => a.text.includes('مطار الصفا')).map((a) => at(a, 'مطار الصفا')),
  };
}
const day = '2021-05-10';
const extent = (articles: Article[]) =>
  compareArticles(compareInput({ articles, entities: [base(articles)], quantities: [] }))
    .contradictions.filter((c) => c.kind === 'status')
    .map((c) => [c.a.article, c.b.article].join('-'));

const [whole, pending, aimed, most, goal] = reportsOn(day, [
  ['w', 'صحيفة أ', 'وقال مصدر عسكري إن مطار الصفا بات محررا بالكامل وتحت سيطرة القوات.'],
  [
    'p',
    'موقع ب',
    'وقال قائد العملية إن قواته دخلت المطار، وإن عملية استعادة مطار الصفا بالكامل ستحسم قريبا.',
  ],
  ['q', 'موقع ج', 'وتأتي المعارك في إطار سعي القوات للسيطرة على كامل مطار الصفا ومحيطه.'],
  ['r', 'موقع د', 'وأفادت مصادر بأن القوات سيطرت على معظم المواقع داخل مطار الصفا.'],
  ['g', 'موقع ه', 'وأوضح القائد أن الهدف المقبل للعملية هو التحرير الكامل لمطار الصفا والمعسكر المجاور له.'],
]);

describe('whole vs not yet whole', () => {
  it('a goal named before a whole taking ("الهدف المقبل ... هو التحرير الكامل") claims nothing', () => {
    expect(extent([goal, aimed])).toEqual([]);
    expect(extent([goal, whole])).toEqual([]);
  });

  it('a goal reached ("حققت أهدافها وحررت ... بالكامل") leaves the whole taking reported', () => {
    const met = article(
      'h',
      'وقال بيان للجيش إن القوات حققت أهدافها وحررت مطار الصفا بالكامل بعد معارك عنيفة.',
      'موقع و',
      day,
    );
    expect(extent([met, most])).toEqual(['h-r']);
  });

  it('a goal before a number with a thousands separator ("15,000") is still in the clause', () => {
    const far = article(
      'k',
      'وأوضح القائد أن الهدف بعد وصول 15,000 جندي هو التحرير الكامل لمطار الصفا.',
      'موقع ط',
      day,
    );
    expect(extent([far, most])).toEqual([]);
  });

  it('a goal not reached or only sought ("لم تحقق أهدافها"، "تحاول أن تحقق هدفها") claims nothing', () => {
    const unmet = article(
      'n',
      'وقال محلل إن القوات لم تحقق أهدافها المعلنة منذ أسابيع بتحرير مطار الصفا بالكامل.',
      'موقع ز',
      day,
    );
    const sought = article(
      's',
      'وقال القائد إن القوات تحاول أن تحقق هدفها بتحرير مطار الصفا بالكامل خلال أيام.',
      'موقع ح',
      day,
    );
    expect(extent([unmet, most])).toEqual([]);
    expect(extent([sought, most])).toEqual([]);
  });

  it('a reach verb after a bridging "أن" / "في أن", or after لن، لا، قبل أن، دون أن، كي, leaves the goal unreached', () => {
    const said = [
      'وقال محلل إن القوات فشلت في أن تحقق أهدافها بتحرير مطار الصفا بالكامل.',
      'وقال محلل إن القوات لن تحقق أهدافها بتحرير مطار الصفا بالكامل.',
      'ويرى مراقبون أن القوات لا تحقق أهدافها بتحرير مطار الصفا بالكامل.',
      'ويتوقع مراقبون أن تطول المعارك قبل أن تحقق القوات أهدافها بتحرير مطار الصفا بالكامل.',
      'وانتهت الجولة دون أن تحقق القوات أهدافها بتحرير مطار الصفا بالكامل.',
      'وتواصل القوات تقدمها البطيء كي تحقق أهدافها بتحرير مطار الصفا بالكامل.',
    ];
    for (const text of said) expect(extent([article('u', text, 'موقع ز', day), most]), text).toEqual([]);
  });

  it('a failure or an attempt in an earlier clause does not reach past the comma to the reach verb', () => {
    const after = article(
      'x',
      'وأكد المتحدث أنه بعد أن حاولت مرتين، حققت القوات أهدافها وحررت مطار الصفا بالكامل.',
      'موقع ي',
      day,
    );
    expect(extent([after, most])).toEqual(['x-r']);
  });

  it('sets "wholly liberated" against a whole taking still to come, an aim to take all, and part taken', () => {
    expect(extent([whole, pending, aimed, most]).sort()).toEqual(['w-p', 'w-q', 'w-r']);
  });

  it('reads a place of several words, which no one-word surface names', () => {
    const r = compareArticles(
      compareInput({ articles: [whole, pending], entities: [base([whole, pending])], quantities: [] }),
    );
    const x = r.contradictions.find((c) => c.kind === 'status')!;
    expect(x.explanation).toContain('مطار الصفا');
  });

  it('two reports that it is not yet whole, or taken without "whole", disagree on nothing', () => {
    const taken = article('t', 'وأعلنت القوات أنها سيطرت على مطار الصفا فجر اليوم.', 'موقع هـ', day);
    expect(extent([pending, aimed, most, taken])).toEqual([]);
  });

  it('part taken on an earlier day, then the whole, is the front moving: no contradiction', () => {
    const earlier = article(
      'e',
      'وأفادت مصادر بأن القوات سيطرت على معظم المواقع داخل مطار الصفا.',
      'موقع د',
      '2021-05-08',
    );
    expect(extent([whole, earlier])).toEqual([]);
    // told the day after "wholly taken", "not yet whole" still disagrees
    const after = article(
      'f',
      'وقال القائد إن استعادة مطار الصفا بالكامل ستحسم قريبا.',
      'موقع و',
      '2021-05-11',
    );
    expect(extent([whole, after])).toEqual(['w-f']);
  });

  it('"محرر" without a whole word is no state of a place (an editor, a liberated person)', () => {
    const editor = article('g', 'وقال محرر الشؤون العسكرية إن مطار الصفا محرر منذ أسبوع.', 'موقع ز', day);
    expect(extent([editor, pending])).toEqual([]);
  });
});
