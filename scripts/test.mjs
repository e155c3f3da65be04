#!/usr/bin/env node
// `npm test`: the checks CI runs, in order: format, lint, type check and build, then the test suite.
// Ends with one line "N passed, N failed" (every check and every test counted) and a non-zero exit on failure.
// The count differs from vitest's on purpose: the four checks count too, a skipped test counts as
// failed (a test that needs ../shared must not pass or vanish without it), and so does a test file
// that fails to load or a suite whose setup fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status === 0;
const npx = (...args) => run('npx', ['--no-install', ...args]);

let passed = 0;
let failed = 0;
const check = (name, ok) => {
  console.log(`${ok ? '✓' : '✗'} ${name}`);
  if (ok) passed++;
  else failed++;
};

check('format (prettier --check)', npx('prettier', '--check', '--log-level', 'warn', '.'));
check('lint (eslint)', npx('eslint', '.'));
check(
  'type check (tsc --noEmit, node and browser code)',
  npx('tsc', '-p', 'tsconfig.json', '--noEmit') && npx('tsc', '-p', 'tsconfig.client.json'),
);
check(
  'build (tsc -p tsconfig.build.json, report assets)',
  npx('tsc', '-p', 'tsconfig.build.json') && run(process.execPath, ['scripts/build-report-assets.mjs']),
);

const report = '.vitest-report.json';
rmSync(report, { force: true });
const extra = process.argv.slice(2);
run('npx', [
  '--no-install',
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...extra,
]);
const checks = passed + failed;
let why = `${checks} checks: format, lint, type check, build`;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  // a test file that fails to load counts as a failure even when it declared no tests
  const unloaded =
    (r.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0)
      .length + (r.numRuntimeErrorTestSuites ?? 0);
  passed += r.numPassedTests;
  failed += r.numFailedTests + skipped + unloaded;
  why +=
    `; vitest: ${r.numPassedTests} passed, ${r.numFailedTests} failed` +
    (skipped ? `, ${skipped} skipped (counted as failed)` : '') +
    (unloaded ? `, ${unloaded} file(s) that failed to load (counted as failed)` : '');
  if (skipped)
    console.log(`✗ ${skipped} test(s) skipped: a skipped test counts as failed (is ../shared there?)`);
} else {
  check('vitest produced a report', false);
  why += '; no vitest report';
}
console.log(`\n${passed} passed, ${failed} failed (${why})`);
process.exit(failed === 0 ? 0 : 1);
