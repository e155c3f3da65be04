// The code catalogue is the one list of codes: docs/codes.md is generated from it and kept current.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { format } from 'prettier';
import { codesMarkdown, ERROR_CODES, PROBLEM_CODES, WARNING_CODES } from '../src/codes.js';

describe('codes', () => {
  it('docs/codes.md is the generated table (run `npm run codes` after changing src/codes.ts)', async () => {
    const doc = readFileSync(new URL('../docs/codes.md', import.meta.url), 'utf8');
    expect(doc).toBe(await format(codesMarkdown(), { parser: 'markdown' }));
  });
  it('no code name is used for two kinds, and each has a meaning', () => {
    const all = [WARNING_CODES, PROBLEM_CODES, ERROR_CODES].flatMap((c) => Object.keys(c));
    expect(new Set(all).size).toBe(all.length);
    for (const c of [WARNING_CODES, PROBLEM_CODES, ERROR_CODES])
      for (const meaning of Object.values(c)) expect(meaning.length).toBeGreaterThan(20);
  });
});
