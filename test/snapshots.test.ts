// Golden output: each case's whole analysis must equal its committed snapshot under test/snapshots/
// (cases and format in test/snapshot-cases.ts). After a deliberate change: `npm run snapshots`.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { root } from './helpers.js';
import { CASES, diffHint, snapshotFile, snapshotOf, withoutText } from './snapshot-cases.js';

describe('golden output snapshots', () => {
  for (const c of CASES) {
    it(`${c.name}: the output equals test/snapshots/${c.name}.json`, async () => {
      const file = snapshotFile(c);
      const name = relative(root, file);
      expect(existsSync(file), `${name} is missing: run \`npm run snapshots\``).toBe(true);
      const committed = readFileSync(file, 'utf8');
      const current = await snapshotOf(c);
      if (current !== committed) expect.fail(diffHint(name, committed, current));
      expect(JSON.parse(current).articles ?? JSON.parse(current).findings.articles).not.toHaveLength(0);
    });
  }

  it('a foreign snapshot keeps no text: no `text` key and no run of more than six Arabic words', () => {
    const stripped = withoutText({
      articles: [{ id: 'x', text: 'نص المقال كله' }],
      quotes: [
        {
          speaker: { start: 0, end: 3, text: 'قال' },
          role: 'مسؤول عن وحدة من الأطباء والمتطوعين تتولى تنسيق',
        },
      ],
      entities: [{ name: 'الهلال الأحمر' }],
    });
    expect(stripped).toEqual({
      articles: [{ id: 'x' }],
      quotes: [
        { speaker: { start: 0, end: 3 }, role: expect.stringMatching(/^\[8 words, sha256 [0-9a-f]{12}\]$/) },
      ],
      entities: [{ name: 'الهلال الأحمر' }],
    });
  });

  it('the diff hint names the first changed path and shows the changed lines', () => {
    const before = JSON.stringify({ quotes: [{ start: 1, end: 5 }] }, null, 2);
    const after = JSON.stringify({ quotes: [{ start: 1, end: 6 }] }, null, 2);
    const hint = diffHint('test/snapshots/x.json', before, after);
    expect(hint).toContain('first at quotes[0].end');
    expect(hint).toMatch(/^-\s+5\s+"end": 5$/m);
    expect(hint).toMatch(/^\+\s+5\s+"end": 6$/m);
    expect(hint).toContain('npm run snapshots');
  });
});
