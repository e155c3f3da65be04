import { describe, expect, it } from 'vitest';
import type { Analysis, Claim } from '../contract.js';
import { renderMarkdown } from './markdown.js';

// two invented reports of one blast, run by two papers named only by their site codes
const T1 =
  'قتل 12 شخصا وأصيب 40 في انفجار سوق المدينة صباح الأحد على بعد نحو عشرة كيلومترات من الميناء بعد 24 ساعة من التحذير.';
const T2 = 'ارتفع عدد قتلى انفجار السوق إلى 15 قتيلا و44 جريحا خلال 24 ساعة بحسب الدفاع المدني.';
const span = (article: string, text: string, needle: string) => {
  const start = text.indexOf(needle);
  return { article, start, end: start + needle.length, text: needle };
};
const claim = (
  id: string,
  text: string,
  statements: Claim['statements'],
  status: Claim['status'],
): Claim => ({
  id,
  text,
  statements,
  outlets: [...new Set(statements.map((s) => s.span.article))],
  status,
  kind: 'quantity',
});

const analysis: Analysis = {
  schemaVersion: 1,
  articles: [
    {
      id: 'f-1',
      source: {},
      text: T1,
      outlet: { name: 'alyaum', inferred: false },
      published: '2022-05-01',
      title: 'انفجار في سوق المدينة',
    },
    {
      id: 'f-2',
      source: { url: 'http://www.okaz.com.sa/x/1' },
      text: T2,
      published: '2022-05-02',
      title: 'ارتفاع حصيلة انفجار السوق',
    },
  ],
  entities: [],
  quotes: [],
  accusations: [],
  quantities: [],
  dates: [],
  claims: [
    claim(
      'c1',
      '12 شخصا (قتل)',
      [
        { span: span('f-2', T2, '15 قتيلا'), by: 'الدفاع المدني' },
        { span: span('f-1', T1, '12 شخصا'), by: 'f-1' },
      ],
      'disputed',
    ),
    claim(
      'c2',
      'نحو عشرة كيلومترات',
      [{ span: span('f-1', T1, 'نحو عشرة كيلومترات') }, { span: span('f-2', T2, 'السوق') }],
      'single-source',
    ),
    claim(
      'c4',
      '24 ساعة (مدة)',
      [{ span: span('f-1', T1, '24 ساعة') }, { span: span('f-2', T2, '24 ساعة') }],
      'corroborated',
    ),
    claim(
      'c3',
      '40 (إصابة)',
      [{ span: span('f-1', T1, '40') }, { span: span('f-2', T2, '44 جريحا') }],
      'disputed',
    ),
  ],
  contradictions: [],
  disputes: [],
  framing: { concepts: [], distinctive: [] },
  summary: [
    {
      text: 'قتل 12 شخصا وأصيب 40 في انفجار سوق المدينة صباح الأحد. (اليوم، عكاظ)',
      sources: [span('f-1', T1, T1)],
      kind: 'lead',
    },
  ],
  timeline: [],
  warnings: [],
};

describe('the Markdown brief', () => {
  const md = renderMarkdown(analysis);
  const brief = md.slice(md.indexOf('## Brief'), md.indexOf('# Detail'));

  it('comes first, before the detail, and opens with the lead', () => {
    expect(md.indexOf('## Brief')).toBeGreaterThan(0);
    expect(md.indexOf('## Brief')).toBeLessThan(md.indexOf('# Detail'));
    expect(brief).toContain('**Lead.** قتل 12 شخصا');
  });

  it('names sources by outlet and headline, never by file id, site code or offsets', () => {
    expect(brief).not.toMatch(/f-1|f-2|alyaum|okaz\.com|\[\w+:\d+-\d+\]/);
    expect(brief).toContain('اليوم: «انفجار في سوق المدينة» (2022-05-01)');
    expect(brief).toContain('عكاظ: «ارتفاع حصيلة انفجار السوق»');
  });

  it('tabulates the numbers incident by incident, in order of publication, counts only', () => {
    const rows = brief.split('\n').filter((l) => l.startsWith('| '));
    const dead = rows.findIndex((r) => r.includes('1. قتل'));
    const hurt = rows.findIndex((r) => r.includes('2. إصابة'));
    expect(dead).toBeGreaterThan(0);
    expect(hurt).toBe(dead + 2);
    expect(rows[dead]).toContain('12 شخصا');
    expect(rows[dead]).toContain('| اليوم |');
    expect(rows[dead + 1]).toContain('15 قتيلا');
    expect(rows[dead + 1]).toContain('الدفاع المدني');
    expect(rows[dead + 1]).toContain('2022-05-02');
    expect(brief).not.toContain('كيلومترات');
    // a duration is the window a figure covers, not an incident's figure
    expect(rows.some((r) => r.includes('(مدة)'))).toBe(false);
  });

  it('shows who said what through whom, a statement made to the outlet itself being no relay', () => {
    const text = 'وقال مدير الدفاع المدني لـ«اليوم» إن فرق الإنقاذ ما زالت تبحث تحت الأنقاض.';
    const at = (needle: string) => span('f-3', text, needle);
    const withQuote: Analysis = {
      ...analysis,
      articles: [
        ...analysis.articles,
        { id: 'f-3', source: {}, text, outlet: { name: 'alyaum', inferred: false } },
      ],
      quotes: [
        {
          id: 'q1',
          article: 'f-3',
          start: 0,
          end: text.length,
          speaker: { ...at('مدير الدفاع المدني'), kind: 'official' },
          cue: at('وقال'),
          content: at('فرق الإنقاذ ما زالت تبحث تحت الأنقاض'),
          direct: false,
          channel: at('«اليوم»'),
        },
      ],
    };
    const out = renderMarkdown(withQuote);
    expect(out).toContain('- **مدير الدفاع المدني** → اليوم: «فرق الإنقاذ ما زالت تبحث تحت الأنقاض»');
  });

  it('says which origins were folded into one voice, and why, by outlet name', () => {
    const dead = {
      ...claim('c4', 'مقتل 12 شخصا', [], 'single-source'),
      outlets: ['alyaum', 'f-2'],
      voices: 1,
    };
    const copies = {
      origin: 'AFP',
      kind: 'agency' as const,
      outlets: ['alyaum', 'f-2'],
      statements: [span('f-1', T1, '12 شخصا'), span('f-2', T2, '15 قتيلا')],
      folded: [
        { reason: 'agency-copy' as const, a: span('f-1', T1, '12 شخصا'), b: span('f-2', T2, '15 قتيلا') },
      ],
      counted: true,
      note: '',
    };
    const out = renderMarkdown({ ...analysis, claims: [{ ...dead, voiceGroups: [copies] }] });
    const voices = out.slice(out.indexOf('**Voices: who confirms what**'), out.indexOf('**Sources**'));
    expect(voices).toContain('«مقتل 12 شخصا» (single-source): one independent voice from two outlets');
    expect(voices).toContain(
      "  - AFP, carried by two outlets (اليوم, عكاظ): copies of one agency's credited text",
    );
    expect(voices).not.toMatch(/alyaum|f-2/);
  });
});
