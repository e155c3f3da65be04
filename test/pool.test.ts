// The worker pool (src/annotate/pool.ts): past POOL_THRESHOLD (48) articles, annotation runs in
// worker threads, which load the compiled JavaScript under dist/ (built by test/global-setup.ts).
// On 60 invented records the pool must give exactly what one thread gives.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RawDoc } from '../src/ingest/read.js';
import { root, sanad } from './helpers.js';

/** More than the pool's threshold of 48, so that the pool is used. */
const RECORDS = 60;

// Invented towns, outlets, speakers and events; each record combines them differently.
const TOWNS = ['تل الورد', 'وادي السنديان', 'ميناء الرمال', 'عين الصفصاف', 'جسر النخيل'];
const OUTLETS = ['شبكة الساحل (مثال مختلق)', 'وكالة الأنباء المثال (مختلقة)', 'صحيفة الصباح (مثال مختلق)'];
const SPEAKERS = ['رئيس البلدية نادر العلي', 'المتحدث باسم الوزارة سامي الخطيب', 'مصدر في الدفاع المدني'];
const EVENTS = ['فتح الطريق الرئيسي', 'وصول قافلة المساعدات', 'إصلاح شبكة المياه', 'إعادة التيار الكهربائي'];

function record(i: number): string {
  const town = TOWNS[i % TOWNS.length];
  const event = EVENTS[i % EVENTS.length];
  const day = 1 + (i % 28);
  const body = [
    `أعلنت السلطات في ${town} صباح ${day} مارس/آذار 2026 ${event} بعد ${2 + (i % 9)} أيام من الانتظار.`,
    `وقال ${SPEAKERS[i % SPEAKERS.length]} إن ${100 + 7 * i} عائلة استفادت من العملية، وإن العمل سيستمر حتى نهاية الشهر.`,
    i % 3 === 0 ? `واتهم ناشطون الشركة المتعهدة بالتأخر في تنفيذ الأعمال، فيما نفت الشركة ذلك.` : '',
  ]
    .filter(Boolean)
    .join('\n');
  return JSON.stringify({
    id: `pool-${i}`,
    title: `${event} في ${town}`,
    source: OUTLETS[i % OUTLETS.length],
    url: `https://example.org/pool/${i}`,
    published: `2026-03-${String(day).padStart(2, '0')}`,
    content: body,
  });
}

const dist = (path: string) => pathToFileURL(join(root, 'dist', path)).href;

let input: string;
beforeAll(() => {
  input = join(mkdtempSync(join(tmpdir(), 'sanad-pool-')), 'records.jsonl');
  writeFileSync(input, Array.from({ length: RECORDS }, (_, i) => record(i)).join('\n') + '\n');
});

describe('worker pool, over 48 articles', () => {
  it('annotates every article in the workers, as one thread does', async () => {
    const { annotateAll }: typeof import('../src/annotate/pool.js') = await import(dist('annotate/pool.js'));
    const { annotateArticle }: typeof import('../src/annotate/annotate.js') = await import(
      dist('annotate/annotate.js')
    );
    const { readInputs, isProblem }: typeof import('../src/ingest/read.js') = await import(
      dist('ingest/read.js')
    );
    async function* docs(): AsyncGenerator<RawDoc> {
      for await (const item of readInputs([input])) if (!isProblem(item)) yield item;
    }
    let onMainThread = 0;
    const pooled = await annotateAll(
      docs(),
      (doc) => {
        onMainThread++;
        return annotateArticle(doc);
      },
      2,
    );
    expect(onMainThread, 'the pool path ran: no article was annotated on the main thread').toBe(0);
    const single = await annotateAll(docs(), annotateArticle, 1);
    expect(single).toHaveLength(RECORDS);
    expect(single.every((a) => a.quotes.length > 0)).toBe(true);
    expect(pooled).toEqual(single);
  }, 120_000);

  it('`sanad analyze --threads 2` writes the same JSON as `--threads 1`', () => {
    const one = sanad(['analyze', input, '--threads', '1']);
    const two = sanad(['analyze', input, '--threads', '2']);
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    expect(JSON.parse(one.stdout).articles).toHaveLength(RECORDS);
    expect(two.stdout === one.stdout, 'the JSON of --threads 2 differs from --threads 1').toBe(true);
    expect(two.stderr).toBe(one.stderr);
  }, 120_000);
});
