import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../contract.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { claimKeyEnglish } from './model.js';
import { buildReportModel } from './report-model.js';
import { parseRefs, segments } from './spans.js';
import { renderSections } from './page.js';
import { glossText } from './views-tables.js';
import { explanationHtml } from './views-brief.js';

const empty = (text: string): Analysis => ({
  schemaVersion: 1,
  articles: [{ id: 'a1', source: {}, text }],
  entities: [],
  quotes: [],
  accusations: [],
  quantities: [],
  dates: [],
  claims: [],
  contradictions: [],
  disputes: [],
  framing: { concepts: [], distinctive: [] },
  summary: [],
  timeline: [],
  warnings: [],
});

describe('escaping', () => {
  it('escapes markup, quotes and bare CR (the HTML parser would fold CR into LF)', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&\r`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#13;',
    );
  });
  it('keeps a data block from being closed by its content', () => {
    const json = jsonForScript({ t: '</script><script>alert(1)</script><!--' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ t: '</script><script>alert(1)</script><!--' });
  });
});

describe('explanations', () => {
  it('isolate the quoted Arabic so the numbers after it keep their order, and escape the rest', () => {
    expect(explanationHtml('"نحو 15 ألف" (12,750–17,250) vs "<b>"')).toBe(
      '"<bdi lang="ar" dir="rtl">نحو 15 ألف</bdi>" (12,750–17,250) vs &quot;&lt;b&gt;&quot;',
    );
  });
});

describe('spans in the page', () => {
  it('reads data-refs and drops malformed parts', () => {
    expect(parseRefs('0:3:7:main,1:0:2,x:1:2,2:5:1')).toEqual([
      { a: 0, s: 3, e: 7, r: 'main' },
      { a: 1, s: 0, e: 2 },
    ]);
  });
  it('splits a text at every span boundary, each piece with the roles covering it', () => {
    const text = 'قال المتحدث إن الهدنة صامدة';
    const parts = segments(text, [
      { a: 0, s: 0, e: 27, r: 'main' },
      { a: 0, s: 4, e: 11, r: 'speaker' },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.find((p) => p.roles.includes('speaker'))?.text).toBe(text.slice(4, 11));
    expect(parts.every((p) => p.roles.includes('main'))).toBe(true);
  });
});

describe('report model', () => {
  it('turns claim keys into English words', () => {
    expect(claimKeyEnglish('e|started|evacuation|expected')).toBe('evacuation started (expected)');
    expect(claimKeyEnglish('n|people|evacuated:planned')).toBe('number of people (evacuated planned)');
    expect(claimKeyEnglish('b|deal|government')).toBe('blame for deal on the government side');
    expect(claimKeyEnglish('n|سيارات|evacuated')).toBeUndefined();
  });
  it('shows a gloss once, then what the word implies', () => {
    expect(glossText({ gloss: 'gunmen', connotation: 'gunmen: denies political standing' })).toBe(
      'gunmen — denies political standing',
    );
    expect(glossText({ connotation: 'a name' })).toBe('a name');
  });
  it('chains updates of one count into a sequence, in update order, whatever order they come in', () => {
    const text = 'قتل 24 شخصا. ثم قتل 40 شخصا. ثم قتل 47 شخصا.';
    const at = (n: string, by: string, date: string) => {
      const start = text.indexOf(n);
      return { article: 'a1', start, end: start + n.length, text: n, by, date, status: n };
    };
    const a = empty(text);
    a.updates = [
      {
        topic: 'n|dead|killed',
        from: at('40', 'B', '2026-03-11'),
        to: at('47', 'C', '2026-03-12'),
        explanation: '',
      },
      {
        topic: 'n|dead|killed',
        from: at('24', 'A', '2026-03-10'),
        to: at('40', 'B', '2026-03-11'),
        explanation: '',
      },
    ];
    const model = buildReportModel(a);
    expect(model.updates).toHaveLength(1);
    const steps = model.updates[0].steps;
    expect(steps.map((s) => s.text)).toEqual(['24', '40', '47']);
    expect(steps.map((s) => s.source?.ar)).toEqual(['A', 'B', 'C']);
    expect(steps[2].refs).toEqual([{ a: 0, s: text.indexOf('47'), e: text.indexOf('47') + 2, r: 'main' }]);
  });
  it('shows each dispute side with its sources once and each statement linked to its span', () => {
    const text = 'قال الجيش إن 10 قتلوا. وقالت المعارضة إن 30 قتلوا.';
    const span = (t: string, by: string) => ({
      article: 'a1',
      start: text.indexOf(t),
      end: text.indexOf(t) + t.length,
      text: t,
      by,
    });
    const a = empty(text);
    a.disputes = [
      {
        id: 'd1',
        kind: 'numeric',
        question: 'How many (قتل)',
        sides: [
          { answer: '10', statements: [span('10 قتلوا', 'الجيش')], sources: ['الجيش', 'الجيش'] },
          { answer: '30', statements: [span('30 قتلوا', 'المعارضة')], sources: ['المعارضة'] },
        ],
        contradictions: [],
      },
    ];
    const [d] = buildReportModel(a).disputes;
    expect(d.sides.map((s) => s.sources.map((n) => n.ar))).toEqual([['الجيش'], ['المعارضة']]);
    expect(d.sides[1].statements[0].refs[0]).toMatchObject({ s: text.indexOf('30'), r: 'main' });
    const html = renderSections(buildReportModel(a));
    expect(html).toContain('id="dispute-d1"');
    expect(html).toMatch(/<span class="ar">[^<]*قتل<\/span><span class="en" lang="en">How many/);
  });
  it('renders an analysis with nothing found: every section says so instead of failing', () => {
    const html = renderSections(buildReportModel(empty('نص قصير بلا أي شيء.')));
    for (const id of ['lead', 'disputes', 'numbers', 'speakers', 'claims', 'framing', 'timeline', 'map'])
      expect(html).toMatch(new RegExp(`<section id="${id}"[^]*?class="empty"`));
    expect(html).toContain('نص قصير بلا أي شيء.');
  });
});
