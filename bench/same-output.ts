// Did a speed change keep the output? One line per article, its id and the SHA-1 of its annotation
// (annotateArticle, as JSON), over a sample of the SaudiNewsNet days, then one line for the
// analysis of the seeds (analyze, as JSON). Run it on two trees and compare the files:
//
//   npx tsx bench/same-output.ts --root /work/main > /tmp/main.txt
//   npx tsx bench/same-output.ts > /tmp/mine.txt && cmp /tmp/main.txt /tmp/mine.txt
//
// --root DIR reads the pipeline of another checkout (its src/, through tsx), so the script need
// not exist there. --every N takes one article in N (default 45: about 600 of 27,314); --every 1
// takes all. --day FILE (repeatable, e.g. --day 2015-07-24.zip) reads only those days, every article
// of them unless --every is given. --show ID prints that article's annotation instead, to diff the
// two trees' JSON.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { recordDoc, type NewsRecord } from './records.js';
import { dataDir, opt, root, seedsDir } from './options.js';

const tree = resolve(opt('--root') ?? root);
const only = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--day' ? [a] : []));
const every = Number(opt('--every') ?? (only.length ? 1 : 45));
const show = opt('--show');
const { annotateArticle, analyze } = (await import(
  join(tree, 'src/pipeline.ts')
)) as typeof import('../src/pipeline.js');

const sha1 = (value: unknown) => createHash('sha1').update(JSON.stringify(value)).digest('hex');

const zips = readdirSync(dataDir).filter((f) => f.endsWith('.zip'));
// a misspelt day would print only the seeds' line, and two trees would "agree" on no articles
const missing = only.filter((d) => !zips.includes(d));
if (missing.length) {
  console.error(`same-output: no such day in ${dataDir}: ${missing.join(', ')}`);
  process.exit(2);
}

// the articles as bench/run.ts reads them (same ids, same fields), one in `every`
let n = 0;
for (const day of zips.filter((f) => !only.length || only.includes(f)).sort()) {
  const files = unzipSync(readFileSync(join(dataDir, day)));
  for (const [name, data] of Object.entries(files)) {
    if (!name.endsWith('.json')) continue;
    for (const r of JSON.parse(strFromU8(data)) as NewsRecord[]) {
      if (!r.content?.trim()) continue;
      const id = r.url ?? `${day}#${n}`;
      if (n++ % every !== 0 && id !== show) continue;
      if (show && id !== show) continue;
      const annotated = annotateArticle(recordDoc(r, id));
      if (show) console.log(JSON.stringify(annotated, null, 1));
      else console.log(`${id}\t${sha1(annotated)}`);
    }
  }
}
if (!show) {
  const { analysis, problems } = await analyze([seedsDir], { threads: 1 });
  console.log(`seeds\t${sha1({ analysis, problems })}`);
}
