// Build lexicons/wordlist.txt.gz, the word list behind glued-word repair, from the SaudiNewsNet
// day archives: word frequencies (diacritics and tatweel dropped), words seen >= 3 times, the most
// frequent 100k. Derived statistics only, no text.
// Every listed word is trusted: repair never splits it, so a glued typo seen 3+ times stays.
//   npx tsx scripts/build-wordlist.ts [../shared/data/saudinewsnet]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { unzipSync, strFromU8 } from 'fflate';

const dir = process.argv[2] ?? '../shared/data/saudinewsnet';
const MAX_WORDS = 100_000;
const MIN_COUNT = 3;

const counts = new Map<string, number>();
let articles = 0;
for (const f of readdirSync(dir)
  .filter((n) => n.endsWith('.zip'))
  .sort()) {
  const files = unzipSync(readFileSync(join(dir, f)));
  for (const [name, data] of Object.entries(files)) {
    if (!name.endsWith('.json')) continue;
    for (const rec of JSON.parse(strFromU8(data)) as { content?: string; title?: string }[]) {
      articles++;
      const text = `${rec.title ?? ''}\n${rec.content ?? ''}`.replace(/[\u064B-\u065F\u0670\u0640]/g, '');
      for (const m of text.matchAll(/[\u0621-\u064A]+/g)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    }
  }
}

let ranked = [...counts]
  .filter(([, c]) => c >= MIN_COUNT)
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
ranked = ranked.slice(0, MAX_WORDS);
// written in code-unit order so the reader can binary-search prefixes without sorting
const kept = [...ranked].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
const body = `# word<TAB>count from ${articles} SaudiNewsNet articles; built by scripts/build-wordlist.ts\n${kept.map(([w, c]) => `${w}\t${c}`).join('\n')}\n`;
const gz = gzipSync(Buffer.from(body, 'utf8'), { level: 9 });
writeFileSync(new URL('../lexicons/wordlist.txt.gz', import.meta.url), gz);
console.log(
  `${articles} articles, ${counts.size} distinct words, kept ${kept.length}, ${(gz.length / 1024).toFixed(0)} KB gzipped`,
);
