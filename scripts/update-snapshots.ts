// `npm run snapshots`: rewrite the golden output snapshots under test/snapshots/ from the current code
// (cases in test/snapshot-cases.ts). Run it after a deliberate change of behaviour, then review the
// JSON diff (`git diff test/snapshots/`) before committing it.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { root } from '../test/helpers.js';
import { CASES, snapshotFile, snapshotOf } from '../test/snapshot-cases.js';

process.chdir(root);
for (const c of CASES) {
  const file = snapshotFile(c);
  const current = await snapshotOf(c);
  const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, current);
  const state = before === undefined ? 'new' : before === current ? 'unchanged' : 'CHANGED';
  console.log(`${state.padEnd(9)} ${relative(root, file)} (${current.split('\n').length - 1} lines)`);
}
