// Word clusters learnt from unlabelled news (models/ner-clusters.bin, written by
// scripts/build-ner-clusters.ts): a base's cluster is a path of binary splits, and the tagger reads
// its prefixes as features (features.ts), so a word the labelled data never met is tagged like the
// words that stand in the same contexts (docs/ner.md).
//
// File: "SNCL" | u32 count | u32 flags | u32 hashes (FNV-1a of the base, ascending) | u16 entries,
// read in place: no string per word is made at load, and a look-up is a binary search. An entry's
// low 13 bits are the path (a leading 1 bit, then the splits: 0b1 is the root, 0b101 left then
// right); with flag FREQUENCY its top 3 bits are how often the base comes in the news (a log2 bin,
// 0 for a base the table lacks), which the tagger reads too. Two bases of one hash are one entry (the more
// frequent kept): a 32-bit hash over some 50,000 words leaves about one chance in 80,000 that a
// word the table lacks reads another's cluster.
import { existsSync } from 'node:fs';
import { modelDirectory, readModelBytes } from '../../lexicon.js';

/**
 * 32-bit FNV-1a over UTF-16 code units, unsigned (model-layout.ts has the same hash for the model's
 * index; not imported from there: model-layout reads model.ts, which reads features.ts, which reads this).
 */
function hashText(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const MAGIC = 'SNCL';
/** flag: entries carry a frequency bin (frequencyValue) */
export const FREQUENCY = 1;
const PATH_BITS = 13;
const PATH_MASK = (1 << PATH_BITS) - 1;
/** path lengths read as features: coarse to fine (a shorter path is read whole, once) */
export const CLUSTER_PREFIXES = [4, 8, 12];

interface Table {
  flags: number;
  hashes: Uint32Array;
  paths: Uint16Array;
}

let table: Table | null | undefined;

/** The table's bytes: words (bases) with their paths, the most frequent first. */
export function encodeClusters(entries: [base: string, path: number][], flags = 0): Uint8Array {
  const byHash = new Map<number, number>();
  for (const [base, path] of entries) {
    const h = hashText(base);
    if (!byHash.has(h)) byHash.set(h, path);
  }
  const sorted = [...byHash].sort((a, b) => a[0] - b[0]);
  const n = sorted.length;
  const buf = Buffer.alloc(12 + 4 * n + 2 * n);
  buf.write(MAGIC, 0, 'latin1');
  buf.writeUInt32LE(n, 4);
  buf.writeUInt32LE(flags, 8);
  sorted.forEach(([h, p], i) => {
    buf.writeUInt32LE(h, 12 + 4 * i);
    buf.writeUInt16LE(p, 12 + 4 * n + 2 * i);
  });
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

function decode(bytes: Uint8Array): Table {
  const buf = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
  const view = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  if (view.toString('latin1', 0, 4) !== MAGIC) throw new Error('not a sanad cluster file');
  const n = view.readUInt32LE(4);
  const flags = view.readUInt32LE(8);
  const hashes = new Uint32Array(buf.buffer, buf.byteOffset + 12, n);
  // the entries after the hashes: 2-aligned, since the hashes end on a multiple of 4
  const paths = new Uint16Array(buf.buffer, buf.byteOffset + 12 + 4 * n, n);
  return { flags, hashes, paths };
}

/**
 * Use these table bytes instead of models/ner-clusters.bin (null: no clusters at all, the tagger as
 * before them; undefined: the shipped file again). For experiments (scripts/eval-ner.ts); a model is
 * only right with the table it was trained with.
 */
export function setClusterTable(bytes: Uint8Array | null | undefined): void {
  table = bytes === undefined ? undefined : bytes === null ? null : decode(bytes);
}

/**
 * models/ner-clusters.bin when it is there, else no clusters: the shipped model is trained without
 * them (round fourteen: held-out gains, but the seed articles lost an alias pair and a type and two
 * unit cases lost names; docs/ner-rounds.md). To use them, write the table with
 * scripts/build-ner-clusters.ts and retrain (npx tsx scripts/train-ner.ts).
 */
function shipped(): Table | null {
  if (table === undefined)
    table = existsSync(new URL('ner-clusters.bin', modelDirectory))
      ? decode(readModelBytes('ner-clusters.bin'))
      : null;
  return table;
}

/** The base's entry (path and frequency bin), 0 when the table has none. */
function entryOf(base: string): number {
  const t = shipped();
  if (!t) return 0;
  const h = hashText(base);
  const hs = t.hashes;
  let lo = 0;
  let hi = hs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (hs[mid] < h) lo = mid + 1;
    else hi = mid;
  }
  return lo < hs.length && hs[lo] === h ? t.paths[lo] : 0;
}

/** The base's cluster path (a leading 1 bit then the splits), 0 when the table has none. */
export function clusterPath(base: string): number {
  return entryOf(base) & PATH_MASK;
}

const BINS = Array.from({ length: 8 }, (_, k) => `f${k}`);

/**
 * How often the base comes in the unlabelled news, as a feature value ("f0" none or rare ... "f7"
 * very common), when the table carries it: a word the labelled data never met that the news writes
 * often is seldom a name.
 */
export function frequencyValue(base: string): string | undefined {
  const t = shipped();
  if (!t || !(t.flags & FREQUENCY)) return undefined;
  return BINS[entryOf(base) >>> PATH_BITS];
}

const NONE: string[] = [];

/**
 * The prefixes of the base's cluster path as feature values ("0110"), none when it has no cluster,
 * after its frequency bin when the table has them (one feature group: the values never clash).
 */
export function clusterValues(base: string): string[] {
  const path = clusterPath(base);
  const f = frequencyValue(base);
  if (path <= 1) return f ? [f] : NONE;
  const bits = path.toString(2).slice(1);
  const out: string[] = f ? [f] : [];
  for (const k of CLUSTER_PREFIXES) {
    out.push(bits.slice(0, k));
    if (k >= bits.length) break;
  }
  return out;
}
