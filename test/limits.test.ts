// Hostile and broken inputs, each beside a good article in the same `sanad analyze` run: the
// hostile one must give its coded problem or warning, the good one must still be read, and the
// child process must stay within a memory and time bound. Inputs are generated here, in a temp
// folder; the peak memory and time of each case are printed (README "Limits" quotes them).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync, crc32 } from 'node:zlib';
import iconv from 'iconv-lite';
import { buildZip, measuredAnalyze, zerosDeflated, type MeasuredRun } from './support/hostile.js';
import { MAX_ARTICLE_CHARS, MAX_HTML_DEPTH, MAX_ZIP_ENTRIES } from '../src/ingest/limits.js';

/** Peak resident memory allowed to a run that meets a hostile input (a bare run is about 150 MB). */
const PEAK_MB = 400;
/** Wall time allowed, generous for a loaded 2-core machine (these runs take 3 to 10 s alone). */
const SECONDS = 120;

// Invented sentences.
const GOOD = 'قال المتحدث باسم اللجنة إن القافلة وصلت إلى المدينة صباح الخميس بعد تأخير طويل.';
const OTHER = 'وأضاف الوزير أن المفاوضات ستستأنف الأسبوع المقبل في العاصمة.';
const WORDS = 'قال وزير الخارجية إن الحكومة المدينة القافلة المفاوضات الجيش المعارضة العاصمة أمس'.split(' ');

/** Pseudo-random Arabic text of about `bytes` UTF-8 bytes: it packs like real text (3 to 5 times). */
function arabicNoise(bytes: number): Buffer {
  const out: string[] = [];
  let seed = 7;
  let n = 0;
  while (n < bytes) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const w = WORDS[seed % WORDS.length] + (seed % 97 === 0 ? '.\n' : ' ');
    out.push(w);
    n += Buffer.byteLength(w);
  }
  return Buffer.from(out.join(''));
}

let dir: string;
let good: string;
const measured: string[] = [];

async function run(label: string, inputs: string[]): Promise<MeasuredRun & { ids: string[] }> {
  const r = await measuredAnalyze([...inputs, good], join(dir, 'peak'));
  const line = `${label}: peak ${r.peakMb.toFixed(0)} MB, ${r.seconds.toFixed(1)} s`;
  measured.push(line);
  console.log(`[limits] ${line}`);
  expect(r.peakMb).toBeLessThan(PEAK_MB);
  expect(r.seconds).toBeLessThan(SECONDS);
  expect(r.status).toBe(0);
  const ids = (JSON.parse(r.stdout) as { articles: { id: string }[] }).articles.map((a) => a.id);
  expect(ids).toContain('good'); // nothing else lost
  return { ...r, ids };
}

const file = (name: string, data: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sanad-limits-'));
  good = file('good.txt', GOOD);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  console.log(['[limits] summary', ...measured].join('\n  '));
});

describe('zip archives', { timeout: 240_000 }, () => {
  it('a 1.5 MB zip of 1.5 GB of zeros is refused from its directory (ARCHIVE_LIMIT)', async () => {
    const zip = file('bomb.zip', buildZip([{ name: 'day.json', raw: zerosDeflated(1500) }]));
    const r = await run('zip bomb, honest directory', [zip]);
    expect(r.stderr).toMatch(
      /bomb\.zip: refused: the archive says it unpacks to 1500\.0 MB.*\[ARCHIVE_LIMIT\]/,
    );
  });

  it('the same bomb whose headers claim 1 KB is stopped by its pack ratio while unpacking', async () => {
    const zip = file(
      'liar.zip',
      buildZip([
        { name: 'first.txt', data: Buffer.from(OTHER) },
        { name: 'day.json', raw: zerosDeflated(1500), declaredSize: 1024 },
      ]),
    );
    const r = await run('zip bomb, lying headers', [zip]);
    expect(r.stderr).toMatch(
      /liar\.zip: refused: .*day\.json unpacks over \d+ times .*a zip bomb.*\[ARCHIVE_LIMIT\]/,
    );
    expect(r.ids).toContain('first'); // read before the bomb, kept
  });

  it(`more than ${MAX_ZIP_ENTRIES} entries are refused before unpacking`, async () => {
    const one = {
      deflated: deflateRawSync(Buffer.from(OTHER)),
      size: Buffer.byteLength(OTHER),
      crc: crc32(OTHER),
    };
    const entries = Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => ({ name: `a/${i}.txt`, raw: one }));
    const r = await run('zip with too many entries', [file('many.zip', buildZip(entries))]);
    expect(r.stderr).toMatch(/many\.zip: refused: the archive holds 100001 entries.*\[ARCHIVE_LIMIT\]/);
  });

  it('a directory whose sizes add up over the total limit is refused before unpacking', async () => {
    const entries = [1, 2, 3].map((i) => ({
      name: `${i}.json`,
      data: Buffer.from('[]'),
      declaredSize: 400 * 1024 * 1024,
    }));
    const r = await run('zip over the total unpacked size', [file('total.zip', buildZip(entries))]);
    expect(r.stderr).toMatch(
      /total\.zip: refused: the archive says it unpacks to 1200\.0 MB.*\[ARCHIVE_LIMIT\]/,
    );
  });

  it('a zip64 directory declaring 5 GB for one entry is refused from the directory, before inflating', async () => {
    // the entry itself is a small honest text: only the zip64 directory can refuse it, so without
    // the directory check the entry would be read and "small" analysed
    const zip = file(
      'zip64-size.zip',
      buildZip([{ name: 'small.txt', data: Buffer.from(OTHER), declaredSize64: 5 * 1024 ** 3 }], {
        zip64Count: 1,
      }),
    );
    const r = await run('zip64 directory declaring 5 GB', [zip]);
    expect(r.stderr).toMatch(
      /zip64-size\.zip: refused: the archive says it unpacks to 5120\.0 MB.*\[ARCHIVE_LIMIT\]/,
    );
    expect(r.ids).not.toContain('small');
  });

  it('a zip64 end record declaring 3 billion entries is refused from the directory, before inflating', async () => {
    const zip = file(
      'zip64-count.zip',
      buildZip([{ name: 'small.txt', data: Buffer.from(OTHER) }], { zip64Count: 3_000_000_000 }),
    );
    const r = await run('zip64 end record declaring 3 billion entries', [zip]);
    expect(r.stderr).toMatch(
      /zip64-count\.zip: refused: the archive holds 3000000000 entries.*\[ARCHIVE_LIMIT\]/,
    );
    expect(r.ids).not.toContain('small');
  });

  it('nested archives, names that leave the folder and an entry over its size limit are skipped; the rest is read', async () => {
    const inner = buildZip([{ name: 'x.txt', data: Buffer.from(OTHER) }]);
    const zip = file(
      'mixed.zip',
      buildZip([
        { name: '../../escape.txt', data: Buffer.from(OTHER) },
        { name: '/etc/absolute.txt', data: Buffer.from(OTHER) },
        { name: 'inner.zip', data: inner },
        { name: 'huge.txt', data: arabicNoise(21 * 1024 * 1024) },
        { name: 'kept.txt', data: Buffer.from(OTHER) },
      ]),
    );
    const r = await run('zip with unsafe names, a nested zip, a 21 MB entry', [zip]);
    expect(r.stderr).toMatch(
      /mixed\.zip\/\.\.\/\.\.\/escape\.txt: not read: its name climbs out .*\[UNSAFE_PATH\]/,
    );
    expect(r.stderr).toMatch(
      /mixed\.zip\/\/etc\/absolute\.txt: not read: its name is an absolute path \[UNSAFE_PATH\]/,
    );
    expect(r.stderr).toMatch(/inner\.zip: an archive inside an archive is not opened.*\[NESTED_ARCHIVE\]/);
    expect(r.stderr).toMatch(/huge\.txt: unpacks to over 20\.0 MB.*\[TOO_LARGE\]/);
    expect(r.ids).toContain('kept');
    expect(r.ids).not.toContain('escape');
  });
});

describe('huge files and records', { timeout: 240_000 }, () => {
  it('a 5 GB text file is refused by its size without being read', async () => {
    const p = join(dir, 'huge.txt');
    writeFileSync(p, '');
    truncateSync(p, 5 * 1024 ** 3); // sparse: no disk used
    const r = await run('5 GB text file', [p]);
    expect(r.stderr).toMatch(/huge\.txt: 5120\.0 MB is over the 20 MB limit.*\[TOO_LARGE\]/);
  });

  it('a JSON file holding a 100 MB string is refused by its size', async () => {
    const p = file('string.json', `[{"id":"s","content":"${'و'.repeat(50 * 1024 * 1024)}"}]`);
    const r = await run('JSON file with a 100 MB string', [p]);
    expect(r.stderr).toMatch(/string\.json: 100\.0 MB is over the 64 MB limit.*\[TOO_LARGE\]/);
  });

  it('a JSON record whose text is 20 million characters is refused; its neighbour is read', async () => {
    const long = 'ب '.repeat(10_000_000);
    const p = file(
      'long.json',
      JSON.stringify([
        { id: 'long', content: long },
        { id: 'next', content: OTHER },
      ]),
    );
    const r = await run('JSON record of 20 M characters (30 MB file)', [p]);
    expect(r.stderr).toMatch(
      /long\.json#0: article text of 20,000,000 characters is over the limit of 500,000.*\[TOO_LARGE\]/,
    );
    expect(r.ids).toContain('next');
  });

  it(`an article just under ${MAX_ARTICLE_CHARS} characters is analysed within the bounds`, async () => {
    const text = arabicNoise(2 * MAX_ARTICLE_CHARS)
      .toString('utf8')
      .slice(0, MAX_ARTICLE_CHARS - 20_000);
    const r = await run(`article of ${text.length} characters (just under the limit)`, [
      file('longest.txt', text),
    ]);
    expect(r.ids).toContain('longest');
  });

  it('a 100 MB JSON Lines line is skipped unread; the lines around it are read', async () => {
    const lines = [
      JSON.stringify({ id: 'before', content: OTHER }),
      JSON.stringify({ id: 'big', content: 'و'.repeat(50 * 1024 * 1024) }),
      JSON.stringify({ id: 'after', content: GOOD + ' ' + OTHER }),
    ];
    const r = await run('JSON Lines with a 100 MB line', [file('lines.jsonl', lines.join('\n'))]);
    expect(r.stderr).toMatch(/lines\.jsonl:2: line 2 is over the 20 MB limit for one record \[TOO_LARGE\]/);
    expect(r.ids).toEqual(expect.arrayContaining(['before', 'after']));
  });
});

describe('pages, feeds and encodings', { timeout: 240_000 }, () => {
  it('HTML nested 100,000 deep is read as flat text with HTML_TOO_DEEP', async () => {
    const n = 100_000;
    const p = file(
      'deep.html',
      `<html><body>${'<div>'.repeat(n)}<p>${OTHER}</p>${'</div>'.repeat(n)}</body></html>`,
    );
    const r = await run('HTML nested 100,000 deep', [p]);
    expect(r.stderr).toMatch(/deep: elements nest 100002 deep \(limit 500\).*\[HTML_TOO_DEEP\]/);
    expect(r.ids).toContain('deep');
  });

  it(`HTML nested ${MAX_HTML_DEPTH - 10} deep, just under the limit, is read by the main-text extractor in time`, async () => {
    const n = MAX_HTML_DEPTH - 10;
    const p = file(
      'nearly.html',
      `<html><body>${'<div>'.repeat(n)}<p>${OTHER}</p>${'</div>'.repeat(n)}</body></html>`,
    );
    const r = await run(`HTML nested ${n} deep`, [p]);
    expect(r.stderr).not.toMatch(/HTML_TOO_DEEP|READ_FAILED/);
    expect(r.ids).toContain('nearly');
  });

  it('a feed that declares entities (billion laughs) is refused with BAD_FEED', async () => {
    let dtd = '<!ENTITY a0 "lol">';
    for (let i = 1; i < 10; i++) dtd += `<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`;
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [${dtd}]><rss version="2.0"><channel><title>t</title><item><title>&a9;</title><description>${OTHER} &a9;</description></item></channel></rss>`;
    const r = await run('feed with entity expansion', [file('laughs.xml', xml)]);
    expect(r.stderr).toMatch(/laughs\.xml: the feed declares XML entities.*\[BAD_FEED\]/);
  });

  it('a feed item of 3 million characters is refused; the next item is read', async () => {
    const item = (title: string, text: string) =>
      `<item><title>${title}</title><guid>${title}</guid><description>${text}</description></item>`;
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${item('huge', 'ب '.repeat(1_500_000))}${item('small', OTHER)}</channel></rss>`;
    const r = await run('feed with a 3 M character item', [file('big-item.xml', xml)]);
    expect(r.stderr).toMatch(/big-item\.xml#0: article text of 2,999,999 characters.*\[TOO_LARGE\]/);
    expect(r.ids).toContain('small');
  });

  it('truncated UTF-8 is kept as UTF-8 with a warning, not read as another code page', async () => {
    const bytes = Buffer.from(OTHER);
    const r = await run('truncated UTF-8', [file('cut.txt', bytes.subarray(0, bytes.length - 2))]);
    expect(r.stderr).toMatch(/cut: the file ends inside a character .*\[REPLACED_BYTES\]/);
    const text = (JSON.parse(r.stdout) as { articles: { id: string; text: string }[] }).articles.find(
      (a) => a.id === 'cut',
    )!.text;
    expect(text.startsWith(OTHER.slice(0, 20))).toBe(true);
  });

  it('a file mixing UTF-8 and Windows-1256 lines reads each line in its encoding (MIXED_ENCODING)', async () => {
    const p = file(
      'mixed.txt',
      Buffer.concat([Buffer.from(GOOD + '\n'), iconv.encode(OTHER, 'windows-1256')]),
    );
    const r = await run('mixed UTF-8 and Windows-1256', [p]);
    expect(r.stderr).toMatch(/mixed: 1 line\(s\) read as utf-8 and 1 as windows-1256.*\[MIXED_ENCODING\]/);
    const text = (JSON.parse(r.stdout) as { articles: { id: string; text: string }[] }).articles.find(
      (a) => a.id === 'mixed',
    )!.text;
    expect(text).toContain(OTHER.slice(0, 20));
  });
});

describe('directories', { timeout: 240_000 }, () => {
  /** `count` tiny files under `root`, 1,000 a subfolder: hard links to one file, so only names cost. */
  function manyFiles(root: string, count: number): void {
    const one = file('one-tiny.txt', OTHER);
    for (let i = 0; i < count; i++) {
      const folder = join(root, `part-${String(Math.floor(i / 1000)).padStart(4, '0')}`);
      if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
      linkSync(one, join(folder, `${String(i).padStart(7, '0')}.txt`));
    }
  }

  it('a folder over --max-files is refused before any of its files is read (TOO_MANY_FILES)', async () => {
    const root = join(dir, 'many');
    manyFiles(root, 5000); // 5,000 files and 5 folders: 5,005 entries
    const r = await run('folder of 5,005 entries, --max-files 5000', ['--max-files', '5000', root]);
    expect(r.stderr).toMatch(
      /many: holds more than 5,000 files and folders, the limit for one directory input; nothing of it was read\. Split it.*--max-files N.*\[TOO_MANY_FILES\]/,
    );
    expect(r.ids).toEqual(['good']); // none of the folder's files was read
  });

  it('a folder at the limit is read whole, in sorted order across its subfolders', async () => {
    const root = join(dir, 'few');
    mkdirSync(join(root, 'b'), { recursive: true });
    writeFileSync(join(root, 'c.txt'), OTHER);
    writeFileSync(join(root, 'a.txt'), OTHER);
    writeFileSync(join(root, 'b', 'b1.txt'), OTHER);
    writeFileSync(join(root, '.hidden.txt'), OTHER); // dotfiles are not counted nor read
    const r = await run('folder of 4 entries, --max-files 4', ['--max-files', '4', root]);
    expect(r.ids).toEqual(['a', 'b1', 'c', 'good']);
    expect(r.stderr).not.toMatch(/TOO_MANY_FILES/);
  });
});
