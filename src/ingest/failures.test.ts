// Failures that must be reported as what they are, never swallowed: a path that cannot be stat'ed
// for another reason than "does not exist", an unreadable sidecar, a main-text extractor that throws.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs, isProblem, type InputProblem, type RawDoc } from './read.js';

vi.mock('@mozilla/readability', () => ({
  Readability: class {
    parse(): never {
      throw new Error('extractor broke');
    }
  },
}));

// Invented text.
const S1 = 'قال المتحدث باسم اللجنة إن القافلة وصلت إلى المدينة صباح الخميس بعد تأخير طويل.';

let dir: string;
async function all(input: string): Promise<(RawDoc | InputProblem)[]> {
  const out: (RawDoc | InputProblem)[] = [];
  for await (const x of readInputs([input])) out.push(x);
  return out;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sanad-failures-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('file-system failures', () => {
  it('a missing path is NOT_FOUND', async () => {
    const [p] = await all(join(dir, 'missing.txt'));
    expect(p).toEqual({
      path: join(dir, 'missing.txt'),
      code: 'NOT_FOUND',
      message: 'no such file or directory',
    });
  });

  it('a path stat cannot follow (a symlink loop) is UNREADABLE with the system reason', async () => {
    const loop = join(dir, 'loop.txt');
    symlinkSync(loop, loop);
    const [p] = await all(loop);
    expect(p).toEqual({
      path: loop,
      code: 'UNREADABLE',
      message: 'ELOOP: too many symbolic links encountered',
    });
  });

  it('a sidecar that exists but cannot be read is UNREADABLE, not silently ignored', async () => {
    const story = join(dir, 'story.txt');
    writeFileSync(story, S1);
    const side = join(dir, 'story.meta.json');
    symlinkSync(side, side);
    const [p] = await all(story);
    expect(isProblem(p)).toBe(true);
    expect(p).toMatchObject({
      code: 'UNREADABLE',
      message: 'sidecar story.meta.json: ELOOP: too many symbolic links encountered',
    });
  });
});

describe('HTML main-text extraction failure', () => {
  it('warns HTML_EXTRACTION_FAILED and reads the whole page instead', async () => {
    const page = join(dir, 'page.html');
    writeFileSync(
      page,
      `<!doctype html><html><head><title>عنوان</title></head><body><p>${S1}</p></body></html>`,
    );
    const [d] = await all(page);
    expect(isProblem(d)).toBe(false);
    const doc = d as RawDoc;
    expect(doc.body).toBe(S1);
    expect(doc.warnings).toEqual([
      {
        article: 'page',
        code: 'HTML_EXTRACTION_FAILED',
        message: "the main-text extractor failed (extractor broke); the whole page's visible text was used",
      },
    ]);
  });
});
