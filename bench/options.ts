// What every benchmark script reads: its `--name value` options and where the shared data lives.
import { join } from 'node:path';

const args = process.argv.slice(2);

/** The value after `--name` on the command line, if given. */
export const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

/** True when `--flag` is on the command line. */
export const flag = (name: string): boolean => args.includes(name);

export const root = new URL('..', import.meta.url).pathname;
export const dataDir = join(root, '../shared/data/saudinewsnet');
export const seedsDir = join(root, '../shared/seeds');
/** The built CLI the fresh-process figures run (`npm run build` writes it). */
export const cli = join(root, 'dist/cli/main.js');
