// Which SaudiNewsNet crawl days hold each sentence of an in-domain NER training file (letters and
// digits compared, punctuation and spaces aside): training sentences of a day an unseen gold file was
// drawn from are left out of the shipped model's training (build.ts DEFAULT_EXTRA).
// usage: npx tsx scripts/ner-train-days.ts test/gold/ner-train.conll 2015-07-22 [more days]
import { readFileSync } from 'node:fs';
import { day } from '../test/support/saudinewsnet.js';

const [file, ...dayNames] = process.argv.slice(2);
const norm = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).join('');
const sentences = readFileSync(file, 'utf8')
  .split(/\r?\n\s*\r?\n/)
  .map((block) =>
    norm(
      block
        .split(/\r?\n/)
        .map((l) => l.split('\t')[0])
        .join(' '),
    ),
  )
  .filter(Boolean);
const found = new Set<number>();
for (const d of dayNames) {
  const text = day(d)
    .map((r) => norm(`${r.title ?? ''} ${r.content ?? ''}`))
    .join('|');
  const hits = sentences.flatMap((s, i) => (text.includes(s) ? [i] : []));
  hits.forEach((i) => found.add(i));
  console.error(`${d}: ${hits.length} of ${sentences.length} sentences`);
}
console.log(JSON.stringify([...found].sort((a, b) => a - b)));
