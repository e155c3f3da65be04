// End to end: `sanad stories`, and `sanad analyze` over several stories (--story, --format jsonl,
// --quiet, the warnings summary), on sentences written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { root, sanad } from './helpers.js';

const schema = JSON.parse(readFileSync(join(root, 'schema/analysis.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

const fire = (n: string) =>
  `اندلع حريق كبير فجر اليوم الخميس 4 مارس 2021 في مستودع للأخشاب بحي الصناعية في مدينة الزرقاء، وأعلن الدفاع المدني أن ${n} فرق إطفاء سيطرت على النيران بعد ثلاث ساعات. وقال المتحدث باسم الدفاع المدني العقيد خالد السالم إن عاملا أصيب بحروق طفيفة.`;
const match = (n: string) =>
  `فاز نادي الشروق على ضيفه نادي الأمل بنتيجة ثلاثة أهداف مقابل هدف مساء الخميس 4 مارس 2021 على ملعب المدينة الرياضية، وسجل المهاجم سامر الخطيب ${n} في الشوط الثاني. وقال مدرب الشروق إن فريقه استحق الفوز.`;
const column =
  'لا شك أن ما جرى في الملعب أمس يدعونا إلى التفكير في حال الرياضة عندنا. أليس من حقنا أن نسأل: إلى متى؟ وفي رأيي أن الحل يبدأ من المدارس. فهل نبدأ؟\nكاتب';

let dir: string;
let records: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sanad-stories-cli-'));
  const recs = [
    {
      id: 'fire-a',
      source: 'صحيفة أ',
      title: 'حريق في مستودع أخشاب بالزرقاء',
      content: fire('خمس'),
      date: '2021-03-04',
    },
    {
      id: 'match-a',
      source: 'صحيفة أ',
      title: 'الشروق يفوز على الأمل بثلاثية',
      content: match('هدفين'),
      date: '2021-03-04',
    },
    {
      id: 'fire-b',
      source: 'موقع ب',
      title: 'الدفاع المدني يسيطر على حريق مستودع الزرقاء',
      content: fire('ست'),
      date: '2021-03-04',
    },
    {
      id: 'match-b',
      source: 'قناة ج',
      title: 'ثلاثية للشروق في مرمى الأمل',
      content: match('الهدفين'),
      date: '2021-03-04',
    },
    {
      id: 'col',
      source: 'صحيفة أ',
      title: 'إلى متى؟',
      author: 'سعاد المحمود',
      content: column,
      date: '2021-03-05',
    },
  ];
  records = join(dir, 'day.jsonl');
  writeFileSync(records, recs.map((r) => JSON.stringify(r)).join('\n') + '\n');
});

describe('sanad stories', () => {
  it('prints stories, near-duplicate pairs and the opinion pieces kept apart', () => {
    const r = sanad(['stories', records]);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    const ids = out.stories.map((s: { articles: string[] }) => [...s.articles].sort());
    expect(ids).toContainEqual(['fire-a', 'fire-b']);
    expect(ids).toContainEqual(['match-a', 'match-b']);
    expect(out.apart).toEqual([expect.objectContaining({ article: 'col', kind: 'opinion' })]);
    expect(out.duplicates).toContainEqual(['fire-a', 'fire-b']);
    const s = out.stories.find((x: { articles: string[] }) => x.articles.includes('fire-a'));
    expect(s).toMatchObject({ id: expect.stringMatching(/^s\d+$/), first: '2021-03-04', last: '2021-03-04' });
    expect(s.outlets.sort()).toEqual(['صحيفة أ', 'موقع ب']);
  });

  it('writes Markdown to a file', () => {
    const file = join(dir, 'stories.md');
    const r = sanad(['stories', records, '--format', 'md', '--output', file]);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^# Stories/);
  });

  it('refuses an unknown format', () => {
    expect(sanad(['stories', records, '--format', 'xml']).status).not.toBe(0);
  });
});

describe('sanad analyze over several stories', () => {
  it('compares within each story: every claim, contradiction, summary and timeline item names its story', () => {
    const r = sanad(['analyze', records, '-q']);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(validate(out), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(out.stories.length).toBeGreaterThanOrEqual(2);
    const storyIds = new Set(out.stories.map((s: { id: string }) => s.id));
    for (const item of [...out.claims, ...out.contradictions, ...out.summary, ...out.timeline]) {
      expect(storyIds.has(item.story)).toBe(true);
    }
    expect(out.apart.map((a: { article: string }) => a.article)).toEqual(['col']);
    // kept out of the comparison, but its leaning is still judged (alone)
    expect(out.articles.find((a: { id: string }) => a.id === 'col').leaning).toMatchObject({
      label: 'neutral',
    });
  });

  it('analyses one story with --story', () => {
    const stories = JSON.parse(sanad(['stories', records]).stdout).stories;
    const fireStory = stories.find((s: { articles: string[] }) => s.articles.includes('fire-a'));
    const r = sanad(['analyze', records, '--story', fireStory.id, '-q']);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.articles.map((a: { id: string }) => a.id).sort()).toEqual(['fire-a', 'fire-b']);
    expect(out.stories).toEqual([fireStory]);
    expect(sanad(['analyze', records, '--story', 's999']).stderr).toMatch(/E_STORY/);
  });

  it('streams one JSON line per story with --format jsonl, each valid against the schema', () => {
    const r = sanad(['analyze', records, '--format', 'jsonl', '-q']);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const stories = lines.filter((l) => l.stories.length === 1);
    expect(stories.map((l) => l.articles.map((a: { id: string }) => a.id).sort())).toEqual(
      expect.arrayContaining([
        ['fire-a', 'fire-b'],
        ['match-a', 'match-b'],
      ]),
    );
    for (const l of lines) expect(validate(l), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });
});

describe('stderr on large inputs', () => {
  it('summarises many warnings by code, and --quiet prints no progress', () => {
    // twelve undated texts that each name a date: one PUBLISHED_INFERRED warning apiece
    const many = join(dir, 'many');
    const lines = Array.from({ length: 12 }, (_, i) =>
      JSON.stringify({
        id: `n${i}`,
        content: `أعلنت البلدية يوم 4 مارس 2021 افتتاح الحديقة رقم ${i + 1} في الحي الشمالي.`,
      }),
    );
    writeFileSync(`${many}.jsonl`, lines.join('\n') + '\n');
    const r = sanad(['analyze', `${many}.jsonl`, '-q']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/sanad: \d+ warnings in \d+ codes?/);
    expect(r.stderr).toMatch(/PUBLISHED_INFERRED ×12/);
    expect(r.stderr.split('\n').length).toBeLessThan(12);
    expect(r.stderr).not.toMatch(/annotating|grouping/);
    expect(
      JSON.parse(r.stdout).warnings.filter((w: { code: string }) => w.code === 'PUBLISHED_INFERRED'),
    ).toHaveLength(12);
  });
});
