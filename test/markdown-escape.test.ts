// A Markdown export carries no markup from an article: a hostile page (script, event handlers,
// `javascript:` links) and an invented article written in Markdown (a link, an image, raw HTML)
// are analysed, and every Markdown export of them (the digest, the list of stories) is read as a
// renderer would: once the backslash escapes are taken out, no tag, entity, link or image remains.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';
import { escapeMarkdown } from '../src/report/markdown-escape.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderStoriesMarkdown } from '../src/report/stories.js';
import type { StoriesResult } from '../src/stories/stories.js';
import { root } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'sanad-md-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// invented: a statement whose words hold Markdown and HTML that a viewer would render
const MARKDOWN_ARTICLE = [
  'قال المتحدث باسم البلدية [اضغط هنا](javascript:alert(1)) إن الطريق أعيد فتحه صباح اليوم.',
  'وأضاف أن ![صورة](http://tracker.example/pixel.png) الأعمال انتهت <img src=x onerror=alert(2)> قبل الموعد.',
  '<script>alert(3)</script> وقال مسؤول آخر إن `الحركة` عادت **طبيعية** &lt;b&gt; في المساء.',
].join('\n');

/**
 * What a renderer sees as markup: the text with every backslash-escaped character taken out, and
 * the export's own code spans (the warning codes, `DATE_UNRESOLVED`).
 */
const unescaped = (md: string) => md.replace(/\\[\s\S]/g, '').replace(/`[A-Z_]+`/g, '');

function expectInert(md: string): void {
  const bare = unescaped(md);
  expect(bare).not.toMatch(/[<>&`]/); // no tag, entity or code span from an article
  expect(bare).not.toMatch(/\]\(/); // no link or image
  expect(md).toContain('\\<script\\>'); // the words are kept, escaped
}

describe('Markdown exports escape every article string', { timeout: 120_000 }, () => {
  const inputs = [join(root, 'test/fixtures/hostile/hostile.html')];

  it('the digest (sanad analyze --format md, the web export) carries no markup', async () => {
    const file = join(dir, 'markdown-article.txt');
    writeFileSync(file, MARKDOWN_ARTICLE);
    const { analysis } = await analyze([...inputs, file], { threads: 1 });
    expect(analysis.articles).toHaveLength(2);
    const md = renderMarkdown(analysis);
    expectInert(md);
    expect(md).toContain('\\[اضغط هنا\\](javascript:alert(1))');
  });

  it('the list of stories (sanad stories --format md) carries no markup', () => {
    // a story as the grouping gives it, its headline, outlets and file ids taken from hostile inputs
    const result: StoriesResult = {
      stories: [
        {
          id: 's1',
          title: 'انفجار في السوق <script>alert(1)</script> [اضغط](javascript:alert(2))',
          articles: ['<img src=x onerror=alert(3)>', 'b'],
          outlets: ['صحيفة <b onmouseover=alert(4)>الغد</b>', 'وكالة'],
          reports: 2,
        },
      ],
      duplicates: [],
      apart: [],
    };
    expectInert(renderStoriesMarkdown(result));
  });

  it('escapes each markup character and keeps a string on one line', () => {
    expect(escapeMarkdown('a<b>&c [d](e) ![f](g) `h` *i* _j_ \\k\nl')).toBe(
      'a\\<b\\>\\&c \\[d\\](e) !\\[f\\](g) \\`h\\` \\*i\\* \\_j\\_ \\\\k l',
    );
  });
});
