import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { strToU8, zipSync } from 'fflate';
import { readInputs, isProblem, type InputProblem, type RawDoc } from './read.js';
import { needShared } from '../../test/shared-data.js';

// All text here is invented for the tests.
const S1 = 'قال المتحدث باسم اللجنة إن القافلة وصلت إلى المدينة صباح الخميس بعد تأخير طويل.';
const S2 = 'وأضاف أن الطريق أصبح آمنا وأن قوافل أخرى ستصل خلال الأيام المقبلة.';
const S3 = 'وأشار إلى أن المنظمات الدولية تراقب العملية عن كثب منذ بدايتها قبل أسبوع.';

let dir: string;
const at = (name: string) => join(dir, name);
const write = (name: string, data: string | Buffer | Uint8Array) => {
  const p = at(name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, data);
  return p;
};

async function all(inputs: string[], opts = {}): Promise<(RawDoc | InputProblem)[]> {
  const out: (RawDoc | InputProblem)[] = [];
  for await (const x of readInputs(inputs, opts)) out.push(x);
  return out;
}
const docs = (xs: (RawDoc | InputProblem)[]) => xs.filter((x): x is RawDoc => !isProblem(x));
const problems = (xs: (RawDoc | InputProblem)[]) => xs.filter(isProblem);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sanad-read-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readInputs: plain files', () => {
  it('reads a .txt file with a sidecar and the --published default', async () => {
    write('story.txt', `${S1}\n${S2}`);
    write(
      'story.meta.json',
      JSON.stringify({ title: 'القافلة تصل', outlet: 'صحيفة المثال', url: 'https://example.org/a' }),
    );
    const [d] = docs(await all([at('story.txt')], { published: '2016-12-15' }));
    expect(d).toMatchObject({
      id: 'story',
      title: 'القافلة تصل',
      outlet: 'صحيفة المثال',
      published: '2016-12-15',
      source: { path: at('story.txt'), url: 'https://example.org/a' },
      format: 'txt',
      encoding: 'utf-8',
      body: `${S1}\n${S2}`,
    });
  });

  it('reads a Windows-1256 file and warns about the guess', async () => {
    write('old.txt', iconv.encode(`${S1}\n${S2}`, 'windows-1256'));
    const [d] = docs(await all([at('old.txt')]));
    expect(d.body).toBe(`${S1}\n${S2}`);
    expect(d.encoding).toBe('windows-1256');
    expect(d.warnings.map((w) => w.code)).toEqual(['ENCODING_GUESSED']);
    expect(d.warnings[0].article).toBe('old');
  });

  it('reads UTF-16 with and without BOM', async () => {
    write('u16bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(S1, 'utf16le')]));
    write('u16.txt', Buffer.from(S1, 'utf16le'));
    const ds = docs(await all([at('u16bom.txt'), at('u16.txt')]));
    expect(ds.map((d) => d.body)).toEqual([S1, S1]);
    expect(ds.map((d) => d.encoding)).toEqual(['utf-16le', 'utf-16le']);
  });

  it('keeps undecodable bytes as replacements with a count', async () => {
    const good = Buffer.from(`${S1} ${S2} ${S3}`);
    write(
      'broken.txt',
      Buffer.concat([
        good.subarray(0, good.indexOf(0x20)),
        Buffer.from([0xff]),
        good.subarray(good.indexOf(0x20)),
      ]),
    );
    const [d] = docs(await all([at('broken.txt')]));
    expect(d.body.replace('\uFFFD', '')).toBe(`${S1} ${S2} ${S3}`);
    expect(d.warnings.some((w) => w.code === 'REPLACED_BYTES')).toBe(true);
  });

  it('keeps non-Arabic text with a NOT_ARABIC warning', async () => {
    write('english.txt', 'The convoy reached the city on Thursday morning after a long delay.');
    const [d] = docs(await all([at('english.txt')]));
    expect(d.body).toMatch(/^The convoy/);
    expect(d.warnings.map((w) => w.code)).toEqual(['NOT_ARABIC']);
  });

  it('reports binary, empty, unknown and missing inputs as one-line problems', async () => {
    write(
      'photo.txt',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]),
    );
    write('empty.txt', '');
    write('blank.txt', ' \n\n \t');
    write('data.csv', 'a,b\n1,2');
    const ps = problems(
      await all([at('photo.txt'), at('empty.txt'), at('blank.txt'), at('data.csv'), at('nope.txt')]),
    );
    expect(ps.map((p) => p.code)).toEqual(['BINARY', 'EMPTY', 'EMPTY', 'UNSUPPORTED', 'NOT_FOUND']);
    for (const p of ps) {
      expect(p.message).not.toMatch(/\n/);
      // the path is the problem's own field; the CLI prints it once before the message
      expect(p.message.includes(p.path)).toBe(false);
    }
  });

  it('refuses a text file over the size limit', async () => {
    const big = write('huge.txt', Buffer.alloc(21 * 1024 * 1024, 0x61));
    const [p] = problems(await all([big]));
    expect(p.code).toBe('TOO_LARGE');
    expect(p.message).toMatch(/^21\.0 MB is over the 20 MB limit/);
  });

  it('sniffs files without an extension', async () => {
    write('noext-json', JSON.stringify({ content: S1, title: 'عنوان' }));
    write('noext-text', S2);
    const ds = docs(await all([at('noext-json'), at('noext-text')]));
    expect(ds.map((d) => [d.format, d.body])).toEqual([
      ['json', S1],
      ['txt', S2],
    ]);
  });
});

describe('readInputs: HTML', () => {
  it('keeps the article text and paragraphs, drops scripts and styles, reads meta tags', async () => {
    const html = `<!doctype html><html><head><title>القافلة تصل | صحيفة المثال</title>
      <meta property="og:site_name" content="صحيفة المثال">
      <meta property="article:published_time" content="2016-12-15T23:30:00+03:00">
      <meta name="author" content="سامي علي"><style>p { color: red }</style>
      <script>var tracking = "لا تقرأ هذا";</script></head>
      <body><nav><a href="/">الرئيسية</a> | <a href="/p">سياسة</a></nav>
      <article><h1>القافلة تصل</h1><p>${S1}</p><script>document.write("نص مخفي")</script>
      <p>${S2}</p><p>${S3}</p></article><footer>روابط الموقع</footer></body></html>`;
    write('page.html', html);
    const [d] = docs(await all([at('page.html')]));
    expect(d.body).toBe(`${S1}\n${S2}\n${S3}`);
    expect(d).toMatchObject({
      outlet: 'صحيفة المثال',
      published: '2016-12-15',
      author: 'سامي علي',
      format: 'html',
    });
    expect(d.title).toMatch(/القافلة تصل/);
  });

  it('falls back to the page body for short pages', async () => {
    write('short.htm', `<html><body><script>x()</script><p>${S1}</p></body></html>`);
    const [d] = docs(await all([at('short.htm')]));
    expect(d.body).toBe(S1);
  });
});

describe('readInputs: records', () => {
  it('reads JSON Lines with mixed field names', async () => {
    const lines = [
      { id: 'r1', content: S1, title: 'أ', source: 'okaz', date_extracted: '2015-07-21 02:51:58' },
      {
        text: S2,
        headline: 'ب',
        link: 'https://example.org/b',
        outlet: 'sabq',
        published: '2015-07-22T10:00:00Z',
      },
      {
        body: S3,
        url: 'https://example.org/c',
        site: 'alyaum',
        pubDate: 'Thu, 23 Jul 2015 08:00:00 GMT',
        byline: 'كاتب',
      },
      { article: S1 },
    ];
    write('mixed.jsonl', lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const ds = docs(await all([at('mixed.jsonl')]));
    expect(ds.map((d) => [d.id, d.outlet, d.published, d.title])).toEqual([
      ['r1', 'okaz', '2015-07-21', 'أ'],
      ['https://example.org/b', 'sabq', '2015-07-22', 'ب'],
      ['https://example.org/c', 'alyaum', '2015-07-23', undefined],
      ['mixed#3', undefined, undefined, undefined],
    ]);
    expect(ds[2].author).toBe('كاتب');
    expect(ds[1].source).toEqual({ path: at('mixed.jsonl'), url: 'https://example.org/b' });
  });

  it('reports a broken JSON file and a broken JSONL line without losing the good lines', async () => {
    write('broken.json', '[{"content": "نص", ');
    write('half.jsonl', `${JSON.stringify({ content: S1, id: 'ok' })}\n{"content": oops}\n`);
    const xs = await all([at('broken.json'), at('half.jsonl')]);
    expect(problems(xs).map((p) => [p.code, p.path])).toEqual([
      ['BAD_JSON', at('broken.json')],
      ['BAD_JSON', `${at('half.jsonl')}:2`],
    ]);
    expect(docs(xs).map((d) => d.id)).toEqual(['ok']);
  });

  it('reads a zip of JSON day files entry by entry, with empty records as problems', async () => {
    const day = [
      {
        source: 'okaz',
        url: 'https://example.org/1',
        date_extracted: '2015-07-21 02:51:58',
        title: 'ت',
        author: 'م',
        content: S1,
      },
      {
        source: 'sabq',
        url: 'https://example.org/2',
        date_extracted: '2015-07-21 03:00:00',
        title: 'ث',
        author: '',
        content: '',
      },
    ];
    const zip = zipSync({ '2015-07-21.json': strToU8(JSON.stringify(day)), '.DS_Store': strToU8('x') });
    write('day.zip', zip);
    const xs = await all([at('day.zip')]);
    expect(docs(xs).map((d) => [d.id, d.published, d.outlet, d.source.path])).toEqual([
      ['https://example.org/1', '2015-07-21', 'okaz', `${at('day.zip')}/2015-07-21.json`],
    ]);
    expect(problems(xs).map((p) => p.code)).toEqual(['EMPTY']);
    write('bad.zip', Buffer.from('PK\x03\x04 not really a zip at all, just bytes'));
    expect(problems(await all([at('bad.zip')])).map((p) => p.code)).toEqual(['BAD_ZIP']);
  });

  it('reads a real SaudiNewsNet day archive (../shared)', async () => {
    const zip = needShared('data/saudinewsnet/2015-07-23.zip');
    const xs = await all([zip]);
    const ds = docs(xs);
    expect(ds.length).toBeGreaterThan(500);
    expect(ds.every((d) => d.published === '2015-07-23' || d.published === '2015-07-22')).toBe(true);
    expect(new Set(ds.map((d) => d.id)).size).toBe(ds.length);
  });
});

describe('readInputs: feeds, directories, stdin', () => {
  it('reads RSS items and reports a broken feed', async () => {
    write(
      'feed.xml',
      `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>صحيفة المثال</title>
      <item><title>خبر أول</title><link>https://example.org/x</link><pubDate>Fri, 16 Dec 2016 09:00:00 +0300</pubDate>
      <description><![CDATA[<p>${S1}</p><p>${S2}</p>]]></description></item></channel></rss>`,
    );
    write('broken.rss', '<rss><channel><item><title>خبر</title></channel></rss>');
    const xs = await all([at('feed.xml'), at('broken.rss')]);
    expect(docs(xs)).toMatchObject([
      {
        id: 'https://example.org/x',
        title: 'خبر أول',
        outlet: 'صحيفة المثال',
        published: '2016-12-16',
        body: `${S1}\n${S2}`,
      },
    ]);
    expect(problems(xs).map((p) => p.code)).toEqual(['BAD_FEED']);
  });

  it('walks directories in sorted order, skipping dotfiles and sidecars', async () => {
    write('tree/b.txt', S2);
    write('tree/a.txt', S1);
    write('tree/sub/c.txt', S3);
    write('tree/.hidden.txt', S1);
    write('tree/a.meta.json', JSON.stringify({ title: 'عنوان أ' }));
    const ds = docs(await all([at('tree')]));
    expect(ds.map((d) => d.id)).toEqual(['a', 'b', 'c']);
    expect(ds[0].title).toBe('عنوان أ');
  });

  it('renames duplicate ids with a warning', async () => {
    write('dup1/same.txt', S1);
    write('dup2/same.txt', S2);
    const ds = docs(await all([at('dup1'), at('dup2')]));
    expect(ds.map((d) => d.id)).toEqual(['same', 'same~2']);
    expect(ds[1].warnings.map((w) => w.code)).toEqual(['DUPLICATE_ID']);
  });

  it('reads "-" from stdin, detecting JSON, HTML and text by content', async () => {
    const run = async (s: string) => docs(await all(['-'], { stdin: Readable.from([Buffer.from(s)]) }));
    expect((await run(S1))[0]).toMatchObject({ id: 'stdin', format: 'txt', body: S1 });
    expect((await run(JSON.stringify([{ content: S2, id: 'j' }])))[0]).toMatchObject({
      id: 'j',
      format: 'json',
    });
    expect((await run(`<html><body><p>${S3}</p></body></html>`))[0]).toMatchObject({
      format: 'html',
      body: S3,
    });
    const empty = await all(['-'], { stdin: Readable.from([]) });
    expect(problems(empty).map((p) => p.code)).toEqual(['EMPTY']);
  });
});
