// Property-based fuzzing of the readers (HTML, feeds, JSON, JSON Lines, zip) through readInputs, as
// a user's files reach them: whatever the bytes, the reader yields documents or coded problems and
// never throws; every document has text and every problem a known code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs, isProblem } from '../../src/ingest/read.js';
import { readHtml } from '../../src/ingest/html.js';
import { ProblemCode, WarningCode } from '../../src/codes.js';
import { buildZip } from '../support/hostile.js';
import { arabicText, htmlText, RUNS, textBytes, TIMEOUT_MS } from './arbitraries.js';

let dir: string;
let n = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sanad-fuzz-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Read one file of these bytes; checks every item it yields. */
async function readAll(ext: string, bytes: Buffer | string): Promise<void> {
  const path = join(dir, `f${n++}${ext}`);
  writeFileSync(path, bytes);
  for await (const item of readInputs([path])) {
    if (isProblem(item)) {
      expect(ProblemCode.safeParse(item.code).success, item.code).toBe(true);
      expect(item.message.length).toBeGreaterThan(0);
    } else {
      expect(item.body.trim().length).toBeGreaterThan(0);
      for (const w of item.warnings) expect(WarningCode.safeParse(w.code).success, w.code).toBe(true);
    }
  }
  rmSync(path);
}

const json = fc.jsonValue().map((v) => JSON.stringify(v));
const record = fc
  .record(
    {
      id: fc.oneof(fc.string(), fc.integer()),
      content: fc.oneof(arabicText, fc.jsonValue()),
      title: arabicText,
      date: fc.oneof(fc.string(), fc.integer(), fc.constant('2015-07-21 02:51:58')),
      url: fc.string(),
    },
    { requiredKeys: [] },
  )
  .map((r) => JSON.stringify(r));

describe('fuzz: readers', { timeout: TIMEOUT_MS }, () => {
  it('readHtml never throws on markup soup', () => {
    fc.assert(
      fc.property(htmlText, (html) => {
        const { body } = readHtml(html);
        expect(typeof body).toBe('string');
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('HTML, feed and text files of any bytes give documents or coded problems', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('.html', '.xml', '.txt', ''),
        fc.oneof(htmlText, textBytes),
        async (ext, body) => readAll(ext, typeof body === 'string' ? body : Buffer.from(body)),
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it('JSON and JSON Lines of any shape give documents or coded problems', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('.json', '.jsonl'),
        fc.array(fc.oneof(record, json, fc.string()), { maxLength: 5 }),
        fc.boolean(),
        async (ext, lines, asArray) =>
          readAll(ext, asArray && ext === '.json' ? `[${lines.join(',')}]` : lines.join('\n')),
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it('zip archives, whole or damaged, give documents or coded problems', async () => {
    const entry = fc.record({
      name: fc.oneof(
        fc.constantFrom(
          'a.txt',
          'b.json',
          'c.html',
          'd.xml',
          'e.jsonl',
          'in.zip',
          '../up.txt',
          '/abs.txt',
          'dir/',
        ),
        fc.string(),
      ),
      data: fc.oneof(
        arabicText.map((t) => Buffer.from(t)),
        textBytes.map((b) => Buffer.from(b)),
      ),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(entry, { maxLength: 4 }),
        fc.option(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }))),
        fc.option(fc.nat()),
        async (entries, flip, cut) => {
          const zip = buildZip(entries);
          if (flip) zip[flip[0] % zip.length] = flip[1];
          await readAll('.zip', cut === null ? zip : zip.subarray(0, cut % (zip.length + 1)));
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  // Counterexamples found by the properties above, kept so they stay fixed.
  describe('regressions', () => {
    it('a page of 200,000 unclosed tags, scripts and comments is scanned in linear time', () => {
      const t0 = Date.now();
      for (const unit of ['<a ', '<script>', '<!--'])
        readHtml(`<html><body>${'<div>'.repeat(600)}${unit.repeat(200_000)}</body></html>`);
      expect(Date.now() - t0).toBeLessThan(20_000); // quadratic scanning took hours
    });
    it('a page of 200,000 character references is read flat, with its text, in time', () => {
      const t0 = Date.now();
      const { body, warnings } = readHtml(
        `<html><body><p>${'&#1576;&lt;'.repeat(100_000)}</p></body></html>`,
      );
      expect(Date.now() - t0).toBeLessThan(20_000); // the DOM parser took minutes
      expect(body.startsWith('ب<ب<')).toBe(true);
      expect(warnings.map((w) => w.code)).toEqual(['HTML_TOO_DEEP']);
    });
    it.each(['', '<!-- only a comment -->', 'نص بلا وسوم'])('readHtml(%j) does not throw', (html) => {
      expect(typeof readHtml(html).body).toBe('string');
    });
  });
});
