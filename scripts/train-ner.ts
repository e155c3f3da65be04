// Train the entity tagger on NewsFANE Gold and sanad's in-domain CoNLL, write models/ner.bin (see docs/ner.md).
// usage: npx tsx scripts/train-ner.ts [path/to/NewsFANE_Gold_2014_170K.txt] [--extra FILE ... [--repeat N]]
//        [--no-default-extra] [--seed N] [--out FILE] [--clusters FILE | none]
// (--clusters: another word-cluster table, or none; see scripts/eval-ner.ts)
// The default in-domain files (DEFAULT_EXTRA in build.ts) are always trained on unless
// --no-default-extra; --extra adds files (development experiments: never a dev or unseen gold file).
import { readFileSync, writeFileSync } from 'node:fs';
import { buildNerModel, DEFAULT_BUILD, defaultExtra } from '../src/extract/ner/build.js';
import { setClusterTable } from '../src/extract/ner/clusters.js';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
const valued = new Set(['--extra', '--repeat', '--seed', '--out', '--clusters']);
const positional = args.filter((a, k) => !a.startsWith('--') && !valued.has(args[k - 1] ?? ''));
const extraFiles = args.flatMap((a, k) => (args[k - 1] === '--extra' ? [a] : []));
if (extraFiles.some((f) => /ner-dev|heldout|saudinewsnet\.conll|fresh/.test(f)))
  throw new Error('dev and unseen CoNLL files are scored, not trained on');

const clusters = opt('--clusters');
if (clusters) setClusterTable(clusters === 'none' ? null : readFileSync(clusters));
const corpus =
  positional[0] ?? new URL('../../shared/data/newsfane/NewsFANE_Gold_2014_170K.txt', import.meta.url);
const root = new URL('../', import.meta.url);
const started = Date.now();
const bytes = buildNerModel(readFileSync(corpus, 'utf8'), {
  ...DEFAULT_BUILD,
  seed: Number(opt('--seed') ?? DEFAULT_BUILD.seed ?? 1),
  extra: [
    ...(args.includes('--no-default-extra') ? [] : defaultExtra(root)),
    ...extraFiles.map((f) => ({ conll: readFileSync(f, 'utf8'), repeat: Number(opt('--repeat') ?? 1) })),
  ],
  log: (m) => console.log(m),
});
const out = opt('--out') ?? new URL('../models/ner.bin', import.meta.url);
writeFileSync(out, bytes);
console.log(
  `wrote ${String(out)}: ${(bytes.length / 1e6).toFixed(2)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
