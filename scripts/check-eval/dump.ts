// A dump of every labelled pair's features (scripts/check-screen.ts --dump), read back in place of
// computing them (minutes). A dump written before a feature was added, renamed or dropped would be
// scored as if current, its missing features read as 0: it is refused unless its feature names are
// those the code computes now.
import { readFileSync } from 'node:fs';
import { pairFeaturesOf } from '../../src/check/check.js';
import type { GoldPair } from './sets.js';

export interface FeatureDump {
  rows: GoldPair[];
  xs: Record<string, number>[];
}

/** The names of the features the code computes now (the same for every pair: one invented pair gives them). */
export function currentFeatureNames(): string[] {
  return Object.keys(pairFeaturesOf('افتتحت البلدية حديقة عامة', 'افتتحت البلدية أمس حديقة عامة.')).sort();
}

/** A dump's pairs and features, or an error naming what in it does not match the current code. */
export function readFeatureDump(file: string, names = currentFeatureNames()): FeatureDump {
  const dump = JSON.parse(readFileSync(file, 'utf8')) as Partial<FeatureDump>;
  if (!Array.isArray(dump.rows) || !Array.isArray(dump.xs) || dump.rows.length !== dump.xs.length)
    throw new Error(
      `${file}: not a features dump ({ rows, xs } of one length; scripts/check-screen.ts --dump)`,
    );
  const want = new Set(names);
  dump.xs.forEach((x, i) => {
    const have = Object.keys(x);
    const missing = names.filter((n) => !(n in x));
    const extra = have.filter((n) => !want.has(n));
    if (missing.length || extra.length)
      throw new Error(
        `${file}: pair ${i} (${dump.rows![i]?.id ?? '?'}) has not the current features` +
          (missing.length ? `; missing ${missing.join(', ')}` : '') +
          (extra.length ? `; unknown ${extra.join(', ')}` : '') +
          ': dump them again (npx tsx scripts/check-screen.ts --dump FILE)',
      );
  });
  return dump as FeatureDump;
}
