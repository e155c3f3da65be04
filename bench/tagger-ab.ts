// Is one tree's tagger faster than another's? tagWords of both trees' builds (dist/, `npm run build`
// in each first) in one process, over the same sentences, in alternating blocks of 500 sentences
// (the order flipped each block), so that the drift of a shared machine's load falls on both; CPU
// seconds per tree on each of three passes (the first meets every word new), and a hash of the
// tags, which must agree (exit 1 when they do not). Run it with the trees in both orders: the first of a pair often gains a
// few per cent (docs/ner.md, round sixteen).
//
//   npx tsx bench/tagger-ab.ts --a /path/to/main --b . --days 2
import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { NewsRecord } from './records.js';
import { dataDir, opt } from './options.js';

const BLOCK = 500;
// both trees named, and two of them: a tree against itself measures nothing and proves nothing
const dirA = opt('--a');
const dirB = opt('--b');
if (!dirA || !dirB || resolve(dirA) === resolve(dirB)) {
  console.error('tagger-ab: give two different trees, --a DIR --b DIR');
  process.exit(2);
}
const texts: string[] = [];
for (const day of readdirSync(dataDir)
  .filter((f) => f.endsWith('.zip'))
  .sort()
  .slice(0, Number(opt('--days') ?? 2))) {
  for (const [name, data] of Object.entries(unzipSync(readFileSync(join(dataDir, day))))) {
    if (!name.endsWith('.json')) continue;
    for (const r of JSON.parse(strFromU8(data)) as NewsRecord[]) if (r.content?.trim()) texts.push(r.content);
  }
}

interface Tree {
  tag: (words: string[], infos: unknown[]) => string[];
  sents: [string[], unknown[]][];
  cpu: number;
  hash: Hash;
}

/** The tree's sentences as the finder hands them to the tagger (its own word records). */
async function load(dir: string): Promise<Tree> {
  const d = (p: string) => import(join(resolve(dir), 'dist', p));
  const { cleanDocument } = await d('clean/clean.js');
  const { splitSentences } = await d('text/segment.js');
  const { articleWords } = await d('extract/ner/article-words.js');
  const { sentenceTokens } = await d('extract/entities/tokens.js');
  const { tagWords, shippedModel } = await d('extract/ner/tagger.js');
  const model = shippedModel();
  const sents: Tree['sents'] = [];
  for (const body of texts) {
    const { text } = cleanDocument({ id: 'x', body });
    const ranges = splitSentences(text);
    const all = articleWords(text, ranges);
    for (let i = 0; i < ranges.length; i++) {
      const { toks, infos } = sentenceTokens(text, ranges[i], all[i]);
      if (toks.length) sents.push([toks.map((t: { text: string }) => t.text), infos]);
    }
  }
  const tag = (words: string[], infos: unknown[]) => tagWords(words, model, infos) as string[];
  return { tag, sents, cpu: 0, hash: createHash('sha1') };
}

const a = await load(dirA);
const b = await load(dirB);
// the blocks walk a's sentences: b must hand the tagger the same number, or the hashes compare
// different inputs (and b's extra sentences go untimed)
if (a.sents.length !== b.sents.length) {
  console.error(
    `tagger-ab: the trees split the texts differently (a ${a.sents.length}, b ${b.sents.length} sentences)`,
  );
  process.exit(1);
}
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};
for (let pass = 0; pass < 3; pass++) {
  a.cpu = b.cpu = 0;
  for (let s = 0; s < a.sents.length; s += BLOCK) {
    for (const x of (s / BLOCK) % 2 ? [b, a] : [a, b]) {
      const c0 = cpu();
      for (let i = s; i < Math.min(s + BLOCK, x.sents.length); i++)
        x.hash.update(x.tag(...x.sents[i]).join(' '));
      x.cpu += cpu() - c0;
    }
  }
  console.log(
    `pass ${pass}: a ${a.cpu.toFixed(2)} s, b ${b.cpu.toFixed(2)} s CPU (b / a ${(b.cpu / a.cpu).toFixed(3)})`,
  );
}
const hashA = a.hash.digest('hex');
const hashB = b.hash.digest('hex');
console.log(`tags: a ${hashA.slice(0, 12)}, b ${hashB.slice(0, 12)}`);
// a faster tagger that tags differently is no speed-up: fail, so a script or a reader cannot miss it
if (hashA !== hashB) {
  console.error('tagger-ab: the trees tag differently');
  process.exit(1);
}
