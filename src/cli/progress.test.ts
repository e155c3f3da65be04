import { describe, expect, it } from 'vitest';
import { Progress } from './progress.js';
import { warningLines } from './warnings.js';

function fakeStream(isTTY: boolean) {
  const out: string[] = [];
  return { out, stream: { isTTY, write: (s: string) => out.push(s) } as unknown as NodeJS.WriteStream };
}

describe('progress', () => {
  it('prints nothing for a short run and a line every few seconds off a terminal', () => {
    let t = 0;
    const { out, stream } = fakeStream(false);
    const p = new Progress({ label: 'grouping', stream, now: () => t });
    p.tick();
    expect(out).toEqual([]);
    t = 2000;
    p.tick(99);
    t = 3000;
    p.tick(); // within five seconds of the last line
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^sanad: grouping 100 articles, 50\/s/);
  });

  it('draws a bar with the time left on a terminal, and nothing when quiet', () => {
    let t = 0;
    const { out, stream } = fakeStream(true);
    const p = new Progress({ label: 'annotating', total: 200, stream, now: () => t });
    t = 2000;
    p.tick(100);
    expect(out[0]).toMatch(/annotating \[#{12}\.{12}\] 100\/200 articles, 50\/s, 0:02 left/);
    const quiet = fakeStream(true);
    const q = new Progress({ label: 'x', quiet: true, stream: quiet.stream, now: () => t });
    t = 9000;
    q.tick(5);
    expect(quiet.out).toEqual([]);
  });
});

describe('warnings on stderr', () => {
  it('lists a few one per line and summarises many by code with examples', () => {
    const few = [{ code: 'A', message: 'one' }];
    expect(warningLines(few)).toEqual(['sanad: warning: one [A]']);
    const many = Array.from({ length: 30 }, (_, i) => ({ code: i < 20 ? 'A' : 'B', message: `m${i}` }));
    const lines = warningLines(many);
    expect(lines[0]).toBe('sanad: 30 warnings in 2 codes (all of them are in the JSON):');
    expect(lines).toContain('  A ×20');
    expect(lines).toContain('  B ×10');
    expect(lines.length).toBe(1 + 2 + 3 * 2);
  });

  it('shows an example once when many warnings read the same', () => {
    const same = Array.from({ length: 12 }, (_, i) => ({ code: 'A', message: i < 11 ? 'same' : 'other' }));
    expect(warningLines(same).filter((l) => l.includes('e.g.'))).toEqual(['    e.g. same', '    e.g. other']);
  });
});
