// End to end: `sanad check` on invented articles (test/fixtures/check: a fictional town, الواحة),
// `--pairs` batches, Markdown, and bad input.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, sanad } from './helpers.js';
import type { CheckResult } from '../src/check/claim.js';

const fixtures = join(root, 'test/fixtures/check');
const claim = 'نقل نحو 500 مريض إلى المستشفيات بعد تسرب غاز من مصنع الأسمدة في الواحة';
const text = (id: string) => readFileSync(join(fixtures, `${id}.txt`), 'utf8');

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'sanad-check-'));
});

describe('sanad check "<claim>" <inputs>', () => {
  let out: CheckResult;
  beforeAll(() => {
    const r = sanad(['check', claim, fixtures]);
    expect(r.status, r.stderr).toBe(0);
    out = JSON.parse(r.stdout);
  });

  it('finds who supports and who contradicts the claim, a copy counting once', () => {
    const stance = Object.fromEntries(out.articles.map((a) => [a.id, a.stance]));
    expect(stance).toMatchObject({ 'wahat-1': 'agree', 'wahat-2': 'agree', 'wahat-3': 'disagree' });
    expect(stance.match).toBeUndefined(); // unrelated articles are counted, not listed
    expect(out.verdict.support).toBe(1);
    expect(out.verdict.contradict).toBe(1);
    expect(out.articles.find((a) => a.id === 'wahat-2')?.copyOf).toBe('wahat-1');
  });

  it('cites the strongest contradiction and every rationale as a slice of its article, with the speaker', () => {
    const c = out.verdict.strongestContradiction!;
    expect(c.article).toBe('wahat-3');
    for (const a of out.articles) {
      for (const e of a.rationale) expect(text(a.id).slice(e.start, e.end)).toBe(e.text);
    }
    const quoted = out.articles.flatMap((a) => a.rationale).filter((e) => e.speaker);
    expect(quoted.map((e) => e.speaker!.text)).toContain('مديرية الصحة');
  });

  it('writes Markdown with the verdict and the cited sentences', () => {
    const r = sanad(['check', claim, fixtures, '--format', 'md']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('# sanad check');
    expect(r.stdout).toContain('**Verdict:**');
    expect(r.stdout).toContain('## Strongest contradiction');
    expect(r.stdout).toMatch(/\[wahat-3:\d+-\d+\]/);
  });

  it('narrows by date: undated files fall outside a --from range', () => {
    const r = sanad(['check', claim, fixtures, '--from', '2015-01-01']);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).articles).toEqual([]);
  });
});

describe('sanad check --pairs', () => {
  it('writes one stance line per record, in order, with rationale ranges into the article', () => {
    const pairs = ['wahat-1', 'match', 'wahat-3'].map((id) => ({ id, claim, article: text(id) }));
    const file = join(tmp, 'pairs.jsonl');
    writeFileSync(file, pairs.map((p) => JSON.stringify(p)).join('\n') + '\n');
    const output = join(tmp, 'out.jsonl');
    const r = sanad(['check', '--pairs', file, '--output', output]);
    expect(r.status, r.stderr).toBe(0);
    const lines = readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['wahat-1', 'match', 'wahat-3']);
    expect(lines.map((l) => l.stance)).toEqual(['agree', 'unrelated', 'disagree']);
    for (const l of lines) {
      expect(Object.keys(l).sort()).toEqual(['id', 'rationale', 'score', 'stance']);
      for (const [s, e] of l.rationale) expect(e).toBeGreaterThan(s);
    }
    expect(text('wahat-1').slice(...(lines[0].rationale[0] as [number, number]))).toContain('480');
  });

  it('keeps going past a broken line: an error record in its place and a coded message', () => {
    const file = join(tmp, 'broken.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'a', claim, article: text('wahat-1') }),
        '{"id": "b", "claim": ',
        JSON.stringify({ id: 'c', claim }),
        JSON.stringify({ id: 'd', claim, article: text('match') }),
      ].join('\n'),
    );
    const r = sanad(['check', '--pairs', file]);
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ id: 'a', stance: 'agree' });
    expect(lines[1]).toMatchObject({ line: 2, error: { code: 'BAD_JSON' } });
    expect(lines[2]).toMatchObject({ id: 'c', line: 3, error: { code: 'BAD_PAIR' } });
    expect(lines[3]).toMatchObject({ id: 'd', stance: 'unrelated' });
    expect(r.stderr).toContain('line 2');
    expect(r.stderr).toContain('[BAD_JSON]');
    expect(r.stderr).toContain('[BAD_PAIR]');
  });
});

describe('sanad check: bad input', () => {
  it('a missing pairs file is one coded line and exit 1', () => {
    const r = sanad(['check', '--pairs', join(tmp, 'nope.jsonl')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/nope\.jsonl: no such file \[E_READ\]/);
  });
  it('a file of broken lines only fails as a whole', () => {
    const file = join(tmp, 'all-broken.jsonl');
    writeFileSync(file, 'nope\n{]\n');
    const r = sanad(['check', '--pairs', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('[E_NOTHING]');
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });
  it('needs a claim and inputs; missing files are named', () => {
    expect(sanad(['check']).stderr).toContain('[E_USAGE]');
    expect(sanad(['check', claim]).stderr).toContain('[E_USAGE]');
    const r = sanad(['check', claim, join(tmp, 'missing-dir')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('NOT_FOUND');
    expect(r.stderr).toContain('[E_NOTHING]');
  });
  it('searches one coverage (inputs or --db); --story needs the library', () => {
    expect(sanad(['check', claim, fixtures, '--db', 'lib.db']).stderr).toContain('[E_USAGE]');
    expect(sanad(['check', claim, fixtures, '--story', 's1']).stderr).toContain('[E_STORY_UNAVAILABLE]');
  });
  it('refuses an unknown format and a bad date', () => {
    expect(sanad(['check', claim, fixtures, '--format', 'xml']).stderr).toContain('[E_FORMAT]');
    expect(sanad(['check', claim, fixtures, '--from', '6 Aug']).status).not.toBe(0);
  });
});
