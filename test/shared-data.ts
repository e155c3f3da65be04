// The real data the tests read at run time from ../shared (seeds, SaudiNewsNet days, ANS, NewsFANE,
// the scorers). The project ships none of its text, so a test that needs it must fail when it is
// missing: a test that quietly returns would pass with zero assertions and hide every regression.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared beside the repository, with a trailing separator. */
export const shared = fileURLToPath(new URL('../../shared/', import.meta.url));
export const seedsDir = join(shared, 'seeds');

/** The absolute path of `rel` under ../shared; throws a message naming it when it is missing. */
export function needShared(rel = ''): string {
  const path = join(shared, rel);
  if (!existsSync(path)) {
    throw new Error(
      `../shared not found: ${path} is missing. The tests that read real data expect the shared data ` +
        `folder beside the repository (README, "Licence and data"); they fail rather than pass empty.`,
    );
  }
  return path;
}

/** The text of a file under ../shared (see needShared). */
export function readShared(rel: string): string {
  return readFileSync(needShared(rel), 'utf8');
}
