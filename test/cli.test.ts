// End to end: the built `sanad` command on the seeds, the bundled example and bad input.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { allSpans, needShared, root, sanad, seedsDir } from './helpers.js';
import type { Analysis } from '../src/contract.js';

const schema = JSON.parse(readFileSync(join(root, 'schema/analysis.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

function expectValid(out: Analysis) {
  const ok = validate(out);
  expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
  expect(ok).toBe(true);
  const text = new Map(out.articles.map((a) => [a.id, a.text]));
  const spans = allSpans(out);
  expect(spans.length).toBeGreaterThan(0);
  for (const s of spans) {
    expect(text.has(s.article), `span points at unknown article ${s.article}`).toBe(true);
    expect(text.get(s.article)!.slice(s.start, s.end)).toBe(s.text);
  }
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'sanad-cli-'));
});

describe('sanad analyze on the seeds', () => {
  let out: Analysis;
  beforeAll(() => {
    needShared('seeds');
    const r = sanad(['analyze', seedsDir, '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    out = JSON.parse(r.stdout);
  });

  it('writes JSON that validates against the published schema, every span a slice of its article', () => {
    expect(out.articles).toHaveLength(5);
    expectValid(out);
  });

  it('names articles after their files and fills every part of the contract', () => {
    expect(out.articles.map((a) => a.id).sort()).toEqual(
      readdirSync(seedsDir)
        .map((f) => f.replace(/\.txt$/, ''))
        .sort(),
    );
    for (const key of [
      'entities',
      'quotes',
      'accusations',
      'quantities',
      'dates',
      'claims',
      'contradictions',
      'summary',
      'timeline',
    ] as const) {
      expect(out[key].length, key).toBeGreaterThan(0);
    }
    expect(out.framing.concepts.length).toBeGreaterThan(0);
  });

  it('flags the weekday that contradicts its date, in dates and in warnings', () => {
    expect(out.dates.some((d) => d.weekdayMismatch)).toBe(true);
    expect(out.warnings.some((w) => w.code === 'WEEKDAY_MISMATCH')).toBe(true);
  });

  it('prints a Markdown digest with articles, quantities, dates and warnings', () => {
    const r = sanad(['analyze', seedsDir, '--format', 'md']);
    expect(r.status, r.stderr).toBe(0);
    for (const h of [
      '# sanad digest',
      '### Quantities',
      '### Dates',
      '## Warnings',
      '### Who said what',
      '## Disputes',
      '## Contradictions, pair by pair',
    ]) {
      expect(r.stdout).toContain(h);
    }
  });

  it('writes to --output', () => {
    const file = join(tmp, 'out.json');
    const r = sanad(['analyze', seedsDir, '--output', file]);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).articles).toHaveLength(5);
  });
});

describe('sanad analyze on the bundled invented example', () => {
  it('reads txt, html and json records in one run', () => {
    const r = sanad(['analyze', join(root, 'examples/invented-story')]);
    expect(r.status, r.stderr).toBe(0);
    const out: Analysis = JSON.parse(r.stdout);
    expectValid(out);
    expect(out.articles.map((a) => a.id).sort()).toEqual([
      'opposition-site',
      'state-news',
      'wire-2026-03-12-telalward',
    ]);
    const html = out.articles.find((a) => a.id === 'opposition-site')!;
    expect(html.text).not.toContain('tracker');
    expect(html.published).toBe('2026-03-12');
    const wire = out.articles.find((a) => a.id.startsWith('wire'))!;
    expect(wire.outlet?.name).toContain('وكالة');
    expect(wire.source.url).toContain('example.org');
  });
});

describe('bad input: one line naming the file and the reason, non-zero only when nothing is analysed', () => {
  const write = (name: string, data: string | Buffer) => {
    const p = join(tmp, name);
    writeFileSync(p, data);
    return p;
  };
  const story = 'قال المتحدث باسم الدفاع المدني إن 12 شخصا أصيبوا في القصف صباح اليوم.';

  it('binary file', () => {
    const p = write(
      'blob.txt',
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0, 9]),
    );
    const r = sanad(['analyze', p]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('blob.txt');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('empty file', () => {
    const r = sanad(['analyze', write('empty.txt', '')]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/empty\.txt.*empty/i);
  });

  it('unknown extension beside a good file: the good one is analysed, exit 0', () => {
    const dir = join(tmp, 'mixed');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.txt'), story);
    writeFileSync(join(dir, 'b.docx'), 'PK\u0003\u0004 binary');
    const r = sanad(['analyze', dir]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('b.docx');
    expect(JSON.parse(r.stdout).articles).toHaveLength(1);
  });

  it('non-Arabic text is analysed with a warning', () => {
    const r = sanad([
      'analyze',
      write('english.txt', 'The minister said on Monday that talks would resume.'),
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).warnings.some((w: { code: string }) => w.code === 'NOT_ARABIC')).toBe(true);
  });

  it('Windows-1256 text is decoded and the decision reported', () => {
    const r = sanad(['analyze', write('cp1256.txt', iconv.encode(story, 'windows-1256'))]);
    expect(r.status, r.stderr).toBe(0);
    const out: Analysis = JSON.parse(r.stdout);
    expect(out.articles[0].text).toContain('المتحدث باسم الدفاع المدني');
    expect(out.warnings.some((w) => /1256/.test(w.message))).toBe(true);
  });

  it('undecodable bytes lose nothing else and are reported', () => {
    const bytes = Buffer.concat([
      Buffer.from(story, 'utf8'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(' وتابع أن الطريق مغلق.', 'utf8'),
    ]);
    const r = sanad(['analyze', write('broken.txt', bytes)]);
    expect(r.status, r.stderr).toBe(0);
    const out: Analysis = JSON.parse(r.stdout);
    expect(out.articles[0].text).toContain('الطريق مغلق');
    expect(out.warnings.length).toBeGreaterThan(0);
  });

  it('a file that does not exist', () => {
    const r = sanad(['analyze', join(tmp, 'nope.txt')]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('nope.txt');
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
  });

  it('a broken JSON file', () => {
    const r = sanad(['analyze', write('broken.json', '{"content": "قال الوزير')]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('broken.json');
  });

  it('stdin with -', () => {
    const r = sanad(['analyze', '-'], story);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).articles).toHaveLength(1);
  });

  it('a huge JSONL file streams with bounded memory', () => {
    const line = JSON.stringify({ id: 'x', content: story.repeat(20) }) + '\n';
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) lines.push(line.replace('"x"', `"r${i}"`));
    const p = write('huge.jsonl', lines.join(''));
    const r = sanad(['analyze', p, '--output', join(tmp, 'huge.out.json')]);
    expect(r.status, r.stderr).toBe(0);
    // a memory test, not a speed test: 3,000 records take about a minute on a loaded 2-core machine
  }, 180_000);

  it('a bad option value', () => {
    const r = sanad(['analyze', seedsDir, '--published', 'yesterday']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('YYYY-MM-DD');
  });
});

describe('sanad ner and sanad stance', () => {
  it('tags CoNLL tokens from stdin, one line per token, blank lines kept', () => {
    const tokens = [
      'قال',
      'وزير',
      'الخارجية',
      'سيرغي',
      'لافروف',
      'في',
      'موسكو',
      '',
      'وصل',
      'الوفد',
      'إلى',
      'دمشق',
    ];
    const r = sanad(['ner', '--format', 'conll'], tokens.join('\n') + '\n');
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.replace(/\n$/, '').split('\n');
    expect(lines).toHaveLength(tokens.length);
    expect(lines[7]).toBe('');
    const tag = (i: number) => lines[i].split('\t')[1];
    for (const [i, l] of lines.entries()) if (l) expect(l.split('\t')[0]).toBe(tokens[i]);
    for (const l of lines.filter(Boolean)) expect(l.split('\t')[1]).toMatch(/^(O|[BI]-(PERS|LOC|ORG|MISC))$/);
    expect(tag(6)).toBe('B-LOC');
    expect(tag(11)).toBe('B-LOC');
    expect(tag(4)).toMatch(/-PERS$/);
  });

  it('writes the pairs CSV back with a predicted stance', () => {
    const file = join(tmp, 'pairs.csv');
    writeFileSync(
      file,
      's1,s2\nارتفاع أسعار النفط في الأسواق,انخفاض أسعار النفط في الأسواق\n"الحكومة تعلن, اليوم, خطة جديدة",الحكومة تعلن خطة جديدة اليوم\n',
    );
    const r = sanad(['stance', '--pairs', file]);
    expect(r.status, r.stderr).toBe(0);
    const rows = r.stdout.trim().split('\n');
    expect(rows[0]).toBe('s1,s2,stance');
    expect(rows).toHaveLength(3);
    expect(rows[1].endsWith(',disagree')).toBe(true);
    expect(rows[2]).toMatch(/^"الحكومة تعلن, اليوم, خطة جديدة",.*,(agree|disagree|other)$/);
  });

  it('names a missing pairs file in one line', () => {
    const r = sanad(['stance', '--pairs', join(tmp, 'none.csv')]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('none.csv');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
