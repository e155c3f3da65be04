// Which SaudiNewsNet outlet each sentence of an in-domain NER training file comes from (letters and
// digits compared, as ner-train-days.ts), over the crawls of the given days; with --keep OUTLET=K/N
// writes the indexes of that outlet's sentences left out so that K of every N stay (an evenly spaced
// subsample, for measuring a file whose mix leans on one outlet: docs/ner-rounds.md, round eighteen).
// usage: npx tsx scripts/ner-train-outlets.ts test/gold/ner-train9.conll 2015-07-21 [more days]
//        [--keep aawsat=1/2 --write /tmp/skip.json]
import { writeFileSync } from 'node:fs';
import { day } from '../test/support/saudinewsnet.js';
import { recordLetters, trainingSentences } from './ner-train-sentences.js';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
const [file, ...dayNames] = args.filter((a, k) => !a.startsWith('--') && !args[k - 1]?.startsWith('--'));
const sentences = trainingSentences(file);
const outlet: (string | undefined)[] = sentences.map(() => undefined);
for (const d of dayNames)
  for (const r of day(d)) {
    const text = recordLetters(r);
    sentences.forEach((s, i) => {
      if (!outlet[i] && text.includes(s)) outlet[i] = r.source ?? '?';
    });
  }
const counts = new Map<string, number>();
for (const o of outlet) counts.set(o ?? 'not found', (counts.get(o ?? 'not found') ?? 0) + 1);
console.log(
  [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([o, n]) => `${o} ${n}`)
    .join(', '),
);
const keep = opt('--keep');
if (keep) {
  const [, name, k, n] = /^(.+)=(\d+)\/(\d+)$/.exec(keep) ?? [];
  let seen = 0;
  const skip = outlet.flatMap((o, i) => (o === name && seen++ % Number(n) >= Number(k) ? [i] : []));
  console.log(`${skip.length} sentences of ${name} left out`);
  if (opt('--write'))
    writeFileSync(opt('--write')!, JSON.stringify({ total: sentences.length, sentences: skip }) + '\n');
}
