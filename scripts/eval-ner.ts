// Development measure for tagger features: trains on NewsFANE's training part without its
// development tenth (sentences 8, 18, ...), scores the tagger on that tenth, and optionally tags
// out-of-domain CoNLL development files (tagger and whole entity finder) with that model.
// Never point it at held-out or unseen gold files.
// The in-domain files the shipped model trains on (DEFAULT_EXTRA in build.ts) are trained on too,
// unless --no-default-extra (NewsFANE alone); --extra adds files (--repeat, --words-only apply to them).
// --model FILE scores a model already trained (models/ner.bin: the development CoNLL files only, since
// it has trained on the NewsFANE development tenth).
// usage: npx tsx scripts/eval-ner.ts [--epochs N] [--seed N] [--conll test/gold/ner-dev.conll ...]
//        [--no-default-extra] [--extra FILE ... [--repeat N] [--words-only]] [--model FILE]
//        [--leave-out test/gold/ner-train4.conll] [--in-domain-repeat N] [--clusters FILE | none]
//        [--beam K] [--train-beam K] [--file-repeat PATH=N] [--file-skip PATH=SKIP.json]
// --file-repeat / --file-skip: one default in-domain file visited N times per epoch, or with the
// sentences a JSON file lists (`sentences`: indexes, e.g. scripts/ner-train-outlets.ts --write) left out too
// --clusters: train and score with another word-cluster table (scripts/build-ner-clusters.ts --out),
// or none (the tagger without cluster features); a model is scored with the table it was trained with.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_BUILD, DEFAULT_EXTRA, buildNerModel, defaultExtra } from '../src/extract/ner/build.js';
import { isHeldOut, readNewsFane } from '../src/extract/ner/newsfane.js';
import { inDomainSentences } from '../src/extract/ner/in-domain.js';
import { decodeModel } from '../src/extract/ner/model-file.js';
import { tagConll } from '../src/extract/entities/conll.js';
import { sharedDir } from '../test/support/saudinewsnet.js';
import { setClusterTable } from '../src/extract/ner/clusters.js';
import { setBeamWidth } from '../src/extract/ner/tagger.js';

/** The development tenth of the training part: compared on, never trained on by this script. */
const isDev = (i: number) => i % 10 === 8;

const args = process.argv.slice(2);
const opt = (name: string) => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
// --leave-out FILE: a default in-domain file left out of training and scored instead (leave one set out)
const leftOut = args.flatMap((a, k) => (args[k - 1] === '--leave-out' ? [a] : []));
const conllFiles = [...args.flatMap((a, k) => (args[k - 1] === '--conll' ? [a] : [])), ...leftOut];
const extraFiles = args.flatMap((a, k) => (args[k - 1] === '--extra' ? [a] : []));
if ([...conllFiles, ...extraFiles].some((f) => /heldout|saudinewsnet\.conll|fresh/.test(f)))
  throw new Error('development files only');
if (extraFiles.some((f) => conllFiles.includes(f))) throw new Error('a file trained on is not scored');
const perFile = (name: string) =>
  new Map(args.flatMap((a, k) => (args[k - 1] === name ? [a.split('=') as [string, string]] : [])));
const fileRepeat = perFile('--file-repeat');
const fileSkip = perFile('--file-skip');
// a skip file names sentences by index: one written for another version of the file would thin the
// wrong sentences, so its total must match the file's, as defaultExtra (build.ts) asks of the default's
const moreSkip = (path: string, conll: string): number[] => {
  const file = fileSkip.get(path);
  if (!file) return [];
  const skip = JSON.parse(readFileSync(file, 'utf8')) as { total: number; sentences: number[] };
  const total = inDomainSentences(conll).length;
  if (total !== skip.total)
    throw new Error(
      `${file} lists ${skip.total} sentences, ${path} has ${total}: rerun scripts/ner-train-days.ts`,
    );
  return skip.sentences;
};

// --beam K: decode with a beam of K tag sequences (1: greedy; 2 by default); --train-beam K: train with one (4 by default)
// (early update, Collins & Roark 2004)
if (opt('--beam')) setBeamWidth(Number(opt('--beam')));
const clusters = opt('--clusters');
if (clusters) setClusterTable(clusters === 'none' ? null : readFileSync(clusters));
const corpus = readFileSync(join(sharedDir, 'data/newsfane/NewsFANE_Gold_2014_170K.txt'), 'utf8');
const sents = readNewsFane(corpus);
const started = Date.now();
const trained = opt('--model');
const bytes = trained
  ? readFileSync(trained)
  : buildNerModel(corpus, {
      ...DEFAULT_BUILD,
      exclude: isDev,
      epochs: Number(opt('--epochs') ?? DEFAULT_BUILD.epochs),
      gazetteerDropout: Number(opt('--dropout') ?? DEFAULT_BUILD.gazetteerDropout ?? 0),
      seed: Number(opt('--seed') ?? 1),
      beam: Number(opt('--train-beam') ?? DEFAULT_BUILD.beam ?? 1),
      extra: [
        ...(args.includes('--no-default-extra')
          ? []
          : defaultExtra(new URL('../', import.meta.url))
              .map((x, k) => ({ x, path: DEFAULT_EXTRA[k].path }))
              .filter(({ path }) => !leftOut.includes(path))
              .map(({ x, path }) => ({
                ...x,
                repeat: Number(fileRepeat.get(path) ?? opt('--in-domain-repeat') ?? x.repeat),
                skip: [...(x.skip ?? []), ...moreSkip(path, x.conll)],
              }))),
        ...extraFiles.map((f) => ({
          conll: readFileSync(f, 'utf8'),
          repeat: Number(opt('--repeat') ?? 1),
          wordsOnly: args.includes('--words-only'),
        })),
      ],
    });
console.log(
  `${trained ? 'read' : 'trained'} in ${((Date.now() - started) / 1000).toFixed(1)} s, ${(bytes.length / 1e6).toFixed(2)} MB`,
);
const model = decodeModel(bytes);
if (opt('--write')) writeFileSync(opt('--write')!, bytes);

const dir = mkdtempSync(join(tmpdir(), 'sanad-ner-eval-'));
const score = (gold: string, pred: string) =>
  execFileSync(process.execPath, [join(sharedDir, 'tools/score-ner.mjs'), gold, pred], {
    encoding: 'utf8',
  }).split('\n')[0];

const dev = trained ? [] : sents.filter((_, i) => isDev(i) && !isHeldOut(i));
const devGold = join(dir, 'dev.conll');
writeFileSync(
  devGold,
  dev.map((s) => s.tokens.map((t, k) => `${t}\t${s.tags[k]}`).join('\n')).join('\n\n') + '\n',
);
const devIn = dev.map((s) => s.tokens.join('\n')).join('\n\n') + '\n';
for (const mode of trained ? [] : (['tagger', 'entities'] as const)) {
  const pred = join(dir, `dev-${mode}.tsv`);
  writeFileSync(pred, tagConll(devIn, { mode, model }));
  console.log(`NewsFANE dev tenth, ${mode}: ${score(devGold, pred)}`);
}
for (const f of conllFiles) {
  const input = readFileSync(f, 'utf8')
    .split('\n')
    .map((l) => l.split('\t')[0])
    .join('\n');
  for (const mode of ['tagger', 'entities'] as const) {
    const pred = join(dir, `${mode}.tsv`);
    writeFileSync(pred, tagConll(input, { mode, model }));
    console.log(`${f}, ${mode}: ${score(f, pred)}`);
  }
}
