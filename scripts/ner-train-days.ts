// Which SaudiNewsNet crawl days hold each sentence of an in-domain NER training file (letters and
// digits compared, punctuation and spaces aside). The shipped model leaves out the training
// sentences of a day an unseen gold file was drawn from (build.ts DEFAULT_EXTRA, `skip`).
// usage: npx tsx scripts/ner-train-days.ts test/gold/ner-train.conll 2015-07-22 [more days] [--write SKIP.json]
import { writeFileSync } from 'node:fs';
import { day } from '../test/support/saudinewsnet.js';
import { recordLetters, trainingSentences } from './ner-train-sentences.js';

const args = process.argv.slice(2);
const writeAt = args.indexOf('--write');
const target = writeAt >= 0 ? args[writeAt + 1] : undefined;
// without --write (writeAt -1) every argument is kept: k !== writeAt + 1 would drop the file's name
const [file, ...dayNames] = args.filter((_, k) => writeAt < 0 || (k !== writeAt && k !== writeAt + 1));
const sentences = trainingSentences(file);
const found = new Set<number>();
for (const d of dayNames) {
  const text = day(d)
    .map((r) => recordLetters(r))
    .join('|');
  const hits = sentences.flatMap((s, i) => (text.includes(s) ? [i] : []));
  hits.forEach((i) => found.add(i));
  console.log(`${d}: ${hits.length} of ${sentences.length} sentences`);
}
const skip = [...found].sort((a, b) => a - b);
if (target)
  writeFileSync(
    target,
    JSON.stringify(
      {
        note: `Sentences of ${file} found in the SaudiNewsNet crawl of ${dayNames.join(', ')}, a day an unseen gold file was drawn from: left out of the shipped tagger's training. Written by scripts/ner-train-days.ts; rerun it when the file changes.`,
        days: dayNames,
        total: sentences.length,
        sentences: skip,
      },
      null,
      1,
    ) + '\n',
  );
