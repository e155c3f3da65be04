// One storage suite, two engines: the embedded library (PGlite in a folder) and a PostgreSQL server
// (started by scripts/start-postgres.sh). Every test runs on both; the last one checks that both
// gave the same answers. The articles are invented for these tests.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDocuments, type IngestReport } from '../src/library/ingest.js';
import { openLibrary } from '../src/library/library.js';
import { readSources } from '../src/library/sources.js';
import { counts } from '../src/store/articles.js';
import type { Db } from '../src/store/db.js';
import { searchLibrary } from '../src/store/search.js';
import { listStories, loadAnalysis } from '../src/store/stories.js';
import { wordKey } from '../src/text/search-keys.js';
import { freshDatabase } from './pg.js';

const SITE = 'https://example.org/news/';
const EAST = 'صحيفة الشرق المثال';
const AGENCY = 'وكالة المثال';
const article = (id: string, outlet: string, published: string, title: string, content: string) => ({
  id,
  url: SITE + id,
  source: outlet,
  published,
  title,
  content,
});
const HOSPITAL =
  'أعلنت الحُكومة اليوم خطة لتوسعة مستشفى المدينة المركزي. وقال وزير الصحة إن المستشفى سيستقبل ألف مريض إضافي.';
const FIRST = [
  article('a1', EAST, '2026-01-10', 'الحكومة تعلن خطة جديدة للمستشفى المركزي', HOSPITAL),
  article(
    'a2',
    AGENCY,
    '2026-01-11',
    'وزير الصحة يزور المستشفى المركزي',
    'زار وزير الصحة مستشفي المدينة المركزى وتفقد الأقسام الجديدة. وأكد الوزير ان الحكومه ملتزمة بالخطة.',
  ),
  article(
    'a3',
    EAST,
    '2026-01-20',
    'فوز فريق النجوم في نهائي الكأس',
    'فاز فريق النجوم بكأس البطولة بعد مباراة مثيرة في العاصمة. وسجل اللاعبون ثلاثة أهداف في الشوط الثاني.',
  ),
  article(
    'a4',
    AGENCY,
    '2026-01-21',
    'النجوم يحتفلون بالكأس',
    'احتفل لاعبو النجوم بالكأس في ساحة المدينة. وقال المدرب إن الفوز بالكأس ثمرة عمل طويل.',
  ),
  // the first article republished under another address: stored once, by its text
  article('a5', AGENCY, '2026-01-10', 'الحكومة تعلن خطة جديدة للمستشفى المركزي', HOSPITAL),
  article(
    'a6',
    EAST,
    '2026-01-12',
    'أمطار غزيرة على المدينة',
    'هطلت أمطار غزيرة على المدينة وأغلقت الطرق. وقالت الحكومة إن فرق الطوارئ تعمل في الأحياء المتضررة.',
  ),
];
// a follow-up that arrives later and joins the cup final's story
const LATER = [
  article(
    'a7',
    AGENCY,
    '2026-01-21',
    'فوز فريق النجوم في نهائي الكأس بثلاثة أهداف',
    'فاز فريق النجوم بكأس البطولة بعد مباراة مثيرة في العاصمة، وسجل اللاعبون ثلاثة أهداف في الشوط الثاني أمام جمهور كبير.',
  ),
];

const QUERIES = [
  'الحكومة',
  'اعلنت', // hamza: أعلنت
  'الحكومه', // ta marbuta
  'مستشفي', // alef maqsura: مستشفى
  'الحُكومة', // diacritics
  'كأس', // clitics: بكأس، بالكأس، الكأس
  '"وزير الصحة"',
  '"الصحة وزير"',
  '"فرق الطوارئ" الحكومة',
];

const dir = mkdtempSync(join(tmpdir(), 'sanad-library-'));
const write = (name: string, records: object[]) => {
  const p = join(dir, name);
  writeFileSync(p, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return p;
};
const firstFile = write('first.jsonl', FIRST);
const laterFile = write('later.jsonl', LATER);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function ingest(db: Db, file: string): Promise<IngestReport> {
  return ingestDocuments(readSources([file], { db }), { db, threads: 1 });
}

const answers: Record<string, unknown>[] = [];

describe.each([
  { engine: 'embedded', open: async () => openLibrary({ path: join(dir, 'embedded') }) },
  { engine: 'postgres', open: async () => openLibrary({ url: await freshDatabase('sanad_suite') }) },
])('library on $engine', ({ open }) => {
  let db: Db;
  const answer: Record<string, unknown> = {};
  beforeAll(async () => {
    db = await open();
    answers.push(answer);
  }, 900_000);
  afterAll(async () => db?.close());

  it('stores articles once: by URL, by content hash, and on a second run', async () => {
    const first = await ingest(db, firstFile);
    expect(first).toMatchObject({ read: 6, stored: 5, skipped: 1 });
    const again = await ingest(db, firstFile);
    expect(again).toMatchObject({ read: 6, stored: 0, skipped: 6 });
    expect(await counts(db)).toMatchObject({ articles: 5, annotated: 5, ungrouped: 0 });
  });

  it('puts every article in one story and analyses every story', async () => {
    const c = await counts(db);
    expect(c.analysed).toBe(c.stories);
    const stories = await listStories(db);
    expect(stories.reduce((n, s) => n + s.articles, 0)).toBe(5);
    answer.stories = stories.map((s) => ({ ...s, id: undefined }));
  });

  it("updates a story's analysis when a new article joins it", async () => {
    const storyOf = async (id: string) =>
      (await db.query<{ story_id: string }>('select story_id from articles where id = $1', [id]))[0].story_id;
    const cup = await storyOf('a3');
    const before = (await loadAnalysis(db, cup))!.articles.map((a) => a.id);
    expect(before).toContain('a3');
    expect(await ingest(db, laterFile)).toMatchObject({ stored: 1 });
    expect(await storyOf('a7')).toBe(cup); // the follow-up joined the stored story
    const grown = (await listStories(db)).find((s) => s.id === cup)!;
    expect(grown).toMatchObject({ articles: before.length + 1, analysed: true });
    const analysis = (await loadAnalysis(db, cup))!;
    expect(analysis.articles.map((a) => a.id).sort()).toEqual([...before, 'a7'].sort());
    expect(analysis.articles.find((a) => a.id === 'a7')!.text).toContain('جمهور كبير');
  });

  it('matches Arabic spelling variants, clitics and diacritics, and quoted phrases', async () => {
    const ids = async (q: string) => (await searchLibrary(db, q)).map((h) => h.article).sort();
    expect(await ids('اعلنت')).toEqual(['a1']); // أعلنت
    expect(await ids('الحكومه')).toEqual(['a1', 'a2', 'a6']);
    expect(await ids('مستشفي')).toEqual(['a1', 'a2']);
    expect(await ids('الحُكومة')).toEqual(await ids('حكومة'));
    expect(await ids('كأس')).toEqual(['a3', 'a4', 'a7']);
    expect(await ids('"وزير الصحة"')).toEqual(['a1', 'a2']);
    expect(await ids('"الصحة وزير"')).toEqual([]);
    expect(await ids('"فرق الطوارئ" الحكومة')).toEqual(['a6']);
  });

  it('filters by outlet, date and story', async () => {
    const ids = async (q: string, o: object) => (await searchLibrary(db, q, o)).map((h) => h.article).sort();
    expect(await ids('كأس', { outlet: AGENCY })).toEqual(['a4', 'a7']);
    expect(await ids('الحكومة', { from: '2026-01-11' })).toEqual(['a2', 'a6']);
    expect(await ids('الحكومة', { to: '2026-01-10' })).toEqual(['a1']);
    const [{ story_id: cup }] = await db.query<{ story_id: string }>(
      `select story_id from articles where id = 'a3'`,
    );
    const inCup = (
      await db.query<{ id: string }>('select id from articles where story_id = $1 order by id', [cup])
    ).map((r) => r.id);
    expect(await ids('كأس', { story: cup })).toEqual(inCup.filter((id) => ['a3', 'a4', 'a7'].includes(id)));
  });

  it('ranks title matches first and highlights spans of the article text', async () => {
    const hits = await searchLibrary(db, 'المستشفى المركزي');
    expect(hits[0].title).toContain('المستشفى المركزي');
    for (const h of hits) {
      const [{ text }] = await db.query<{ text: string }>('select text from articles where id = $1', [
        h.article,
      ]);
      expect(text.slice(h.snippet.start, h.snippet.end)).toBe(h.snippet.text);
      expect(h.snippet.highlights.length).toBeGreaterThan(0);
      for (const s of h.snippet.highlights)
        expect([wordKey('المستشفى'), wordKey('المركزي')]).toContain(wordKey(text.slice(s.start, s.end)));
    }
    answer.search = await Promise.all(QUERIES.map((q) => searchLibrary(db, q, { limit: 20 })));
  });
});

describe('both engines', () => {
  it('give the same stories and the same search results', () => {
    expect(answers).toHaveLength(2);
    expect(answers[1]).toEqual(answers[0]);
  });
});
