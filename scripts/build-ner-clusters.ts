// Build models/ner-clusters.bin, the word clusters the entity tagger reads as features
// (src/extract/ner/clusters.ts; docs/ner.md): words that stand in the same contexts of unlabelled
// news share a cluster, so a name the labelled data never met is tagged like the names it resembles.
// Raw SaudiNewsNet text of the training days only (never a day an unseen or held-out set was drawn
// from): each word's base (clitics off, as the tagger's features read it) gets a vector of its
// neighbours at -2, -1, +1, +2 (positive PMI over the most frequent bases), reduced by a seeded random
// projection and split in two again and again by spherical 2-means: the path of splits (up to
// DEPTH bits) is the word's cluster, and its prefixes are coarser clusters.
// Derived statistics only (a hash of each word and a number), no text.
//   npx tsx scripts/build-ner-clusters.ts [--min-count N] [--depth N] [--out FILE]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { searchKey, segmentKey } from '../src/text/arabic.js';
import { encodeClusters, FREQUENCY } from '../src/extract/ner/clusters.js';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
/** training days only: 07-22, 07-31 … 08-02 and 08-06 … 08-09 hold held-out and unseen sets */
const DAYS = [
  '2015-07-21',
  '2015-07-23',
  '2015-07-24',
  '2015-07-25',
  '2015-07-26',
  '2015-07-27',
  '2015-08-03',
  '2015-08-04',
];
/** bases seen fewer times get no cluster (too few contexts to place them) */
const MIN_COUNT = Number(opt('--min-count') ?? 3);
/** context words: the most frequent bases, plus punctuation, digits, Latin and the line's edge */
const CONTEXTS = 2000;
const OFFSETS = (opt('--offsets') ?? '-1,1').split(',').map(Number);
/** dimensions of the random projection */
const DIMS = Number(opt('--dims') ?? 256);
/** most splits on a word's path; a node of fewer words than MIN_NODE is not split */
const DEPTH = Number(opt('--depth') ?? 12);
const MIN_NODE = 4;
const ITERATIONS = 12;
const dir = join(new URL('..', import.meta.url).pathname, '../shared/data/saudinewsnet');

/** mulberry32: the same numbers on every run */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// 1. the text as a sequence of base ids (specials first), line edges as their own token
const SPECIALS = ['<s>', '<p>', '<d>', '<l>'];
const ids = new Map<string, number>(SPECIALS.map((s, i) => [s, i]));
const names: string[] = [...SPECIALS];
const baseOf = new Map<string, number>();
let seq = new Int32Array(1 << 22);
let n = 0;
const push = (id: number) => {
  if (n === seq.length) {
    const s = new Int32Array(2 * n);
    s.set(seq);
    seq = s;
  }
  seq[n++] = id;
};
const TOKEN = /([\u0621-\u064A\u064B-\u065F\u0670\u0640]+)|([0-9\u0660-\u0669]+)|([A-Za-z]+)|([^\s])|(\n)/g;
let articles = 0;
for (const day of DAYS) {
  const files = unzipSync(readFileSync(join(dir, `${day}.zip`)));
  for (const [name, data] of Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!name.endsWith('.json')) continue;
    for (const rec of JSON.parse(strFromU8(data)) as { content?: string; title?: string }[]) {
      articles++;
      push(0);
      for (const m of `${rec.title ?? ''}\n${rec.content ?? ''}`.matchAll(TOKEN)) {
        if (m[1]) {
          let id = baseOf.get(m[1]);
          if (id === undefined) {
            const key = searchKey(m[1]);
            const base = segmentKey(m[1], key).base;
            id = ids.get(base);
            if (id === undefined) {
              id = names.length;
              ids.set(base, id);
              names.push(base);
            }
            baseOf.set(m[1], id);
          }
          push(id);
        } else push(m[2] ? 2 : m[3] ? 3 : m[4] ? 1 : 0);
      }
    }
  }
}
push(0);
const V = names.length;
const freq = new Float64Array(V);
for (let i = 0; i < n; i++) freq[seq[i]]++;
console.log(`${articles} articles, ${n} tokens, ${V} distinct bases`);

// 2. contexts: the most frequent bases (specials always among them)
const byFreq = Array.from({ length: V }, (_, i) => i).sort((a, b) => freq[b] - freq[a] || a - b);
const ctxOf = new Int32Array(V).fill(-1);
byFreq.slice(0, CONTEXTS).forEach((w, k) => (ctxOf[w] = k));
SPECIALS.forEach((_, s) => {
  if (ctxOf[s] < 0) ctxOf[s] = CONTEXTS + s;
});
const C = CONTEXTS + SPECIALS.length;
// words clustered: Arabic bases of two letters or more seen MIN_COUNT times
const words = byFreq.filter((w) => w >= SPECIALS.length && freq[w] >= MIN_COUNT && names[w].length >= 2);
const row = new Int32Array(V).fill(-1);
words.forEach((w, k) => (row[w] = k));
const W = words.length;
console.log(`${W} bases clustered (seen ${MIN_COUNT} times or more)`);

// co-occurrence counts (word row, offset, context) in one map keyed by a number
const D = OFFSETS.length * C;
const pairs = new Map<number, number>();
const ctxCount = new Float64Array(D);
for (let i = 0; i < n; i++) {
  const r = row[seq[i]];
  if (r < 0) continue;
  for (let o = 0; o < OFFSETS.length; o++) {
    const j = i + OFFSETS[o];
    if (j < 0 || j >= n) continue;
    const c = ctxOf[seq[j]];
    if (c < 0) continue;
    const d = o * C + c;
    const key = r * D + d;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
    ctxCount[d]++;
  }
}
console.log(`${pairs.size} (word, context) pairs`);

// 3. positive PMI (context counts smoothed by the power 0.75), projected on DIMS seeded random signs
const smooth = ctxCount.map((c) => c ** 0.75);
const smoothTotal = smooth.reduce((a, b) => a + b, 0);
const rowTotal = new Float64Array(W);
for (const [key, c] of pairs) rowTotal[Math.floor(key / D)] += c;
const random = rng(7);
const signs = new Float32Array(D * DIMS).map(() => (random() < 0.5 ? -1 : 1));
const vec = new Float32Array(W * DIMS);
for (const [key, c] of pairs) {
  const r = Math.floor(key / D);
  const d = key - r * D;
  const pmi = Math.log((c * smoothTotal) / (rowTotal[r] * smooth[d]));
  if (pmi <= 0) continue;
  const s = d * DIMS;
  const v = r * DIMS;
  for (let k = 0; k < DIMS; k++) vec[v + k] += pmi * signs[s + k];
}
for (let r = 0; r < W; r++) {
  let norm = 0;
  for (let k = 0; k < DIMS; k++) norm += vec[r * DIMS + k] ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < DIMS; k++) vec[r * DIMS + k] /= norm;
}

// 4. bisecting spherical 2-means: each node's words split by cosine to two centroids
const code = new Uint16Array(W).fill(1); // path with a leading 1 bit (1 = the root)
const dot = (r: number, cen: Float64Array) => {
  let s = 0;
  for (let k = 0; k < DIMS; k++) s += vec[r * DIMS + k] * cen[k];
  return s;
};
function split(members: number[], depth: number): void {
  if (depth >= DEPTH || members.length < MIN_NODE) return;
  // start from the node's principal direction (power iteration on the centred vectors, seeded
  // by the node's first member): seeds at extreme words split off outliers one by one instead
  const mean = new Float64Array(DIMS);
  for (const r of members) for (let k = 0; k < DIMS; k++) mean[k] += vec[r * DIMS + k] / members.length;
  let dir = new Float64Array(DIMS);
  for (let k = 0; k < DIMS; k++) dir[k] = vec[members[0] * DIMS + k] - mean[k] + (k % 2 ? 1e-3 : -1e-3);
  const proj = new Float64Array(members.length);
  for (let it = 0; it < 12; it++) {
    const next = new Float64Array(DIMS);
    members.forEach((r, m) => {
      let s = 0;
      for (let k = 0; k < DIMS; k++) s += (vec[r * DIMS + k] - mean[k]) * dir[k];
      proj[m] = s;
      for (let k = 0; k < DIMS; k++) next[k] += s * (vec[r * DIMS + k] - mean[k]);
    });
    const norm = Math.sqrt(next.reduce((a, b) => a + b * b, 0)) || 1;
    dir = next.map((x) => x / norm);
  }
  const cen = [new Float64Array(DIMS), new Float64Array(DIMS)];
  members.forEach((r, m) => {
    const c = cen[proj[m] > 0 ? 1 : 0];
    for (let k = 0; k < DIMS; k++) c[k] += vec[r * DIMS + k];
  });
  for (const c of cen) {
    const norm = Math.sqrt(c.reduce((a, b) => a + b * b, 0)) || 1;
    for (let k = 0; k < DIMS; k++) c[k] /= norm;
  }
  let side = new Uint8Array(members.length);
  for (let it = 0; it < ITERATIONS; it++) {
    const next = new Uint8Array(members.length);
    members.forEach((r, m) => (next[m] = dot(r, cen[1]) > dot(r, cen[0]) ? 1 : 0));
    const changed = next.some((x, m) => x !== side[m]) || it === 0;
    side = next;
    if (!changed || it === ITERATIONS - 1) break;
    for (const c of cen) c.fill(0);
    members.forEach((r, m) => {
      const c = cen[side[m]];
      for (let k = 0; k < DIMS; k++) c[k] += vec[r * DIMS + k];
    });
    for (const c of cen) {
      const norm = Math.sqrt(c.reduce((a, b) => a + b * b, 0)) || 1;
      for (let k = 0; k < DIMS; k++) c[k] /= norm;
    }
  }
  const halves: number[][] = [[], []];
  members.forEach((r, m) => {
    code[r] = (code[r] << 1) | side[m];
    halves[side[m]].push(r);
  });
  if (halves[0].length === 0 || halves[1].length === 0) return;
  for (const h of halves) split(h, depth + 1);
}
const started = Date.now();
if (!args.includes('--no-paths'))
  split(
    Array.from({ length: W }, (_, r) => r),
    0,
  );
console.log(`split in ${((Date.now() - started) / 1000).toFixed(1)} s`);

// --freq: each entry also carries how often its base comes (log2 bins from MIN_COUNT: 1 for
// MIN_COUNT .. 2 MIN_COUNT - 1, up to 7); --no-paths: the bins alone (every path the root)
const freqBin = (w: number) => Math.min(7, Math.floor(Math.log2(freq[w] / MIN_COUNT)) + 1);
const withFreq = args.includes('--freq');
const bytes = encodeClusters(
  words.map((w, r) => [
    names[w],
    (args.includes('--no-paths') ? 1 : code[r]) | (withFreq ? freqBin(w) << 13 : 0),
  ]),
  withFreq ? FREQUENCY : 0,
);
// written to models/ner-clusters.bin, the tagger reads it (retrain after: npx tsx scripts/train-ner.ts)
const out = opt('--out') ?? new URL('../models/ner-clusters.bin', import.meta.url);
writeFileSync(out, bytes);
console.log(`wrote ${String(out)}: ${W} words, ${(bytes.length / 1024).toFixed(0)} KB`);
if (args.includes('--show')) {
  // a few clusters of frequent words, to read by eye
  const groups = new Map<number, string[]>();
  words.forEach((w, r) => {
    const g = groups.get(code[r]) ?? [];
    if (g.length < 12) g.push(names[w]);
    groups.set(code[r], g);
  });
  for (const [c, g] of [...groups].slice(0, Number(opt('--show')))) console.log(c.toString(2), g.join(' '));
}
