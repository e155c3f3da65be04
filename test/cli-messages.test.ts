// The shape of every line sanad prints on stderr: `sanad: PATH: reason [CODE]` for an input it
// skips, `sanad: warning: ARTICLE: message [CODE]` for a warning, `sanad: message [CODE]` for an
// error; each names its file or article once, and each code is in the catalogue (src/codes.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sanad } from './helpers.js';
import { ERROR_CODES, PROBLEM_CODES, WARNING_CODES } from '../src/codes.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'sanad-msg-'));
});

const codeOf = (line: string) => /\[([A-Z_]+)\]$/.exec(line)?.[1];

describe('stderr lines', () => {
  it('a missing file: its path once, the reason, the code; then the error', () => {
    const missing = join(tmp, 'absent.txt');
    const r = sanad(['analyze', missing]);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toBe(`sanad: ${missing}: no such file or directory [NOT_FOUND]`);
    expect(lines[1]).toBe('sanad: nothing could be analysed [E_NOTHING]');
  });

  it('an unsupported file beside a good one: one problem line naming the file once', () => {
    const bad = join(tmp, 'report.pdf');
    const good = join(tmp, 'good.txt');
    writeFileSync(bad, '%PDF-1.4');
    writeFileSync(good, 'قال المتحدث باسم البلدية إن الطريق الساحلي أعيد فتحه صباح الخميس 3 مارس 2022.');
    const r = sanad(['analyze', bad, good]);
    expect(r.status).toBe(0);
    const line = r.stderr.split('\n').find((l) => l.includes('report.pdf'))!;
    expect(line.startsWith(`sanad: ${bad}: unsupported file type ".pdf"`)).toBe(true);
    expect(line.split(bad)).toHaveLength(2);
    expect(codeOf(line)).toBe('UNSUPPORTED');
  });

  it('a warning names its article once', () => {
    const file = join(tmp, 'undated.txt');
    writeFileSync(file, 'وصل الوفد إلى العاصمة أمس وعقد اجتماعا مع وزير الخارجية.');
    const r = sanad(['analyze', file]);
    expect(r.status).toBe(0);
    const line = r.stderr.split('\n').find((l) => l.includes('[DATE_UNRESOLVED]'))!;
    expect(line).toMatch(
      /^sanad: warning: undated: 1 date\(s\) need a publication date to resolve: "أمس" \[DATE_UNRESOLVED\]$/,
    );
  });

  it('every code printed is in the catalogue', () => {
    const file = join(tmp, 'latin.txt');
    writeFileSync(file, 'This page is in English only, with no Arabic at all, and it names no date.');
    const r = sanad(['analyze', file, join(tmp, 'nope.json')]);
    const known = new Set([
      ...Object.keys(WARNING_CODES),
      ...Object.keys(PROBLEM_CODES),
      ...Object.keys(ERROR_CODES),
    ]);
    const codes = r.stderr.trim().split('\n').map(codeOf);
    expect(codes).toContain('NOT_ARABIC');
    expect(codes).toContain('NOT_FOUND');
    for (const c of codes) expect(known.has(c!), `unknown code ${c}`).toBe(true);
  });
});
