// The fingerprint worker (src/stories/pool.ts) runs only under compiled JavaScript, so this test
// groups invented documents through dist/ in a child process, once with the worker and once on the
// main thread alone: the stories must be the same.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

// 300 invented reports (past the pool's 200-document threshold): three kinds of event, each told
// on several days with its own figures, so the grouping has stories to find.
const script = `
const { groupStories } = await import(${JSON.stringify(root + 'dist/stories/stories.js')});
const kinds = [
  (i) => 'اندلع حريق في مستودع للأخشاب في الحي الصناعي رقم ' + (100 + i) + ' وتمكنت فرق الدفاع المدني من السيطرة عليه دون إصابات',
  (i) => 'أعلنت الشركة الوطنية للألبان أن أرباحها بلغت ' + (500 + i) + ' مليون ريال في الربع الثاني بزيادة عن العام الماضي',
  (i) => 'تعاقد نادي الساحل مع المهاجم البرازيلي روبرتو لمدة ' + (2 + (i % 3)) + ' مواسم بعد اجتيازه الفحص الطبي',
];
const docs = [];
for (let i = 0; i < 300; i++) {
  const day = String(1 + (i % 9)).padStart(2, '0');
  docs.push({ id: 'doc' + i, outlet: 'outlet' + (i % 7), published: '2020-03-' + day, source: {}, format: 'json',
    title: 'خبر رقم ' + i, body: kinds[i % 3](Math.floor(i / 3)) + '. وقال متحدث إن التفاصيل ستعلن لاحقا.', warnings: [] });
}
const out = [];
for (const threads of [1, 0]) out.push(JSON.stringify(await groupStories(docs, undefined, threads)));
console.log(JSON.stringify({ same: out[0] === out[1], stories: JSON.parse(out[0]).stories.length }));
`;

describe('fingerprints in a worker thread', () => {
  it('gives the same stories as the main thread alone', () => {
    const res = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    const { same, stories } = JSON.parse(res.trim().split('\n').pop()!) as { same: boolean; stories: number };
    expect(same).toBe(true);
    expect(stories).toBeGreaterThan(0);
  });
});
