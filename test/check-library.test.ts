// End to end over a real library: `sanad ingest` of a few SaudiNewsNet articles (those the dev
// claim pairs of one claim name, and a few on other events) into a temporary embedded library, then
// `sanad check "<claim>" --db` retrieves over its search index and judges the stored annotations.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../src/check/claim.js';
import { openLibrary } from '../src/library/library.js';
import { loadAnnotated } from '../src/store/articles.js';
import { loadGold } from '../scripts/eval-check.js';
import { writeRecordsJsonl } from './support/saudinewsnet.js';
import { needShared, root, type CliResult } from './helpers.js';

const dev = loadGold('claims-dev.jsonl');
const claim = dev[0].claim;
// the articles paired with this claim, and one article of each of three other claim groups
const onClaim = dev.filter((r) => r.claim === claim);
const others = ['c005', 'c008', 'c013'].map((g) => dev.find((r) => r.claimGroup === g)!);
const urls = [...new Set([...onClaim, ...others].map((r) => r.articleUrl))];
const sidingUrls = onClaim
  .filter((r) => r.stance === 'agree' || r.stance === 'disagree')
  .map((r) => r.articleUrl);

/** The built CLI, run without blocking the test worker (an ingest takes a while under load). */
function sanad(args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [`${root}dist/cli/main.js`, ...args],
      { cwd: root, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({ status: error ? Number(error.code ?? 1) || 1 : 0, stdout, stderr }),
    );
  });
}

let tmp: string;
let lib: string;
let out: CheckResult;
const json = (r: CliResult): CheckResult => {
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as CheckResult;
};

beforeAll(async () => {
  needShared('data/saudinewsnet');
  tmp = mkdtempSync(join(tmpdir(), 'sanad-check-lib-'));
  lib = join(tmp, 'library');
  const input = writeRecordsJsonl(urls, join(tmp, 'articles.jsonl'));
  const r = await sanad(['ingest', input, '--db', lib, '--quiet', '--threads', '1']);
  expect(r.status, r.stderr).toBe(0);
  out = json(await sanad(['check', claim, '--db', lib]));
}, 300_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('sanad check "<claim>" --db (a library of SaudiNewsNet articles)', () => {
  it('searches the whole library and reads the articles on the event', () => {
    expect(out.searched).toBe(urls.length);
    const listed = new Map(out.articles.map((a) => [a.source.url, a.stance]));
    // every article the gold says takes a side is retrieved and read as related
    for (const u of sidingUrls) expect(listed.get(u), u).toBeDefined();
    // the articles on other events are not listed as taking a side
    for (const o of others) expect(['agree', 'disagree']).not.toContain(listed.get(o.articleUrl));
    expect(out.verdict.support + out.verdict.contradict).toBeGreaterThan(0);
  });

  it('cites rationale sentences as slices of the stored clean text (or title)', async () => {
    const db = await openLibrary({ path: lib });
    try {
      const stored = new Map(
        (
          await loadAnnotated(
            db,
            out.articles.map((a) => a.id),
          )
        ).map((a) => [a.article.id, a.article]),
      );
      const spans = out.articles.flatMap((a) => a.rationale);
      expect(spans.length).toBeGreaterThan(0);
      // a title held apart from the text is cited as a span of the title
      for (const e of spans)
        expect(
          (e.field === 'title' ? stored.get(e.article)!.title! : stored.get(e.article)!.text).slice(
            e.start,
            e.end,
          ),
        ).toBe(e.text);
    } finally {
      await db.close();
    }
  }, 120_000);

  it('narrows by date and by story', async () => {
    const late = json(await sanad(['check', claim, '--db', lib, '--from', '2015-12-01']));
    expect(late.retrieved).toBe(0);
    expect(late.verdict.summary).toContain('0 independent origin');
    const first = out.articles[0];
    const storyOf = async (ids: string[]) => {
      const db = await openLibrary({ path: lib });
      try {
        const rows = await db.query<{ id: string; story_id: string | null }>(
          'select id, story_id from articles where id = any($1::text[])',
          [ids],
        );
        return new Map(rows.map((r) => [r.id, r.story_id]));
      } finally {
        await db.close();
      }
    };
    const story = (await storyOf([first.id])).get(first.id);
    expect(story).toBeTruthy();
    const inStory = json(await sanad(['check', claim, '--db', lib, '--story', story!]));
    expect(inStory.retrieved).toBeGreaterThan(0);
    const stories = await storyOf(inStory.articles.map((a) => a.id));
    for (const a of inStory.articles) expect(stories.get(a.id)).toBe(story);
  }, 120_000);

  it('asks for one coverage: input files or --db, not both', async () => {
    const r = await sanad(['check', claim, tmp, '--db', lib]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('[E_USAGE]');
  });
});
